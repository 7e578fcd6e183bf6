"""Weapons and kinds of event compared by their trees (data/hierarchy.toml) and the compatibility table."""

from __future__ import annotations

import functools

from reconcile.align.comparison import Comparison, Relation
from reconcile.align.meaning import text_rule
from reconcile.claims.hierarchy import delivered, in_one_line, is_under, kinds, launch_of, lineage
from reconcile.claims.weapon_names import designation_of, kind_of
from reconcile.model import Reason
from reconcile.resources import lexicon


@functools.cache
def _pairs(section: str, key: str) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in lexicon("compatibility")[section].get(key, ()))


def _listed(section: str, key: str, a: str, b: str) -> bool:
    """A pair of the compatibility table holds for the two values or for kinds above them."""
    return any(
        (is_under(section, a, x) and is_under(section, b, y)) or (is_under(section, a, y) and is_under(section, b, x))
        for x, y in _pairs(section, key)
    )


def kind_rule(section: str):
    """Weapons and kinds of event, by their trees (data/hierarchy.toml). Agreement is earned: the same kind, or one
    under the other ("Hellfire" and "missile", "drone strike" and "air strike"), or a pair the compatibility table
    lists, or a platform and what it fires ("drone" and "missile"). Two kinds launched from different places ("rocket"
    and "air strike", a surface-to-air and an air-to-air missile) or two different named systems (Hellfire and
    Kornet) conflict. Anything else is not comparable: one event has several weapons (the officer's gun and the
    suspect's knife) and several faces (an explosion and the fire after it), so calling them conflicts made 5 of the
    14 false conflicts on the development cases, and calling them agreement hid real disputes."""

    def compare_kind(a: object, b: object) -> Comparison:
        sa, sb = str(a).lower(), str(b).lower()
        if section == "weapon" and not (sa.startswith("not ") or sb.startswith("not ")):  # a denial is no kind
            if _two_systems(sa, sb):
                return Comparison(Relation.CONFLICT, Reason.MEANING)  # a Kh-22 is not a Kh-101
            sa, sb = kind_of(sa) or sa, kind_of(sb) or sb  # "kh-22 cruise missile" is a cruise missile
            if sa == sb:
                return Comparison(Relation.COMPATIBLE, Reason.MEANING)
        if not lineage(section, sa) or not lineage(section, sb):
            return text_rule(sa, sb)  # a value typed in by a reviewer: words, not the tree
        if in_one_line(section, sa, sb):
            return Comparison(Relation.COMPATIBLE, Reason.MEANING)
        if _listed(section, "unclear", sa, sb):
            return Comparison(Relation.DIFFERENT, Reason.MEANING)
        if _listed(section, "conflicts", sa, sb) or _clash(section, sa, sb):
            return Comparison(Relation.CONFLICT, Reason.MEANING)
        if _listed(section, "compatible", sa, sb) or _delivers(section, sa, sb) or _delivers(section, sb, sa):
            return Comparison(Relation.COMPATIBLE, Reason.MEANING)
        return Comparison(Relation.DIFFERENT, Reason.MEANING)

    return compare_kind


def _two_systems(a: str, b: str) -> bool:
    """Two weapon values of one kind, each naming its own system ("kh-22 cruise missile", "kh-101 cruise missile")."""
    kind = kind_of(a)
    if kind is None or kind != kind_of(b):
        return False
    first, second = designation_of(a), designation_of(b)
    return bool(first and second and first != second)


def _clash(section: str, a: str, b: str) -> bool:
    """Launched from different places, or two different named systems."""
    launch_a, launch_b = launch_of(section, a), launch_of(section, b)
    if launch_a and launch_b and launch_a != launch_b:
        return True
    tree = kinds(section)
    return a in tree and b in tree and tree[a].system and tree[b].system  # a source's own narrower name is no system


def _delivers(section: str, platform: str, munition: str) -> bool:
    """A platform and what it fires, when the munition is not said to come from elsewhere ("drone" and "missile",
    "air strike" and "guided bomb"; not "air strike" and "Kornet")."""
    fires = delivered(section, platform)
    if not any(is_under(section, munition, f) for f in fires):
        return False
    launch_p, launch_m = launch_of(section, platform), launch_of(section, munition)
    return launch_m is None or launch_m == launch_p
