"""Who was hit and whom it was aimed at (claims/victim_status.py, target.py, people.py): the victim's status, the
target, the victim's age and name. Every sentence is written for this file in the styles a desk receives (wire copy, a
ministry or police statement in its own voice, an NGO report, a tweet, a machine-translated local report, a witness
interview, a follow-up that revises figures); none comes from a gold case. Sentences that must yield nothing are kept
beside the ones that must yield a value: a wrong status in a cell is worse than an empty one."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims import facet_values
from reconcile.claims.context import Context


def found(nlp, text: str, facet: str) -> list:
    doc = nlp(text)
    return sorted({fv.value for fv in facet_values(doc[:], Context()) if fv.facet == facet})


STATUS = [
    # appositions
    ("Ali Hassan, a 60-year-old farmer, was killed when the missile struck his field.", ["farmer"]),
    ("The ministry identified the victim as Karim Nasser, a taxi driver from Idlib.", ["taxi driver"]),
    ("The man, a father of five who sold vegetables, died at the scene.", ["father of five"]),
    ("The victim, an unarmed 19-year-old, was shot three times.", ["unarmed"]),
    ("RIP to our colleague Samir, a journalist killed doing his job. #PressFreedom", ["journalist"]),
    # predicates
    ("The dead were all civilians, the ministry said.", ["civilian"]),
    ("Most of them were women and children, according to the UN.", ["child"]),
    ("The victims were students returning from school.", ["student"]),
    ("According to medics, those killed were day labourers waiting for work.", ["day worker"]),
    ("Israeli forces said the men were Hamas operatives.", ["hamas operative"]),
    ("The two were aid workers with a local charity, the group said.", ["aid worker"]),
    ("The army said the man killed was an armed militant.", ["armed", "militant"]),
    ("Witnesses said the teenager was unarmed when he was shot.", ["unarmed"]),
    ("My brother was just a shopkeeper, he never carried a weapon.", ["civilian", "shopkeeper"]),
    # "included", "among the dead", "of whom"
    ("The victims included 12 children and a pregnant woman.", ["child"]),
    ("Hospital sources said the dead included two paramedics.", ["paramedic"]),
    ("Among the dead was a 17-year-old student.", ["student"]),
    ("Of the 31 people killed, at least 20 were civilians, including seven children.", ["child", "civilian"]),
    ("The ministry now says 14 of the dead were children, up from 9 reported on Monday.", ["child"]),
    ("The boat carried some 400 migrants, most of whom drowned.", ["migrant"]),
    # subjects and objects of the harm
    ("Police said the gunman shot dead three worshippers at the mosque.", ["worshipper"]),
    ("Five inmates were killed in the blaze, the judiciary said.", ["prisoner"]),
    ("The prisoners died in the fire, a prison official said.", ["prisoner"]),
    ("Nine displaced people were killed in the shelling of the camp.", ["displaced person"]),
    ("A bystander was wounded by a stray bullet.", ["bystander"]),
    ("A police officer was killed and two others were wounded in the blast.", ["police officer"]),
    ("Three farmers were killed as they worked their land.", ["farmer"]),
    ("Pilgrims were crushed as the crowd surged toward the exit.", ["pilgrim"]),
    ("A baby and two pedestrians were among those killed by the falling masonry.", ["child", "pedestrian"]),
    ("The imam of the mosque died of his injuries on Saturday.", ["imam"]),
    ("Shoppers were wounded when the second shell landed in the market.", ["shopper"]),
    ("Motorists were told to avoid the coast road, police said.", []),
    ("Volunteers handed out water to the families waiting outside.", []),
    ("The military said it had killed four terrorists in the raid.", ["militant"]),
    ("Our forces neutralised an armed terrorist who was planting an explosive device.", ["armed", "militant"]),
    ("The strike killed a senior Hezbollah commander, the army said.", ["senior hezbollah commander"]),
    ("The drone fired on a car carrying two al-Shabaab fighters near the market.", ["al shabaab fighter"]),
    ("Soldiers were responsible for the deaths of four students, the inquiry found.", ["student"]),
    ("Two of the farmers were killed instantly, the village head said.", ["farmer"]),
    ("The shepherd may have wandered across the border before the shelling began.", ["shepherd"]),
    # premodifiers
    ("Two civilian casualties were reported in the village.", ["civilian"]),
    ("We have seen no evidence of civilian deaths in the area, a military spokesman said.", ["not civilian"]),
    ("The rights group documented 40 civilian deaths over the week.", ["civilian"]),
    ("The ministry announced a civilian casualty review.", []),
    ("The army is investigating allegations of civilian casualties in the village.", []),
    ("Investigators will examine whether the raid resulted in civilian deaths.", []),
    ("The new rules are meant to prevent and respond to civilian casualties in future operations.", []),
    ("Not one of the guards had a gun, a survivor said.", []),
    ("Nine people were arrested, including two gunmen, police said.", []),
    ("The march was led by the mother of a young protester shot last year.", []),
    ("Four bodies were recovered overnight, including those of two students.", ["student"]),
    ("Six bodies were brought to the morgue, including those of three farmers.", ["farmer"]),
    ("Her cousin was caught in the crossfire as she walked home, the family said.", ["bystander"]),
    ("A passer-by was killed when the car bomb went off.", ["bystander"]),
    ("My son never held a gun in his life, his father said.", ["civilian"]),
    ("The slain journalist had worked for the agency for a decade.", ["journalist"]),
    # machine-translated, odd word order
    ("In the incident was killed the citizen Ahmad Rezaei, 34 years, who was worker of the factory.", ["worker"]),
    # denials
    ("He was not a fighter, his mother told reporters.", ["civilian", "not fighter"]),
    ("There were no militants among the dead, the hospital director said.", ["not militant"]),
    ("Officials said he was not a senior Hamas commander but a low-level member.", ["not senior hamas commander"]),
    ("No civilians were harmed in the operation, the army said.", ["not civilian"]),
    ("The boys were not combatants, their teacher told the inquiry.", ["not combatant"]),
    ("There is no evidence that the dead men were militants, the rights group said.", ["not militant"]),
    ("The army denied that any civilians had been killed.", ["not civilian"]),
    ("There were no children in the building, the fire chief said.", ["not child"]),
    # nothing: the attacker, a witness, the speaker, a question
    ("The group said its fighters had repelled the attack.", []),
    ("A teacher at the school said pupils hid under their desks.", []),
    ("The farmer who found the bodies called the police.", []),
    ("The militants fired rockets at the town, killing two.", []),
    ("Protesters threw stones at police, who responded with tear gas.", []),
    ("It is not yet clear whether the dead were civilians or fighters.", []),
    ("Officials did not say whether any children were among the casualties.", []),
    ("The journalist who filmed the aftermath said dozens were hurt.", []),
    ("Civilians fled the town as the fighting moved closer.", []),
    ("The army denied that any students had been in the vehicle.", []),
    ("Civilians were among the dead, the governor said.", ["civilian"]),
    ("Workers at the plant went on strike over unpaid wages.", []),
    ("Dozens of residents gathered outside the morgue on Sunday.", []),
    ("Six officials, including a district officer, were suspended on Tuesday.", []),
    ("The driver was not at fault, the railway ministry said.", []),
    ("No officer had been charged by Friday, the prosecutor said.", []),
    ("Police still cannot spell his name, his sister said.", []),
    ("Police thanked the doctors and nurses who worked through the night.", []),
]


@pytest.mark.parametrize("text, expected", STATUS)
def test_status(nlp, text, expected):
    assert found(nlp, text, "victim.status") == expected


TARGET = [
    ("The strike targeted a senior al Qaeda leader, the command said.", ["senior al qaeda leader"]),
    ("The raid was aimed at a Hamas commander hiding in the building.", ["hamas commander"]),
    ("A senior Taliban commander was targeted in the overnight raid, officials said.", ["senior taliban commander"]),
    ("Reporters covering the protest were deliberately targeted, the union said.", ["journalist"]),
    ("It was a deliberate attack on worshippers during Friday prayers.", ["worshipper"]),
    ("The army said it was targeting militants who had fired rockets.", ["militant"]),
    ("Troops struck a group of fighters near the border, the statement said.", ["fighter"]),
    ("The attack appeared aimed at civilians queuing for bread.", ["civilian"]),
    ("Witnesses said the soldiers were targeting journalists wearing press vests.", ["journalist"]),
    ("Israel says it struck Hamas militants operating from the hospital.", ["hamas militant"]),
    ("The army denied targeting civilians.", ["not civilian"]),
    ("The shelling was not aimed at civilians, the ministry insisted.", ["not civilian"]),
    ("The intended target was a mid-ranking ISIS commander, a security official said.", ["mid-ranking isis commander"]),
    ("Police were the target of the bombing, investigators believe.", ["police"]),
    ("Soldiers opened fire on protesters outside the palace.", ["protester"]),
    ("Gunmen fired at worshippers leaving the mosque after evening prayers.", ["worshipper"]),
    ("The bomber targeted police officers queuing for their wages.", ["police officer"]),
    ("The attack was directed against the police, not against civilians.", ["not civilian", "police"]),
    ("The target of the raid was a weapons depot, the army said.", []),
    ("The militants targeted the convoy on the main road.", []),
    ("He was hit by shrapnel while buying bread.", []),
    ("The storm hit the coast on Tuesday night.", []),
]


@pytest.mark.parametrize("text, expected", TARGET)
def test_target(nlp, text, expected):
    assert found(nlp, text, "target") == expected


AGE = [
    ("The victim was 24, his family said.", [24]),
    ("Mohammed Saleh, 14, was hit by shrapnel in the market.", [14]),
    ("His name was Omar Reyes and he was 31.", [31]),
    ("He was 22, not 24 as the police statement says.", [22]),
    ("She was only 19 when she died.", [19]),
    ("He was 40 minutes late, the driver said.", []),
    ("The death toll was 24 by Tuesday evening.", []),
    ("The score was 3 at half-time.", []),
]


@pytest.mark.parametrize("text, expected", AGE)
def test_age(nlp, text, expected):
    assert found(nlp, text, "victim.age") == expected


NAME = [
    ("The victim was named as Lucas Moreau, a courier.", ["Lucas Moreau"]),
    ("Among the dead was Fatima Zahra, a nurse at the clinic.", ["Fatima Zahra"]),
    ("Relatives identified him as Tomas Kral.", ["Tomas Kral"]),
    ("Kareem Salim, 22, died of his wounds on Friday.", ["Kareem Salim"]),
    ("Dalia Haddad (Umm Rami), a thirty-year-old nurse, died in the blast.", ["Dalia Haddad"]),
    ("Shell Oil, a major employer in the town, said it mourned the dead.", []),
    ("Prime Minister Narendra Modi expressed his condolences.", []),
]


@pytest.mark.parametrize("text, expected", NAME)
def test_name(nlp, text, expected):
    assert found(nlp, text, "victim.name") == expected


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("senior al qaeda leader", "farmer", Relation.CONFLICT),
        ("hamas operative", "civilian", Relation.CONFLICT),
        ("prisoner", "civilian", Relation.COMPATIBLE),
        ("displaced person", "civilian", Relation.COMPATIBLE),
        ("police officer", "civilian", Relation.CONFLICT),
        ("police officer", "militant", Relation.CONFLICT),
        ("worshipper", "child", Relation.COMPATIBLE),
    ],
)
def test_status_table(a, b, relation):
    assert compare("status", a, b).relation == relation


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("senior al qaeda leader", "farmer", Relation.CONFLICT),
        ("al qaeda member", "senior al qaeda leader", Relation.COMPATIBLE),
        ("worshipper", "civilian", Relation.COMPATIBLE),
        ("police", "civilian", Relation.CONFLICT),
        ("mid-ranking isis commander", "isis commander", Relation.PARTIAL),
        ("not civilian", "hamas militant", Relation.COMPATIBLE),
    ],
)
def test_target_table(a, b, relation):
    assert compare("target", a, b).relation == relation
