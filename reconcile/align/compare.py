"""One comparison per value type: does value A agree with, partly contradict, or contradict value B?"""

from __future__ import annotations

import functools

from rapidfuzz import fuzz

from reconcile.align.compare_actors import actor_rule
from reconcile.align.compare_causes import cause_rule
from reconcile.align.compare_kinds import kind_rule
from reconcile.align.compare_status import status_rule, target_rule
from reconcile.align.comparison import Comparison, Relation
from reconcile.align.meaning import text_rule
from reconcile.claims.people import spells_name
from reconcile.claims.place_names import country_of
from reconcile.model import Reason
from reconcile.resources import lexicon

TIME_TOLERANCE_MINUTES = 15
NAME_SIMILARITY = 75


def compare(kind: str, a: object, b: object) -> Comparison:
    """Compare two normalised values of one facet type (`number`, `range`, `date`, `time`, `place`, `person`,
    `category`, `text`), or of a facet with its own rules (`status`, `weapon`, `investigation`, `cause`)."""
    if a == b:
        return Comparison(Relation.SAME, Reason.NONE)
    return COMPARERS.get(kind, text_rule)(a, b)


def _interval(value: object) -> tuple[float, float]:
    if isinstance(value, (list, tuple)):
        lo, hi = value
        return (float("-inf") if lo is None else lo, float("inf") if hi is None else hi)
    number = float(value)  # type: ignore[arg-type]
    return number, number


def _number(a: object, b: object) -> Comparison:
    """Figures agree when their intervals overlap ("at least 4" and 14; "about 300" and 288 as its 270-330), or when
    one is a round figure the other rounds to ("300 dead" and 288); "at least 18" and 14 conflict."""
    (lo_a, hi_a), (lo_b, hi_b) = _interval(a), _interval(b)
    if lo_a <= hi_b and lo_b <= hi_a or _rounds_to(a, b) or _rounds_to(b, a):
        return Comparison(Relation.COMPATIBLE, Reason.NUMBER)
    return Comparison(Relation.CONFLICT, Reason.NUMBER)


def _rounds_to(exact: object, round_figure: object) -> bool:
    """A figure of two or more trailing zeros (300, 2,000) stands for any figure that rounds to it and lies within
    compatibility.toml [numbers] rounding_share of it: 288 is "300", 250 is not."""
    if isinstance(exact, (list, tuple)) or isinstance(round_figure, (list, tuple)):
        return False
    whole, precise = int(float(round_figure)), float(exact)  # type: ignore[arg-type]
    if whole < 100 or whole % 100 or whole != float(round_figure):  # type: ignore[arg-type]
        return False
    unit = 10 ** (len(str(whole)) - len(str(whole).rstrip("0")))
    share = float(lexicon("compatibility")["numbers"]["rounding_share"])
    return round(precise / unit) * unit == whole and abs(precise - whole) <= share * whole


def _date(a: object, b: object) -> Comparison:
    sa, sb = str(a), str(b)
    if sa.startswith(sb) or sb.startswith(sa):
        return Comparison(Relation.COMPATIBLE, Reason.TIME)
    return Comparison(Relation.CONFLICT, Reason.TIME)


def _time(a: object, b: object) -> Comparison:
    def minutes(v: object) -> int:
        hours, mins = str(v).split(":")
        return int(hours) * 60 + int(mins)

    gap = abs(minutes(a) - minutes(b))
    gap = min(gap, 24 * 60 - gap)
    return Comparison(Relation.COMPATIBLE if gap <= TIME_TOLERANCE_MINUTES else Relation.CONFLICT, Reason.TIME)


