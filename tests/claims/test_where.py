"""claims/where.py: places read against the gazetteer, and whether a place is where the event happened."""

from __future__ import annotations

import pytest

from reconcile.claims.place_names import country_of, normalise_place
from reconcile.claims.place_ties import is_event_place


@pytest.mark.parametrize(
    "text, country",
    [("NW Syria", "syria"), ("Kabul", "afghanistan"), ("Idlib", "syria"), ("Syrian", "syria"), ("Nowhere Creek", None)],
)
def test_country_of(text, country):
    assert country_of(text) == country


@pytest.mark.parametrize(
    "text, place",
    [("NW Syria", "syria (north-west)"), ("Kabul", "kabul"), ("the north of Idlib", "idlib (north)")],
)
def test_normalise_place(text, place):
    assert normalise_place(text) == place


@pytest.mark.parametrize(
    "text, word, event_place",
    [
        ("The strike in Kabul killed ten.", "Kabul", True),
        ("The Kabul strike killed ten.", "Kabul", True),  # a city before the event word
        ("The march ended at Freedom Square.", "Square", True),
        ("He was born in Kabul.", "Kabul", False),  # a place, but not the event's
        ("The U.S. strike killed ten.", "U.S.", False),  # who struck, not where
    ],
)
def test_is_event_place(nlp, text, word, event_place):
    token = next(t for t in nlp(text) if t.text == word)
    assert is_event_place(token) is event_place


def _places(nlp, text: str, town: str | None = None) -> list[str]:
    from reconcile.claims.context import Context
    from reconcile.claims.where import find_where

    return [str(fv.value) for fv in find_where(nlp(text)[:], Context(town=town))]


@pytest.mark.parametrize(
    "text, places",
    [
        # a place written with its container is one value, the container no second one
        ("Gunmen attacked guests at Marlow Grand Hall in Brenton.", ["marlow grand hall, brenton"]),
        ("The roof collapsed at the Ferris Arena in Dunmore.", ["ferris arena, dunmore"]),
        ("A stampede broke out at a fair in Sarai village in Kinnaur district.", ["sarai, kinnaur"]),
        ("The blast tore through the Orlan Chemicals plant in Vessel on Monday.", ["orlan chemicals plant, vessel"]),
        ("A deputy shot the driver outside the Sunny Mart on Garner St.", ["sunny mart, garner street"]),
        ("The collision happened near Tarvik station, Ostrova, at dawn.", ["tarvik station, ostrova"]),
        ("The stampede at a satsang in the Sikandrarao area of Hathras district killed 60.", ["sikandrarao, hathras"]),
        # a village the event befell
        ("A landslide hit Mundakkai village before dawn.", ["mundakkai village"]),
        ("Officials condemned the bombing of Dresden.", ["dresden"]),  # what the event befell
        ("The death of Mahsa Amini shocked Iran.", []),
        # names the NER misses or mislabels
        ("Our Mercy Hospital in Belfast was hit by a shell.", ["mercy hospital, belfast"]),
        ("The trawler sank off Kalamos with hundreds on board.", ["off kalamos"]),
        ("The airliner crashed near the Uzbek city of Nukus on Friday.", ["nukus"]),
        # a place deep in a noun phrase belongs to the clause's event
        ("The army carried out a strike on a car carrying two men of the Front near Tel Hamra.", ["tel hamra"]),
        # a building the event hit
        ("A missile hit the Lenin Square Market at noon.", ["lenin square market"]),
        # not the event's place: where people were taken, where someone was born, a list of towns
        ("The injured were taken to hospitals in Dunmore and Brenton.", []),
        ("She was born in Kabul in 1990.", []),
        ("The attack took place in Kandahar.", ["kandahar"]),
    ],
)
def test_find_where(nlp, text, places):
    assert _places(nlp, text) == places


def test_a_local_place_takes_the_case_town_only_without_a_container_of_its_own(nlp):
    assert _places(nlp, "The fire started at Dunmore Street.", town="Brenton") == ["dunmore street, brenton"]
    assert _places(nlp, "The fire started at the Ferris Arena in Dunmore.", town="Brenton") == [
        "ferris arena, dunmore"
    ]


