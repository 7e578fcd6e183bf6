"""The weapon of the act (claims/things.py find_weapon, claims/arguments.py, claims/armed.py) on sentences written
for this file in the styles a desk receives (wire copy, police and ministry statements, NGO reports, tweets,
machine-translated local reports, witness interviews, revisions); none comes from a gold case. Each case is one
sentence through the real parse; sentences that must give nothing guard precision."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims import facet_values
from reconcile.claims.anchor import Anchor
from reconcile.claims.armed import narrowest_said
from reconcile.claims.context import Context
from reconcile.claims.scope import other_events


def _weapons(nlp, text: str) -> list[str]:
    return [str(fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet == "weapon"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # wire copy: weapon held by the attackers ("armed with", "with" on the agent)
        ("Gunmen armed with rifles stormed the village before dawn, killing six people, police said.", ["rifle"]),
        ("Men in camouflage with Kalashnikovs opened fire on the market.", ["kalashnikovs"]),
        ("Attackers with machetes killed 11 villagers in the night.", ["machete (knife)"]),
        ("The assailant, who was armed with a machete, attacked two passers-by.", ["machete (knife)"]),
        ("Two masked men armed with pistols robbed the bank and shot a guard.", ["pistol (handgun)"]),
        # lists after a verb of use or an instrument preposition
        ("Security forces used tear gas, rubber bullets and live rounds to disperse the crowd.",
         ["tear gas", "rubber bullet", "live round (live ammunition)"]),
        ("Dozens of protesters were injured by pepper spray and batons.", ["pepper spray", "baton"]),
        ("Amnesty said the security forces had used excessive force, including water cannon and stun grenades.",
         ["water cannon", "stun grenade"]),
        ("Soldiers fired tear gas canisters directly at the crowd.", ["tear gas canister"]),
        ("Troops fired live ammunition into the air, then at the marchers.", ["live ammunition"]),
        # explosive weapons
        ("Two children were hit by shrapnel as they played outside.", ["shrapnel (explosive weapon)"]),
        ("A barrage of Grad rockets slammed into the residential district.", ["grad rocket"]),
        ("The blast was caused by an improvised explosive device hidden in a motorbike.",
         ["improvised explosive device (ied)"]),
        ("A suicide bomber detonated a vest packed with ball bearings at the checkpoint.", ["suicide bomb"]),
        ("A suicide bomber blew himself up at the entrance of the market.", ["suicide bomb"]),
        ("Shelling of the eastern suburbs killed at least nine civilians overnight.", ["shelling (artillery)"]),
        ("Mortar rounds landed near the school, wounding four.", ["mortar round"]),
        ("A drone dropped two grenades on the trench.", ["drone", "grenade"]),
        ("Residents said the helicopters dropped barrel bombs on the market.", ["barrel bomb"]),
        ("Four people were killed and 12 injured when a rocket hit a bus in Kharkiv.", ["rocket"]),
        ("The building was destroyed by an air strike on Tuesday.", ["air strike"]),
        ("Witnesses described a loud whistle before the missile struck the house.", ["missile"]),
        ("A truck bomb exploded outside the ministry.", ["truck bomb (car bomb)"]),
        ("The blast appears to have been caused by a mortar shell.", ["mortar shell"]),
        ("According to the ministry, the aircraft fired two Hellfire missiles at the vehicle.", ["hellfire missile"]),
        ("BREAKING: drone strike hits car in Idlib, 2 dead", ["drone strike"]),
        ("Human Rights Watch found remnants of a guided bomb at the site of the strike.", ["guided bomb"]),
        # verbs and nouns that name the weapon themselves
        ("Three protesters were shot dead by soldiers.", ["firearm"]),
        ("He died of gunshot wounds to the chest.", ["gunshot (firearm)"]),
        ("Gunshot wounds were found on all five bodies, the coroner said.", ["gunshot (firearm)"]),
        ("She was shot in the leg outside her home.", ["firearm"]),
        ("The victim was stabbed repeatedly outside the mosque.", ["knife"]),
        ("The girl was killed by a stray bullet.", ["bullet (live ammunition)"]),
        # blunt weapons
        ("The man was struck with a baton several times.", ["baton"]),
        ("He was beaten to death with iron bars.", ["iron bar (blunt weapon)"]),
        ("'They beat us with sticks and rifle butts,' one student said.", ["stick (blunt weapon)"]),
        # machine-translated local report: odd order
        ("With the knife the attacker has wounded three persons in the street of the bazaar.", ["knife"]),
        ("The missile from the airplane fell on the house of family, killing mother and three kids.", ["missile"]),
        # a police statement in its own voice: the act's weapon, not the one the man held
        ("Officers discharged a taser after the suspect refused to drop the knife.", ["taser"]),
        ("The man, armed with a knife, was shot by police.", ["firearm"]),
        # revisions and contrasts
        ("The army later said the explosion was caused by a roadside bomb, not an air strike.",
         ["roadside bomb (ied)", "not air strike"]),
        ("The ministry now says the deaths were caused by artillery fire rather than an air strike.",
         ["artillery fire", "not air strike"]),
        ("Police fired rubber bullets, a spokesman said, denying that live rounds were used.",
         ["rubber bullet", "not live round (live ammunition)"]),
        # precision: denials, questions, what was not used, what was seized, other events, no weapon
        ("The army denied using cluster munitions in the operation.", ["not cluster munition"]),
        ("Was a drone used in the attack?", []),
        ("Were the protesters hit by rubber bullets or live ammunition?", []),
        ("Police said no firearms were used during the operation.", []),
        ("Officers did not fire tear gas at any point, the statement said.", []),
        ("Police later seized two pistols and a grenade from the suspects' home.", []),
        ("A rifle was recovered near the scene.", []),
        ("Investigators found a knife in the car.", []),
        ("Protesters set the police station on fire.", []),
        ("The gunman, who legally owned three rifles, opened fire at the concert.", ["firearm"]),
        ("The soldiers, armed with rifles, watched from the roof as the crowd dispersed.", []),
        ("A man with a knife was seen near the station an hour earlier.", []),
        ("Members of the unit carry pistols and batons on patrol.", []),
        ("The army has bought new drones and artillery shells this year.", []),
        # a second batch, written after the rules above, to check that they carry over
        ("Militants armed with assault rifles ambushed the convoy on the highway.", ["assault rifle"]),
        ("The attackers, who carried machine guns, opened fire on worshippers.", ["machine gun"]),
        ("Riot police used batons and water cannon against students outside parliament.", ["baton", "water cannon"]),
        ("Israeli forces fired rubber-coated bullets and tear gas at the demonstrators, the Red Crescent said.",
         ["rubber-coated bullet (rubber bullet)", "tear gas"]),
        ("A Katyusha rocket struck a residential building in the north of the city.", ["katyusha rocket"]),
        ("Two civilians were wounded by shell fragments in Donetsk.", ["shell (artillery shell)"]),
        ("The sniper shot three people from a rooftop.", ["rifle"]),
        ("He was gunned down outside his shop on Friday evening.", ["firearm"]),
        ("A teenager was knifed to death in a park in south London.", ["knife"]),
        ("The village was heavily shelled throughout the night, residents said.", ["artillery"]),
        ("Police said the suspect did not use a weapon.", []),
        ("Did the officers fire live rounds at the crowd?", []),
        ("The minister threatened to use force, including tear gas, if the blockade continued.", []),
        ("Officers seized a rifle and ammunition during a search of the house the next day.", []),
        # another event recalled: the sentence is the other event's own (claims/scope.py sets it aside by its date)
        ("In 2014 a car bomb killed 40 people at the same market.", ["car bomb"]),
        ("A gunman was arrested at the scene, police said.", []),
        ("Protesters were dispersed with tear gas and stun grenades.", ["tear gas", "stun grenade"]),
        ("The victims suffered stab wounds, the hospital said.", ["stab wound (knife)"]),
        ("Shrapnel from the mortar round injured two soldiers.", ["mortar round"]),
        ("The man was beaten with rifle butts by soldiers at the checkpoint.", ["rifle butt (blunt weapon)"]),
    ],
)
def test_weapon_of_the_act(nlp, text, expected):
    assert _weapons(nlp, text) == expected


_US_CASE = Anchor(year=2024, country="united-states", date="2024-07-12", date_documents=3, latest=date(2024, 7, 14))
_NG_CASE = Anchor(year=2023, country="nigeria", date="2023-05-20", date_documents=3, latest=date(2023, 5, 22))


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # a recalled event's verb or attacker names that event's weapon, not the case's (claims/scope.py's signal)
        ("It is the second fatal shooting by the unit in four years. In 2019, officers shot dead a 17-year-old "
         "during a traffic stop.", _US_CASE, []),
        ("Police said the suspect was killed in an exchange of fire. Last year, a gunman opened fire at the same bus "
         "station, killing four.", _US_CASE, []),
        ("In 2018, a man was stabbed to death outside the same bar.", _US_CASE, []),
        ("The ministry said the clinic had been hit by shelling on Sunday, May 7, when two nurses were hurt.",
         _NG_CASE, []),
        ("Another suicide bomber blew himself up at a mosque in the town in 2021.", _NG_CASE, []),
        # the case's own day keeps the verb's weapon
        ("Officers shot the man after he charged at them, police said on Friday.", _US_CASE, ["firearm"]),
        ("The school was shelled on Saturday, the charity said.", _NG_CASE, ["artillery"]),
    ],
)
def test_weapon_of_a_recalled_event(nlp, text, anchor, expected):
    doc = nlp(text)
    ctx = Context(others=frozenset(other_events(doc, anchor)))
    assert [str(fv.value) for fv in facet_values(doc[:], ctx) if fv.facet == "weapon"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb or an attacker names a weapon only to assert it: denied, it gives nothing, never "not firearm"
        ("Police deny that officers shot the protester.", []),
        ("The army denied its soldiers had shelled the village.", []),
        ("Rights groups rejected claims that snipers shot the marchers.", []),
        ("The police denied that a gunman had opened fire on the crowd.", []),
        # a negation elsewhere in the sentence leaves the shooting standing
        ("Witnesses say the man shot by a police officer was not holding a knife when he was killed.", ["firearm"]),
        ("Family says teen shot by deputy was not holding a gun", ["firearm"]),
    ],
)
def test_weapon_of_the_verb_is_never_denied(nlp, text, expected):
    assert _weapons(nlp, text) == expected


@pytest.mark.parametrize(
    "values, shown",
    [
        # one source's statements over several documents: the weapon as named most narrowly
        (("missile", "tochka-u missile"), ("tochka-u missile",)),
        (("gunshot (firearm)", "automatic weapon"), ("automatic weapon",)),
        (("live ammunition", "shotgun", "firearm", "tear gas"), ("live ammunition", "shotgun", "tear gas")),
        (("shrapnel (explosive weapon)", "air-launched munition"), ("air-launched munition",)),
        (("munition", "rocket-propelled munition"), ("rocket-propelled munition",)),
        (("air strike", "drone strike"), ("drone strike",)),
        (("missile", "kh-22 cruise missile"), ("kh-22 cruise missile",)),
        (("tochka-u ballistic missile", "tochka missile"), ("tochka-u ballistic missile",)),
        # different weapons stay; a denial stays
        (("knife", "firearm"), ("knife", "firearm")),
        (("mortar", "rocket"), ("mortar", "rocket")),
        (("not rocket", "air strike"), ("not rocket", "air strike")),
        (("not missile", "hellfire"), ("not missile", "hellfire")),
    ],
)
def test_a_weapon_cell_shows_the_weapon_as_named_most_narrowly(values, shown):
    assert narrowest_said(values) == shown
