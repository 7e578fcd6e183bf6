"""Whose name and age a row holds: two values about people clash only when they are about one person.

A row cannot tell two victims from one victim described twice unless the text says so. Two different names are two
people (the police name the officer who died, the family the student shot beside him: both true), so a name row
never conflicts; it is unclear, for the editor. Two ages conflict when the case has one victim, or when both ages
are given beside one name ("Marta Sowa, 34" against "Marta Sowa, 36"); in a case with several dead or injured, two
ages with no name to tie them ("Lena Ott, 25" and "a 35-year-old volunteer") may be of two people: unclear.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reconcile.align.compare import compare
from reconcile.align.comparison import Comparison, Relation
from reconcile.model import Claim, Reason

NAME, AGE = "victim.name", "victim.age"
WHO = frozenset({NAME, AGE})
"""Rows whose values describe a person, where a clash may be of two people."""
HARMED = ("casualties.killed", "casualties.injured")


def several_victims(claims: Iterable[Claim]) -> bool:
    """Two or more sources count two or more dead or injured ("seven aid workers were killed", "at least 12
    injured"). One source's figure alone is not enough: an age read as a toll ("Marcus Reed, 24, died at the
    scene") must not turn a case of one victim into one of many."""
    counting = {claim.source_id for claim in claims for fv in claim.facets
                if fv.facet in HARMED and not fv.negated and _floor(fv.value) >= 2}
    return len(counting) >= 2


def about_whom(facet: str, result: Comparison, claims_a: Sequence[Claim], claims_b: Sequence[Claim], *,
               several: bool) -> Comparison:
    """A clash between two values about people, read as the row can: a clash of two names, or of two ages in a
    case of several victims that no shared name ties to one person, is two people, not two answers (DIFFERENT).

    Args:
        claims_a, claims_b: the claims giving each value; several: the case has several dead or injured.
    """
    if result.relation is not Relation.CONFLICT:
        return result
    if facet == NAME or (facet == AGE and several and not _one_person(claims_a, claims_b)):
        return Comparison(Relation.DIFFERENT, Reason.IDENTITY)
    return result


def _one_person(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> bool:
    """Both values are given beside names, and a name on one side is the same person as one on the other."""
    names_a, names_b = _names(claims_a), _names(claims_b)
    fits = {Relation.SAME, Relation.COMPATIBLE}
    return any(compare("person", a, b).relation in fits for a in names_a for b in names_b)


def _names(claims: Sequence[Claim]) -> set[str]:
    return {str(fv.value) for claim in claims for fv in claim.facets if fv.facet == NAME and not fv.negated}


def _floor(value: object) -> float:
    """The least a count allows ([12, None] -> 12; "up to 30" -> 0)."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return float(value[0]) if value[0] is not None else 0.0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return 0.0
