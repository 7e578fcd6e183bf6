"""What the victim was doing, never what a vehicle, a weapon or the attackers were doing. Every sentence is written
for this file (wire copy, witness interview, tweet, translation); none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context


def activities(nlp, text):
    return [fv.value for fv in facet_values(nlp(text)[:], Context()) if fv.facet == "victim.activity"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a thing's state, or the doer's act, is no activity of the victim
        ("When I could stand up, the cars were burning and people were lying everywhere.", []),
        ("The vehicle of the preacher was leaving the grounds when the crowd surged.", []),
        ("Vehicles had been waiting to help the men escape.", []),
        ("The drone was circling above the field when the farmer was struck.", []),
        ("The helicopter was hovering over the village when the rockets hit the school.", []),
        ("The officers were shouting commands when they shot him.", []),
        ("Witness: the soldiers were laughing when they fired at us.", []),
        ("Translated: the truck was standing burning near the gate for one hour.", []),
        # the victim's own activity
        ("The van was carrying flour to the camp when the drone hit it.", ["carrying flour"]),
        ("His car was travelling home from the market when it was struck.", ["travelling from market"]),
        ("The man was grazing his sheep when he was killed.", ["grazing sheep"]),
        ("The boys were playing football when they were hit.", ["playing football"]),
        ("The farmer was ploughing his field when they shot him.", ["ploughing field"]),
    ],
)
def test_only_the_victims_activity(nlp, text, expected):
    assert activities(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an -ing verb tied by "when" to the event striking, not only to a verb of harm
        ("Hundreds of worshippers were praying inside the mosque when the bomb exploded.", ["praying inside mosque"]),
        ("Dozens of people were queuing for fuel when the tanker exploded.", ["queuing for fuel"]),
        ("Most of the victims were sleeping when the dam burst.", ["sleeping"]),
        ("Commuters were crossing the bridge when it collapsed, the mayor said.", ["crossing bridge"]),
        ("Translated: the families were sleeping in their houses when the mud swept the village.",
         ["sleeping in house"]),
        # the event itself, or a thing's state, is no activity
        ("The warehouse was burning when the roof collapsed.", []),
        ("The cars were burning when the second blast hit the street.", []),
        ("Witnesses said the medic was giving first aid when he was shot.", ["giving aid"]),
    ],
)
def test_what_they_were_doing_when_the_event_struck(nlp, text, expected):
    assert activities(nlp, text) == expected
