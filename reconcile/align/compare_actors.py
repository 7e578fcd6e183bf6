"""Who acted, compared by the tree of who acts for whom (data/hierarchy.toml [actor]) or by their words."""

from __future__ import annotations

import functools

from reconcile.align.comparison import Comparison, Relation
from reconcile.claims.actor_tree import acts_for, body_kinds, fold, place
from reconcile.claims.actor_tree import lineage as actor_lineage
from reconcile.model import Reason
from reconcile.resources import lexicon


def actor_rule(a: object, b: object) -> Comparison:
    """Who acted, by the tree of who acts for whom (data/hierarchy.toml [actor]). One actor named at two levels agrees
    ("u.s. central command forces", "the pentagon", "united-states"); bodies of two states or groups, or two bodies of
    one state (the CIA and the US military), conflict. Values the tree cannot place agree only when one holds the
    other's words ("riot police" and "police") or both name the same kind of body ("soldiers and police" and "the
    army"); anything else is not comparable, never agreement by default. A denial ("not central command") conflicts
    only with what it denies and the bodies acting for it, not with the state above it: "not IDF" leaves "Israel"
    open, "not Israel" rules out the IDF."""
    text_a, text_b = str(a), str(b)
    neg_a, neg_b = text_a.startswith("not "), text_b.startswith("not ")
    if neg_a and neg_b:
        related = _actor_relation(text_a[4:], text_b[4:]) is Relation.COMPATIBLE
        return Comparison(Relation.COMPATIBLE if related else Relation.DIFFERENT, Reason.NEGATION)
    if neg_a or neg_b:
        denied, said = (text_a[4:], text_b) if neg_a else (text_b[4:], text_a)
        return Comparison(Relation.CONFLICT if _denies(denied, said) else Relation.DIFFERENT, Reason.NEGATION)
    return Comparison(_actor_relation(text_a, text_b), Reason.IDENTITY)


def _actor_relation(a: str, b: str) -> Relation:
    node_a, node_b = place(a), place(b)
    if node_a and node_b:
        if acts_for(node_a, node_b) or acts_for(node_b, node_a):
            return Relation.COMPATIBLE
        return Relation.CONFLICT  # two states or groups, or two bodies of one state
    if {_party(a), _party(b)} == {"state", "non_state"}:
        return Relation.CONFLICT  # "masked individuals" against "police": who acted is in dispute
    if node_a or node_b:
        return Relation.DIFFERENT  # "gunmen" may be anyone's
    if _holds(a, b) or _holds(b, a) or body_kinds(a) & body_kinds(b):
        return Relation.COMPATIBLE
    return Relation.DIFFERENT


def _party(value: str) -> str | None:
    """ "state" for the state's forces ("riot police", "israeli troops"), "non_state" for a party outside the state
    ("masked individuals", "gunmen"), None for a value that names neither or both (facets.toml [actor_parties])."""
    words = f" {fold(value)} "
    sides = {side for side, phrases in _parties().items() if any(f" {p} " in words for p in phrases)}
    return sides.pop() if len(sides) == 1 else None


@functools.cache
def _parties() -> dict[str, tuple[str, ...]]:
    return {side: tuple(fold(p) for p in phrases) for side, phrases in lexicon("facets")["actor_parties"].items()}


def _denies(denied: str, said: str) -> bool:
    """A denial of `denied` rules out `said` when `said` is it or acts for it."""
    node_d, node_s = place(denied), place(said)
    if node_d and node_s:
        return node_d in actor_lineage(node_s)
    return not node_d and not node_s and _holds(said, denied)


def _holds(longer: str, shorter: str) -> bool:
    """The words of `shorter` stand together in `longer`: "riot police" holds "police"."""
    return bool(fold(shorter)) and f" {fold(shorter)} " in f" {fold(longer)} "
