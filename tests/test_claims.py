"""Facet values from single sentences that are not from the shipped example."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.claims.numbers import quantity
from reconcile.claims.when import normalise_date, normalise_time


def values(nlp, text, published=date(2024, 3, 8)):
    doc = nlp(text)
    return [(fv.facet, fv.value) for fv in facet_values(doc[:], Context(published=published))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The blast killed ten workers, including seven welders.", ("casualties.killed", 10)),
        ("At least 5 people were killed in the collapse.", ("casualties.killed", [5, None])),
        ("Between 100 and 300 people were injured.", ("casualties.injured", [100, 300])),
        ("Dozens of protesters were wounded by rubber bullets.", ("casualties.injured", [24, 99])),
        ("A crowd of 5,000 gathered outside parliament.", ("crowd.size", 5000)),
        ("About 20,000 people marched through the capital.", ("crowd.size", 20000)),
        ("Tens of thousands of people rallied outside the court.", ("crowd.size", [20000, None])),
        ("The victim, a 34-year-old nurse, died at the scene.", ("victim.age", 34)),
        ("Police named the man as Daniel Osei, aged 19.", ("victim.age", 19)),
    ],
)
def test_counts_and_ages(nlp, text, expected):
    assert expected in values(nlp, text)


def test_a_part_of_a_total_is_not_another_total(nlp):
    found = values(nlp, "The fire killed twelve people, including four children.")
    assert ("casualties.killed", 12) in found and ("casualties.killed", 4) not in found
    assert ("casualties.children", 4) in found


@pytest.mark.parametrize(
    "text, status",
    [
        ("The strike killed a senior ISIS commander, the ministry said.", "senior isis commander"),
        ("He was a shepherd with no ties to any armed group.", "shepherd"),
        ("Residents said the dead man was a civilian.", "civilian"),
        ("His lawyer said the teenager was unarmed when officers opened fire.", "unarmed"),
    ],
)
def test_victim_status(nlp, text, status):
    assert ("victim.status", status) in values(nlp, text)


def test_staff_members_are_not_a_combatant_status(nlp):
    assert not [v for f, v in values(nlp, "Several staff members objected to the plan.") if f == "victim.status"]


def test_a_denied_status_is_negated(nlp):
    found = values(nlp, "The family said he was not a Hamas member.")
    assert ("victim.status", "not hamas member") in found


def test_activity_linked_to_the_killing(nlp):
    found = values(nlp, "The boy was killed while collecting firewood near the border.")
    assert ("victim.activity", "collecting firewood") in found


@pytest.mark.parametrize(
    "text, facet, value",
    [
        ("The drone fired two missiles at the car.", "weapon", "missile"),
        # the narrowest kind; a rifle is a firearm (hierarchy.toml)
        ("Officers fired a rifle at the suspect.", "weapon", "rifle"),
        (
            "The inspectorate has not launched an investigation into the leak.",
            "investigation",
            "investigation: not launched",
        ),
        ("A formal inquiry is ongoing.", "investigation", "formal inquiry: under way"),
        ("The fire was caused by a faulty boiler.", "cause", "faulty boiler"),
        ("A cracked pipe triggered the flood in the basement.", "cause", "cracked pipe"),
        ("The cause of the crash was driver fatigue.", "cause", "driver fatigue"),
        ("Officers used pepper spray on the marchers.", "weapon", "pepper spray"),
    ],
)
def test_things(nlp, text, facet, value):
    assert (facet, value) in values(nlp, text)


def test_dates_and_times_tied_to_the_event(nlp):
    found = values(nlp, "The explosion happened on Tuesday at 3:15 p.m., the company said.")
    assert ("event.date", "2024-03-05") in found  # the Tuesday before Friday 8 March 2024
    assert ("event.time", "15:15") in found


def test_the_time_of_the_first_report_of_the_event_counts(nlp):
    found = values(nlp, "At 04:10 the fire brigade received a call about the explosion.")
    assert ("event.time", "04:10") in found


def test_a_date_not_tied_to_the_event_is_not_the_event_date(nlp):
    found = values(nlp, "The review did not begin until March 20.")
    assert not [v for f, v in found if f == "event.date"]


@pytest.mark.parametrize(
    "text, expected",
    [("4:30 AM local time", "04:30"), ("11 p.m.", "23:00"), ("21:05", "21:05"), ("midnight", "00:00"), ("later", None)],
)
def test_normalise_time(text, expected):
    assert normalise_time(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("June 2", "2024-06-02"), ("Monday", "2024-07-08"), ("earlier this month", None), ("2019", None),
     ("March 2019", "2019-03"), ("Wednesday", "2024-07-10")],
)
def test_normalise_date_against_publication(text, expected):
    assert normalise_date(text, date(2024, 7, 10)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("at least 40 people", [40, None]), ("up to 12 people", [None, 12]), ("some 300 people", 300),
     ("tens of thousands of people", [20000, None]), ("7 people", 7)],
)
def test_quantity(nlp, text, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.like_num or t.lower_ in {"tens"})
    assert quantity(token) == expected


@pytest.mark.parametrize(
    "text, place",
    [
        ("Police shot the man on Lindell Street.", "lindell street"),
        ("The march ended at Freedom Square.", "freedom square"),
        ("The building collapsed in the Dalgat district of Nerasi.", "dalgat, nerasi"),  # a district in its city
        ("Two people were killed when a missile hit a house in Idlib province.", "idlib province"),
        ("A drone struck a car near Beit Seraj.", "beit seraj"),
    ],
)
def test_event_places(nlp, text, place):
    assert ("event.location", place) in values(nlp, text)


def test_a_weekday_without_a_publication_date_is_no_date(nlp):
    assert not [v for f, v in values(nlp, "The blast happened on Sunday.", published=None) if f == "event.date"]


@pytest.mark.parametrize(
    "text, activity",
    [
        ("He was shot while walking to the store.", "walking to store"),
        ("The van was carrying flour when it was hit.", "carrying flour"),
        ("Officers fired as he was running toward them.", "running toward them"),
        ("Her son was cycling to school, she said.", "cycling to school"),
    ],
)
def test_activity_tied_to_the_harm_by_while_or_when(nlp, text, activity):
    assert ("victim.activity", activity) in values(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Investigators were working to identify the driver.", "One officer fired his weapon, striking the man."],
)
def test_an_ing_verb_not_tied_to_the_victim_is_no_activity(nlp, text):
    assert not [v for f, v in values(nlp, text) if f == "victim.activity"]


def test_a_victim_named_once_is_credited_wherever_a_source_names_him(nlp, tmp_path):
    from reconcile.pipeline import run

    (tmp_path / "report.txt").write_text(
        "Police identified the dead man as Kareem Haddad, 31.\n\n"
        '"Karim was a teacher, not a fighter," his cousin Samir Odeh said.\n', encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    names = {s.id: s.name for s in evidence.sources}
    row = next(r for r in evidence.rows if r.facet == "victim.name")
    by_source = {names[c.source_id]: c.values for c in row.cells}
    assert by_source["Samir Odeh"] == ("Karim",) and row.status == "agree"


@pytest.mark.parametrize(
    "text, town, expected",
    [
        ("The shooting happened in Elm Street on Sunday.", "Dunmore", "elm street, dunmore"),  # a street alone
        ("The roof collapsed at Westgate Station during the rush hour.", "Dunmore", "westgate station, dunmore"),
        ("The shooting happened in Elm Street on Sunday.", None, "elm street"),  # the case gives no town
        ("The strike hit a house in Kunduz on Sunday.", "Dunmore", "kunduz"),  # a town stays a town
    ],
)
def test_a_place_inside_a_town_takes_the_case_town_as_context(nlp, text, town, expected):
    doc = nlp(text)
    found = [fv.value for fv in facet_values(doc[:], Context(published=date(2024, 3, 8), town=town))
             if fv.facet == "event.location"]
    assert found == [expected]


@pytest.mark.parametrize("place, expected", [("Nerasi", "Nerasi"), ("Syria", None), ("the Philippines", None)])
def test_only_a_town_is_a_street_context(place, expected):
    from reconcile.claims.place_names import anchor_town

    assert anchor_town(place) == expected
