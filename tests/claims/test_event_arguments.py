"""Event arguments found where the tuned cases lost them (session 5's tally by stage): a cause, actor or weapon that a
statement gives in a construction the finders did not read, and words that look like one but are not. Every sentence
and mini-document is written for this file in a desk's styles (wire copy, a ministry or police statement, an NGO
report, a witness, a post, a translated local report); none is taken from a gold case. Each row is parsed for real.
"""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims.actors import find_actor
from reconcile.claims.causes import find_cause
from reconcile.claims.context import Context
from reconcile.claims.things import find_weapon
from reconcile.pipeline import run


def _values(finder, nlp, text: str) -> list[str]:
    return [str(fv.value) for fv in finder(nlp(text)[:], Context())]


CAUSES = [
    # a clause or phrase after an accident verb that is joined to the verb "after" hangs on
    ("Crew members said the ferry's engine cut out, the passengers moved suddenly after the engine failed, and the "
     "ferry rolled over.", ["engine fail"]),
    ("At dawn the barge began to tilt, probably after a sudden movement of the cargo, and sank.",
     ["sudden movement of cargo"]),
    ("The tug keeled over after its load shifted in heavy seas.", ["load shift"]),
    # a pronoun subject of a passive clause: its agent is the cause
    ("The bus overturned after it was struck by a falling boulder.", ["fall boulder"]),
    ("The boat capsized after it was hit by a freak wave, the coastguard said.", ["freak wave"]),
    # what a clause says of the thing named by a pronoun: its state, or the thing that hit it
    ("The boat sank because it was overloaded.", ["overload"]),
    ("Residents say the footbridge collapsed because it had been poorly maintained.", ["poorly maintain"]),
    ("The plane crashed after it was struck by lightning.", ["lightning"]),
    ("The ship sank after it was attacked by pirates.", []),
    ("The ferry capsized after it left port.", []),
    # the passive agent of a verb of harm when it is a thing and no weapon
    ("The workers had been killed by toxic fumes, the company said.", ["toxic fumes"]),
    ("Two children were crushed by a falling wall.", ["falling wall"]),
    ("The family was killed by a car bomb.", []),
    ("The villagers were killed by soldiers.", []),
    ("Her mother said she had been killed by the state.", []),
    # a noun of the cause itself that "relates to" or "lies in" something
    ("The report said the root cause lay in a software change made during maintenance.", ["software change"]),
    ("The minister said the root cause had been found and that it related to a corroded cable in the signal box.",
     ["corroded cable"]),
    ("The reason for the outage was traced to a cracked insulator.", ["cracked insulator"]),
    ("Experts say the main reason for the collapse was the poor quality of the concrete.",
     ["poor quality of concrete"]),
    ("The reason for the visit was a meeting with the governor.", []),
    # a question about a cause, "whether" parsed as the noun's determiner
    ("Investigators are looking into whether faulty wiring was to blame.", []),
    # the means an act was carried out by
    ("The ministry condemns this massacre, which was carried out by an enemy drone strike on a crowded market.",
     ["enemy drone strike"]),
    ("According to the statement, the raid was carried out by a guided missile fired from the sea.",
     ["guided missile"]),
    ("The raid was not carried out by a drone, officials insisted.", ["not drone"]),
    # a thing that started the event
    ("Investigators believe a discarded cigarette started the blaze.", ["discarded cigarette"]),
    ("Fire officers think an overheating charger started the fire in the flat.", ["overheating charger"]),
    # a possessor's "'s" is no word of the cause
    ("The crash was caused by the driver's failure to brake.", ["failure"]),
    # an event that the event followed; a thing by which it was started (a person is the actor)
    ("The landslide followed a night of extremely heavy rain.", ["extremely heavy rain"]),
    ("The crash followed a collision with a truck, police said.", ["collision with truck"]),
    ("The protest followed the killing of a teenager.", []),
    ("The fire was started by a cigarette, the fire service believes.", ["cigarette"]),
    ("The crush was caused by police who fired tear gas.", []),
    ("Government forces were behind the shelling, according to the UN.", []),
    ("A gas leak was behind the explosion.", ["gas leak"]),
    # someone blamed: a doer or a named body is the actor, an organiser or a captain stands for their failing
    ("Police blamed the soldiers for the deaths.", []),
    ("Officials blamed the ferry's captain for the sinking.", ["captain"]),
    # an aircraft shot down
    ("Kirovian air defences shot down the airliner by mistake, the prosecutor said.", ["shot down"]),
    ("The jet was not shot down, officials insisted.", ["not shot down"]),
    ("Soldiers shot down two drones near the border.", []),
    # a "because" clause on a verb of the event happening
    ("The bus crashed because the brakes failed.", ["brake fail"]),
    ("Locals say the bridge fell because sand mining had weakened its pillars.", ["sand mining weaken pillar"]),
    ("The fire spread because the sprinklers had been switched off.", ["sprinkler switch"]),
    ("Nine workers were killed because the fire exits had been locked.", ["fire exit lock"]),
    ("I was injured because I was standing near the door.", []),
    # no cause: a "because" on a verb that is not the event, a person who started or caused it, a denied agent
    ("I remember looking at my phone because the concert was supposed to start at eight.", []),
    ("He asked not to be named because he was not authorised to speak.", []),
    ("I was running because everyone was running.", []),
    ("A man started the fire, police said.", []),
    ("By firing tear gas into a packed stadium, the police caused the crush, the report found.", []),
    ("Rescue work began after the arrival of the army.", []),
    ("The bus left the depot after midnight and crashed an hour later.", []),
    # a fault said as a thing's state, with what it held; denied; never of a place that took in the harmed
    ("Survivors said the boat was overloaded with more than 600 people.", ["overloaded boat"]),
    ("The wiring in the building was old and faulty, a fire official said.", ["faulty wiring"]),
    ("Residents said the footbridge had been poorly maintained for years.", ["poorly maintained footbridge"]),
    ("The syrup was contaminated with diethylene glycol, the health agency said.",
     ["contaminated syrup with diethylene glycol"]),
    ("Inspectors found the gas pipes were corroded.", ["corroded gas pipes"]),
    ("The ferry was not overloaded, the operator insisted.", ["not overloaded ferry"]),
    ("The hospital was overloaded with the wounded.", []),
    ("The building was built in 1970.", []),
    ("The driver was unsafe.", []),
    ("The water was contaminated after the flood.", []),
    ("The building was unsafe to enter after the fire.", []),
    # linked or traced to a cause, where the parser reads the "to" as an infinitive's or as a preposition
    ("Health officials traced the deaths to diethylene glycol in the syrup.", ["diethylene glycol"]),
    ("The outbreak has been linked to contaminated water supplies.", ["contaminated water supplies"]),
    ("Authorities say the deaths are linked to consumption of a cough syrup made abroad.",
     ["consumption of cough syrup"]),
    ("Police have linked the suspect to the attack.", []),
    # every cause joined by "and"; a stretch of time before the event; a gerund with its object
    ("The landslide occurred due to heavy rains and illegal mining in the area.", ["heavy rains", "illegal mining"]),
    ("Officials blamed the collapse on corrosion and a lack of maintenance.", ["corrosion", "lack of maintenance"]),
    ("The dam gave way after days of torrential rain.", ["torrential rain"]),
    ("The deaths were caused by inhaling toxic smoke.", ["inhaling toxic smoke"]),
    ("The ministry said the deaths resulted from the consumption of adulterated alcohol.",
     ["consumption of adulterated alcohol"]),
    # a translation's adjective named by "the reason is"; a failure a fire started from; "while" after a verb that
    # only says the event took place tells when, not why
    ("The minister said that the reason is pyrotechnic which the group brought into the hall.", ["pyrotechnic"]),
    ("He said the fire started from fault in the lighting which the band brought on the stage.", ["fault"]),
    ("Most of the dead were hurt in the crush that happened while people tried to escape.", []),
    ("The ferry sank while a tug was towing it, survivors said.", ["tug tow"]),
    # what the dead took in before they died; a failure that set the event off "when"; a moment after "after"
    ("The ministry said the children died after drinking syrup containing ethylene glycol.",
     ["drinking syrup containing ethylene glycol"]),
    ("Two children died after eating poisoned food.", ["eating poisoned food"]),
    ("The plane crashed after leaving the airport.", []),
    ("Workers said the fire started when a welding spark fell on foam insulation.", ["welding spark"]),
    # whether the act was meant, said of its verb or its noun
    ("The prime minister said his forces had unintentionally struck innocent people.", ["unintentional strike"]),
    ("The charity's founder has said the team was targeted deliberately.", ["deliberate targeting"]),
    ("The ministry called it a deliberate attack on civilians.", ["deliberate attack"]),
    ("The army said the strike was not intentional.", ["not deliberate strike"]),
    ("He was accidentally shot by a fellow officer.", ["unintentional shooting"]),
    ("She deliberately ignored the warning.", []),
    # the event is what was caused, not the cause, under "is believed to have been caused by"
    ("The factory fire is believed to have been caused by a spark from welding work.", ["spark"]),
]


