"""A row's status (agree / conflict / single / unclear), its typed reason, its note and independent support."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from reconcile.align.compare import Comparison, Relation, compare
from reconcile.model import Cell, Claim, FacetValue, QuoteKind, Reason, Row, RowStatus
from reconcile.resources import lexicon

SPECIAL_RULES = {"victim.status": "status", "target": "target", "weapon": "weapon", "event.type": "event.type",
                 "investigation": "investigation"}


def comparison_kind(facet: str) -> str:
    if facet in SPECIAL_RULES:
        return SPECIAL_RULES[facet]
    spec = lexicon("facets")["facets"].get(facet, {})
    return spec.get("type", "text")


def row_for(facet: str, items: Sequence[tuple[Claim, FacetValue]], names: Mapping[str, str], source_order: Sequence[str]) -> Row:
    kind = comparison_kind(facet)
    cells: dict[str, list[tuple[Claim, FacetValue]]] = {}
    for claim, fv in items:
        cells.setdefault(claim.source_id, []).append((claim, fv))
    ordered = sorted(cells, key=lambda s: source_order.index(s) if s in source_order else len(source_order))
    row_cells = tuple(_cell(source, cells[source]) for source in ordered)
    status, reason, note = _judge(facet, kind, cells, names)
    return Row(facet, status, reason, note, row_cells, _support(kind, cells))


def _cell(source: str, items: list[tuple[Claim, FacetValue]]) -> Cell:
    values: list[object] = []
    claim_ids: list[str] = []
    texts: list[str] = []
    for claim, fv in items:
        if fv.value not in values:
            values.append(fv.value)
        if claim.id not in claim_ids:
            claim_ids.append(claim.id)
        texts.append(fv.text)
    return Cell(source, tuple(values), tuple(claim_ids), tuple(texts))


def _judge(facet: str, kind: str, cells: Mapping[str, list[tuple[Claim, FacetValue]]],
           names: Mapping[str, str]) -> tuple[RowStatus, Reason, str]:
    label = facet.split(".")[-1]
    if len(cells) == 1:
        source, items = next(iter(cells.items()))
        return RowStatus.SINGLE, Reason.NONE, f"{label}: only {names.get(source, source)} says {_values(items)}"
    worst: tuple[int, Comparison, str, object, str, object] | None = None
    rank = {Relation.CONFLICT: 3, Relation.PARTIAL: 2, Relation.DIFFERENT: 1}
    everything = [fv.value for items in cells.values() for _, fv in items]
    for (src_a, items_a), (src_b, items_b) in combinations(cells.items(), 2):
        for _, fa in items_a:
            for _, fb in items_b:
                result = compare(kind, fa.value, fb.value)
                if kind == "person" and _bridged(fa.value, fb.value, everything):
                    continue
                score = rank.get(result.relation, 0)
                if score and (worst is None or score > worst[0]):
                    worst = (score, result, src_a, fa.value, src_b, fb.value)
    if worst is None:
        agreeing = ", ".join(names.get(s, s) for s in cells)
        values = "; ".join(dict.fromkeys(_fmt(fv.value) for items in cells.values() for _, fv in items))
        return RowStatus.AGREE, Reason.NONE, f"{label}: {agreeing} agree ({values})"
    score, result, src_a, va, src_b, vb = worst
    said = f"{names.get(src_a, src_a)} says {_fmt(va)}, {names.get(src_b, src_b)} says {_fmt(vb)}"
    if result.relation is Relation.CONFLICT:
        return RowStatus.CONFLICT, result.reason, f"{label}: {said}"
    if result.relation is Relation.PARTIAL:
        return RowStatus.CONFLICT, result.reason, f"{label}: partial conflict: {said}"
    return RowStatus.UNCLEAR, result.reason, f"{label}: different accounts, not comparable: {said}"


def _bridged(a: object, b: object, values: Sequence[object]) -> bool:
    """Two parts of one name ("Loutfi", "Mesto") agree when a fuller name in the row matches both; only names
    bridge like this (for numbers, 5 and 8 both fit "3 to 8" and still conflict)."""
    fits = {Relation.SAME, Relation.COMPATIBLE}
    size = max(len(str(a).split()), len(str(b).split()))
    return any(
        compare("person", a, v).relation in fits and compare("person", b, v).relation in fits
        for v in values if v != a and v != b and len(str(v).split()) > size
    )


def _support(kind: str, cells: Mapping[str, list[tuple[Claim, FacetValue]]]) -> dict[str, int]:
    """Independent sources behind each value. A narration that repeats what the same document quotes someone
    else saying is a relay, not a second witness, so it does not count."""
    quoted: dict[str, list[object]] = {}
    for items in cells.values():
        for claim, fv in items:
            if claim.quote is not QuoteKind.NARRATION:
                quoted.setdefault(claim.document_id, []).append(fv.value)
    distinct = {_fmt(fv.value): fv.value for items in cells.values() for _, fv in items}
    support: dict[str, int] = {}
    for shown, value in distinct.items():
        support[shown] = sum(
            1 for items in cells.values()
            if any(_agrees(kind, fv.value, value) and not _relayed(kind, claim, value, quoted) for claim, fv in items)
        )
    return support


def _relayed(kind: str, claim: Claim, value: object, quoted: Mapping[str, list[object]]) -> bool:
    return claim.quote is QuoteKind.NARRATION and any(_agrees(kind, v, value) for v in quoted.get(claim.document_id, []))


def _agrees(kind: str, a: object, b: object) -> bool:
    return compare(kind, a, b).relation in {Relation.SAME, Relation.COMPATIBLE}


def _fmt(value: object) -> str:
    if isinstance(value, (list, tuple)):
        lo, hi = value
        return f"{'' if lo is None else lo}–{'' if hi is None else hi}"
    return str(value)


def _values(items: list[tuple[Claim, FacetValue]]) -> str:
    return "; ".join(dict.fromkeys(_fmt(fv.value) for _, fv in items))
