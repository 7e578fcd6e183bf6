"""A row's status (agree / conflict / single / unclear), its typed reason, its note and independent support."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from reconcile.align.compare import compare
from reconcile.align.comparison import Comparison, Relation
from reconcile.align.current import Account, current_accounts, day_of, is_revised, without_steps
from reconcile.align.dispute import SELF_CHECKED, grown_toll, held_by_both
from reconcile.align.victims import WHO, about_whom
from reconcile.claims.hierarchy import is_under, kinds
from reconcile.model import Cell, Claim, FacetValue, QuoteKind, Reason, Row, RowStatus
from reconcile.resources import lexicon

SPECIAL_RULES = {"victim.status": "status", "target": "target", "weapon": "weapon", "event.type": "event.type",
                 "investigation": "investigation", "cause": "cause", "actor": "actor"}


def comparison_kind(facet: str) -> str:
    if facet in SPECIAL_RULES:
        return SPECIAL_RULES[facet]
    spec = lexicon("facets")["facets"].get(facet, {})
    return spec.get("type", "text")


OWN_NEGATION = frozenset({"status", "target", "actor"})
"""Comparison kinds whose comparer reads a leading "not" itself (victim.status: "not militant"; actor: "not IDF"
rules out the IDF and its units, not Israel)."""


def _denied_value(value: object) -> object:
    """What a denial ("not 40", "not arson", "not 8000-10000") sets aside, as the facet's own value type."""
    text = str(value).removeprefix("not ")
    for prefix, make in ((">=", lambda n: [n, None]), ("<=", lambda n: [None, n])):
        if text.startswith(prefix) and _digits(text[2:]):
            return make(int(text[2:]))
    low, dash, high = text.partition("-")
    if dash and _digits(low) and _digits(high):
        return [int(low), int(high)]
    return int(text) if _digits(text) else text


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()  # "¹" is a digit to str.isdigit but no number


TREES = {"weapon": "weapon", "event.type": "event_type"}
"""Comparison kinds whose values sit in a tree of hierarchy.toml, where a denial reaches down but not up."""


def _compare_denial(kind: str, a: object, b: object, denied_a: bool, denied_b: bool) -> Comparison | None:
    """A denial conflicts with the value it denies when another source asserts it ("not arson" against "arson");
    two denials of one value agree; otherwise the two say nothing about each other. In a tree, a denial conflicts
    with the kinds under the one it denies ("not a rocket" against "a Grad"), not with the broader ones: "the
    munition" does not say it was the rocket the other denies."""
    if kind in {"number", "range"} or not isinstance(a, str) or not isinstance(b, str):
        same = a == b  # denying 40 says nothing of "at least 30"
    else:
        same = compare(kind, a, b).relation in {Relation.SAME, Relation.COMPATIBLE}
    if same and kind in TREES and denied_a != denied_b:
        asserted, denied = (b, a) if denied_a else (a, b)
        tree = kinds(TREES[kind])
        if asserted in tree and denied in tree and not is_under(TREES[kind], asserted, denied):
            same = False
    if not same:
        return None
    if denied_a and denied_b:
        return Comparison(Relation.SAME, Reason.NONE)
    return Comparison(Relation.CONFLICT, Reason.NEGATION)


PAIRWISE_LIMIT = 200
"""Distinct values of a row compared all against all (exact statuses and support counts; a real case has far fewer,
and the 200-document benchmark corpus at most 84). Past this many, each value is compared only with the 200 values
held by the most sources, so a row of thousands of values stays linear; support counts are then a lower bound."""


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
    accounts = current_accounts(facet, cells, dates or {}, _fmt)
    latest = latest_only and is_revised(facet)
    row_cells = tuple(_said_once(kind, _cell(source, cells[source], (dates or {}, accounts[source].date)
                                             if latest else None))
                      for source in ordered)
    values = _Values(kind, cells, dates or {}, facet=facet, several=several_victims)
    if is_revised(facet):
        accounts = {source: _with_report_parts(account, cells[source]) for source, account in accounts.items()}
    status, reason, note = _judge(facet, values, accounts, names)
    return Row(facet, status, reason, note, row_cells, _support(values))