@pytest.mark.parametrize("text, expected", CAUSES)
def test_cause(nlp, text, expected):
    assert _values(find_cause, nlp, text) == expected


@pytest.mark.xfail(reason="the small parser makes 'listed' a clause of 'tanker' and 'shifted' the root")
def test_cause_after_a_misparsed_first_verb(nlp):
    text = "The tanker listed sharply, apparently after its cargo of grain shifted, and capsized within the hour."
    assert _values(find_cause, nlp, text) == ["cargo of grain shift"]


ACTORS = [
    # what the doers were
    ('Officials said the killers were "radical nationalists" from the north.', ["radical nationalists"]),
    ("The shooters were members of a criminal gang, police said.", ["members of criminal gang"]),
    # by whom the act was prepared
    ("The attack had been planned by a cell of foreign fighters, the prosecutor said.", ["foreign fighters"]),
    ("The massacre was organised by local militia commanders, survivors told investigators.",
     ["local militia commanders"]),
    # who worked the weapon
    ("The bomb was planted by separatist rebels two days earlier.", ["separatist rebels"]),
    ("A drone operated by the militia hit the convoy.", ["militia"]),
    # the subject of a clause opened by the act
    ("By using live ammunition against mourners, the army broke every rule it swore to uphold.", ["army"]),
    ("By opening fire on a peaceful crowd, the soldiers broke the law, the lawyers said.", ["soldiers"]),
    ("Soldiers set fire to the market, residents said.", ["soldiers"]),
    # no actor: victims described, an act of no harm, a committee set up, a weapon there is no evidence of
    ("The victims were members of a local football club.", []),
    ("By using social media, the organisers reached thousands of people.", []),
    ("The committee was set up by the governor.", []),
    ("Amnesty found no evidence of a Russian missile at the site.", []),
    ("Investigators found no evidence of an Iranian drone among the debris.", []),
    # acts feared in general, taken refuge from, are not this act
    ("Displaced families had gathered in the courtyard to seek safety from Israeli strikes.", []),
    ("Families were killed in an Israeli strike on the courtyard.", ["israel"]),
    ("The attackers were not soldiers, the ministry said.", []),
    ("Separatists shelled the town with Grad rockets overnight.", ["separatists"]),
    ("The ship sank after it was attacked by pirates.", ["pirates"]),
    # the accused, when accused of an act of harm
    ("The army accused the rebels of shelling the camp.", ["rebels"]),
    ("Residents accused the police of the killings.", ["police"]),
    ("The opposition accused the government of corruption.", []),
    # who set the event off
    ("The fire was started by inmates who set their bedding alight.", ["inmates"]),
    ("The crush was caused by police who fired tear gas.", ["police"]),
    ("The fire was started by a cigarette, the fire service believes.", []),
    # a doer named by its modifier, an enemy, deeds of spraying, detonating and planting
    ("The terrorist organisation carried out a cowardly attack using an explosive device.",
     ["terrorist organisation"]),
    ("The enemy targeted the residential neighbourhood with artillery and mortar fire.", ["enemy"]),
    ("Unknown gunmen on motorbikes sprayed the bus with gunfire.", ["unknown gunmen"]),
    ("The militants detonated a roadside bomb as the convoy passed.", ["militants"]),
    ("Farmers planted maize in the field.", []),
    # an act "by" a body; a body "behind" the act; a denial of involvement; a group that is "no group"
    ("An airstrike by the Saudi-led coalition hit the bus.", ["saudi-led coalition"]),
    ("Government forces were behind the shelling, according to the UN.", ["government forces"]),
    ("The Pakistani Taliban denied involvement in the blast.", ["not pakistani taliban"]),
    ("The rebels rejected any role in the attack.", ["not rebels"]),
    ("The party denied involvement in the scandal.", []),
    ("No group has claimed responsibility for the bombing.", []),
    # a cleft denial names no actor
    ("It was not the police who shot him, the spokesman said.", []),
    # the subject of a verb whose complement or joined verb is the deed
    ("Witnesses told us that soldiers came to the village and started shooting at people.", ["soldiers"]),
    ("The militiamen arrived at dawn and began shelling the camp.", ["militiamen"]),
    ("The soldiers started talking to the villagers.", []),
    # accused of the act, in the passive; a group that claimed the act
    ("The army's 5th Brigade is accused of carrying out the massacre.", ["5th brigade"]),
    ("The Pakistani Taliban claimed the suicide bombing at the mosque.", ["taliban"]),
    ("The minister claimed that the protests were peaceful.", []),
    # names as written, a leader's or backer's name kept
    ("The bomb was planted by al-Shabaab militants, police said.", ["al-shabaab militants"]),
    ("Iran-backed militias fired rockets at the base.", ["iran-backed militias"]),
    # a model's designation the tagger takes for a body or a person is no actor
    ("The convoy was hit by a Kh-101 cruise missile, according to the air force.", []),
    ("Remnants of a US-made GBU-39 bomb were found at the site.", []),
]


