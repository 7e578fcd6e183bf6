"""Amounts: one phrase, one value. Every sentence here was written for these tests (none comes from a gold case).

Each count case asserts the whole list of number facets the sentence yields, so a second, stray value (300 and 12
beside 312, or 66 from "Route 66") fails the test as surely as a wrong one.
"""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.claims.numerals import read_number

NUMBER_FACETS = {"casualties.killed", "casualties.injured", "casualties.children", "crowd.size", "victim.age"}


def amounts(nlp, text):
    doc = nlp(text)
    return [(fv.facet, fv.value) for fv in facet_values(doc[:], Context()) if fv.facet in NUMBER_FACETS]


@pytest.mark.parametrize(
    "text, value",
    [
        ("three hundred and twelve", 312),
        ("forty-two", 42),
        ("Forty-two", 42),
        ("fifteen hundred", 1500),
        ("one thousand and fifty", 1050),
        ("twelve thousand five hundred", 12500),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1,500", 1500),
        ("12,345,678", 12345678),
        ("2 million", 2000000),
        ("1.03 million", 1030000),
        ("1.4m", 1400000),
        ("2bn", 2000000000),
        ("three million", 3000000),
        ("7.8", 7.8),
        ("five hundred and eight hundred", None),
        ("nineteen eighty", None),
        ("1,50", None),
        ("a", None),
        ("half", None),
    ],
)
def test_read_number(text, value):
    assert read_number(text) == value


KILLED, INJURED, CROWD, AGE = "casualties.killed", "casualties.injured", "crowd.size", "victim.age"