def _with_report_parts(account: Account, items: Sequence[tuple[Claim, FacetValue]]) -> Account:
    """A count's current figures that one document gives together are parts of one report, as those of one claim
    are: "More than 100 were injured." and "Ten of them were children." in one statement; "the toll had stood at
    50" beside "has risen to 57" in one story. A figure wholly below another of the report is then its part or its
    earlier step, never the report's rival to the other sources' figure (`_a_part`)."""
    by_document: dict[str, set[str]] = {}
    for claim, fv in items:
        key = _fmt(fv.value)
        if key in account.keys and not fv.negated:
            by_document.setdefault(claim.document_id, set()).add(key)
    reports = frozenset(frozenset(keys) for keys in by_document.values() if len(keys) > 1)
    return Account(account.source, account.keys, account.date, account.earlier, account.parts | reports)


class _Values:
    """A row's distinct values, who holds each, and a memo of their comparisons: the work grows with the distinct
    values, not with the claims."""

    def __init__(self, kind: str, cells: Mapping[str, list[tuple[Claim, FacetValue]]],
                 dates: Mapping[str, str] | None = None, *, facet: str = "", several: bool = False) -> None:
        self.kind = kind
        self.dates = dates or {}
        self.facet = facet
        self.several = several
        self.value: dict[str, object] = {}
        self.holders: dict[str, list[tuple[str, Claim]]] = {}
        self.denied: dict[str, object] = {}
        """The value a denial sets aside ("not arson" -> "arson"), by the denial's key."""
        for source, items in cells.items():
            for claim, fv in items:
                key = _fmt(fv.value)
                self.value.setdefault(key, fv.value)
                self.holders.setdefault(key, []).append((source, claim))
                if fv.negated and kind not in OWN_NEGATION:
                    self.denied[key] = _denied_value(fv.value)
        self._memo: dict[tuple[str, str], Comparison | None] = {}
        self.grown: set[str] = set()
        """Tolls another source's later count grew from ("59" beside a later "62"), noted as earlier figures."""

    def compare(self, a: str, b: str) -> Comparison | None:
        """How two values relate; None when a denial and a value have nothing to do with each other ("not arson"
        beside "faulty cable"): neither agreement nor disagreement."""
        if (a, b) not in self._memo:
            if a in self.denied or b in self.denied:
                self._memo[(a, b)] = _compare_denial(
                    self.kind, self._bare(a), self._bare(b), a in self.denied, b in self.denied
                )
            else:
                self._memo[(a, b)] = about_whom(self.facet, compare(self.kind, self.value[a], self.value[b]),
                                                self._claims(a), self._claims(b), several=self.several)
        return self._memo[(a, b)]

    def _claims(self, key: str) -> list[Claim]:
        return [claim for _, claim in self.holders[key]]

    def _bare(self, key: str) -> object:
        return self.denied.get(key, self.value[key])

    def agrees(self, a: str, b: str) -> bool:
        if a != b and (a in self.denied or b in self.denied):
            return False  # a denial backs only itself
        result = self.compare(a, b)
        return a == b or (result is not None and result.relation in {Relation.SAME, Relation.COMPATIBLE})

    def days(self, key: str, sources: Sequence[str]) -> list[str | None]:
        """The days (None: undated) of the documents in which `sources` give the value `key`."""
        members = set(sources)
        return [day_of(self.dates.get(c.document_id)) for s, c in self.holders[key] if s in members]

    def pairs(self) -> list[tuple[str, str]]:
        keys = list(self.value)
        if len(keys) <= PAIRWISE_LIMIT:
            return list(combinations(keys, 2))
        leaders = sorted(keys, key=lambda k: -len({s for s, _ in self.holders[k]}))[:PAIRWISE_LIMIT]
        return [(a, b) for a in keys for b in leaders if a != b]