@pytest.mark.parametrize("text, expected", ACTORS)
def test_actor(nlp, text, expected):
    assert _values(find_actor, nlp, text) == expected


WEAPONS = [
    # "by" hung on a share of the victims set beside them
    ("At least 30 marchers had been hurt, many of them by pepper spray and batons.", ["pepper spray", "baton"]),
    ("More than 40 demonstrators were injured, most of them by rubber bullets.", ["rubber bullet"]),
    ("Dozens of villagers were wounded, some by shrapnel.", ["shrapnel (explosive weapon)"]),
    # no weapon: a share described otherwise, a club that is a society
    ("Thirty students were detained, many of them with their phones confiscated.", []),
    ("The victims were members of a local football club.", []),
    ("He was clubbed to death with an iron bar.", ["iron bar (blunt weapon)"]),
    # the weapon as what "it" was, or as what hit them (a separate sentence of the same source)
    ("It was a missile, he added.", ["missile"]),
    ('"What hit our bus was a drone," the driver told reporters.', ["drone"]),
    ("It was a tragedy, he added.", []),
    ("I do not know if it was a missile from a plane or a rocket.", []),
    # an explosives-laden car, warplanes that pounded
    ("An explosives-laden car rammed into the gate.", ["explosives-laden car (car bomb)"]),
    ("Two warplanes pounded the town overnight.", ["warplane"]),
    # what the attackers, named so, carried
    ("According to the eyewitnesses, the attackers arrived on motorcycles and were carrying assault rifles.",
     ["assault rifle"]),
    ("The pilgrims arrived on foot and were carrying flags and sticks.", []),
    # a weapon a contrast sets aside is denied
    ("The blast was caused by a gas leak rather than a bomb.", ["not bomb"]),
    ("Witnesses said the house was hit by a tank shell instead of a rocket.",
     ["tank shell (artillery shell)", "not rocket"]),
]