@pytest.mark.parametrize(
    "text, expected",
    [
        # words
        ("Three hundred and twelve people were killed in the floods.", [(KILLED, 312)]),
        ("Forty-two people were injured when the bridge gave way.", [(INJURED, 42)]),
        ("Fifteen hundred people were injured in the stampede.", [(INJURED, 1500)]),
        ("The storm killed twenty-one fishermen off the coast.", [(KILLED, 21)]),
        ("One thousand and fifty workers were hurt at the mill.", [(INJURED, 1050)]),
        ("Eleven miners were killed underground.", [(KILLED, 11)]),
        ("A dozen passengers were injured in the derailment.", [(INJURED, 12)]),
        ("Two dozen villagers were wounded by shrapnel.", [(INJURED, 24)]),
        ("The quake killed a hundred people in the valley.", [(KILLED, 100)]),
        ("Nine people were killed and fourteen were injured.", [(KILLED, 9), (INJURED, 14)]),
        # digits with separators
        ("The shelling killed 1,204 people over the week.", [(KILLED, 1204)]),
        ("A crowd of 12,500 gathered in the square.", [(CROWD, 12500)]),
        ("Officials said 3,000 people were injured.", [(INJURED, 3000)]),
        ("In all 17 people died in the fire.", [(KILLED, 17)]),
        # scales (the values are read whole: see test_scaled_amounts_read_whole for the crowd cases)
        ("The floods killed 1.2 million cattle.", [(KILLED, 1200000)]),
        ("Some 2 million people were injured.", [(INJURED, 2000000)]),
        pytest.param(
            "Some 2 million people marched through the capital.", [(CROWD, 2000000)]
        ),
        pytest.param("Organisers said 1.03 million people marched on Sunday.", [(CROWD, 1030000)]),
        pytest.param("Organisers said 1.4m people marched across the country.", [(CROWD, 1400000)]),
        pytest.param("Three million people marched in the capital.", [(CROWD, 3000000)]),
        pytest.param(
            "Almost three million people marched against the reform.", [(CROWD, 3000000)]
        ),
        pytest.param(
            "Nearly three million people marched in the rain.", [(CROWD, 3000000)]
        ),
        # approximations
        ("About 400 people were injured in the clashes.", [(INJURED, 400)]),
        ("Roughly 50 people were killed in the raid.", [(KILLED, 50)]),
        ("Some 300 demonstrators marched on the ministry.", [(CROWD, 300)]),
        ("Around 7,000 people marched past the palace.", [(CROWD, 7000)]),
        ("Approximately 60 people were wounded.", [(INJURED, 60)]),
        ("Almost 200 people were injured by tear gas.", [(INJURED, 200)]),
        # bounds
        ("More than fifteen hundred people were hurt.", [(INJURED, [1500, None])]),
        ("At least 40 people were killed in the attack.", [(KILLED, [40, None])]),
        ("Over 250 people were injured in the blast.", [(INJURED, [250, None])]),
        ("Up to 12 people were killed in the landslide.", [(KILLED, [None, 12])]),
        ("Fewer than 20 people were injured, officials said.", [(INJURED, [None, 20])]),
        ("No fewer than 30 soldiers were killed.", [(KILLED, [30, None])]),
        ("More than 60,000 people marched to parliament.", [(CROWD, [60000, None])]),
        ("As many as seventy people were wounded.", [(INJURED, [None, 70])]),
        # ranges
        ("Between 500,000 and 800,000 people marched.", [(CROWD, [500000, 800000])]),
        ("Between 200 and 300 people were injured.", [(INJURED, [200, 300])]),
        ("From 20 to 30 people were killed.", [(KILLED, [20, 30])]),
        ("Police said 200-300 people were injured.", [(INJURED, [200, 300])]),
        ("Two or three soldiers were killed.", [(KILLED, [2, 3])]),
        ("Between five hundred and eight hundred people were injured.", [(INJURED, [500, 800])]),
        pytest.param(
            "Two to three million people marched on Saturday.", [(CROWD, [2000000, 3000000])]
        ),
        ("Some 200 to 300 people were hurt.", [(INJURED, [200, 300])]),
        ("Police said 3 came to the station.", []),
        # vague quantities
        ("Dozens of people were killed in the shelling.", [(KILLED, [24, 99])]),
        ("Hundreds of people were injured in the stampede.", [(INJURED, [200, None])]),
        ("Tens of thousands of mourners gathered at the cemetery.", [(CROWD, [20000, None])]),
        ("Several people were injured in the crush.", [(INJURED, [3, 9])]),
        # ages
        ("The victim, a 34-year-old teacher, was killed.", [(AGE, 34)]),
        ("Police named the dead man as Omar Haddad, aged 41.", [(AGE, 41)]),
        ("The driver, aged 63, died at the scene.", [(AGE, 63)]),
        ("The driver who died was in her mid fifties.", [(AGE, [53, 57])]),
        ("The woman who died was in her late twenties.", [(AGE, [26, 29])]),
        # numbers that are names, addresses, dates, times or measures: no toll
        ("Two people were killed on Route 66 near Barstow.", [(KILLED, 2)]),
        ("Four people were injured outside 14 Harbour Lane.", [(INJURED, 4)]),
        ("The 7.8 magnitude quake killed 230 people.", [(KILLED, 230)]),
        ("All 150 passengers on Flight 302 were killed.", [(KILLED, 150)]),
        ("Six people were killed at 3 pm on Tuesday.", [(KILLED, 6)]),
        ("Five people were killed on 12 March 2024.", [(KILLED, 5)]),
        ("Eight people were injured in the 12-storey block.", [(INJURED, 8)]),
        ("Three people were killed 5 km from the border.", [(KILLED, 3)]),
        ("The blast on Route 9 was heard for miles.", []),
        ("Flight 302 landed safely at 10:40.", []),
        ("The 200 block of Mercer Avenue was closed.", []),
        ("The 7.8 magnitude quake struck at dawn.", []),
        ("The budget of $2 million was spent in 2019.", []),
    ],
)
def test_one_phrase_one_value(nlp, text, expected):
    assert amounts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("Some 2 million people", 2000000),
        ("1.03 million people", 1030000),
        ("1.4m people", 1400000),
        ("almost three million people", 3000000),
        ("nearly three million people", 3000000),
        ("two to three million people", [2000000, 3000000]),
        ("between five hundred and eight hundred people", [500, 800]),
    ],
)
def test_scaled_amounts_read_whole(nlp, text, value):
    from reconcile.claims.numbers import amount_at

    doc = nlp(text)
    first = next(t for t in doc if amount_at(t) is not None)
    assert amount_at(first).value == value
