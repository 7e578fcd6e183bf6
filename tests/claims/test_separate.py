"""A separate event on the case's own day or in its place, told apart by its own words (claims/separate.py).

Every sentence here was written for this file; none is taken from a gold case. The anchor of each is fixed by three
documents; the sentence is read the day after the event.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims.anchor import Anchor
from reconcile.claims.scope import other_events

ANCHORS = {
    # an air strike on a market in Saada on Tuesday 4 June 2024
    "strike": Anchor(year=2024, country="yemen", date="2024-06-04", place="Saada", event_type="air strike",
                     latest=date(2024, 6, 6), date_documents=3),
    # a flood in Accra on Tuesday 3 June 2025
    "flood": Anchor(year=2025, country="ghana", date="2025-06-03", place="Accra", event_type="flood",
                    latest=date(2025, 6, 5), date_documents=3),
    # a crush at a temple festival in Nashik on Friday 14 March 2025
    "crush": Anchor(year=2025, country="india", date="2025-03-14", place="Nashik", event_type="stampede",
                    latest=date(2025, 3, 16), date_documents=3),
    # a plane crash near Kisumu on Tuesday 12 November 2024
    "crash": Anchor(year=2024, country="kenya", date="2024-11-12", place="Kisumu", event_type="air crash",
                    latest=date(2024, 11, 14), date_documents=3),
    # a death in custody in Lyon on Thursday 9 October 2025 (no kind inferred)
    "custody": Anchor(year=2025, country="france", date="2025-10-09", place="Lyon", event_type=None,
                      latest=date(2025, 10, 11), date_documents=3),
}


def _others(nlp, case: str, text: str) -> dict[int, str]:
    anchor = ANCHORS[case]
    published = date.fromisoformat(anchor.date or "") + (anchor.latest - date.fromisoformat(anchor.date or "")) / 2
    return other_events(nlp(text), anchor, published)


@pytest.mark.parametrize(
    "case, text",
    [
        # said to be apart, whatever the kind of event
        ("strike", "In a separate incident, gunmen killed two police officers at a checkpoint."),
        ("strike", "Elsewhere in the province, a landmine killed three children."),
        ("strike", "In an unrelated attack on Tuesday, a roadside bomb killed a soldier."),
        ("strike", "Separately, a suicide bomber killed nine people at a mosque in Saada on Tuesday."),
        ("crush", "Elsewhere in Maharashtra, a bus crash on Friday killed 11 people."),
        ("custody", "Separately, a 17-year-old was shot dead by police in Marseille on Thursday."),
        ("strike", "Separately, police said a suicide bomber killed nine people at a mosque."),  # reported
        ("strike", "Elsewhere in the province, officials said a landmine killed three children."),
        # a time beside the case's, and an event of another kind than the case's
        ("strike", "A day earlier, a car bomb killed four soldiers in Saada."),
        ("strike", "The day before, gunmen shot dead two police officers in Saada."),
        ("flood", "Meanwhile, a fire at a market in Accra killed three traders."),
        ("crash", "On the same day, a bus crash near Kisumu killed seven people."),
    ],
)
def test_a_separate_event_on_the_case_s_day_or_in_its_place_is_set_aside(nlp, case: str, text: str) -> None:
    assert _others(nlp, case, text)


@pytest.mark.parametrize(
    "case, text",
    [
        # the case's own event told again, or what followed it
        ("strike", "A fire broke out in the market after the strike."),
        ("strike", "Rescuers pulled 12 survivors from the rubble on Wednesday."),
        ("strike", "Funerals for the dead were held on Wednesday in Saada."),
        ("strike", "Meanwhile, rescuers searched the rubble for survivors."),
        ("strike", "Two days later, a man wounded in the strike died in hospital."),
        ("strike", "In the hours after the strike, a second explosion shook the market."),
        ("strike", "A day earlier, the army had warned residents to leave the market."),  # no event of its own
        ("strike", "Elsewhere, the strike also damaged a school and a clinic."),  # the case's strike, named
        ("strike", "Elsewhere, the blast shattered windows and killed a shopkeeper."),  # a definite event, any kind
        ("strike", "Elsewhere in the market, the explosion killed two porters."),
        ("flood", "A building collapsed in the flood, killing five people."),
        ("flood", "Meanwhile, the death toll from Tuesday's flood rose to 27."),
        ("flood", "Meanwhile, heavy rain flooded more streets in Accra."),  # the same kind: the case's flood
        ("crash", "The plane caught fire after the crash, and 38 people died."),
        ("crush", "Elsewhere in the temple, volunteers carried the injured to ambulances."),
        ("strike", "Elsewhere, officials said rescuers were still searching the rubble."),
        ("strike", "Meanwhile, officials said the strike killed 14 people."),
        ("custody", "Meanwhile, her family said Lena Marot had died after being beaten."),
    ],
)
def test_the_case_s_own_event_and_its_aftermath_stay(nlp, case: str, text: str) -> None:
    assert _others(nlp, case, text) == {}


@pytest.mark.xfail(reason="'drown' names no kind of event in facets.toml, so 'meanwhile' has nothing to weigh",
                   strict=True)
def test_a_drowning_beside_an_air_strike(nlp) -> None:
    assert _others(nlp, "strike", "Meanwhile, two people drowned in a flooded wadi near Saada.")
