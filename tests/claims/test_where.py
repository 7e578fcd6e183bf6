"""claims/where.py: places read against the gazetteer, and whether a place is where the event happened."""

from __future__ import annotations

import pytest

from reconcile.claims.where import country_of, is_event_place, normalise_place


@pytest.mark.parametrize(
    "text, country",
    [("NW Syria", "syria"), ("Kabul", "afghanistan"), ("Idlib", "syria"), ("Syrian", "syria"), ("Nowhere Creek", None)],
)
def test_country_of(text, country):
    assert country_of(text) == country


@pytest.mark.parametrize(
    "text, place",
    [("NW Syria", "syria (north-west)"), ("Kabul", "kabul"), ("the north of Idlib", "idlib (north)")],
)
def test_normalise_place(text, place):
    assert normalise_place(text) == place


@pytest.mark.parametrize(
    "text, word, event_place",
    [
        ("The strike in Kabul killed ten.", "Kabul", True),
        ("The Kabul strike killed ten.", "Kabul", True),  # a city before the event word
        ("The march ended at Freedom Square.", "Square", True),
        ("He was born in Kabul.", "Kabul", False),  # a place, but not the event's
        ("The U.S. strike killed ten.", "U.S.", False),  # who struck, not where
    ],
)
def test_is_event_place(nlp, text, word, event_place):
    token = next(t for t in nlp(text) if t.text == word)
    assert is_event_place(token) is event_place
