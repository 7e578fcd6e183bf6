"""Tolls a fact-checker can trust: only the figure a sentence gives as current, never the one it says was replaced,
nor a part of the dead counted by where they came from. Every sentence is written for this file (press statement,
wire copy, tweet, machine translation, interview); none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context

KILLED, INJURED = "casualties.killed", "casualties.injured"
COUNTS = {KILLED, INJURED, "casualties.children", "crowd.size"}


def counts(nlp, text):
    return [(fv.facet, fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet in COUNTS]


@pytest.mark.parametrize(
    "text, expected",
    [
        # wire copy: the figure a change starts from is the one replaced
        ("The provincial government revised the death toll down to 212 from 230.", [(KILLED, 212)]),
        ("The death toll rose from 4 to 9, the ministry said.", [(KILLED, 9)]),
        pytest.param("The death toll rose from 4 to 9 overnight, the ministry said.", [(KILLED, 9)],
                     marks=pytest.mark.xfail(reason="the NER reads '4 to 9 overnight' as a time", strict=True)),
        ("Officials said 40 people were killed, up from 25 on Monday.", [(KILLED, 40)]),
        ("The toll climbed to 52 from an earlier figure of 40.", [(KILLED, 52)]),
        ("The number of dead has been lowered to 31 from 35 after a recount.", [(KILLED, 31)]),
        # tweet
        ("UPDATE: death toll jumps from 12 to 19. Rescuers still digging.", [(KILLED, 19)]),
        # machine translation
        ("The quantity of the dead was corrected to 88 from 91 by the commission.", [(KILLED, 88)]),
        # a figure said to have been given before
        ("Police had earlier put the toll at nine.", []),
        ("The agency initially reported 20 dead.", []),
        ("The ministry had previously said 14 people were injured.", []),
        ("Three people were killed earlier on Tuesday in a second blast.", [(KILLED, 3)]),
        ("Days earlier, 12,000 people had marched in the capital.", [("crowd.size", 12000)]),
        # not a change: a range, a count of people from a place that is the crowd
        ("Between 200 and 300 people were killed in the raid.", [(KILLED, [200, 300])]),
        ("From 20 to 30 people were killed.", [(KILLED, [20, 30])]),
        ("Police said 5,000 people from across the country marched.", [("crowd.size", 5000)]),
    ],
)
def test_only_the_current_figure_is_a_toll(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # interview and press statement: people counted by where they came from are a part of the toll
        ("The chief minister said 61 people from her state had been confirmed dead.", []),
        ("Nine passengers from Nepal were killed, the embassy said.", []),
        ("At least 12 pilgrims from Bangladesh died in the crush.", []),
        ("Our records show 14 workers from their village were injured.", []),
        ("Four Kenyans from Mombasa were among the dead.", []),
        ("The statement said seven fishermen from our district died at sea.", []),
        # the toll itself
        ("Twenty-three people were killed when the roof fell in.", [(KILLED, 23)]),
        ("The storm killed 18 people from the capital to the coast.", [(KILLED, 18)]),
    ],
)
def test_people_counted_by_where_they_came_from_are_a_part(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # interview, op-ed and wire: a figure in a condition is supposed, not stated
        ("If from one state 182 are missing and 61 are dead, then where do the figures stand?", []),
        ("If 40 people were killed, why has no one resigned?", []),
        ("Even if 300 people died, the minister said, the plan was right.", []),
        ("If the toll rises above 100, the state will declare mourning.", []),
        ("Asked whether 12 people had died, the mayor said yes.", []),
        ("Translated: if it is true that 50 persons were killed, the army must answer.", []),
        # the stated figure beside a condition stands
        ("Unless 20 more bodies are found, the toll stands at 41.", [(KILLED, 41)]),
        ("Police said 12 people died when the bus overturned.", [(KILLED, 12)]),
        ("Twelve people died after the bus overturned, and if the rain continues more may die.", [(KILLED, 12)]),
    ],
)
def test_a_figure_in_a_condition_is_no_toll(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the dead or hurt, set apart after the toll: never a second toll
        ("The attack injured 50 people, 10 seriously.", [(INJURED, 50)]),
        ("The blast injured 50 people, 10 of them seriously.", [(INJURED, 50)]),
        ("The ministry said 30 people died, 20 of them women.", [(KILLED, 30)]),
        ("Twelve of the 40 dead were children.", []),
        ("Tweet: 18 hurt, 3 critically. Pray for them.", [(INJURED, 18)]),
        ("Four people, all members of one family, were killed.", [(KILLED, 4)]),
        ("Three families lost their homes.", []),
        ("Translated: 25 persons got injuries, 5 of them heavily.", [(INJURED, 25)]),
        # the whole, or one of a group said to have died, stands
        ("One of them died in hospital.", [(KILLED, 1)]),
        ("Two of them were killed instantly.", [(KILLED, 2)]),
        ("The fire killed a family of five.", [(KILLED, 5)]),
    ],
)
def test_a_part_of_the_toll_is_no_toll(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause on the counted people says what befell them
        ("We have counted at least 17 of our neighbours who died.", [(KILLED, [17, None])]),
        ("Twelve miners who died were buried on Friday.", [(KILLED, 12)]),
        ("Three children who were wounded remain in hospital.", [(INJURED, 3)]),
        ("Forty people who were injured in the blast have since died.", [(KILLED, 40)]),
        ("The 45 passengers who had boarded the ferry in Dar es Salaam are missing.", []),
        ("Six people who were trapped in the lift were rescued.", []),
        # a verb of gathering only with its particle
        ("The 300 people who survived were taken to a camp.", []),
        ("Some 3,000 people took part in the march.", [("crowd.size", 3000)]),
        ("About 500 people showed up outside the court.", [("crowd.size", 500)]),
        ("An estimated 10,000 people took to the streets.", [("crowd.size", 10000)]),
    ],
)
def test_what_befell_the_counted_people(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted "Of the N dead" gives the whole; "three of the 12 dead" a part of it
        ("Of the 40 dead, 12 were children.", [(KILLED, 40)]),
        ("Of the 275 deceased, 88 have been identified.", [(KILLED, 275)]),
        ("Of the 23 people injured in the collapse, 15 remain in hospital.", [(INJURED, 23)]),
        ("Three of the 12 dead were police officers.", []),
        ("Two of the 30 injured died overnight.", []),
        ("Four of the injured are in a critical condition.", []),
        ("The strike killed 38 of the 67 people on board.", [(KILLED, 38)]),
        ("Translated: from the 19 died persons, 7 are women.", [(KILLED, 19)]),
    ],
)
def test_the_whole_and_its_parts(nlp, text, expected):
    assert counts(nlp, text) == expected
