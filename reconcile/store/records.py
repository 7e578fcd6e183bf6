"""The store's JSON for model objects: compact, every field kept, dates tagged (the codec: reconcile.records).

What is read back equals what was saved, so alignment sees the same values after a run is loaded.
"""

from __future__ import annotations

import json
from typing import Any

from reconcile.model import CaseInfo, Claim, Document, Problem, Source
from reconcile.records import plain, python, record

__all__ = ["case_info", "claim", "document", "dumps", "loads", "plain", "problems", "python", "source"]


def dumps(obj: Any) -> str:
    """Compact JSON with sorted keys and text as is."""
    return json.dumps(plain(obj), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    """The JSON stored by `dumps`, as plain data (records are typed again by the readers below)."""
    return json.loads(text)


def document(d: dict[str, Any]) -> Document:
    return record(Document, d)


def source(d: dict[str, Any]) -> Source:
    return record(Source, d)


def claim(d: dict[str, Any]) -> Claim:
    return record(Claim, d)


def case_info(d: dict[str, Any]) -> CaseInfo:
    return record(CaseInfo, d)


def problems(items: list[dict[str, Any]]) -> tuple[Problem, ...]:
    return tuple(record(Problem, p) for p in items)
