"""One row per facet: its sources' cells, its status (verdict.py) and the independent support behind each value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reconcile.align.backing import backs
from reconcile.align.cells import cell_for, said_once
from reconcile.align.current import Account, current_accounts, is_revised
from reconcile.align.row_values import RowValues, comparison_kind, value_text
from reconcile.align.verdict import judge_clash
from reconcile.model import Claim, FacetValue, QuoteKind, Row


def row_for(
    facet: str,
    items: Sequence[tuple[Claim, FacetValue]],
    names: Mapping[str, str],
    source_order: Sequence[str],
    *,
    dates: Mapping[str, str] | None = None,
    latest_only: bool = True,
    several_victims: bool = False,
) -> Row:
    """One row: every source's cell, and a status earned from the sources' current accounts.

    Args:
        dates: document id -> the day it was published, to tell a source's latest figure.
        latest_only: a revised count's cell shows only the source's figures of its latest day (off for the rows of
            other events, where one source's figures of several days may be of several events).
        several_victims: the case counts several dead or injured, so two ages may be of two people
            (`victims.about_whom`).
    """
    kind = comparison_kind(facet)
    cells: dict[str, list[tuple[Claim, FacetValue]]] = {}
    for claim, fv in items:
        cells.setdefault(claim.source_id, []).append((claim, fv))
    rank = {source: i for i, source in enumerate(source_order)}
    ordered = sorted(cells, key=lambda s: rank.get(s, len(rank)))
    accounts = current_accounts(facet, cells, dates or {}, value_text)
    latest = latest_only and is_revised(facet)
    row_cells = tuple(said_once(kind, cell_for(source, cells[source], (dates or {}, accounts[source].date)
                                             if latest else None))
                      for source in ordered)
    values = RowValues(kind, cells, dates or {}, facet=facet, several=several_victims)
    if is_revised(facet):
        accounts = {source: _with_report_parts(account, cells[source]) for source, account in accounts.items()}
    status, reason, note = judge_clash(facet, values, accounts, names)
    return Row(facet, status, reason, note, row_cells, _support(values))


def _with_report_parts(account: Account, items: Sequence[tuple[Claim, FacetValue]]) -> Account:
    """A count's current figures that one document gives together are parts of one report, as those of one claim
    are: "More than 100 were injured." and "Ten of them were children." in one statement; "the toll had stood at
    50" beside "has risen to 57" in one story. A figure wholly below another of the report is then its part or its
    earlier step, never the report's rival to the other sources' figure (`_a_part`)."""
    by_document: dict[str, set[str]] = {}
    for claim, fv in items:
        key = value_text(fv.value)
        if key in account.keys and not fv.negated:
            by_document.setdefault(claim.document_id, set()).add(key)
    reports = frozenset(frozenset(keys) for keys in by_document.values() if len(keys) > 1)
    return Account(account.source, account.keys, account.date, account.earlier, account.parts | reports)


def _support(values: RowValues) -> dict[str, int]:
    """Independent sources behind each value: those giving it or a value that says as much (`align.backing`: "43"
    backs "dozens", not the reverse). A narration that repeats what the same document quotes someone else saying is a
    relay, not a second witness, so it does not count."""
    quoted: dict[str, set[str]] = {}
    for key, holders in values.holders.items():
        for _, claim in holders:
            if claim.quote is not QuoteKind.NARRATION:
                quoted.setdefault(claim.document_id, set()).add(key)
    neighbours = {key: {key} for key in values.value}
    for a, b in values.pairs():
        if values.agrees(a, b):
            if backs(values.kind, values.value[b], values.value[a]):
                neighbours[a].add(b)
            if backs(values.kind, values.value[a], values.value[b]):
                neighbours[b].add(a)
    support: dict[str, int] = {}
    for key in values.value:
        backers = set()
        for other in neighbours[key]:
            for source, claim in values.holders[other]:
                relayed = claim.quote is QuoteKind.NARRATION and bool(
                    quoted.get(claim.document_id, set()) & neighbours[key]
                )
                if not relayed:
                    backers.add(source)
        support[key] = len(backers)
    return support
