"""A row's status (agree / conflict / single / unclear), its typed reason and its note, from the sources' current
accounts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from reconcile.align.compare import compare
from reconcile.align.comparison import Comparison, Relation
from reconcile.align.counted import COUNT_KINDS
from reconcile.align.current import Account, is_revised
from reconcile.align.dispute import (
    SELF_CHECKED,
    UNANCHORED_DENIALS,
    bare_denial,
    early_toll,
    grown_toll,
    held_by_both,
    said_early,
)
from reconcile.align.row_values import PAIRWISE_LIMIT, RowValues, value_text
from reconcile.align.victims import WHO
from reconcile.model import Reason, RowStatus

_RANK = {Relation.CONFLICT: 3, Relation.PARTIAL: 2, Relation.DIFFERENT: 1}


@dataclass(frozen=True)
class _Clash:
    """The worst relation between two accounts, the values behind it and a source holding each."""

    score: int
    comparison: Comparison
    a: str
    b: str


def judge_clash(facet: str, values: RowValues, accounts: Mapping[str, Account],
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
        return RowStatus.UNCLEAR, _unrelated_reason(values), note
    if worst is None:
        agreeing = ", ".join(names.get(s, s) for s in accounts)
        return RowStatus.AGREE, Reason.NONE, f"{label}: {agreeing} agree ({_current(values, accounts)})"
    clash, src_a, src_b = worst
    va, vb = values.value[clash.a], values.value[clash.b]
    said = f"{names.get(src_a, src_a)} says {value_text(va)}, {names.get(src_b, src_b)} says {value_text(vb)}"
    result = clash.comparison
    if result.relation is Relation.CONFLICT:
        return RowStatus.CONFLICT, result.reason, f"{label}: {said}"
    if result.relation is Relation.PARTIAL:
        return RowStatus.CONFLICT, result.reason, f"{label}: partial conflict: {said}"
    if result.reason is Reason.IDENTITY and facet in WHO:
        return RowStatus.UNCLEAR, result.reason, f"{label}: perhaps different people: {said}"
    if result.reason is Reason.NUMBER:  # `align.counted`: "75 police officers" against "68 people"
        return RowStatus.UNCLEAR, result.reason, f"{label}: counts of different groups, not comparable: {said}"
    return RowStatus.UNCLEAR, result.reason, f"{label}: different accounts, not comparable: {said}"


def _unrelated_reason(values: RowValues) -> Reason:
    """Why accounts say nothing about each other: a denial beside other values, or a count of a group beside a count
    of everyone (`align.counted`), or values of different things."""
    if values.denied:
        return Reason.NEGATION
    return Reason.NUMBER if values.kind in COUNT_KINDS else Reason.MEANING


def _relation(values: RowValues, first: tuple, second: tuple, counts: bool,
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
            if result is None or (values.kind in UNANCHORED_DENIALS and (
                    bare_denial(a, keys_a, values.denied) or bare_denial(b, keys_b, values.denied))):
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


def _grown(values: RowValues, a: str, b: str, holders: tuple[Sequence[str], Sequence[str]]) -> str | None:
    """The one of two tolls that is an earlier step of the other: said only on days before the other was first
    said, and within dispute.GROWTH below it; or called early by its own words and said no later than the other, within
    dispute.EARLY_GROWTH below it (`holders`: the sources giving `a`, those giving `b`); None if neither."""
    days_a, days_b = values.days(a, holders[0]), values.days(b, holders[1])
    if grown_toll(values.value[a], values.value[b], _last(days_a), _first(days_b)):
        return a
    if grown_toll(values.value[b], values.value[a], _last(days_b), _first(days_a)):
        return b
    if _early(values, a, holders[0]) and early_toll(values.value[a], values.value[b], _last(days_a), _first(days_b)):
        return a
    if _early(values, b, holders[1]) and early_toll(values.value[b], values.value[a], _last(days_b), _first(days_a)):
        return b
    return None


def _early(values: RowValues, key: str, sources: Sequence[str]) -> bool:
    """Every claim in which `sources` give the figure `key` calls it early ("shortly after the attack he put the
    dead at 30"): a figure a source also gives plainly is its count, not a first step."""
    members = set(sources)
    claims = [claim for source, claim in values.holders[key] if source in members]
    return bool(claims) and all(said_early(claim.text) for claim in claims)


def _last(days: Sequence[str | None]) -> str | None:
    return None if not days or None in days else max(d for d in days if d)


def _first(days: Sequence[str | None]) -> str | None:
    return None if not days or None in days else min(d for d in days if d)


def _a_part(
    values: RowValues, key: str, parts: frozenset[frozenset[str]], others: frozenset[str], counts: bool
) -> bool:
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


def _current(values: RowValues, accounts: Mapping[str, Account]) -> str:
    """The values the sources stand by, then the figures they or a later count replaced ("14; earlier 3, 6, 9")."""
    current = set().union(*(a.keys for a in accounts.values())) - values.grown
    earlier = ({k for a in accounts.values() for k in a.earlier} | values.grown) - current
    said = "; ".join(k for k in values.value if k in current)
    if earlier:
        said += "; earlier " + ", ".join(k for k in values.value if k in earlier)
    return said


def _listing(values: RowValues, accounts: Mapping[str, Account], names: Mapping[str, str]) -> str:
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
