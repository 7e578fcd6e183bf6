"""Whether a clash between two sources' values is a dispute between the sources.

The comparator says whether two values can both be true; a row is a conflict only when the two sources behind them
disagree. Two clashes are not disagreements between sources:

- the source that gives one value also gives the other one ("today, 8 April" in one post and "As of 11:00 on
  Sunday" in the next, against another source's 8 April): its own two values clash, and the other source, which
  says what it also says, does not dispute it. The cell still shows both values.
- an earlier, lower toll against a later, slightly higher one from another source ("59 dead" on the night of a
  fire, "the toll has risen to 62" five weeks later, as the injured die in hospital): a count that grew, not two
  counts of one moment. A much larger later figure (82 bodies recovered against "more than 500 missing and
  presumed dead") is another count and still disputes the first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from reconcile.resources import lexicon

SELF_CHECKED = frozenset({"date", "time", "place", "investigation", "event.type", "person", "status"})
"""Comparison kinds where a source's two rival values are its own inconsistency or its several victims: an event has
one day, hour, site, type and state of inquiry, and a source that names two victims ("Omar and his son Ahmad") or
gives two victims' statuses agrees with one naming either. Not counts and ages, which count different people
("four crew and eleven passengers"; a part beside its whole, "50 dead, 10 of them children", must still dispute
another's 10), nor weapons, actors, causes, targets and activities, of which one account may give several at once
("tear gas and rubber bullets") and each still disputes another source's rival."""

UNANCHORED_DENIALS = frozenset({"date", "time"})
"""Comparison kinds where a denial with no value of its own beside it disputes nothing: "No deaths have occurred on
Spanish territory" in a post of 24 June denies the deaths, not the day, and "the raid did not happen on Friday" is a
counter-claim only with the day the source gives instead. A source that denies one day and asserts another still
disputes the day it denies."""

GROWTH = 4 / 3
"""The most a later toll may exceed an earlier one of another source and still be the same count grown: the dead of
a fire or a strike rise by the injured who die after it (59 to 62, 143 to 145, 116 to 121), not by a third more; a
figure a third or more above the earlier one counts something else (bodies recovered against people missing)."""

EARLY_GROWTH = 2.0
"""The most a count may exceed a figure its own words call early ("shortly after the attack", "a preliminary toll")
and still be that tally grown: within hours the toll of a strike or a crush doubles as bodies are found (30, then
"at least 50"); a figure twice the early one or more counts something else, or disputes it."""

Agrees = Callable[[str, str], bool]


def held_by_both(a: str, b: str, keys_a: Iterable[str], keys_b: Iterable[str], agrees: Agrees) -> bool:
    """One side of the clash (a, b) also gives a rival of its own value that agrees with the other side's: the clash
    is that source's own inconsistency, not a disagreement between the two. A coarser value of its own does not
    count ("April" beside "10 April" agrees with any day of April, yet "10 April" still disputes "8 April").

    Args:
        keys_a: the values of the source that gives `a`; keys_b: those of the source that gives `b`.
        agrees: whether two values (as the row keys them) can both be true.
    """
    return _rival(a, b, keys_a, agrees) or _rival(b, a, keys_b, agrees)


def bare_denial(key: str, keys: Iterable[str], denied: Iterable[str]) -> bool:
    """`key` is a denial, and its source (whose values are `keys`) asserts no value of the row beside it."""
    refused = set(denied)
    return key in refused and all(k in refused for k in keys)


def _rival(own: str, other: str, keys: Iterable[str], agrees: Agrees) -> bool:
    """`keys` (which hold `own`) also hold a value that agrees with `other` and not with `own`."""
    return any(x != own and agrees(other, x) and not agrees(own, x) for x in keys)


def grown_toll(low: object, high: object, low_day: str | None, high_day: str | None) -> bool:
    """`low`, said only before `high_day`, lies wholly below `high` and within GROWTH of it: a toll that grew.

    Args:
        low_day: the latest day the source of `low` gave it; high_day: the earliest day of the source of `high`.
            Either None (undated) orders nothing.
    """
    if low_day is None or high_day is None or low_day >= high_day:
        return False
    _, low_top = _bounds(low)
    high_floor, _ = _bounds(high)
    if low_top is None or high_floor is None or low_top <= 0:
        return False
    return low_top < high_floor <= low_top * GROWTH


def early_toll(low: object, high: object, low_day: str | None, high_day: str | None) -> bool:
    """`low`, a figure its words call early, said no later than `high_day`, lies wholly below `high` and within
    EARLY_GROWTH of it: the first count of a tally that grew the same day or after.

    Args:
        low_day: the latest day the source of `low` gave it; high_day: the earliest day of the source of `high`.
            Either None (undated) orders nothing.
    """
    if low_day is None or high_day is None or low_day > high_day:
        return False
    _, low_top = _bounds(low)
    high_floor, _ = _bounds(high)
    if low_top is None or high_floor is None or low_top <= 0:
        return False
    return low_top < high_floor < low_top * EARLY_GROWTH


def said_early(text: str) -> bool:
    """The words of a claim call its figure an early step of the tally (counted.toml [early]); "shortly after" a
    clock time or "midnight" dates the event instead."""
    words = [w.strip(".,;:!?\"'“”‘’()") for w in text.lower().split()]
    for phrase in _early_phrases():
        size = len(phrase.split())
        for i in range(len(words) - size + 1):
            if " ".join(words[i : i + size]) != phrase:
                continue
            following = words[i + size] if i + size < len(words) else ""
            if phrase.endswith("after") and (following[:1].isdigit() or following in _times()):
                continue
            return True
    return False


@functools.cache
def _early_phrases() -> tuple[str, ...]:
    return tuple(lexicon("counted")["early"]["phrases"])


@functools.cache
def _times() -> frozenset[str]:
    return frozenset(lexicon("counted")["early"]["times"])


def _bounds(value: object) -> tuple[float | None, float | None]:
    """The lowest and highest figure a count allows (None for an open side; (None, None) for no count)."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = value
        return (None if low is None else float(low), None if high is None else float(high))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), float(value)
    return None, None
