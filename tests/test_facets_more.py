"""Cause, actor, investigation and victim-name values, and how the scorer matches names and free descriptions.

Each case is a sentence written for this file (no event, name or place of the development gold set).
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.evaluation.values import value_matches


def _values(nlp, text: str, facet: str, published: date | None = None) -> list[object]:
    doc = nlp(text)
    return [fv.value for fv in facet_values(doc[:], Context(published=published)) if fv.facet == facet]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Investigators said a gas leak caused the explosion at the bakery.", ["gas leak"]),
        ("Officials said an overheated battery was behind the warehouse fire.", ["overheated battery"]),
        ("The derailment resulted from a broken rail near the junction.", ["broken rail"]),
        ("The governor blamed the fire on faulty wiring in the basement.", ["faulty wiring"]),
        ("Early findings point to a faulty boiler in the school kitchen.", ["faulty boiler"]),
        ("The crash happened because of icy roads on the mountain pass.", ["icy roads"]),
        ("The roof fell in due to heavy snow.", ["heavy snow"]),
        ("It was a loose cable that led to the power cut.", ["loose cable"]),
        ("The outage may have had several causes, the engineer said.", ["multiple causes"]),
        ("Suggestions that sabotage caused the blaze are not supported by any evidence.", []),
        ("Rumours that arson caused the fire are false.", []),
        ("The storm did not cause the outage.", []),
        ("This led to panic in the crowd.", []),
    ],
)
def test_cause(nlp, text: str, exp: list[str]) -> None:
    assert _values(nlp, text, "cause") == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Witnesses said a group of about 50 hooded men attacked the bus depot.", ["hooded men"]),
        ("The teenager was shot by police near the river.", ["police"]),
        ("Residents described a police raid on the camp before dawn.", ["police"]),
        ("But the soldiers fired into the crowd, witnesses said.", ["soldiers"]),
        ("The strike was carried out by the air force.", ["air force"]),
        ("Members of the ruling party stuffed ballots into the box.", ["members of ruling party"]),
        ("The man who attacked the guard was arrested.", ["man"]),
        ("A US drone struck a car near the border.", ["united-states"]),
        ("Officers did not fire at the driver.", []),
        ("They threw stones at the convoy.", []),
        ("The storm hit the coast on Monday.", []),
    ],
)
def test_actor(nlp, text: str, exp: list[str]) -> None:
    assert _values(nlp, text, "actor") == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        (
            "The coroner's office said it had opened a criminal case for manslaughter.",
            ["criminal case: under way"],
        ),
        ("The ministry will conduct a full safety review of the dam.", ["full safety review: under way"]),
        (
            "The cause will be the subject of a joint inquiry by the coast guard.",
            ["joint inquiry: under way"],
        ),
        ("Five of the complaints are under investigation.", ["investigation: under way"]),
        ("The votes in district 9 will be recounted on Friday.", ["recount: under way"]),
        ("The inquiry into the sinking is the right step.", ["inquiry: under way"]),
        ("The army has not launched a formal investigation.", ["formal investigation: not launched"]),
        ("In any case, the mayor said, nothing was hidden.", []),
    ],
)
def test_investigation(nlp, text: str, exp: list[str]) -> None:
    assert _values(nlp, text, "investigation") == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Her name was Tamsin Okonkwo.", ["Tamsin Okonkwo"]),
        ("Police identified the dead man as Ruben Castell.", ["Ruben Castell"]),
        ("Six people died, among them the entire Ferreira family.", ["Ferreira family"]),
        ("Three were killed, the Ferreira family said.", []),
    ],
)
def test_victim_name(nlp, text: str, exp: list[str]) -> None:
    assert _values(nlp, text, "victim.name") == exp


@pytest.mark.parametrize(
    "predicted, gold, facet, exp",
    [
        ("Tomas Okafor", "Tomasz Okafor", "victim.name", True),  # a spelling variant, as the table shows it
        ("Okafor", "Tomasz Okafor", "victim.name", True),  # part of the name
        ("Ruben Castell", "Tomasz Okafor", "victim.name", False),
        ("Tomas Okafor", "Tomasz Okafor", None, False),  # without the facet: the plain phrase test
        ("two floors", "illegal floors", "cause", True),  # shared content words of the shorter value
        ("group of masked people", "masked individuals", "actor", True),
        ("police", "masked individuals", "actor", False),
        (
            "joint inquiry: under way",
            "joint inquiry with the navy",
            "investigation",
            True,
        ),  # the state is left out
        ("criminal case: under way", "safety review", "investigation", False),
        ("two floors", "illegal floors", "event.type", False),  # a category facet keeps the phrase test
    ],
)
def test_scorer_matches_as_align_does(predicted: str, gold: str, facet: str | None, exp: bool) -> None:
    assert value_matches(predicted, gold, facet=facet) is exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The attack on the depot on May 3 killed a guard.", ["-05-03"]),
        ("Officials began a review of the May 3 attack.", ["-05-03"]),
        # the date of the review, not of the strike the review is about
        ("The ministry opened a review of the strike on May 15.", []),
        ("The regional office began an investigation of the blast on June 2.", []),
    ],
)
def test_a_date_after_an_investigation_of_the_event_dates_the_investigation(nlp, text: str, exp: list[str]) -> None:
    found = [str(v)[4:] for v in _values(nlp, text, "event.date", date(2024, 7, 10))]
    assert found == exp