@pytest.mark.parametrize("text, expected", WEAPONS)
def test_weapon(nlp, text, expected):
    assert _values(find_weapon, nlp, text) == expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # words that mean one cause (compatibility.toml [synonyms])
        ("digging next door", "excavation next door", Relation.COMPATIBLE),
        ("plot", "poison released by conspirators", Relation.COMPATIBLE),
        ("sudden movement of passengers", "passengers shifted after engine failure", Relation.COMPATIBLE),
        # and words that still do not
        ("excavation work", "excavation next door", Relation.DIFFERENT),
        ("sabotage", "engine failure", Relation.CONFLICT),
        # causes that go together are not in conflict: an overloaded ferry and an overcrowded one, rain and a landslide
        ("overloaded", "overcrowding", Relation.DIFFERENT),
        ("heavy rain", "landslide", Relation.DIFFERENT),
        ("earthquake", "landslide", Relation.DIFFERENT),
        # but a crowd's rush or the ground giving way is no plot
        ("crowd crush", "sabotage", Relation.CONFLICT),
        ("landslide", "sabotage", Relation.CONFLICT),
        ("shot down", "bird strike", Relation.CONFLICT),
        ("shot down", "ground fire", Relation.COMPATIBLE),
        # a signalling fault in any words is a technical cause: it agrees with itself and excludes sabotage
        ("problem with the signalling", "signal failure", Relation.COMPATIBLE),
        ("problem with the signalling", "sabotage", Relation.CONFLICT),
        # whether the act was meant: two intents conflict, a denied intent is the other one, a mistake is unintended
        ("unintentional strike", "deliberate targeting", Relation.CONFLICT),
        ("deliberate targeting", "deliberate attack", Relation.COMPATIBLE),
        ("not deliberate strike", "deliberate targeting", Relation.CONFLICT),
        ("not deliberate strike", "unintentional strike", Relation.COMPATIBLE),
        ("unintentional strike", "mistaken identification", Relation.DIFFERENT),
        ("unintentional shooting", "shot down", Relation.DIFFERENT),
        ("deliberate strike", "misfired rocket", Relation.CONFLICT),
        ("deliberate targeting", "air strike", Relation.COMPATIBLE),
    ],
)
def test_cause_words(a, b, expected):
    assert compare("cause", a, b).relation is expected


