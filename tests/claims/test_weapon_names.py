"""A weapon as the statement names it (claims/weapon_names.py) and the kind the align stage compares it by. Every
sentence is written for this file in a desk's styles (wire copy, an air force's statement, an NGO report, a witness, a
translated local report); none is taken from a gold case. Each sentence is parsed for real."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.claims.weapon_names import designation_of, kind_of


def _weapons(nlp, text: str) -> list[str]:
    return [str(fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet == "weapon"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a system's designation before the kind's words
        ("Russia struck the shopping centre with a Kh-22 cruise missile, Ukraine's air force said.",
         ["kh-22 cruise missile"]),
        ("The station was hit by a Tochka-U ballistic missile fired from occupied territory.",
         ["tochka-u ballistic missile"]),
        ("The wedding hall was struck by a GBU-39 guided bomb, according to the rights group.", ["gbu-39 guided bomb"]),
        ("The camp was shelled with 120mm mortars overnight.", ["120 mm mortar"]),
        ("A Shahed-136 drone slammed into the apartment block at dawn.", ["shahed-136 drone"]),
        ("The convoy was hit by a Kh-101 cruise missile, according to the air force.", ["kh-101 cruise missile"]),
        # a hyphenated system name as one token, with or without the kind's word
        ("Gunmen armed with AK-47s stormed the hall.", ["ak-47 (kalashnikov)"]),
        ("The city was struck by a Shahed-136 overnight, the governor said.", ["shahed-136"]),
        # an owner or a count before the weapon is no designation
        ("Israeli warplanes bombed the camp, killing dozens.", ["warplane"]),
        ("Two missiles struck the wedding party, survivors told reporters.", ["missile"]),
        ("Hamas rockets landed near the border town.", ["rocket"]),
        # the words said, singular, when they hold the kind; else with the kind in brackets
        ("Two Kalashnikov rifles and a grenade were used in the attack, investigators said.",
         ["kalashnikov rifle", "grenade"]),
        ("A mortar round landed near the school, killing three children.", ["mortar round"]),
        ("The shelling of the camp went on for three hours.", ["shelling (artillery)"]),
        ("The reporter was hit by a bullet in the neck.", ["bullet (live ammunition)"]),
        ("Militants planted a roadside bomb on the road to the market.", ["roadside bomb (ied)"]),
        # a bullet said without "rubber" is live ammunition; a machine translation's "projectile of fire arm" a firearm
        ("Several of the bodies have bullet wounds, the health director said.", ["bullet wound (live ammunition)"]),
        ("The deceased presented wounds by impact of projectile of fire arm in thorax and head.", ["firearm"]),
        # "at no time" denies the act
        ("At no time did the officers fire live ammunition at the crowd.", []),
        # a model number after its name, and a name set after the kind as translated statements write it
        ("Security sources said a Hermes 450 drone had fired three missiles in quick succession.",
         ["hermes 450 drone", "missile"]),
        ("Fragments of tactical missile \"Tochka-U\" which fell near the station were published by eyewitnesses.",
         ["tochka-u missile"]),
        ("On Monday 40 rockets hit the town.", ["rocket"]),
        # a system's name the tagger calls a place is a system unless the gazetteer knows the place
        ("Ukraine fired Tochka missiles at the city.", ["tochka missile"]),
        ("A Kharkiv missile attack killed five people.", ["missile"]),
        # the kind's own name in another spelling is the kind
        ("An Israeli airstrike hit the house on Tuesday.", ["air strike"]),
        ("Police fired teargas at the students.", ["tear gas"]),
        # a word the lemmatiser would cut is kept whole
        ("The army denied using white phosphorus in the attack.", ["not white phosphorus"]),
        # a place that "came under" fire suffered it; a state "under attack" is no event
        ("The camp came under heavy mortar fire on Sunday.", ["mortar fire"]),
        # vocabulary a reader meets
        ("Attackers hurled Molotov cocktails at the police station before fleeing.", ["molotov cocktail"]),
        ("The plane was hit by shrapnel from an air defence missile, the source said.",
         ["air defence missile (surface-to-air missile)"]),
        ("The victims were hacked to death with machetes.", ["machete (knife)"]),
        ("The shooter used a semi-automatic rifle bought legally.", ["semi-automatic rifle"]),
        ("The enemy aviation struck the village at dawn.", ["aviation (warplane)"]),
        # the subject of a verb of use is the weapon only when what it used is one
        ("The prime minister said the club had been using a forged licence.", []),
        ("A drone dropped two grenades on the soldiers.", ["drone", "grenade"]),
        ("The gunman fired an AR-15-style rifle into the classroom.", ["ar-15-style rifle"]),
        ("A Russian-made Kh-22 missile struck the mall.", ["kh-22 missile"]),
        ("The attacker blew himself up with an explosive belt during prayers.", ["explosive belt (suicide bomb)"]),
        # what rescuers use is no weapon
        ("Firefighters used water cannon to put out the blaze.", []),
        # one value per kind: a broader wording beside a fuller one is not a second weapon
        ("The gunmen fired assault rifles; witnesses said the rifles were new.", ["assault rifle"]),
    ],
)
def test_weapon_as_named(nlp, text, expected):
    assert _weapons(nlp, text) == expected


@pytest.mark.parametrize(
    "value, kind, designation",
    [
        ("kh-22 cruise missile", "cruise missile", "kh-22"),
        ("tochka-u ballistic missile", "tochka", ""),  # a system the vocabulary knows is its own kind
        ("hwasong-11 ballistic missile", "ballistic missile", "hwasong-11"),  # one it does not: kind and designation
        ("kalashnikov rifle", "kalashnikov", ""),
        ("ak-47 assault rifle", "kalashnikov", ""),
        ("120 mm mortar", "mortar", "120 mm"),
        ("shelling (artillery)", "artillery", ""),
        ("mortar rounds", "mortar", ""),
        ("not hellfire missile", "hellfire", ""),
        ("a slingshot", None, ""),
    ],
)
def test_kind_of_a_value(value, kind, designation):
    assert kind_of(value) == kind
    assert designation_of(value) == designation


@pytest.mark.parametrize(
    "a, b, relation",
    [
        # two systems of one kind are two weapons
        ("kh-22 cruise missile", "kh-101 cruise missile", Relation.CONFLICT),
        ("gbu-39 guided bomb", "gbu-12 guided bomb", Relation.CONFLICT),
        # a system and its kind, or two wordings of one kind, agree
        ("kh-22 cruise missile", "missile", Relation.COMPATIBLE),
        ("kh-22 cruise missile", "cruise missile", Relation.COMPATIBLE),
        ("shelling (artillery)", "artillery shell", Relation.COMPATIBLE),
        ("mortar round", "mortar fire", Relation.COMPATIBLE),
        ("gunshot (firearm)", "kalashnikov rifle", Relation.COMPATIBLE),
        ("bullet (live ammunition)", "rubber bullet", Relation.CONFLICT),
        ("unmanned aerial vehicle (drone)", "hellfire missile", Relation.COMPATIBLE),
        # launched from different places: conflict, as the bare kinds did
        ("grad rocket", "air strike", Relation.CONFLICT),
        ("air defence missile (surface-to-air missile)", "sidewinder", Relation.CONFLICT),
        ("rubber bullet", "live round (live ammunition)", Relation.CONFLICT),
        # kinds the tree cannot relate stay not comparable, never agreement
        ("machete (knife)", "pistol (handgun)", Relation.DIFFERENT),
        ("molotov cocktail", "tear gas", Relation.DIFFERENT),
        # a denial is compared as before, never read as the kind it denies
        ("not rocket", "air strike", Relation.DIFFERENT),
    ],
)
def test_weapons_compare_by_their_kind(a, b, relation):
    assert compare("weapon", a, b).relation == relation
    assert compare("weapon", b, a).relation == relation
