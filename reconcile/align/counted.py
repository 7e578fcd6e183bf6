"""Who a count counts: two figures clash only when they count the same people.

"Seventy-five police officers were injured" (the police) and "68 people were treated" (the health office) are not two
answers to one question: the police count their own, the hospital the people it took in. A count of one group
(officers, children, migrants: data/counted.toml) against a count of another group is not comparable; against a count
of everyone ("people", "dead", "victims"), a smaller figure is a part of it, and a larger one cannot be told from a
count that left the group out. Counts of the same group, or of everyone, compare as figures.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from reconcile.align.comparison import Comparison, Relation
from reconcile.model import Reason
from reconcile.resources import lexicon

COUNT_KINDS = frozenset({"number", "range"})
"""Comparison kinds of counts, whose values may name the group they count."""


@functools.cache
def _families() -> dict[str, str]:
    return {word: family for family, words in lexicon("counted")["groups"].items() for word in words}


@functools.cache
def _everyone() -> frozenset[str]:
    return frozenset(lexicon("counted")["everyone"])


@functools.cache
def _apart() -> frozenset[str]:
    return frozenset(lexicon("counted")["apart"])


def group_of(text: str) -> str | None:
    """The one group a count's words name ("seventy-five police officers" -> security); None for a count of everyone
    or of several groups at once ("three officers and two demonstrators" is the total of both); a group named after
    a word of everyone ("17 people, five of them police officers") is a part the count includes."""
    words = [w.strip(".,;:!?\"'“”‘’()[]").lower() for w in text.split()]
    if "and" in words:
        return None
    named = [w for i, w in enumerate(words) if w in _families() or _of_everyone(words, i)]
    if not named or named[0] in _everyone():  # "17 people, five of them officers" counts everyone
        return None
    found = {_families()[w] for w in named if w in _families()}
    return found.pop() if len(found) == 1 else None


def _of_everyone(words: list[str], i: int) -> bool:
    """The word at `i` names everyone, and not as a word describing a group after it ("76 injured migrants")."""
    return words[i] in _everyone() and (i + 1 == len(words) or words[i + 1] not in _families())


def groups_of(texts: Iterable[str]) -> frozenset[str | None]:
    """The groups that the claims giving one value count (None: everyone)."""
    return frozenset(group_of(text) for text in texts)


def by_group(result: Comparison, groups_a: frozenset[str | None], groups_b: frozenset[str | None], a: object,
             b: object) -> Comparison | None:
    """A clash of two counts read with the groups they count. It stands when some claim of each side counts the same
    group ("two of its employees" against the union's "three workers"). Otherwise counts of different groups only are
    not comparable (DIFFERENT); a count of a group wholly below a count of everyone is its part and says nothing
    against it (None); above it, the clash stands for a group always among everyone ("12 children" against "8 dead")
    and is not comparable for one a count of everyone often leaves out (counted.toml `apart`: officers, fighters)."""
    if result.relation is not Relation.CONFLICT or not groups_a or not groups_b or groups_a & groups_b:
        return result
    if None not in groups_a and None not in groups_b:
        return Comparison(Relation.DIFFERENT, Reason.NUMBER)
    (part, groups), whole = ((a, groups_a), b) if None in groups_b else ((b, groups_b), a)
    if _top(part) < _floor(whole):
        return None
    if groups & _apart():
        return Comparison(Relation.DIFFERENT, Reason.NUMBER)
    return result


def _floor(value: object) -> float:
    if isinstance(value, (list, tuple)):
        return float("-inf") if value[0] is None else float(value[0])
    return float(value)  # type: ignore[arg-type]


def _top(value: object) -> float:
    if isinstance(value, (list, tuple)):
        return float("inf") if value[1] is None else float(value[1])
    return float(value)  # type: ignore[arg-type]