def _cell(source: str, items: list[tuple[Claim, FacetValue]],
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


def _said_once(kind: str, cell: Cell) -> Cell:
    """A status cell without a denial its own assertion already makes: "militant" and "not civilian" (from "no
    civilians were harmed") are one account, shown as militant; a denial alone stays ("not civilian"). The claims
    behind the cell, and the row's status, keep both. An event type cell shows the source's most specific name
    (`_narrowest`)."""
    if kind == "event.type":
        return _narrowest(cell)
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


_RANK = {Relation.CONFLICT: 3, Relation.PARTIAL: 2, Relation.DIFFERENT: 1}


@dataclass(frozen=True)
class _Clash:
    """The worst relation between two accounts, the values behind it and a source holding each."""

    score: int
    comparison: Comparison
    a: str
    b: str


def _judge(facet: str, values: _Values, accounts: Mapping[str, Account],
           names: Mapping[str, str]) -> tuple[RowStatus, Reason, str]:
    """A row conflicts only when two sources' current accounts cannot both be true: a value of one clashes with a
    value of the other, and neither value is a part of a statement whose other part the two sources agree on ("two
    injured men, one of them in critical condition" against "both were hurt"; "Jameel Awad, 41, and his son Ahmad,
    12" against "in his early forties"). A denial of what the other asserts always counts."""
    label = facet.split(".")[-1]
    if len(accounts) == 1:
        source, account = next(iter(accounts.items()))
        said = "; ".join(k for k in values.value if k in account.keys | set(account.earlier))
        return RowStatus.SINGLE, Reason.NONE, f"{label}: only {names.get(source, source)} says {said}"
    groups: dict[tuple, list[str]] = {}
    counts = is_revised(facet)
    for source, account in accounts.items():
        groups.setdefault((account.keys, account.parts), []).append(source)
    related = {key for key, members in groups.items() if len(members) > 1}
    worst: tuple[_Clash, str, str] | None = None
    tolls = facet.startswith("casualties.")
    for first, second in _group_pairs(groups):
        clash = _relation(values, first, second, counts, (groups[first], groups[second]) if tolls else None)
        if clash is None:
            continue
        related |= {first, second}
        if clash.score and (worst is None or clash.score > worst[0].score):
            worst = (clash, groups[first][0], groups[second][0])
    if worst is None and len(related) < len(groups):
        # an account that nothing relates to: only denials beside other values ("not arson" said by two sources,
        # "faulty cable" by a third); agreement is earned value by value, never by the row's silence
        note = f"{label}: different accounts, not comparable: {_listing(values, accounts, names)}"
        return RowStatus.UNCLEAR, Reason.NEGATION, note
    if worst is None:
        agreeing = ", ".join(names.get(s, s) for s in accounts)
        return RowStatus.AGREE, Reason.NONE, f"{label}: {agreeing} agree ({_current(values, accounts)})"
    clash, src_a, src_b = worst
    va, vb = values.value[clash.a], values.value[clash.b]
    said = f"{names.get(src_a, src_a)} says {_fmt(va)}, {names.get(src_b, src_b)} says {_fmt(vb)}"
    result = clash.comparison
    if result.relation is Relation.CONFLICT:
        return RowStatus.CONFLICT, result.reason, f"{label}: {said}"
    if result.relation is Relation.PARTIAL:
        return RowStatus.CONFLICT, result.reason, f"{label}: partial conflict: {said}"
    if result.reason is Reason.IDENTITY and facet in WHO:
        return RowStatus.UNCLEAR, result.reason, f"{label}: perhaps different people: {said}"
    return RowStatus.UNCLEAR, result.reason, f"{label}: different accounts, not comparable: {said}"


def _relation(values: _Values, first: tuple, second: tuple, counts: bool,
              holders: tuple[Sequence[str], Sequence[str]] | None = None) -> _Clash | None:
    """How two accounts relate: their worst pair of values, leaving out a pair where a value is one part of a
    statement whose other part the accounts agree on, a pair one side holds both sides of, and (for a toll, given
    `holders`, the sources of each account) an earlier toll that a later one grew from; agreement (score 0) when
    no pair clashes but some pair agrees; None when no pair says anything about the other."""
    (keys_a, parts_a), (keys_b, parts_b) = first, second
    worst: _Clash | None = None
    everything = list(values.value.values())
    for a in sorted(keys_a):
        for b in sorted(keys_b):
            result = values.compare(a, b)
            if result is None:
                continue
            if values.agrees(a, b):
                clash = _Clash(0, Comparison(Relation.COMPATIBLE, Reason.NONE), a, b)
            elif result.relation is Relation.CONFLICT and (a in values.denied or b in values.denied):
                return _Clash(4, result, a, b)
            elif _a_part(values, a, parts_a, keys_b, counts) or _a_part(values, b, parts_b, keys_a, counts):
                clash = _Clash(0, Comparison(Relation.COMPATIBLE, Reason.NONE), a, b)
            elif values.kind in SELF_CHECKED and held_by_both(a, b, keys_a, keys_b, values.agrees):
                clash = _Clash(0, Comparison(Relation.COMPATIBLE, Reason.NONE), a, b)
            elif holders is not None and (stale := _grown(values, a, b, holders)):
                values.grown.add(stale)
                clash = _Clash(0, Comparison(Relation.COMPATIBLE, Reason.NONE), a, b)
            elif values.kind == "person" and _bridged(values.value[a], values.value[b], everything):
                clash = _Clash(0, Comparison(Relation.COMPATIBLE, Reason.NONE), a, b)
            else:
                clash = _Clash(_RANK.get(result.relation, 0), result, a, b)
            if worst is None or clash.score > worst.score:
                worst = clash
    return worst


def _grown(values: _Values, a: str, b: str, holders: tuple[Sequence[str], Sequence[str]]) -> str | None:
    """The one of two tolls that is an earlier step of the other: said only on days before the other was first
    said, and within dispute.GROWTH below it (`holders`: the sources giving `a`, those giving `b`); None if neither."""
    days_a, days_b = values.days(a, holders[0]), values.days(b, holders[1])
    if grown_toll(values.value[a], values.value[b], _last(days_a), _first(days_b)):
        return a
    if grown_toll(values.value[b], values.value[a], _last(days_b), _first(days_a)):
        return b
    return None


def _last(days: Sequence[str | None]) -> str | None:
    return None if not days or None in days else max(d for d in days if d)


def _first(days: Sequence[str | None]) -> str | None:
    return None if not days or None in days else min(d for d in days if d)


def _a_part(values: _Values, key: str, parts: frozenset[frozenset[str]], others: frozenset[str], counts: bool) -> bool:
    """`key` shares a claim with another value that agrees with one of `others`; in a count, only a figure wholly
    below that value is its part ("two injured men, one of them critical"): a larger one is the total ("50 killed,
    among them 10 children" still disputes "10 killed")."""
    return any(
        key in part and any(
            values.agrees(x, y) and (not counts or _interval(values.value[key])[1] < _interval(values.value[x])[0])
            for x in part if x != key for y in others
        )
        for part in parts
    )


def _interval(value: object) -> tuple[float, float]:
    if isinstance(value, (list, tuple)):
        low, high = value
        return (float("-inf") if low is None else low, float("inf") if high is None else high)
    return float(value), float(value)  # type: ignore[arg-type]


def _group_pairs(groups: Mapping[tuple[frozenset[str], str | None], list[str]]) -> list[tuple]:
    """Pairs of distinct accounts, all against all up to PAIRWISE_LIMIT; past it, each account against the
    PAIRWISE_LIMIT accounts held by the most sources, so a row of thousands of accounts stays linear."""
    keys = list(groups)
    if len(keys) <= PAIRWISE_LIMIT:
        return list(combinations(keys, 2))
    leaders = sorted(keys, key=lambda k: -len(groups[k]))[:PAIRWISE_LIMIT]
    return [(a, b) for a in keys for b in leaders if a != b]


def _current(values: _Values, accounts: Mapping[str, Account]) -> str:
    """The values the sources stand by, then the figures they or a later count replaced ("14; earlier 3, 6, 9")."""
    current = set().union(*(a.keys for a in accounts.values())) - values.grown
    earlier = ({k for a in accounts.values() for k in a.earlier} | values.grown) - current
    said = "; ".join(k for k in values.value if k in current)
    if earlier:
        said += "; earlier " + ", ".join(k for k in values.value if k in earlier)
    return said


def _listing(values: _Values, accounts: Mapping[str, Account], names: Mapping[str, str]) -> str:
    return ", ".join(
        f"{names.get(s, s)} says {'; '.join(k for k in values.value if k in a.keys)}" for s, a in accounts.items()
    )


def _bridged(a: object, b: object, values: Sequence[object]) -> bool:
    """Two parts of one name ("Loutfi", "Mesto") agree when a fuller name in the row matches both; only names
    bridge like this (for numbers, 5 and 8 both fit "3 to 8" and still conflict)."""
    fits = {Relation.SAME, Relation.COMPATIBLE}
    size = max(len(str(a).split()), len(str(b).split()))
    return any(
        compare("person", a, v).relation in fits and compare("person", b, v).relation in fits
        for v in values if v != a and v != b and len(str(v).split()) > size
    )


def _support(values: _Values) -> dict[str, int]:
    """Independent sources behind each value. A narration that repeats what the same document quotes someone
    else saying is a relay, not a second witness, so it does not count."""
    quoted: dict[str, set[str]] = {}
    for key, holders in values.holders.items():
        for _, claim in holders:
            if claim.quote is not QuoteKind.NARRATION:
                quoted.setdefault(claim.document_id, set()).add(key)
    neighbours = {key: {key} for key in values.value}
    for a, b in values.pairs():
        if values.agrees(a, b):
            neighbours[a].add(b)
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


def _fmt(value: object) -> str:
    if isinstance(value, (list, tuple)):
        lo, hi = value
        return f"{'' if lo is None else lo}–{'' if hi is None else hi}"
    return str(value)