def _cells(tmp_path, nlp, text: str, facet: str) -> dict[str, list[str]]:
    """Each source's values of `facet`, read from one mini-document through the whole pipeline."""
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    names = {s.id: s.name for s in evidence.sources}
    cells: dict[str, list[str]] = {}
    for claim in evidence.claims:
        for fv in claim.facets:
            if fv.facet == facet:
                cells.setdefault(names[claim.source_id], []).append(str(fv.value))
    return cells


def _cause_cells(tmp_path, nlp, text: str) -> dict[str, list[str]]:
    return _cells(tmp_path, nlp, text, "cause")


def test_a_headline_blaming_a_thing_gives_the_cause(tmp_path, nlp):
    text = ("Flood victims blame blocked drains for the disaster\n\nRIVERTON, May 3 (Wire) - At least nine people died "
            "when floodwater swept through the lower town on Tuesday.\n")
    assert _cause_cells(tmp_path, nlp, text)["Flood victims"] == ["blocked drains"]


def test_a_headline_blaming_people_reads_as_the_sentence_does(tmp_path, nlp):
    text = ("Families blame organisers for deadly crush\n\nMIRPUR, June 9 (Wire) - Eleven people died in a crush at "
            "the gates of a stadium on Sunday.\n\nPolice blamed the organisers for the stampede.\n")
    cells = _cause_cells(tmp_path, nlp, text)
    assert cells["Families"] == cells["Police"] == ["organisers"]


def test_a_sentence_blaming_the_event_on_a_thing_gives_that_thing_once(tmp_path, nlp):
    text = ("KELDA, June 9 (Wire) - Eleven people died when a block of flats collapsed on Sunday.\n\nThe mayor blamed "
            "the collapse on two floors added without a permit.\n")
    assert _cause_cells(tmp_path, nlp, text)["mayor"] == ["floors"]


def test_a_headline_blaming_an_army_gives_the_actor_not_a_cause(tmp_path, nlp):
    text = ("Villagers blame Vostrian army for market blast\n\nKELDA, June 9 (Wire) - Eleven people died in an "
            "explosion at a market on Sunday.\n")
    assert "Villagers" not in _cause_cells(tmp_path, nlp, text)
    assert _cells(tmp_path, nlp, text, "actor")["Villagers"] == ["vostrian army"]
