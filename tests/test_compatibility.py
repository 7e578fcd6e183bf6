"""Weapons, kinds of event, actors and causes: when two values agree, conflict or cannot be compared, and which words
of a sentence are the event's weapon, kind, actor and cause. Every sentence is written for this file; none comes from
a gold case."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims.actors import find_actor
from reconcile.claims.causes import find_cause
from reconcile.claims.context import Context
from reconcile.claims.hierarchy import is_under, launch_of, lineage
from reconcile.claims.things import event_type_of, find_event_type, find_weapon

AGREE = {Relation.SAME, Relation.COMPATIBLE}


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # one kind under the other agrees
        ("hellfire", "missile", "agree"),
        ("hellfire", "air-to-surface missile", "agree"),
        ("grad", "rocket", "agree"),
        ("rocket", "artillery", "agree"),
        ("barrel bomb", "bomb", "agree"),
        ("car bomb", "ied", "agree"),
        ("shahed", "drone", "agree"),
        ("drone", "air strike", "agree"),
        ("live ammunition", "firearm", "agree"),
        ("rifle", "firearm", "agree"),
        ("baton", "blunt weapon", "agree"),
        ("tear gas", "less-lethal weapon", "agree"),
        # a platform and what it fires
        ("drone", "missile", "agree"),
        ("drone", "hellfire", "agree"),
        ("air strike", "guided bomb", "agree"),
        ("helicopter", "barrel bomb", "agree"),
        ("air-launched munition", "missile", "agree"),
        ("missile", "rocket", "agree"),
        # launched from different places, or two named systems: conflict
        ("surface-to-air missile", "air-to-air missile", "conflict"),
        ("rocket", "air strike", "conflict"),
        ("grad", "hellfire", "conflict"),
        ("hellfire", "kornet", "conflict"),
        ("hellfire", "brimstone", "conflict"),
        ("iskander", "kalibr", "conflict"),
        ("ied", "air strike", "conflict"),
        ("mortar", "drone", "conflict"),
        ("artillery shell", "barrel bomb", "conflict"),
        ("rubber bullet", "live ammunition", "conflict"),
        ("air strike", "kornet", "conflict"),
        # named systems the vocabulary knows: each under its kind, two of them a conflict
        ("tochka-u missile", "iskander missile", "conflict"),
        ("tochka", "ballistic missile", "agree"),
        ("atacms", "tochka", "conflict"),
        ("gbu-12 paveway ii", "guided bomb", "agree"),
        ("mk 82 bomb", "bomb", "agree"),
        ("mk-82", "air strike", "agree"),
        ("paveway", "rocket", "conflict"),
        ("uragan", "grad", "conflict"),
        ("smerch", "rocket", "agree"),
        ("s-400", "surface-to-air missile", "agree"),
        ("iron dome", "hellfire", "conflict"),
        # a bomb body and the guidance kit fitted to it: neither the same nor rivals
        ("paveway", "mk-82", "unclear"),
        # several weapons in one event: not comparable, never agreement
        ("knife", "firearm", "unclear"),
        ("tear gas", "rubber bullet", "unclear"),
        ("pepper spray", "baton", "unclear"),
        ("mortar", "rocket", "unclear"),
        ("cruise missile", "hellfire", "unclear"),
        ("rifle", "handgun", "unclear"),
        ("water cannon", "tear gas", "unclear"),
    ],
)
def test_weapon_compatibility(a, b, expected):
    assert _verdict(compare("weapon", a, b).relation) == expected
    assert _verdict(compare("weapon", b, a).relation) == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("drone strike", "air strike", "agree"),
        ("drone strike", "attack", "agree"),
        ("train crash", "crash", "agree"),
        ("building collapse", "collapse", "agree"),
        ("air strike", "explosion", "agree"),
        ("crash", "fire", "agree"),
        ("building collapse", "protest", "unclear"),
        ("air crash", "train crash", "unclear"),
        ("stampede", "flood", "unclear"),
        ("earthquake", "shooting", "unclear"),
    ],
)
def test_event_type_compatibility(a, b, expected):
    assert _verdict(compare("event.type", a, b).relation) == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("riot police", "police", "agree"),
        ("masked men", "masked individuals", "agree"),
        ("soldiers", "the army", "unclear"),
        ("rebel fighters", "government troops", "unclear"),
        ("faulty wiring", "wiring fault", "agree"),
        ("gas leak", "leaking gas pipe", "agree"),
        ("arson", "electrical fault", "unclear"),
        ("heavy rain", "dam failure", "unclear"),
    ],
)
def test_actor_and_cause_compatibility(a, b, expected):
    """Free descriptions agree only when they share their words (after synonyms); otherwise the row is unclear."""
    assert _verdict(compare("text", a, b).relation) == expected


def test_a_reviewer_typed_weapon_is_compared_by_its_words():
    assert compare("weapon", "homemade rocket launcher", "rocket launcher").relation is Relation.COMPATIBLE
    assert compare("weapon", "crossbow", "hellfire").relation is Relation.DIFFERENT


def test_the_tree_reads_lineage_and_launch():
    assert lineage("weapon", "hellfire")[:3] == ["hellfire", "air-to-surface missile", "missile"]
    assert is_under("event_type", "drone strike", "attack")
    assert launch_of("weapon", "grad") == "ground" and launch_of("weapon", "barrel bomb") == "air"
    assert lineage("weapon", "slingshot") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Hellfire missile hit the car outside the bakery.", ["hellfire missile"]),
        ("Riot police fired tear gas at the students.", ["tear gas"]),
        ("The marchers were hurt by rubber bullets and batons.", ["rubber bullet", "baton"]),
        ("The fighter was killed by a mortar round near the checkpoint.", ["mortar round"]),
        ("Doctors treated a gunshot wound to his leg.", ["gunshot (firearm)"]),
        ("Militants launched Grad rockets at the town overnight.", ["grad rocket"]),
        ("The helicopter dropped a barrel bomb on the market.", ["barrel bomb"]),  # a bare helicopter is no weapon
        ("The deputy discharged his service weapon twice.", ["service weapon (firearm)"]),
        ("The convoy was struck from a drone at dusk.", ["drone"]),
        ("Investigators said the weapon was a Kornet.", ["kornet"]),
        ("An improvised explosive device exploded under the bus.", ["improvised explosive device (ied)"]),
        # a weapon merely present is not the event's weapon
        ("The deputy fired after the suspect walked toward him with a knife.", []),
        ("A pistol was found in the glovebox.", []),
        ("He was carrying a rifle when he was arrested.", []),
        ("Neighbours said the man owned several knives.", []),
        ("The soldiers did not use tear gas.", []),
    ],
)
def test_weapon_is_an_argument_of_the_event(nlp, text, expected):
    found = [str(fv.value) for fv in find_weapon(nlp(text)[:], Context())]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The four-storey hotel collapsed shortly after midnight.", "building collapse"),
        ("The collapse of the old bridge cut the town in two.", "bridge collapse"),
        ("The cargo plane crashed into a hillside.", "air crash"),
        ("A passenger train derailed near the junction.", "train crash"),
        ("The bus accident left eleven people dead.", "road crash"),
        ("The overloaded ferry capsized in rough seas.", "shipwreck"),
        ("A stampede broke out at the temple gate.", "stampede"),
        ("Flash floods swept through the valley.", "flood"),
        ("Thousands marched to parliament on Friday.", "protest"),
        ("Soldiers opened fire on the crowd.", "shooting"),
        ("A drone strike hit the compound.", "drone strike"),
        ("A gas explosion shook the street.", "explosion"),
        ("The cholera outbreak has spread to three districts.", "outbreak"),
        ("A magnitude 6 earthquake shook the region.", "earthquake"),
    ],
)
def test_event_type_from_nouns_and_verbs(nlp, text, expected):
    assert event_type_of(nlp(text)[:]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He died of a heart attack in 2019.",
        "The fire service sent six engines.",
        "She collapsed at home and was taken to hospital.",
        "The hearing was adjourned until March.",
        "There was no explosion, the plant manager said.",
        "An incident room has been set up.",
    ],
)
def test_words_that_name_no_event(nlp, text):
    assert [fv.value for fv in find_event_type(nlp(text)[:], Context())] == []


def test_an_event_in_the_past_of_a_place_is_not_this_event(nlp):
    doc = nlp("The strike hit Idlib province, which is still recovering from the earthquake.")
    assert [fv.value for fv in find_event_type(doc[:], Context())] == ["strike"]


def test_an_unnarrowed_event_word_takes_the_kind_named_before(nlp):
    doc = nlp("A six-storey apartment block collapsed on Monday. The collapse killed nine people.")
    second = list(doc.sents)[1]
    assert [fv.value for fv in find_event_type(second, Context())] == ["building collapse"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Government troops and militia fighters were responsible for the killings.",
            ["government troops", "militia fighters"],
        ),
        ("A parliamentary inquiry blamed border guards for the deaths.", ["border guards"]),
        ("The reporter was beaten by riot police.", ["riot police"]),
        ("Masked gunmen stormed the hotel lobby.", ["masked gunmen"]),
        ("An Israeli drone strike hit the car.", ["israel"]),
        ("A drone strike hit the car.", []),
        ("Witnesses described the Harbour Road shooting.", []),
    ],
)
def test_actor_as_the_doer_of_the_deed(nlp, text, expected):
    assert [str(fv.value) for fv in find_actor(nlp(text)[:], Context())] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fire was caused by a faulty heater.", ["faulty heater"]),
        ("The mayor blamed the flooding on blocked drains.", ["blocked drains"]),
        ("The ferry sank because of severe overcrowding.", ["severe overcrowding"]),
        ("Officials said the cause was a gas leak.", ["gas leak"]),
        ("The victim died of a head injury.", ["head injury"]),
        ("Residents blame the quarry for the landslide.", ["quarry"]),
        ("The blast did not cause the fire.", []),
    ],
)
def test_cause_from_causal_phrases(nlp, text, expected):
    assert [str(fv.value) for fv in find_cause(nlp(text)[:], Context())] == expected


def _verdict(relation: Relation) -> str:
    if relation in AGREE:
        return "agree"
    return "conflict" if relation in {Relation.CONFLICT, Relation.PARTIAL} else "unclear"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A barrage of mortars was fired at the base before dawn.", ["mortar"]),
        ("A stray rocket fell on the school playground.", ["rocket"]),
        ("Officials blamed a failed missile launch for the blast.", ["missile"]),
    ],
)
def test_weapon_in_a_noun_of_harm_or_use(nlp, text, expected):
    assert [str(fv.value) for fv in find_weapon(nlp(text)[:], Context())] == expected
