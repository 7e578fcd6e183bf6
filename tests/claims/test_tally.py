"""A tally over a span of time is many events, not the case's one (claims/tally.py).

Every sentence was written for this file. The case is a flood (anchor year 2025) or an air strike (2024).
"""

from __future__ import annotations

import pytest

from reconcile.claims.tally import tally


@pytest.mark.parametrize(
    "kind, year, text, span",
    [
        ("flood", 2025, "Floods have killed 60 people in Accra since 2015.", "since 2015"),
        ("flood", 2025, "Since the 2015 flood, which killed 154 people, floods in the city have killed 60 more.",
         "Since the 2015 flood, which killed 154 people"),
        ("flood", 2025, "Since the start of the year, floods have killed 200 people across the country.",
         "Since the start of the year"),
        ("flood", 2025, "Floods have killed 200 people so far this year.", "so far this year"),
        ("flood", 2025, "Since January, floods have killed 80 people.", "Since January"),
        ("air strike", 2024, "Since the war began, more than 10,000 people have been killed in the province.",
         "Since the war began"),
    ],
)
def test_a_tally_over_a_span_of_time_is_no_event_of_the_case(nlp, kind, year, text, span) -> None:
    assert tally(nlp(text)[:], year=year, kind=kind) == f"a tally {span}, not the case's event"


@pytest.mark.parametrize(
    "text",
    [
        "Since January, the flood has killed 80 people.",  # the case's own event is the subject
        "Since the flood began on Tuesday, 27 people have died.",
        "At least 27 people have died since Tuesday's flood began.",
        "The flood has killed 27 people since Tuesday.",
        "Since the start of the fire, 30 people have died in the building.",  # the start of an event
        "Since the beginning of the flood, 30 people have died.",
        "Floods killed 60 people in Accra in 2015.",  # one event, not a tally
        "Floods have killed 60 people in Accra since 2025.",  # counted from the case's own year
    ],
)
def test_the_case_s_own_toll_over_time_is_no_tally(nlp, text) -> None:
    assert tally(nlp(text)[:], year=2025, kind="flood") is None
