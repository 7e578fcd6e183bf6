"""claims/site.py: the case's event place as a whole, and the mentions that name a part of it. The mini-cases are
written for these tests (invented places and people), not taken from any gold case; they run the whole pipeline."""

from __future__ import annotations

import pytest

from reconcile.claims.site import choose_site, names_site, same_venue


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("al-ahli hospital", "al-ahli arab hospital", True),  # a shorter form of the name
        ("bahanaga bazar station", "bahanaga bazar", True),  # the kind of place added
        ("bahanaga bazar railway station", "bahanaga bazar station", True),
        ("fulrai", "phulrai", True),  # one name transliterated two ways
        ("sunderpur", "sundarpur", True),
        ("city hall", "crocus city hall", False),  # a name must match from its first word
        ("kasra hospital", "al-ahli arab hospital", False),  # another hospital
        ("gaza", "giza", False),
        ("gaza hospital", "al-ahli arab hospital", False),
    ],
)
def test_same_venue(a, b, same):
    assert same_venue(a, b) is same


@pytest.mark.parametrize(
    "venue, container, generic, named",
    [
        ("crocus city hall", None, False, True),  # the venue alone
        ("krasnogorsk", None, False, True),  # the site's town alone
        ("crocus city hall", "moscow region", False, True),  # the venue in a wider area
        ("crocus city hall", "krasnogorsk", False, True),
        ("hall", None, True, True),  # "the hall": the venue by its kind
        ("hospital", None, True, False),  # "the hospital" where the site is a hall
        ("crocus city hall", "moscow", False, False),  # the venue's name in another known town
        ("moscow", None, False, False),  # another town
        ("russia", None, False, False),  # a country is compatible with the site, not the site
        ("moscow region", None, False, False),  # so is a region
        ("expo hall", "krasnogorsk", False, False),  # another building in the site's town
    ],
)
def test_names_site(venue, container, generic, named):
    assert names_site(venue, container, "crocus city hall, krasnogorsk", generic=generic) is named


@pytest.mark.parametrize(
    "venue, named",
    [
        ("gaza", True),  # the site's town however written: "in Gaza" for Gaza City
        ("gaza city", True),
        ("al-ahli hospital", True),
        ("gaza governorate", False),  # an area wider than the town, named after it
        ("khan younis", False),
    ],
)
def test_the_site_s_town_however_written_names_the_site(venue, named):
    assert names_site(venue, None, "al-ahli arab hospital, gaza city") is named


def test_no_site_names_nothing():
    assert names_site("krasnogorsk", None, None) is False


def test_choose_site_takes_the_venue_most_documents_give_in_its_shortest_spelling():
    found = [("bahanaga bazar station", "balasore", "d1"), ("bahanaga bazar", "balasore", "d2"),
             ("district hospital", "balasore", "d3")]
    assert choose_site(found) == "bahanaga bazar, balasore"
    assert choose_site([]) is None



def test_a_venue_or_its_town_alone_takes_the_case_place_as_a_whole(event_locations):
    found = event_locations(
        "VESTRA, May 3 (Wirepress) - Gunmen opened fire on concert-goers at the Halden Arena in Vestra on Friday "
        "night, killing at least 20 people, police said.\n",
        "The regional governor, Anton Merek, said the attack at Halden Arena was carried out by four men.\n",
        "Interior Ministry - statement\n\nThe Interior Ministry said the shooting in Vestra was a terrorist act. Four "
        "suspects were later detained in Bryansk.\n",
    )
    assert found["Anton Merek"] == {"halden arena, vestra"}  # the venue alone
    assert found["Interior Ministry"] == {"halden arena, vestra"}  # the town alone; not where suspects were caught


def test_the_venue_by_its_kind_is_the_site_and_another_building_stays_as_said(event_locations):
    found = event_locations(
        "An explosion hit the Saint Brigid Hospital in Lorne on Tuesday evening, the health ministry said.\n",
        "The army said a misfired rocket hit the hospital.\n",
        "A doctor, Hana Liss, said the blast at Saint Brigid Hospital in Lorne killed 40 people. She said a second "
        "blast struck the Marrow Clinic in Dunvale.\n",
    )
    assert found["health ministry"] == {"saint brigid hospital, lorne"}  # "Lorne", which the NER leaves untagged
    assert found["army"] == {"saint brigid hospital, lorne"}  # "the hospital"
    assert "saint brigid hospital, lorne" in found["Hana Liss"]
    assert "dunvale" in found["Hana Liss"]  # the second blast's town stays as said


def test_a_village_spelled_two_ways_is_one_site_and_a_country_stays_a_country(event_locations):
    found = event_locations(
        "A stampede broke out at a prayer meeting in Sunderpur village in Tesra district on Tuesday, killing 60 "
        "people, officials said.\n",
        "Tesra Police - Press Note\n\nPolice said the stampede at Sundarpur village killed 60 people. The organisers "
        "were arrested in Kalam.\n",
        "The prime minister said the stampede in India was a tragedy.\n",
    )
    assert found["officials (unnamed)"] == {"sunderpur, tesra"}  # "at a prayer meeting in": the event's setting
    assert found["Tesra Police"] == {"sunderpur, tesra"}  # the NER's PERCENT on "Sundarpur village" set aside
    assert found["prime minister"] == {"india"}  # compatible with the site, not made the site


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("kazakhstan", "kabul", "conflict"),  # a known town in another country
        ("afghanistan", "kabul", "compatible"),  # the country alone says less, never the same
        ("moscow region", "crocus city hall, krasnogorsk", "compatible"),  # so does a region
        ("crocus city hall, krasnogorsk", "crocus city hall, krasnogorsk", "same"),  # the site given to both
    ],
)
def test_a_country_or_region_alone_is_compatible_with_the_site_not_the_same(a, b, relation):
    from reconcile.align.compare import compare

    assert compare("place", a, b).relation == relation


def test_a_venue_and_its_town_named_apart_make_the_site_each_mention_takes(event_locations):
    found = event_locations(
        "CHICAGO, May 6 (Wirepress) - A gunman opened fire in Chicago on Friday night, killing four people.\n",
        "Chicago Police Department - statement\n\nThe shooting on Mercer Street left four people dead and two "
        "injured.\n",
        "Justice Now - statement\n\nThe attack outside the Kestrel Inn on Mercer Street must be investigated. Our "
        "members marched in Denver on Sunday.\n",
    )
    assert found["Wirepress"] == {"mercer street, chicago"}  # the town alone: the venue from other documents
    assert found["Chicago Police Department"] == {"mercer street, chicago"}  # the venue alone: the town from others
    assert found["Justice Now"] == {"mercer street, chicago"}  # the venue on its street


def test_the_camp_by_its_kind_is_the_site(event_locations):
    found = event_locations(
        "GOMA, May 3 (Wirepress) - Shells hit the Lushagala camp in Goma on Friday, killing 12 people.\n",
        "Camp Relief - statement\n\nThe shelling of the camp killed 12 of the people we serve.\n",
    )
    assert found["Camp Relief"] == {"lushagala camp, goma"}