def _place(a: object, b: object) -> Comparison:
    """Places compare by their broadest part: "tamar street, nerasi" lies in "nerasi" and agrees with it; two known
    places conflict only when they lie in different countries.

    A country or a region alone ("in Kazakhstan", "in the Moscow region") beside the case's place ("aktau",
    "crocus city hall, krasnogorsk") is compatible, never the same: it does not contradict the place, but says less,
    so the row shows the finer value's support apart. Mentions that name a part of the case's place as a whole (its
    venue, its town) are given the whole by `claims.site` before they get here, and so are the same."""
    base_a, dir_a = _split_place(_broadest(str(a)))
    base_b, dir_b = _split_place(_broadest(str(b)))
    country_a, country_b = country_of(base_a) or base_a, country_of(base_b) or base_b
    known_a, known_b = country_of(base_a) is not None, country_of(base_b) is not None
    if base_a == base_b:
        if dir_a and dir_b and dir_a != dir_b:
            return Comparison(Relation.CONFLICT, Reason.PLACE)
        return Comparison(Relation.COMPATIBLE, Reason.PLACE)
    if known_a and known_b:
        same = country_a == country_b
        return Comparison(Relation.COMPATIBLE if same else Relation.CONFLICT, Reason.PLACE)
    return Comparison(Relation.COMPATIBLE, Reason.PLACE)  # an unknown village may lie in the named country


def _broadest(value: str) -> str:
    """"tamar street, nerasi" -> "nerasi": a place written inside its town, as `claims.place_names.in_town` writes
    it; "off pylos" -> "pylos": the sea off a town is compared as the town, as `claims.where.find_where` writes it."""
    return (value.rpartition(", ")[2] or value).removeprefix("off ")


def _split_place(value: str) -> tuple[str, str]:
    if value.endswith(")") and " (" in value:
        base, _, direction = value[:-1].partition(" (")
        return base, direction
    return value, ""


def _person(a: object, b: object) -> Comparison:
    """Spelling variants of one name agree (Loutfi/Lutfi/Routfi Hassan Mesto); two different names conflict."""
    ta, tb = str(a).lower().split(), str(b).lower().split()
    if not ta or not tb:
        return Comparison(Relation.DIFFERENT, Reason.IDENTITY)
    if len(ta) == 1 or len(tb) == 1:  # "Lutfi" alone names one part of "Loutfi Hassan Mesto"
        short, full = (ta, tb) if len(ta) == 1 else (tb, ta)
        if any(spells_name(short[0], word) for word in full):
            return Comparison(Relation.COMPATIBLE, Reason.IDENTITY)
    surname = fuzz.ratio(ta[-1], tb[-1])
    overall = fuzz.token_set_ratio(" ".join(ta), " ".join(tb))
    if surname >= 85 or (surname >= NAME_SIMILARITY and ta[-1][0] == tb[-1][0]) or overall >= 85:
        return Comparison(Relation.COMPATIBLE, Reason.IDENTITY)
    return Comparison(Relation.CONFLICT, Reason.IDENTITY)


@functools.cache
def _state_conflicts() -> set[frozenset[str]]:
    return {frozenset(p) for p in lexicon("compatibility")["investigation"]["conflicts"]}


def _investigation(a: object, b: object) -> Comparison:
    """One investigation said to be under way and not launched conflicts; asked for and under way do not
    (compatibility.toml [investigation]); two different investigations are different, never in conflict."""
    name_a, _, state_a = str(a).partition(": ")
    name_b, _, state_b = str(b).partition(": ")
    if name_a == name_b and frozenset((state_a, state_b)) in _state_conflicts():
        return Comparison(Relation.CONFLICT, Reason.NEGATION)
    if name_a == name_b or state_a == state_b:
        return Comparison(Relation.COMPATIBLE, Reason.MEANING)
    return Comparison(Relation.DIFFERENT, Reason.MEANING)



COMPARERS = {
    "number": _number,
    "range": _number,
    "date": _date,
    "time": _time,
    "place": _place,
    "person": _person,
    "status": status_rule,
    "target": target_rule,
    "actor": actor_rule,
    "weapon": kind_rule("weapon"),
    "event.type": kind_rule("event_type"),
    "investigation": _investigation,
    "cause": cause_rule,
    "category": kind_rule("event_type"),
    "text": text_rule,
}
