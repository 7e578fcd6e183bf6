"""The store's JSON for model objects: every field kept, so what is read back equals what was saved.

Facet values keep their Python type: a tuple (a range) is a JSON list, a date or datetime is {"$date": iso} or
{"$datetime": iso}, so alignment sees the same values after a run is loaded from the store.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from enum import Enum
from typing import Any

from reconcile.ingest import CaseInfo
from reconcile.model import (
    Certainty,
    Claim,
    Document,
    FacetValue,
    Polarity,
    Problem,
    QuoteKind,
    Source,
    SourceKind,
)


def plain(value: Any) -> Any:
    """A value as JSON-ready data (tuples as lists, enums as their word, dates tagged)."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, datetime.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return str(value)


def python(value: Any) -> Any:
    """The inverse of `plain` for a facet value: lists become tuples, tagged dates become dates again."""
    if isinstance(value, list):
        return tuple(python(v) for v in value)
    if isinstance(value, dict):
        if value.keys() == {"$date"}:
            return datetime.date.fromisoformat(value["$date"])
        if value.keys() == {"$datetime"}:
            return datetime.datetime.fromisoformat(value["$datetime"])
        return {k: python(v) for k, v in value.items()}
    return value


def dumps(obj: Any) -> str:
    """Compact JSON with sorted keys and text as is."""
    return json.dumps(plain(obj), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def document(d: dict[str, Any]) -> Document:
    return Document(**d)


def source(d: dict[str, Any]) -> Source:
    return Source(
        **{
            **d,
            "aliases": tuple(d["aliases"]),
            "kind": SourceKind(d["kind"]),
            "documents": tuple(d["documents"]),
        }
    )


def facet_value(d: dict[str, Any]) -> FacetValue:
    return FacetValue(**{**d, "value": python(d["value"])})


def claim(d: dict[str, Any]) -> Claim:
    return Claim(
        **{
            **d,
            "quote": QuoteKind(d["quote"]),
            "certainty": Certainty(d["certainty"]),
            "polarity": Polarity(d["polarity"]),
            "facets": tuple(facet_value(f) for f in d["facets"]),
        }
    )


def case_info(d: dict[str, Any]) -> CaseInfo:
    return CaseInfo(**d)


def problems(items: list[dict[str, Any]]) -> tuple[Problem, ...]:
    return tuple(Problem(**p) for p in items)


def loads(text: str) -> Any:
    """The JSON stored by `dumps`, as plain data (facet values are turned back by the readers above)."""
    return json.loads(text)
