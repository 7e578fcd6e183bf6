"""The event's time of day read from the tokens (claims/clock.py), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context


def times(nlp, text):
    doc = nlp(text)
    return [fv.value for fv in facet_values(doc[:], Context(published=date(2024, 3, 8))) if fv.facet == "event.time"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The raid happened at around 5.20 in the afternoon near the bridge.", "17:20"),
        ("Neighbours said the roof collapsed at about four in the morning.", "04:00"),
        ("Gunmen opened fire at around half past nine in the evening.", "21:30"),
        ("The blast happened at 3pm, witnesses said.", "15:00"),
        ("At approximately 11:20 p.m., one officer fired his weapon, striking the man.", "23:20"),
        ("At 17:20 on 11 February, army units carried out a raid on a house.", "17:20"),
        ("The derailment happened at 14.30 hrs on Monday.", "14:30"),
        ("It was around two in the night when the bus tipped over.", "02:00"),
        ("It was about eleven at night.", "23:00"),
        ("The explosion shook the district at 7.40 p.m. on Sunday.", "19:40"),
        ("The shelling began at midnight.", "00:00"),
    ],
)
def test_clock_times_that_date_the_event(nlp, text, expected):
    assert times(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "People marched through the city the whole afternoon.",  # "afternoon" holds "noon", but names no time
        "The blaze was brought under control at 07:10.",  # the response, not the event
        "The shooting victim was pronounced dead at 11:52 p.m.",
        "The bus caught fire at 8 near the border.",  # an hour with no part of the day says too little
        "The fire burned until 06:30.",
        "Turnout reached 50.67 percent by the evening.",
    ],
)
def test_times_that_do_not_date_the_event(nlp, text):
    assert times(nlp, text) == []
