"""Causes that are themselves events: "an explosion caused the fire", "the boat capsized in a storm". The event the
case is about is the effect; the other event word in the causal relation is the cause. Every sentence was written for
this file (wire copy, statements in their own voice, NGO reports, tweets, machine-translated reports, witnesses,
follow-ups); none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims import facet_values
from reconcile.claims.context import Context


def _causes(nlp, text: str) -> list[str]:
    return sorted(str(fv.value) for fv in facet_values(nlp(text)[:], Context()) if fv.facet == "cause")


@pytest.mark.parametrize(
    "text, expected",
    [
        # fires
        ("An explosion caused the fire.", ["explosion"]),
        ("The fire broke out after a blast at the fuel depot.", ["blast"]),
        ("A short circuit sparked the blaze, the fire brigade said.", ["short circuit"]),
        ("The fire started when lightning struck the roof of the barn.", ["lightning"]),
        ("Lightning sparked the wildfire, forestry officials said on Monday.", ["lightning"]),
        ("The forest fire was caused by a lightning strike, according to the ministry.", ["lightning strike"]),
        ("The blaze began after a gas explosion in a ground-floor restaurant.", ["gas explosion"]),
        ("Fire crews said the blaze was started by an explosion in the boiler room.", ["explosion"]),
        ("BREAKING: Huge blaze at city market after gas tanker explosion", ["gas tanker explosion"]),
        # explosions
        ("The explosion was triggered by a gas leak, police said.", ["gas leak"]),
        ("A fire in the storage hall set off the explosion.", ["fire"]),
        ("Investigators believe a spark from a welding torch touched off the blast.", ["spark"]),
        ("The fire, which started in a storage room, caused a massive explosion.", ["fire"]),
        ("The blast happened following a fire at the chemical plant.", ["fire"]),
        ("The explosion occurred during a fire in the warehouse, the company said in a statement.", ["fire"]),
        # collapses
        ("The building collapsed after a gas explosion.", ["gas explosion"]),
        ("An earthquake caused the mine collapse.", ["earthquake"]),
        ("The house collapsed in the earthquake.", ["earthquake"]),
        ("The roof caved in during a heavy storm.", ["heavy storm"]),
        ("The bridge gave way under the weight of the crowd.", ["crowd"]),
        ("Witnesses said the apartment block fell after a powerful blast.", ["powerful blast"]),
        ("Because of the big explosion, the roof of the factory fell down, said the witness.", ["big explosion"]),
        ("Flooding caused the collapse of the bridge.", ["flooding"]),
        # floods
        ("Torrential rain caused flash floods across the province.", ["torrential rain"]),
        ("The storm caused flooding in the valley.", ["storm"]),
        pytest.param("The river burst its banks after a cloudburst upstream.", ["cloudburst"],
                     marks=pytest.mark.xfail(reason="the parser reads 'cloudburst' as an adjective")),
        ("Flooding in the town was caused by a burst dam.", ["burst dam"]),
        ("Heavy rain resulted in flooding.", ["heavy rain"]),
        ("The flooding was the result of a dam failure.", ["dam failure"]),
        # landslides
        ("The landslide was triggered by torrential rain.", ["torrential rain"]),
        ("The landslide was set off by an earthquake, the geological survey said.", ["earthquake"]),
        ("Heavy rain loosened the hillside and triggered the landslide.", ["heavy rain"]),
        ("The mudslide came after days of heavy rain.", ["heavy rain"]),
        # crashes
        ("The bus crashed after a tyre blowout on the highway.", ["tyre blowout"]),
        ("The plane went down in a storm, the airline said.", ["storm"]),
        ("The pile-up happened in thick fog on the motorway.", ["thick fog"]),
        ("The train derailed after a landslide blocked the track.", ["landslide block track"]),
        # sinkings
        ("The boat capsized in a storm.", ["storm"]),
        ("The ferry sank after an explosion in the engine room.", ["explosion"]),
        ("The vessel sank when a fire broke out on board.", ["fire"]),
        ("Due to the strong storm the boat overturned near the coast, police report.", ["strong storm"]),
        # medical deaths
        ("He died of a heart attack.", ["heart attack"]),
        ("She died after suffering a stroke, the hospital said.", ["stroke"]),
        ("He collapsed and died from cardiac arrest.", ["cardiac arrest"]),
        # a cause given as a competing account: each speaker's cause, the denial stays a denial
        ("The prisoner died of a heart attack, not of torture, the ministry said.", ["heart attack", "not torture"]),
        ("Investigators now say a fire, not an explosion, caused the ceiling to fall.", ["fire", "not explosion"]),
        ("The earthquake, which struck at dawn, caused the dam to burst.", ["earthquake"]),
        ("The collapse was not caused by the explosion, engineers said.", ["not explosion"]),
        ("It was an air strike, not a misfired rocket, that hit the hospital.", ["air strike", "not misfired rocket"]),
        ("Witnesses said the roof fell after the blast, not because of a storm.", ["blast", "not storm"]),
    ],
)
def test_an_event_that_caused_the_event_is_its_cause(nlp, text, expected):
    assert _causes(nlp, text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The explosion killed six workers.",
        "The fire spread quickly through the building.",
        "Firefighters battled the blaze for hours after the explosion.",
        "The flood came two years after a similar disaster in the region.",
        "The fire broke out after midnight.",
        "Investigators are trying to establish whether an explosion caused the collapse.",
        "Rescuers searched the rubble after the earthquake.",
        "I heard a loud bang and then the whole building came down.",
        "Three homes were destroyed when the landslide hit the village.",
        "The crash happened during the morning rush hour.",
        "The boat sank in the harbour.",
        "Residents fled in panic as the fire spread.",
        "The earthquake struck at 3 am and was followed by dozens of aftershocks.",
        "He died in the fire that swept through the apartment block.",
        "Police set off a controlled explosion near the station.",
        "Her death in custody set off weeks of protests.",
        "The blaze was started by arsonists, police said.",
        "The ferry did not sink in the storm, the coastguard said.",
    ],
)
def test_an_event_word_in_no_causal_relation_is_no_cause(nlp, text):
    assert _causes(nlp, text) == []
