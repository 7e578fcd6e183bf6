"""Whether claims say what the gold attributions say, and in whose name.

A gold attribution is a span of words (`contains`) in one document. It is looked up in the ingested text of every
Document read from that file (a CSV gives one per row), so claims' character offsets can be compared with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from reconcile.evaluation.gold import Gold, locate
from reconcile.evaluation.sources import SourceMap
from reconcile.model import Claim, Evidence, QuoteKind

COVER = 0.5
"""Share of a gold span a claim must overlap to count as saying it."""


class Span(NamedTuple):
    document_id: str
    start: int
    end: int


def document_ids(gold: Gold, evidence: Evidence) -> dict[str, list[str]]:
    """Gold document entry -> ids of the Documents read from its file (a CSV or tweet file gives one per row).

    A Document belongs to a file when its path, less any `#row=N` / `#tweet=N` part, is that file; failing any, when
    its file name is that file's and no other gold document has the same name.
    """
    names = [gold.document_path(entry).name for entry in gold.documents]
    ids: dict[str, list[str]] = {entry: [] for entry in gold.documents}
    for doc in evidence.documents:
        file = Path(doc.path.rsplit("#", 1)[0] if "#" in Path(doc.path).name else doc.path)
        for entry in gold.documents:
            if file.resolve() == gold.document_path(entry):
                ids[entry].append(doc.id)
                break
    for entry, name in zip(gold.documents, names, strict=True):
        if not ids[entry] and names.count(name) == 1:
            ids[entry] = [doc.id for doc in evidence.documents if Path(doc.path.split("#")[0]).name == name]
    return ids


def score_attributions(gold: Gold, evidence: Evidence, texts: Mapping[str, str], sources: SourceMap) -> dict:
    """Recall (in the right name, in any name) over gold attributions; precision over claims on gold spans.

    Args:
        texts: Document id -> the text its claims' offsets point into.
    """
    ids = document_ids(gold, evidence)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for claim in evidence.claims:
        claims[claim.document_id].append(claim)
    found = found_any = 0
    misses: list[str] = []
    said_by: list[tuple[Span, str]] = []
    for att in gold.attributions:
        where = f"{att.source!r} in {att.document}: {_clip(att.contains)}"
        spans = [Span(i, *span) for i in ids[att.document] for span in locate(att.contains, texts.get(i, ""))]
        said_by += [(span, att.source) for span in spans]
        covering = [c for span in spans for c in claims[span.document_id] if _covers(c, span)]
        heard = sorted(
            {source_name(evidence, c.source_id) for c in covering if c.quote != QuoteKind.NARRATION}
        )
        if not spans:
            misses.append(f"attribution missed, its words are not in the ingested text: {where}")
        elif att.source in {sources.gold_of.get(c.source_id) for c in covering}:
            found, found_any = found + 1, found_any + 1
        else:
            found_any += bool(heard)
            misses.append(
                f"attribution missed: {where} ({'given to ' + ', '.join(heard) if heard else 'no claim'})"
            )
    on_spans, correct = _precision(evidence.claims, said_by, sources)
    return {
        "attributions": len(gold.attributions),
        "found": found,
        "found_any_source": found_any,
        "claims_on_gold_spans": on_spans,
        "claims_correct": correct,
        "misses": misses,
    }


def _precision(
    claims: Iterable[Claim], said_by: list[tuple[Span, str]], sources: SourceMap
) -> tuple[int, int]:
    """(non-narration claims touching a gold span, those whose source maps to that span's gold source)."""
    on_spans = correct = 0
    for claim in claims:
        if claim.quote == QuoteKind.NARRATION:
            continue
        touched = {name for span, name in said_by if _touches(claim, span)}
        if touched:
            on_spans += 1
            correct += sources.gold_of.get(claim.source_id) in touched
    return on_spans, correct


def _overlap(claim: Claim, span: Span) -> int:
    if claim.document_id != span.document_id:
        return 0
    return max(0, min(claim.end, span.end) - max(claim.start, span.start))


def _covers(claim: Claim, span: Span) -> bool:
    """A claim says a gold span when it overlaps at least half of it."""
    return _overlap(claim, span) >= COVER * (span.end - span.start)


def _touches(claim: Claim, span: Span) -> bool:
    """A claim speaks to a gold span when they overlap by half the shorter of the two."""
    shorter = min(claim.end - claim.start, span.end - span.start)
    return shorter > 0 and _overlap(claim, span) >= COVER * shorter


def source_name(evidence: Evidence, source_id: str) -> str:
    return next((s.name for s in evidence.sources if s.id == source_id), source_id)


def _clip(text: str, size: int = 50) -> str:
    return repr(text if len(text) <= size else text[: size - 1] + "…")
