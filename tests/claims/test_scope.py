"""Other events told apart from the case's by comparison with its anchor, and counts that are or are not a toll.

Every sentence here was written for this file (no event, name or place of the gold set). The anchor is a march in
Madrid on Saturday 11 May 2024 that three documents date; the documents are dated the day after.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims import facet_values
from reconcile.claims.anchor import Anchor
from reconcile.claims.context import Context
from reconcile.claims.scope import other_asides, other_events

ANCHOR = Anchor(year=2024, country="spain", date="2024-05-11", place="Madrid", event_type="protest",
                latest=date(2024, 5, 12), date_documents=3)
PUBLISHED = date(2024, 5, 12)
KILLED, INJURED, CROWD = "casualties.killed", "casualties.injured", "crowd.size"


def _others(nlp, text: str) -> dict[int, str]:
    return other_events(nlp(text.replace(" // ", "\n\n")), ANCHOR, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks earlier, three million people marched in the capital.",
        "Days before, 40,000 people had protested outside parliament.",
        "A protest days before had drawn 40,000 people.",
        "Last week's march drew two million people.",
        "Three months ago, 12 people died in a fire at the same market.",
        "In January, a million people took to the streets.",
        "Unions said the turnout was lower than on 7 March, when 3.5 million people marched.",
        "Another airliner went down over the sea with 239 people on board.",
        "The same airline lost another aircraft, which crashed with 60 people on board.",
    ],
)
def test_a_sentence_about_another_event_is_set_aside(nlp, text: str) -> None:
    assert _others(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The march on Saturday drew some 2 million people, the unions said.",
        "Police said 45,000 people marched in Madrid on Saturday.",
        "Three days earlier, the organisers had asked the city for a permit.",  # no event: the case's own story
        "The student had been arrested three days earlier.",
        "Another 12 people were injured when police charged the crowd.",  # more of the case's own toll
        "In May, the unions called the march for a Saturday.",  # the anchor's own month
        "Two days later, a man died of his injuries in hospital.",  # what followed
    ],
)
def test_the_case_s_own_sentences_stay(nlp, text: str) -> None:
    assert _others(nlp, text) == {}


@pytest.mark.parametrize(
    "text, aside",
    [
        ("It was the worst toll since 1999, when 300 people died in a fire.", "1999, when 300 people died in a fire"),
        ("It was the deadliest march since the 2012 protest in Bilbao, which ended with 20 arrests.",
         "the 2012 protest in Bilbao, which ended with 20 arrests"),
        ("The toll was the highest since a bridge collapse killed 135 people at a fair.",
         "since a bridge collapse killed 135 people at a fair"),
        ("The march fell on the anniversary of the Atocha bombing, in which 193 people died.",
         "the anniversary of the Atocha bombing, in which 193 people died"),
        ("Unions compared it to the 2011 march in Seville, which drew 9,000 people.",
         "the 2011 march in Seville, which drew 9,000 people"),
        ("It was the largest protest since May 2011, when police cleared a square in Barcelona, injuring 100 people.",
         "when police cleared a square in Barcelona, injuring 100 people"),
        ("The march came 12 years after a general strike brought a million people to the streets.",
         "12 years after a general strike brought a million people to the streets"),
    ],
)
def test_only_the_event_a_sentence_compares_its_own_with_is_set_aside(nlp, text: str, aside: str) -> None:
    doc = nlp(text)
    reasons = other_events(doc, ANCHOR, PUBLISHED)
    assert reasons == {}
    assert [doc.text[a.start : a.end] for a in other_asides(doc, reasons, ANCHOR, PUBLISHED)] == [aside]


@pytest.mark.parametrize(
    "text",
    [
        "The march on Saturday was the largest since 2011.",  # how long, not another event
        "Since the march on Saturday, which drew 45,000 people, the unions have met twice.",  # the case's own
        "Unions compared the march to a river flowing through the city.",
        "Since the march, which drew 45,000 people, the unions have met twice.",
    ],
)
def test_no_aside_where_the_sentence_compares_nothing_else(nlp, text: str) -> None:
    doc = nlp(text)
    reasons = other_events(doc, ANCHOR, PUBLISHED)
    assert reasons == {}
    assert other_asides(doc, reasons, ANCHOR, PUBLISHED) == []


def test_a_paragraph_that_goes_on_about_that_event_stays_with_it(nlp) -> None:
    reasons = _others(nlp, "A separate protest in Valencia turned violent. // That protest left 12 people injured.")
    assert len(reasons) == 2


def test_a_new_paragraph_about_anything_else_returns_to_the_case(nlp) -> None:
    reasons = _others(nlp, "A separate protest in Valencia turned violent. // Police said 45,000 people marched.")
    assert len(reasons) == 1


def _counts(nlp, text: str) -> list[tuple[str, object]]:
    doc = nlp(text)
    facets = {KILLED, INJURED, CROWD}
    return [(fv.facet, fv.value) for fv in facet_values(doc[:], Context()) if fv.facet in facets]


@pytest.mark.parametrize(
    "text, expected",
    [
        # conjoined counts under one harm verb are one total, their parts kept in the words
        ("Three officers and two demonstrators were killed.", [(KILLED, 5)]),
        ("Three officers and a demonstrator were killed.", [(KILLED, 4)]),
        ("At least three soldiers and two civilians were wounded.", [(INJURED, [5, None])]),
        ("Seventeen men, women and children were killed in the raid.", [(KILLED, 17)]),
        ("The flood left 40 dead and 12 missing.", [(KILLED, 40)]),
        # counts that are not a toll
        ("Rescuers evacuated 300 people from the building.", []),
        ("14 people were treated for injuries and 18 people were arrested.", [(INJURED, 14)]),
        ("Two people were killed and twelve buildings were damaged.", [(KILLED, 2)]),
        ("Six people were killed and 40 remained missing.", [(KILLED, 6)]),
        ("The plane carrying 67 passengers crashed, killing 38.", [(KILLED, 38)]),
        ("All 150 passengers on board were killed.", [(KILLED, 150)]),
        ("The strike on the Route 66 diner killed four people.", [(KILLED, 4)]),
        # a part of a group is not its total
        ("Nine people have now been confirmed dead and 21 injured, four of them in intensive care.",
         [(KILLED, 9), (INJURED, 21)]),
        ("The toll rose to six as three of the injured died in hospital.", [(KILLED, 6)]),
        ("Barring seven children and one man, all the dead were women.", []),
        ("Both of them were hurt.", [(INJURED, 2)]),
        ("Two of our colleagues died in the blast.", [(KILLED, 2)]),
        ("Two men were shot and one of them died.", [(KILLED, 1)]),
        # crowd sizes
        ("Police estimated the crowd at 14,500 at its peak.", [(CROWD, 14500)]),
        ("The crowd had been about 300 rowdy youths.", [(CROWD, 300)]),
        ("Some 80,000 pilgrims attended the prayer meeting.", [(CROWD, 80000)]),
        ("One lakh devotees attended the prayer meeting.", [(CROWD, 100000)]),
        ("Tens of thousands of devotees gathered at the shrine.", [(CROWD, [20000, None])]),
        ("Police said 1.2 million people marched in the capital.", [(CROWD, 1200000)]),
    ],
)
def test_counts(nlp, text: str, expected: list) -> None:
    assert _counts(nlp, text) == expected
