"""Causes and victim statuses: which words of a statement are the event's cause or the victims' status, and when two
causes agree, conflict or cannot be compared. Every sentence is written for this file; none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.evaluation.values import value_matches


def _facet(nlp, text: str, name: str) -> list[str]:
    return [str(fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet == name]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry capsized because of overcrowding.", ["overcrowding"]),
        ("The bridge collapsed due to poor maintenance.", ["poor maintenance"]),
        ("The warehouse burned down as a result of an electrical fault.", ["electrical fault"]),
        ("The outage was caused by a short circuit in the substation.", ["short circuit"]),
        ("The avalanche was triggered by heavy snowfall.", ["heavy snowfall"]),
        ("The cause of the fire was a discarded cigarette.", ["discarded cigarette"]),
        ("A gas leak caused the explosion.", ["gas leak"]),
        ("Heavy rain led to the landslide.", ["heavy rain"]),
        ("Torrential rain resulted in severe flooding.", ["torrential rain"]),
        ("The boat capsized after the engine failed.", ["engine fail"]),
        ("The plane crashed after a bird strike.", ["bird strike"]),
        ("The barge sank while a tug was towing it.", ["tug tow"]),
        ("The train derailed because a signal malfunctioned.", ["signal malfunction"]),
        ("He died of a heart attack.", ["heart attack"]),
        ("She died from smoke inhalation.", ["smoke inhalation"]),
        ("The fire started in a faulty air conditioner.", ["faulty air conditioner"]),
        ("Officials suspect sabotage.", ["sabotage"]),
        ("Engineers said negligence was behind the collapse.", ["negligence"]),
        ("The inspector said a corroded pipe was to blame.", ["corroded pipe"]),
        ("Experts attributed the blast to a build-up of methane.", ["build up of methane"]),
        ("The landslide was the result of illegal mining.", ["illegal mining"]),
        ("The crash was due to pilot error, the airline said.", ["pilot error"]),
        ("A faulty transformer is the most likely cause, the engineers said.", ["faulty transformer"]),
        ("An overloaded circuit was responsible for the fire.", ["overloaded circuit"]),
        ("A spark is believed to have caused the blast.", ["spark"]),
        ("A blocked drain was blamed for the flood.", ["blocked drain"]),
        ("The roof collapsed under the weight of the snow.", ["snow"]),
        ("Police were responsible for the deaths.", []),
        ("Investigators said the pilot was to blame.", []),
        ("Reporters asked whether the storm could have resulted in the outage.", []),
        # "because of", "due to", "owing to", "as a result of" hung on the event, harm done or "was"
        ("The building collapsed because of illegal construction work.", ["illegal construction work"]),
        ("The ferry sank due to overloading, the coast guard said.", ["overloading"]),
        ("Eighteen people died because of the heavy rains.", ["heavy rains"]),
        ("It was due to a signal failure, the minister said.", ["signal failure"]),
        ("The train derailed owing to a broken rail.", ["broken rail"]),
        ("The mine flooded as a result of heavy rainfall, officials said.", ["heavy rainfall"]),
        ("Police said that due to the storm the boat overturned.", ["storm"]),
        ("Because of the heavy snow, the roof of the market hall collapsed on Sunday.", ["heavy snow"]),
        ("Officials said the bridge gave way because of corrosion.", ["corrosion"]),
        # ... not on another act of the day, whose reason is no cause of the event
        ("The plane changed course because of the weather.", []),
        ("The airport was closed because of fog.", []),
        ("Flights were cancelled due to the strike by air traffic controllers.", []),
        ("Residents were evacuated because of the risk of further collapse.", []),
        ("Rescue work was slowed because of the rain.", []),
        # a weapon traced to its maker is provenance, not the event's cause; people blamed are actors
        ("The bomb was traced to a factory in Arizona.", []),
        ("The blast was traced to a gas leak in the basement.", ["gas leak"]),
        ("The people who left the line like that are responsible too.", []),
        # no causal connective: "due on", "the result of" a vote
        ("The band was due on stage at nine.", []),
        ("Declaration of the result of the presidential election was delayed.", []),
    ],
)
def test_cause_as_the_argument_of_a_causal_construction(nlp, text, expected):
    assert _facet(nlp, text, "cause") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fire started because of a faulty cable, not because of arson.", ["faulty cable", "not arson"]),
        ("The collapse was not caused by the earthquake.", ["not earthquake"]),
        ("Police ruled out arson.", ["not arson"]),
        ("The blaze was blamed on faulty wiring rather than arson.", ["faulty wiring", "not arson"]),
        ("The company denied sabotage.", ["not sabotage"]),
        ("The marks on the hull were not consistent with sabotage.", ["not sabotage"]),
        ("The sinking was not due to overloading.", ["not overloading"]),
        ("The blast did not cause the fire.", []),
        ("Inspectors will examine whether sabotage played a role.", []),
        ("The plane did not crash after the engine failed.", []),
        ("The crew landed safely after takeoff.", []),
        ("The bus overturned after midnight.", []),
        ("The fire started in the kitchen.", []),
    ],
)
def test_a_denied_or_contrasted_cause_is_never_asserted(nlp, text, expected):
    assert _facet(nlp, text, "cause") == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("bird strike", "collision with birds", Relation.COMPATIBLE),
        ("electrical fault", "short circuit", Relation.COMPATIBLE),
        ("short circuit", "faulty wiring", Relation.COMPATIBLE),
        ("gas leak", "leaking gas pipe", Relation.COMPATIBLE),
        ("overcrowding", "crowd surge", Relation.COMPATIBLE),
        ("sabotage", "technical fault", Relation.CONFLICT),
        ("arson", "electrical fault", Relation.CONFLICT),
        ("heavy rain", "negligence", Relation.CONFLICT),
        ("gas leak", "electrical fault", Relation.CONFLICT),
        ("air strike", "misfired rocket", Relation.CONFLICT),
        ("underlying condition", "beating", Relation.CONFLICT),
        ("not arson", "arson", Relation.CONFLICT),
        ("not arson", "not arson", Relation.SAME),
        ("not arson", "faulty cable", Relation.DIFFERENT),
        ("poor maintenance", "mechanical failure", Relation.DIFFERENT),
        ("heavy rain", "dam failure", Relation.DIFFERENT),
        ("excavation next door", "extra storeys", Relation.DIFFERENT),
    ],
)
def test_cause_comparison(a, b, expected):
    assert compare("cause", a, b).relation is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The victim, a 34-year-old nurse, was hit by shrapnel.", ["nurse"]),
        ("Most of the dead were civilians, the ministry said.", ["civilian"]),
        ("The army said the men killed were terrorists.", ["militant"]),
        ("The three insurgents were killed in the raid, the military said.", ["militant"]),
        ("Rescuers said the dead were passengers on the bus.", ["passenger"]),
        ("The wounded protesters were taken to hospital.", ["protester"]),
        ("The dead included a reporter and two patients.", ["journalist", "patient"]),
        ("The group said those killed were members of Hamas.", ["hamas member"]),
        ("There were no fighters among the dead, residents said.", ["not fighter"]),
        ("The commander denied that children had been in the car.", []),
        ("Twelve miners were trapped underground.", ["miner"]),
        ("She said her children were safe.", []),
        ("The rockets were fired by militants in the north.", []),
        ("Militants attacked the checkpoint at dawn.", []),
        ("The militants were killed in the strike.", ["militant"]),
    ],
)
def test_victim_status_from_how_the_victims_are_described(nlp, text, expected):
    assert _facet(nlp, text, "victim.status") == expected


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        ("patient", "civilian", True),
        ("vegetable trader", "civilian", True),
        ("civilian", "farmer", False),
        ("not patient", "civilian", False),
        ("hamas member", "combatant", False),
        ("collision with bird", "bird strike", True),
        ("not bird strike", "bird strike", False),
        ("electrical fault", "gas leak", False),
    ],
)
def test_the_eval_reads_statuses_and_causes_as_the_table_does(predicted, gold, expected):
    facet = "victim.status" if gold in {"civilian", "farmer", "combatant"} else "cause"
    assert value_matches(predicted, gold, facet=facet) is expected
