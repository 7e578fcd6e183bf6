"""A source's cell of a row: the values it shows, its claims and their words."""

from __future__ import annotations

from collections.abc import Mapping

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.align.current import day_of, without_steps
from reconcile.claims.actor_tree import narrowest_named
from reconcile.claims.armed import narrowest_said
from reconcile.claims.hierarchy import is_under
from reconcile.model import Cell, Claim, FacetValue


def cell_for(source: str, items: list[tuple[Claim, FacetValue]],
          latest: tuple[Mapping[str, str], str | None] | None = None) -> Cell:
    """A source's cell. For a count it revises (`latest`: the documents' days and the source's latest day on the
    row) the cell shows only the figures of its latest day: "3 dead" on Tuesday, "9 dead" on Wednesday and "Final
    toll: 14 dead" on Thursday is a cell of 14, as an editor would quote the rescue service; the row's note keeps
    the earlier figures ("14; earlier 3, 9") and the cell keeps every claim behind it. On that day the cell shows the
    source's account as the row judges it (`current.without_steps`): a figure wholly below one the source gave in
    another document of the day is an earlier step ("105" in the morning's report, "147" in the evening's); figures of
    one document stay, as they may count different people."""
    values: list[object] = []
    claim_ids: list[str] = []
    texts: list[str] = []
    shown = None
    if latest is not None:  # the source's account: its latest day, less that day's earlier steps in other documents
        shown = {id(fv) for _, fv in without_steps([(c, v) for c, v in items
                                                   if day_of(latest[0].get(c.document_id)) in (None, latest[1])])}
    for claim, fv in items:
        if claim.id not in claim_ids:
            claim_ids.append(claim.id)
        if shown is not None and id(fv) not in shown:
            continue
        if fv.value not in values:
            values.append(fv.value)
        texts.append(fv.text)
    if latest is not None:
        values = [v for v in values if not _implied(v, values)]
    return Cell(source, tuple(values), tuple(claim_ids), tuple(texts))


def _narrowest(cell: Cell) -> Cell:
    """An event type cell without the broader names of a kind it also names more narrowly: a source that says "the
    blast", "the explosion" and "the tanker explosion" names one event, shown as the tanker explosion (the broader
    words agree with it, hierarchy.toml). Kinds of two lines ("shooting", "fire") both stay; the claims stay."""
    values = [str(v) for v in cell.values]
    kept = tuple(v for v, text in zip(cell.values, values, strict=True)
                 if not any(other != text and is_under("event_type", other, text) for other in values))
    return cell if kept == cell.values else Cell(cell.source_id, kept, cell.claim_ids, cell.texts)


def said_once(kind: str, cell: Cell) -> Cell:
    """A status cell without a denial its own assertion already makes: "militant" and "not civilian" (from "no
    civilians were harmed") are one account, shown as militant; a denial alone stays ("not civilian"). The claims
    behind the cell, and the row's status, keep both. An event type cell shows the source's most specific name
    (`_narrowest`), a weapon or actor cell its most narrowly named
    weapons and doers (`armed.narrowest_said`, `actor_tree.narrowest_named`)."""
    if kind == "event.type":
        return _narrowest(cell)
    if kind in {"weapon", "actor"}:
        kept = narrowest_said(cell.values) if kind == "weapon" else narrowest_named(cell.values)
        return cell if kept == cell.values else Cell(cell.source_id, kept, cell.claim_ids, cell.texts)
    if kind != "status":
        return cell
    asserted = [v for v in cell.values if not (isinstance(v, str) and v.startswith("not "))]
    kept = tuple(v for v in cell.values if v in asserted or not any(
        compare(kind, a, str(v).removeprefix("not ")).relation is Relation.CONFLICT for a in asserted))
    return cell if kept == cell.values else Cell(cell.source_id, kept, cell.claim_ids, cell.texts)


def _implied(value: object, values: list[object]) -> bool:
    """A bound or range of a count that an exact figure of the same cell lies in: "up to 11 people dead" beside "the
    number of dead at eleven" is one figure said twice, shown as 11. Below a ceiling only the ceiling itself counts:
    "up to 30 dead, four of them in one house" gives a part, not the figure."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return False
    low, high = value
    exact = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if low is None:
        return high in exact
    return any(low <= v and (high is None or v <= high) for v in exact)
