"""claims/when.py and clock.py: the event's day and time, never the document's own date or what came after."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims.clock import find_time
from reconcile.claims.context import Context
from reconcile.claims.when import find_when, normalise_date

PUBLISHED = date(2025, 3, 14)  # a Friday


def _days(nlp, text: str, **options) -> list[str]:
    return [str(fv.value) for fv in find_when(nlp(text)[:], Context(published=PUBLISHED, **options))]


@pytest.mark.parametrize(
    "text, days",
    [
        ("The bridge collapsed on Tuesday, killing four.", ["2025-03-11"]),
        ("The ferry sank on 9 March off the coast.", ["2025-03-09"]),
        ("The attack happened on the night of 12 March.", ["2025-03-12"]),
        ("The protest took place yesterday in the capital.", ["2025-03-13"]),
        ("The blast occurred on 2 February 2024 at the plant.", ["2024-02-02"]),
        # what came after the event, or a thing the event left, is no day of it
        ("Rescuers ended their search of the collapsed block on Thursday.", []),
        ("The inquiry will report until 30 April on the crash.", []),
    ],
)
def test_find_when(nlp, text, days):
    assert _days(nlp, text) == days


def test_a_dateline_date_is_the_document_s_not_the_event_s(nlp):
    text = "DUNMORE, March 14 (Wire) - The roof of the arena collapsed on Tuesday, officials said."
    dated = ((text.index("March"), text.index(" (Wire)")),)
    assert _days(nlp, text, dated=dated) == ["2025-03-11"]


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("4 March", date(2019, 3, 6), "2019-03-04"),
        ("4 March", None, None),  # no year to read it against: never today's year
        ("Friday", date(2025, 3, 14), "2025-03-14"),  # "said Friday" in a paper of Friday
        ("August 2021", date(2023, 5, 1), "2021-08"),
        ("three days later", date(2025, 3, 14), None),
        ("20 March", date(2025, 3, 14), "2024-03-20"),  # a day after the paper's own is last year's
    ],
)
def test_normalise_date(text, published, day):
    assert normalise_date(text, published) == day


@pytest.mark.parametrize(
    "text, times",
    [
        pytest.param("At 21:15 the bus overturned on the highway.", ["21:15"], marks=pytest.mark.xfail(
            reason="the parse hangs a sentence-initial time on nothing the event words reach", strict=True)),
        ("At 21:15 the bus crashed into a wall.", ["21:15"]),
        ("The ferry capsized at 9.40 p.m. near the port.", ["21:40"]),
        ("The blast happened at around four in the morning.", ["04:00"]),
        ("The fire was brought under control at 07:10.", []),  # the response, not the event
        ("He was pronounced dead at 11:52 in hospital.", []),
        ("The strike hit the convoy at seven.", []),  # an hour with no part of the day says too little
    ],
)
def test_find_time(nlp, text, times):
    assert [str(fv.value) for fv in find_time(nlp(text)[:], Context())] == times
