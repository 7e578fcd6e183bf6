"""Stable identities: how a decision names its target so that it finds it again after a re-run.

Ids are content hashes of spans and names, and a changed extractor changes them; these keys do not:
- a claim is its document's SHA-256 (plus "row=N" / "tweet=N" for one account of a multi-account file) and its
  character span; it fits the claim of that document whose span overlaps it most, if they share at least half of
  the longer span (MIN_OVERLAP);
- a source is its names (name and aliases); it fits the source sharing the most names, compared case-insensitively;
- a row is its facet name; a document (for a claim added by hand) is its SHA-256 and part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from reconcile.model import Claim, Document, Source

MIN_OVERLAP = 0.5
"""A claim key fits a claim whose span overlaps it by at least half of the longer of the two spans."""

_PART = re.compile(r"#([a-z]+=\d+)$")


def document_part(doc: Document) -> str:
    """Which account inside its file a document is ("row=3", "tweet=2"), or "" for a whole file."""
    found = _PART.search(doc.path)
    return found.group(1) if found else ""


def document_key(doc: Document) -> dict[str, Any]:
    return {
        "kind": "document",
        "sha256": doc.sha256,
        "part": document_part(doc),
        "id": doc.id,
        "path": doc.path,
    }


def claim_key(claim: Claim, doc: Document) -> dict[str, Any]:
    """The claim's stable key; "id" and "text" are kept for display only."""
    return {
        "kind": "claim",
        "sha256": doc.sha256,
        "part": document_part(doc),
        "start": claim.start,
        "end": claim.end,
        "id": claim.id,
        "text": claim.text,
    }


def source_key(source: Source) -> dict[str, Any]:
    """The source's stable key: its names; "id" and "name" are kept for display only."""
    return {"kind": "source", "names": source_names(source), "id": source.id, "name": source.name}


def facet_key(facet: str) -> dict[str, Any]:
    return {"kind": "facet", "facet": facet}


def source_names(source: Source) -> list[str]:
    """The source's name, then its aliases, without repeats."""
    return list(dict.fromkeys((source.name, *source.aliases)))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters as a share of the longer span (1.0 for equal spans, 0.0 for disjoint ones)."""
    if a == b:
        return 1.0
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(shared, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def same_document(doc: Document, key: Mapping[str, Any]) -> bool:
    return doc.sha256 == key["sha256"] and document_part(doc) == key.get("part", "")


def best_claim(key: Mapping[str, Any], claims: Sequence[Claim], docs: Mapping[str, Document]) -> int | None:
    """Index of the claim the key fits best (the first of equals), or None when none shares MIN_OVERLAP."""
    span = (key["start"], key["end"])
    best, best_score = None, MIN_OVERLAP
    for i, claim in enumerate(claims):
        doc = docs.get(claim.document_id)
        if doc is None or not same_document(doc, key):
            continue
        score = overlap(span, (claim.start, claim.end))
        if score > best_score or (score == best_score and best is None):
            best, best_score = i, score
    return best


def best_source(key: Mapping[str, Any], sources: Sequence[Source]) -> int | None:
    """Index of the source sharing most names with the key (the first of equals), or None when none shares one."""
    wanted = {name.casefold() for name in key["names"]}
    best, best_shared = None, 0
    for i, source in enumerate(sources):
        shared = len(wanted & {name.casefold() for name in source_names(source)})
        if shared > best_shared:
            best, best_shared = i, shared
    return best


def names_near(doc: Document, claim: Claim, name: str) -> bool:
    """Whether `name` speaks the document or appears in the lines that hold the claim (where its cue is)."""
    if doc.speaker and doc.speaker.casefold() == name.casefold():
        return True
    start = doc.text.rfind("\n", 0, claim.start) + 1
    end = doc.text.find("\n", claim.end)
    return name.casefold() in doc.text[start : end if end >= 0 else len(doc.text)].casefold()
