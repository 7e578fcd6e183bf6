"""Victim status said by the statement's source, not a description it reports of another party ("a strike the
military described as a hit on insurgents"), and never the status of someone who is not the victim. Every sentence
is written for this file (wire copy, interview, translation, press statement); none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context


def statuses(nlp, text):
    return [fv.value for fv in facet_values(nlp(text)[:], Context()) if fv.facet == "victim.status"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # another party's description, reported inside the statement
        ("Residents said a drone strike the military described as a hit on insurgents killed a vegetable trader.",
         ["vegetable trader"]),
        ("Villagers said the men, whom the army called terrorists, were shepherds.", ["shepherd"]),
        ("A raid that officials characterised as targeting militants killed two farmers.", ["farmer"]),
        ("An operation the army termed a strike on militants left three shepherds dead.", ["shepherd"]),
        ("Translated: the strike which the ministry named as hitting fighters killed a teacher.", ["teacher"]),
        ("The man police described as a gang leader was a bus driver, his wife said.", []),
        ("He was killed in what the ministry called a raid on a terrorist cell.", []),
        # the source's own description stands
        ("The army described the dead as militants.", ["militant"]),
        ("They found the body of the herder, whom they described as a 60-year-old civilian.", ["herder", "civilian"]),
        ("Police called the man armed and dangerous.", ["armed"]),
        # people who are not the victim
        ("The victim's father, a retired teacher, said his son was unarmed.", ["unarmed"]),
        ("A nurse who treated him said the man had been shot twice.", []),
        ("The farmer who found the bodies called the police.", []),
        ("A shepherd was killed when the missile hit the field.", ["shepherd"]),
    ],
)
def test_the_status_is_the_sources_and_the_victims(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "among" makes a victim only when what they are among were harmed
        ("Firefighters were among the first at the scene.", []),
        ("Journalists were among the crowd outside.", []),
        ("Local traders were among the organisers of the vigil.", []),
        ("Civilians were among the dead.", ["civilian"]),
        ("Two nurses were among the injured.", ["nurse"]),
        ("Children were among the victims.", ["child"]),
        ("Three soldiers were among those killed.", ["soldier"]),
        ("Police officers were among the wounded, the ministry said.", ["police officer"]),
        ("Translated: students are among the casualties.", ["student"]),
    ],
)
def test_among_the_harmed(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # general words for who people are (trade, age, circumstance), where a victim stands
        ("Wedding guests were among the dead, a local official told AFP.", ["wedding guest"]),
        ("The dead included three schoolgirls and a bus driver.", ["schoolgirl", "bus driver"]),
        ("Among those killed were two aid workers and a security guard.", ["aid worker", "security guard"]),
        ("The ministry said those killed were rebels who had attacked a checkpoint.", ["rebel"]),
        ("The bridge collapse killed nine commuters and a cyclist.", ["commuter", "cyclist"]),
        ("Among the victims were tenants of the upper floors.", ["tenant"]),
        ("Victims included employees of the plant and nearby residents.", ["employee"]),
        ("Translated: the dead persons are mostly pensioners and minors.", ["pensioner", "child"]),
        # the same words where no victim stands, and a guard that is a body
        ("Guests fled the hall as the roof caught fire.", []),
        ("Engineers inspected the bridge two weeks before it collapsed.", []),
        ("Separatists claimed responsibility for the bombing.", []),
        ("Troops were deployed to the city after the riots.", []),
        ("A cook at the restaurant told reporters the fire started in the kitchen.", []),
        ("Not one of the guards had a gun, a survivor said.", []),
        ("Survivors say the Greek coast guard did not tow the boat.", []),
        # a status supposed in a condition is not said
        ("If someone was armed at the warehouse, that does not make three cars of cooks a target.", []),
        ("Even if he had a gun, they should not have shot him, his sister said.", []),
        ("Unless the man was armed, the shooting was unlawful, the lawyer argued.", []),
        ("He said the man was armed with a knife.", ["armed"]),
        ("Three humanitarians were among the dead.", ["aid worker"]),
        # a role of two words: "crew member", "staff member"; an armed group's member keeps its group
        ("Two crew members and 40 passengers died when the ferry sank.", ["crew member", "passenger"]),
        ("A staff member was among those killed, the charity said.", ["staff member"]),
        ("Hamas members were killed in the strike, the army said.", ["hamas member"]),
        ("Family members of the victims gathered outside the morgue.", []),
        # whom a force says it spotted is no victim; whom the dead are identified as is
        ("The forces identified a gunman on top of one of the trucks.", []),
        ("Police identified the dead man as a 34-year-old teacher.", ["teacher"]),
        ("Relatives identified three of the dead as farmers.", ["farmer"]),
    ],
)
def test_roles_of_every_trade_and_age(nlp, text, expected):
    assert statuses(nlp, text) == expected