@pytest.mark.parametrize(
    "text, places",
    [
        # a direction and a distance from a town: at sea in nautical miles, else on land
        ("The trawler capsized 47 nautical miles southwest of Kalamos.", ["off kalamos (south-west)"]),
        ("The bus crashed 20 kilometres north of Kandahar.", ["kandahar (north)"]),
        ("He lives 20 kilometres north of Kandahar.", []),
        # the site of the event places it
        ("A body was recovered near the site of the shipwreck off Kalamos.", ["off kalamos"]),
        ("Divers searched the wreck site off Kalamos.", []),
    ],
)
def test_find_where_by_direction_and_site(nlp, text, places):
    assert _places(nlp, text) == places


@pytest.mark.parametrize(
    "text, town",
    [
        ("The train crashed near Orvik station, Dunmore, on Friday.", ("Dunmore", True)),
        ("The attack took place in Kandahar.", ("Kandahar", True)),
        ("The roof collapsed at 9 Tamar Street in Dalgat district.", ("Dalgat", False)),  # a district of a city
        ("The fire started at the Ferris Arena.", ("Ferris Arena", False)),
    ],
)
def test_town_name(nlp, text, town):
    from reconcile.claims.context import Context
    from reconcile.claims.where import event_places, town_name

    assert [town_name(found) for found in event_places(nlp(text)[:], Context())] == [town]


def test_the_anchor_town_is_where_the_event_happened_not_the_issuer_s_seat(nlp, tmp_path):
    from reconcile.claims.anchor import infer_anchor
    from reconcile.ingest import ingest

    (tmp_path / "note.txt").write_text(
        "GOVERNMENT OF NORLAND\nPress note - Capitalton, 4 June 2023\n\n"
        "The number of deaths in the train accident near Orvik station, Dunmore district, is 75.\n"
    )
    (tmp_path / "tweet.json").write_text(
        '{"author": "Norland Railways", "text": "Update on the accident near Orvik station, Dunmore, at about 18:55 '
        'hrs on Friday: 80 passengers have lost their lives.", "created_at": "2023-06-03T13:20:00Z"}'
    )
    documents, _, _ = ingest([tmp_path])
    anchor = infer_anchor([nlp(d.text) for d in documents], documents)
    assert (anchor.place, anchor.date) == ("Dunmore", "2023-06-02")


@pytest.mark.parametrize(
    "text, places",
    [
        # a town named as what a site belongs to, where the NER may see a person
        ("A fire broke out in the storage area of our Dunmore site early on Monday.", ["dunmore"]),
        # a heading: the event word and its place in apposition
        ("Officer-involved shooting, 200 block of Garner Street", ["garner street"]),
        # a march happens where it goes, not where it set off
        ("Thousands marched from Station Road to Liberty Square on Sunday.", ["liberty square"]),
        # other verbs' "to" is where people went after it
        ("The wounded were taken to Liberty Square after the blast.", []),
        # a prayer meeting the stampede broke out at is its setting; a press conference is where it was told
        ("A stampede broke out at a prayer meeting in Sarai village on Tuesday.", ["sarai village"]),
        ("The minister condemned the attack at a press conference in Tarvik.", []),
        # a road given by the places it joins is one place
        ("The strike happened in the afternoon on the road between Sarai and Upper Dunmore.",
         ["road between sarai and upper dunmore"]),
        ("The bus overturned on the highway between Kabul and Jalalabad.", ["highway between kabul and jalalabad"]),
        ("He drove on the road between the villages.", []),
        # a street's "St." ending the sentence, which the NER runs into the next one
        ("An officer shot him outside the Sunny Mart on Garner St. Police can't even get his name right.",
         ["sunny mart, garner street"]),
    ],
)
def test_event_places_the_parse_ties_less_directly(nlp, text, places):
    assert _places(nlp, text) == places
