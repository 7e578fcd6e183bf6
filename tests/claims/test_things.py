"""Event type, weapon and investigation (claims/things.py, claims/inquiry.py) on sentences written for this file; none
comes from a gold case. Each case is one sentence through the real parse."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.claims.things import case_kind


def _values(nlp, text: str, name: str, *, kind: str | None = None) -> list[str]:
    return [str(fv.value) for fv in facet_values(nlp(text)[:], Context(kind=kind)) if fv.facet == name]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The airliner crashed short of the runway, killing 62 people.", ["air crash"]),
        ("The jet that crashed into the sea was carrying 150 passengers.", ["air crash"]),
        ("Two trains collided near the junction on Monday night.", ["train crash"]),
        ("The express derailed near the junction.", ["train crash"]),
        ("The bus collided with a lorry on the motorway.", ["road crash"]),
        ("The aircraft was shot down over the border.", ["shootdown"]),
        ("The collapse of the five-storey block buried dozens of residents.", ["building collapse"]),
        ("The ferry capsized in heavy seas off the island.", ["shipwreck"]),
        ("The terrorist attack on the theatre killed 40 people.", ["terrorist attack"]),
        ("A fire at the coal mine trapped 300 miners.", ["mine fire"]),
        ("The blaze at the garment factory spread to four floors.", ["factory fire"]),
        ("A cholera outbreak has killed 40 people in the province.", ["cholera outbreak"]),  # under outbreak
        ("Thousands marched through the capital against the new tax.", ["protest"]),
        ("The suicide bombing killed 12 worshippers at the shrine.", ["suicide bombing"]),  # under bombing
        ("The fishing boat turned over in the night.", ["shipwreck"]),
        ("The minibus overturned on the mountain road.", ["road crash"]),
        ("He turned over the documents to the police.", []),
        # Not every mention is a claim about this event's type.
        ("The town was under attack by drones at the time.", []),
        ("Unions called for a strike after the accident.", []),
        ("Dock workers went on strike on Friday.", []),
        ("Officials warned of a possible attack on the stadium.", []),
        ("Engineers feared a collapse of the dam.", []),
        ("There was a risk of further explosions at the refinery.", []),
        ("There were fears of another landslide in the valley.", []),
        ("She collapsed and died in hospital.", []),
        ("A heart attack killed the driver.", []),
        ("He dismissed the explanation that a gas cylinder exploded on board as absurd.", []),
    ],
)
def test_event_type(nlp, text, expected):
    assert _values(nlp, text, "event.type") == expected


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("The crash killed everyone on board.", "air crash", ["air crash"]),
        ("The attack killed the commander and two guards.", "drone strike", ["drone strike"]),
        ("The accident happened on a bend near the bridge.", "train crash", ["train crash"]),
        ("It turned over within minutes.", "shipwreck", ["shipwreck"]),
        # An event that answers this one is another event, unless the case is about that kind of event.
        ("Protests over the blast broke out in several capitals.", "explosion", ["explosion"]),
        ("Protests over the killing spread to ten cities.", "protest", ["protest"]),
        # A word of another branch keeps its own kind: a bridge collapse in a train crash is a bridge collapse. (What
        # follows the event as part of it, as the fire on a crashed plane's fuselage, is not: test_event_type.py.)
        ("The bridge collapsed under the train.", "train crash", ["bridge collapse"]),
        ("The fire on the fuselage was put out within minutes.", "air crash", []),
        # A narrower word never takes the case's kind sideways.
        ("The car crash blocked the road to the airport.", "air crash", ["road crash"]),
    ],
)
def test_event_type_in_the_case(nlp, text, kind, expected):
    assert _values(nlp, text, "event.type", kind=kind) == expected


def test_the_case_kind_is_narrowed_by_its_documents(nlp):
    docs = [nlp("The plane crashed in fog."), nlp("The air crash killed 40."), nlp("The crash was the worst in years.")]
    assert case_kind("crash", docs) == "air crash"
    assert case_kind("air crash", docs) == "air crash"
    assert case_kind(None, docs) is None


def test_the_case_kind_stands_when_its_documents_split(nlp):
    docs = [nlp("The bus crashed into a wall."), nlp("The train crashed at dawn.")]
    assert case_kind("crash", docs) == "crash"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen opened fire from automatic weapons on the crowd.", ["automatic weapon"]),
        ("A rocket fell on the hospital car park.", ["rocket"]),
        ("The claims that a rocket fell on the hospital are lies.", ["not rocket"]),
        ("The report that a missile hit the school is baseless.", ["not missile"]),
        ("Police rejected the account that officers fired tear gas.", ["not tear gas"]),
        ("The town was under attack by drones at the time.", []),
        ("Officials warned of a possible drone attack on the port.", []),
        ("The man was shot with a Kalashnikov at close range.", ["kalashnikov"]),
        # A word that names no kind is the root of the tree, never a bomb or a missile nobody named.
        ("The munition struck a paved courtyard inside the compound.", ["munition"]),
        ("A projectile hit the roof of the school.", ["projectile (munition)"]),
        # a bomb is a thing: the weapon only as an argument of the act, never sold, stocked or found
        ("A bomb went off outside the market at 9am.", ["bomb"]),
        ("The bomb exploded near the bus.", ["bomb"]),
        ("A bomb struck within a few metres of the bus.", ["bomb"]),
        ("The victims were killed by a bomb planted under the car.", ["bomb"]),
        ("The bombs used in the strike were made in the United States.", ["bomb"]),
        ("Any government still selling bombs to the kingdom risks complicity.", []),
        ("Police found a second bomb in the basement.", []),
        ("The army has thousands of bombs in its arsenal.", []),
        # what was intercepted struck nothing, and what intercepted weapons is a defence, not the event's weapon
        ("The missile fired toward Jizan on Wednesday was intercepted by air defences.", []),
        ("Air defences shot down two drones over the capital overnight.", []),
        ("Two rockets were intercepted, but a third hit the school.", []),
        ("A rocket hit the school after two others were intercepted.", ["rocket"]),
        # the forensic way of naming the weapon: what it left is "consistent with" it
        ("Remnants photographed at the site are consistent with a GBU-12 Paveway II, a laser-guided bomb.",
         ["gbu-12 paveway ii"]),
        ("The crater is consistent with a 500-pound aerial bomb.", ["aerial bomb"]),
        ("Fragments consistent with a Grad rocket were found at the scene.", ["grad rocket"]),
        ("The damage was not consistent with a bomb.", []),
        ("His account is consistent with the police report.", []),
        # one mention, one value: a system named with its kind's word
        ("A 500-pound laser-guided MK 82 bomb made by Lockheed Martin struck the bus.", ["mk 82 bomb"]),
        # an aircraft shot down is no weapon: the defence that downed it is the weapon
        ("Russian air defence shot down the airliner over Grozny.", ["air defence"]),
        ("The plane was shot down by a surface-to-air missile.", ["surface-to-air missile"]),
    ],
)
def test_weapon(nlp, text, expected):
    assert _values(nlp, text, "weapon") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A government commission has been formed to establish the causes of the crash.",
         ["government commission: under way"]),
        ("The ministry set up an independent panel to look into the sinking.", ["independent panel: under way"]),
        ("The committee concluded that the dam was poorly built.", ["committee: completed"]),
        ("The committee has not been formed yet.", ["committee: not launched"]),
        ("An investigation into the blast is under way.", ["investigation: under way"]),
        ("The federal police will investigate the shooting.", ["investigation: under way"]),
        # A body that speaks, or is only named, states nothing about an inquiry.
        ("The Electoral Commission said the vote was fair.", []),
        ("What the commission announced last night is fiction.", []),
        ("The army will not investigate the shooting.", []),
    ],
)
def test_investigation(nlp, text, expected):
    assert _values(nlp, text, "investigation") == expected
