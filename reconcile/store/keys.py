"""Stable identities: how a decision names its target so that it finds it again after a re-run.

Ids are content hashes of spans and names, and a changed extractor changes them; these keys do not:
- a claim is its document's SHA-256 (plus "row=N" / "tweet=N" for one account of a multi-account file) and its
  character span; it fits the claim of that document whose span overlaps it most, if they share at least half of
  the longer span (MIN_OVERLAP). When the document's bytes have changed (a news article updated in place), the key's
  quote is looked for in the new copy, word for word and then fuzzily (`reanchor`), and the span found there is
  matched the same way;
- a source is its names (name and aliases); it fits the source sharing the most names, compared case-insensitively;
- a row is its facet name; a document (for a claim added by hand) is its SHA-256 and part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from reconcile.model import Claim, Document, Source

MIN_OVERLAP = 0.5
"""A claim key fits a claim whose span overlaps it by at least half of the longer of the two spans."""

CONTEXT_CHARS = 60
"""Characters kept on each side of a claim's quote in its key, to choose between two places quoting the same words."""

FUZZY_MIN = 90.0
"""Least rapidfuzz partial_ratio (0-100) at which an edited quote counts as found again: a changed word or two
in a sentence-long quote scores above it; another sentence about the same event scores well below."""

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
    """The claim's stable key; "text" (the quote), "before"/"after" (the words around it) and "path" find it
    again in an edited copy of the document (see `reanchor`); "id" is kept for display only."""
    return {
        "kind": "claim",
        "sha256": doc.sha256,
        "part": document_part(doc),
        "start": claim.start,
        "end": claim.end,
        "id": claim.id,
        "text": claim.text,
        "path": doc.path,
        **surroundings(doc.text, claim.start, claim.end),
    }


def surroundings(text: str, start: int, end: int) -> dict[str, str]:
    """The CONTEXT_CHARS characters before and after a span: what tells apart two places that quote the same words."""
    return {"before": text[max(0, start - CONTEXT_CHARS) : start], "after": text[end : end + CONTEXT_CHARS]}


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


@dataclass(frozen=True)
class Anchor:
    """Where a decision's quote was found again in an edited document: how, and how sure."""

    document_id: str
    sha256: str
    start: int
    end: int
    method: str
    """"exact" (the quote word for word) or "fuzzy" (the closest passage, scoring at least FUZZY_MIN)."""
    score: float

    def moved(self, key: Mapping[str, Any]) -> dict[str, Any]:
        """The key as it reads in the edited document (for matching and for the audit log)."""
        return {**key, "sha256": self.sha256, "start": self.start, "end": self.end}


def reanchor(key: Mapping[str, Any], docs: Iterable[Document]) -> Anchor | None:
    """Find a claim key's quote in a changed copy of its document, when no document has the key's bytes any more.

    The copy is the document with the key's path (and part); a key without a path (older stores) looks in every
    document. First the quote word for word, the place whose surrounding words are most alike winning (then the
    one nearest the old offset); else the closest passage by rapidfuzz, kept only at FUZZY_MIN or above. None
    when the quote is not found: the decision becomes an orphan.
    """
    quote = key.get("text") or ""
    docs = list(docs)
    if not quote.strip() or any(same_document(d, key) for d in docs):
        return None
    candidates = [d for d in docs if document_part(d) == key.get("part", "")
                  and (not key.get("path") or d.path == key["path"])]
    exact = [(d, at) for d in candidates for at in _occurrences(d.text, quote)]
    if exact:
        def rank(found: tuple[Document, int]) -> tuple[float, int]:
            return _context_score(key, found[0], found[1], len(quote)), -abs(found[1] - key["start"])

        doc, at = max(exact, key=rank)
        return Anchor(doc.id, doc.sha256, at, at + len(quote), "exact", 100.0)
    best: Anchor | None = None
    for doc in candidates:
        found = fuzz.partial_ratio_alignment(quote, doc.text, score_cutoff=FUZZY_MIN)
        if found is not None and (best is None or found.score > best.score):
            start, end = _trim(doc.text, found.dest_start, found.dest_end)
            best = Anchor(doc.id, doc.sha256, start, end, "fuzzy", round(found.score, 1))
    return best


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _context_score(key: Mapping[str, Any], doc: Document, at: int, length: int) -> float:
    around = surroundings(doc.text, at, at + length)
    return fuzz.ratio(key.get("before", ""), around["before"]) + fuzz.ratio(key.get("after", ""), around["after"])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The aligned passage without the spaces at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
