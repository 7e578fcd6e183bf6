"""Victim status, age and activity (claims/victim_status.py, people.py, activity.py) on sentences written for these
tests."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context


def found(nlp, text, facet):
    doc = nlp(text)
    return [fv.value for fv in facet_values(doc[:], Context()) if fv.facet == facet]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Witnesses say the man was not holding a knife when he was killed.", ["unarmed"]),
        ("He was not carrying a gun when officers fired.", ["unarmed"]),
        ("He had no weapon on him, his brother said.", ["unarmed"]),
        ("The teenager was carrying a gun, police said.", ["armed"]),
        ("The shell killed a fruit vendor near the mosque.", ["fruit vendor"]),
        ("Relatives said he was a warehouse worker.", ["warehouse worker"]),
        ("The coastguard said the migrants refused help.", ["migrant"]),
        ("The dead were pilgrims from the north.", ["pilgrim"]),
    ],
)
def test_status(nlp, text, expected):
    assert found(nlp, text, "victim.status") == expected


@pytest.mark.parametrize(
    "text",
    ["Workers at the plant went on strike.", "I never saw a knife."],
)
def test_no_status(nlp, text):
    assert found(nlp, text, "victim.status") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("His name was Omar Reyes and he was 31.", [31]),
        ("The lady Sara Kamali, 27 years, was taken to hospital.", [27]),
        ("The score was 3 at half-time.", []),
    ],
)
def test_age(nlp, text, expected):
    assert found(nlp, text, "victim.age") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Witnesses say the man was not holding a knife when he was killed.", []),
        ("My brother was walking to the bakery when the shell hit.", ["walking to bakery"]),
    ],
)
def test_activity(nlp, text, expected):
    assert found(nlp, text, "victim.activity") == expected
