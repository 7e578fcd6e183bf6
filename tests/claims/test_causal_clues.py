"""Causes read without a plain causal connective, and what the victims were doing said of the victims themselves.
Every sentence is written for this file; none comes from a gold case. Parsed by the real pipeline."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims import facet_values
from reconcile.claims.context import Context


def _facet(nlp, text: str, name: str) -> list[str]:
    return [str(fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet == name]


@pytest.mark.parametrize(
    "text, expected",
    [
        # violence done to one person names the cause of death
        ("The guards beat him in the cell before he died.", ["beating"]),
        ("His brother said he was beaten on the head with a club.", ["beating"]),
        ("She died in hospital after being beaten by prison guards.", ["beating"]),
        ("The prisoner collapsed after being tortured.", ["torture"]),
        ("Witnesses said the officers did not beat him.", ["not beating"]),
        ("The ministry denied that Reza was beaten.", []),
        ("Reports that the man had been beaten are false, the police said.", []),
        ("Videos show protesters being beaten with batons.", []),
        # a weapon that failed
        ("The school was hit by a missile that malfunctioned after launch.", ["missile malfunction"]),
        ("The army blamed a failed rocket launch for the blast.", ["failed rocket launch"]),
        ("A rocket that struck the market had been fired from the hills.", []),
        # what let it happen
        ("A cracked seal may have allowed gas to collect in the basement.", ["cracked seal"]),
        ("The broken gate let the water pour into the tunnel.", ["broken gate"]),
        ("The manager allowed the workers to leave early.", []),
        # "point to" and causing verbs whatever the parse makes of them
        ("Early findings point to corrosion of the boiler.", ["corrosion of boiler"]),
        ("Initial results of the inquiry point to a faulty sensor.", ["faulty sensor"]),
        ("The crew turned back after a fire in the galley caused panic on board.", ["fire"]),  # "in" says where
    ],
)
def test_causes_without_a_causal_connective(nlp, text, expected):
    assert _facet(nlp, text, "cause") == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("excess floors", "unauthorised floors", Relation.DIFFERENT),
        ("illegal floors", "unauthorised floors", Relation.COMPATIBLE),
        ("floors", "unauthorised floors", Relation.COMPATIBLE),
        ("valve leak", "leaking valve", Relation.COMPATIBLE),
        ("rocket malfunction", "misfired rocket", Relation.COMPATIBLE),
        ("failed rocket launch", "air strike", Relation.CONFLICT),
        ("beating", "heart failure", Relation.CONFLICT),
        ("problem with the brakes", "brake fault", Relation.COMPATIBLE),
        ("rotten beams", "termite beams", Relation.DIFFERENT),
    ],
)
def test_cause_paraphrases_agree_and_other_kinds_are_unclear(a, b, expected):
    assert compare("cause", a, b).relation is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shell killed four men digging a new well.", ["digging new well"]),
        ("The blast killed dozens of families queueing at the bakery.", ["queueing at bakery"]),
        ("Two fishermen mending their nets were wounded by shrapnel.", ["mending net"]),
        ("The dead were pupils who had gone to collect water.", ["collect water"]),
        ("The victims were farmers who had stayed in the orchard.", ["stay in orchard"]),
        ("He was on the phone with his sister when the soldier shot him.", ["on phone with sister"]),
        ("Maria was on duty at the gate when the bomb hit.", ["on duty"]),
        ("He was on the phone with his sister all evening.", []),
        ("The strike killed three people who were not carrying weapons.", []),
        ("Police questioned a man walking past the scene.", []),
    ],
)
def test_activity_said_of_the_victims(nlp, text, expected):
    assert _facet(nlp, text, "victim.activity") == expected
