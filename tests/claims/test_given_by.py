"""One figure per phrase, and only the statement's own: a figure that another party gives inside the statement
(claims/given_by.py), a part of a group counted before ("of whom 8"), a figure of another noun joined to a toll ("5
deaths and 120 hospitalisations"), and the whole a part is "among". Every sentence is written for this file (wire
copy, press release, witness, machine translation); none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context

KILLED, INJURED, CROWD = "casualties.killed", "casualties.injured", "crowd.size"
FACETS = {KILLED, INJURED, CROWD, "casualties.children"}


def counts(nlp, text: str) -> list[tuple[str, object]]:
    return [(fv.facet, fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet in FACETS]


@pytest.mark.parametrize(
    "text, expected",
    [
        # another party's figure inside the statement
        ("Police said 14 people died, while hospital sources put the toll at 19.", [(KILLED, 14)]),
        ("The ministry said 40 were killed and the Red Crescent estimated the dead at 55.", [(KILLED, 40)]),
        ("Organisers claimed a turnout of 500,000, while police counted 93,000 marchers.", [(CROWD, 500000)]),
        ("Translated: 23 persons are dead, but the opposition gives the number of dead as 60.", [(KILLED, 23)]),
        # the statement's own figures, whoever is their subject
        ("We counted 19 bodies in the morgue and 40 people were injured.", [(INJURED, 40)]),
        ("Hospital sources put the toll at 19.", [(KILLED, 19)]),
        ("Participants numbered about 800, the prefecture said.", [(CROWD, 800)]),
        ("The toll stands at 31, with 70 injured, the agency said.", [(KILLED, 31), (INJURED, 70)]),
        ("Police said 14 died and they estimated that 30 people were injured.", [(KILLED, 14), (INJURED, 30)]),
    ],
)
def test_figures_of_another_party(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a group counted before
        ("The blast killed 17 and injured 60, of whom 8 were in critical condition.", [(KILLED, 17), (INJURED, 60)]),
        ("Thirty people were hurt, of whom four were children, a fire officer said.", [(INJURED, 30)]),
        ("A total of 52 passengers were rescued; of them, 9 later died in hospital.", []),
        ("At least fifteen of the eighteen died from bullets, and three from pellets, the report found.", []),
        ("He helped the wounded ones before he was shot, his brother said.", []),
        # two nouns joined, each counting its own people
        ("Health officials reported 5 deaths and 120 hospitalisations.", [(KILLED, 5)]),
        ("The outbreak has caused 12 deaths and 300 infections, the WHO said.", [(KILLED, 12)]),
        ("The ministry recorded 9 deaths and 44 injuries.", [(KILLED, 9), (INJURED, 44)]),
        ("Three officers and two demonstrators were killed.", [(KILLED, 5)]),
        # the whole that a part is among
        ("Twelve children were among the 40 dead, the agency reported.", [(KILLED, 40)]),
        ("Four women were among the 23 people killed.", [(KILLED, 23)]),
        ("The flood killed 41 people, among them 9 women, officials said.", [(KILLED, 41)]),
        ("At least 23 people were killed, including 12 children.", [(KILLED, [23, None]), ("casualties.children", 12)]),
        ("The shelling killed eight people in the camp, among them three children, and wounded 20.",
         [(KILLED, 8), ("casualties.children", 3), (INJURED, 20)]),
        # a toll said with a verb of knowing or reporting before the harm
        ("At least 40 people have been confirmed killed.", [(KILLED, [40, None])]),
        ("Translated: 40 persons were reported killed in the accident.", [(KILLED, 40)]),
        ("Officials said 40 people are believed to have died.", [(KILLED, 40)]),
        ("The 20 soldiers were ordered to kill anyone who resisted.", []),
        ("40 people were trying to flee when the shells hit.", []),
        # the step of a change is no total, and events counted are not people
        ("The toll rose by 7 to 45, the ministry said.", [(KILLED, 45)]),
        ("The number of injured increased by 12 to 80.", [(INJURED, 80)]),
        ("The toll rose by 7 overnight.", []),
        ("At least 120 people were killed and more than 200 injured in the two blasts.",
         [(KILLED, [120, None]), (INJURED, [200, None])]),
        # lives taken count the dead; lives saved or at risk do not
        ("The fire claimed the lives of 30 people, the governor said.", [(KILLED, 30)]),
        ("The collapse claimed 9 lives.", [(KILLED, 9)]),
        ("Translated: the accident took lives of 12 persons.", [(KILLED, 12)]),
        ("Rescuers saved 30 lives.", []),
        ("The lives of 40 people were at risk.", []),
        ("The new dam will protect the lives of 2,000 villagers.", []),
    ],
)
def test_one_toll_not_its_parts(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people said to be at a gathering's place, whenever they were there
        ("Approximately 500 persons were inside the discotheque at the time of the fire.", [(CROWD, 500)]),
        ("About 300 people were in the club when the fire started.", [(CROWD, 300)]),
        ("Some 2,000 people were in the stadium at the height of the concert.", [(CROWD, 2000)]),
        # not in a vehicle or a room of no gathering
        ("Twelve people were in the car at the time.", []),
        ("Around 40 people were inside the bar.", []),
    ],
)
def test_people_at_a_venue_are_its_crowd(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people at the scene when the event struck, or just "there" or "inside": its crowd
        ("The mayor said about 4,000 people had been at the station when it was hit.", [(CROWD, 4000)]),
        ("Some 500 people were waiting on the platform when the missile struck.", [(CROWD, 500)]),
        ("About 3,000 people were at the market when the shells landed, witnesses said.", [(CROWD, 3000)]),
        ("Thousands of people were waiting there to be evacuated.", [(CROWD, [2000, None])]),
        ("Hundreds of worshippers were praying inside when the bomb went off.", [(CROWD, [200, None])]),
        ("I would say three thousand people at most were inside.", [(CROWD, [None, 3000])]),
        # a vehicle's people, a handful of people, or people with no scene are no crowd
        ("Forty people were on the bus when it crashed.", []),
        ("More than 750 people were on board when the trawler capsized.", []),
        ("Five people were in the house when the fire started.", []),
        ("Twelve people were waiting at the bus stop.", []),
        ("About 200 people were waiting for news of their relatives.", []),
        # those who gathered counting themselves; arrivals at a gathering, not at a hospital
        ("The minister says we were nine thousand.", [(CROWD, 9000)]),
        ("We were maybe four thousand, with the families from the other provinces.", [(CROWD, 4000)]),
        ("We were 40 in the boat.", []),
        ("On Monday, some nine thousand people arrived in the city from several provinces.", [(CROWD, 9000)]),
        ("Rescuers said 300 people arrived at the hospital with burns.", []),
        ("We have filled this square with tens of thousands of people, the spokeswoman said.",
         [(CROWD, [20000, None])]),
        # any people who gather: citizens, guests, students, union members, fans; not those evacuated or rescued
        ("Translated: in the meeting participated more than 7 thousand citizens.", [(CROWD, [7000, None])]),
        ("About 200 guests attended the wedding, relatives said.", [(CROWD, 200)]),
        ("Some 5,000 union members marched to the ministry.", [(CROWD, 5000)]),
        ("Hundreds of students gathered outside the university.", [(CROWD, [200, None])]),
        ("300 residents were evacuated from the area.", []),
        ("The 40 guests were rescued from the hotel.", []),
        # a rank among events is no count
        ("More than 500 people were presumed dead, making the sinking one of the deadliest this decade.",
         [(KILLED, [500, None])]),
    ],
)
def test_the_crowd_at_the_scene(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people who got medical care were hurt
        ("551 people had sought medical help after the attack, many of them with burns.", [(INJURED, 551)]),
        ("It said 32 people had survived and were receiving treatment in hospital.", [(INJURED, 32)]),
        ("About 200 people needed hospital care, the health office said.", [(INJURED, 200)]),
        ("Translated: 45 persons received medical assistance at the place.", [(INJURED, 45)]),
        # care of another kind, or survivors alone, says nothing of harm
        ("300 families received food aid.", []),
        ("The 40 workers sought help from the union.", []),
        ("Twenty-nine people survived the crash.", []),
    ],
)
def test_people_cared_for_were_hurt(nlp, text, expected):
    assert counts(nlp, text) == expected
