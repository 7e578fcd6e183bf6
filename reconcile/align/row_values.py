"""A row's distinct values, who holds each and what a denial sets aside, and how two of them compare."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from reconcile.align.compare import compare
from reconcile.align.comparison import Comparison, Relation
from reconcile.align.counted import COUNT_KINDS, by_group, groups_of
from reconcile.align.current import day_of
from reconcile.align.victims import about_whom
from reconcile.claims.hierarchy import is_under, kinds
from reconcile.model import Claim, FacetValue, Reason
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


class RowValues:
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
                key = value_text(fv.value)
                self.value.setdefault(key, fv.value)
                self.holders.setdefault(key, []).append((source, claim))
                if fv.negated and kind not in OWN_NEGATION:
                    self.denied[key] = _denied_value(fv.value)
        self._memo: dict[tuple[str, str], Comparison | None] = {}
        self._groups: dict[str, frozenset[str | None]] = {}
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
                result = about_whom(self.facet, compare(self.kind, self.value[a], self.value[b]),
                                    self._claims(a), self._claims(b), several=self.several)
                fits = self._unsaid(result, a, b)
                self._memo[(a, b)] = None if fits is None else self._counted(fits, a, b)
        return self._memo[(a, b)]

    def _unsaid(self, result: Comparison, a: str, b: str) -> Comparison | None:
        """A denial and a different assertion that fits it ("not a child" / "a Houthi fighter", for a comparer that
        reads its own "not") say nothing of each other: no dispute, and no agreement either (None)."""
        if self.kind not in OWN_NEGATION or a.startswith("not ") == b.startswith("not "):
            return result
        return None if result.relation in {Relation.SAME, Relation.COMPATIBLE} else result

    def _counted(self, result: Comparison, a: str, b: str) -> Comparison | None:
        """Two counts' clash read with the groups they count (`align.counted`): "75 police officers" against "68
        people" is not two answers to one question."""
        if self.kind not in COUNT_KINDS:
            return result
        return by_group(result, self._group(a), self._group(b), self.value[a], self.value[b])

    def _group(self, key: str) -> frozenset[str | None]:
        if key not in self._groups:
            self._groups[key] = groups_of(fv.text for _, claim in self.holders[key] for fv in claim.facets
                                          if fv.facet == self.facet and value_text(fv.value) == key)
        return self._groups[key]

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



def value_text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        lo, hi = value
        return f"{'' if lo is None else lo}–{'' if hi is None else hi}"
    return str(value)
