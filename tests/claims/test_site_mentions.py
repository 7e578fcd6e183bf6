"""claims/site_mentions.py: "the scene", "the site", the site's kind and "here" name the case's site. Sentences and
mini-cases written for these tests (invented places and people), in wire, press-release, witness and
machine-translated styles; none is from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims.context import Context
from reconcile.claims.site_mentions import site_mentions
from reconcile.claims.where import find_where

SITE = "kalyan bridge, morbani"


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Rescue teams remained at the site through the night.", "the site"),
        ("Firefighters arrived at the scene within minutes.", "the scene"),
        ("Investigators combed the crash site on Monday.", "the crash site"),
        ("Divers searched the water under the bridge until dawn.", "the bridge"),  # the site's kind
        ("It was at the scene of the collapse that I found my brother.", "the scene"),
        ("The collapse happened here, in front of my shop.", "here"),
        ("The bomb exploded here, near the gate.", "here"),
        ("Nine of them died here, the rest at other health centres.", None),  # a doctor's hospital
        ("The persons who were present on the bridge were fallen in the river.", "the bridge"),  # translated
        ("Everyone here knew the cables were old.", None),  # "here" on no event
        ("The council chose the site of the new stadium last year.", None),  # the site of something else
        ("Workers at the construction site went home.", None),  # another site, named by its kind
        ("He has a website.", None),
        ("The search of the disappeared continues at the place of the accident.", "the place"),  # translated
        ("The minister visited the place yesterday.", None),  # "the place" alone is anywhere
        ("The Kalyan bridge collapse killed 40 people.", None),  # a bridge's name: the entity's, not the kind's
        ("The bridge collapse killed 40 people.", "The bridge collapse"),  # what the event befell
        ("The council chose the bridge design last year.", None),  # no event
        ("The injured were taken to the hospital.", None),  # not the site's kind
    ],
)
def test_site_mentions(nlp, text, mention):
    found = [" ".join(t.text for t in words) for words in site_mentions(nlp(text)[:], Context(site=SITE))]
    assert found == ([mention] if mention else [])


def test_no_site_and_no_town_gives_no_mention(nlp):
    assert list(site_mentions(nlp("Rescuers stayed at the scene.")[:], Context())) == []


@pytest.mark.parametrize(
    "text, places",
    [
        ("Rescue teams remained at the site through the night.", ["kalyan bridge, morbani"]),
        ("Rescuers reached the scene of the explosion in Tarvi.", ["tarvi"]),  # a place named wins
        ("The wounded were taken to the hospital.", []),
    ],
)
def test_a_statement_that_names_no_place_gives_the_site(nlp, text, places):
    assert [fv.value for fv in find_where(nlp(text)[:], Context(site=SITE, town="Morbani"))] == places


def test_without_a_site_the_scene_is_the_case_town(nlp):
    found = list(find_where(nlp("Firefighters arrived at the scene within minutes.")[:], Context(town="Morbani")))
    assert [fv.value for fv in found] == ["morbani"]
    assert found[0].text == "the scene"  # the quote keeps the source's own words



def test_a_bridge_named_once_and_its_town_said_apart_is_every_account_s_site(event_locations):
    found = event_locations(
        "MORBANI, Feb 3 (Wirepress) - At least 40 people were killed when the Kalyan suspension bridge collapsed on "
        "Sunday evening, officials said.\n\nThe bridge, over the Machhu river in Morbani, had reopened four days "
        "earlier after repairs.\n",
        "District Administration Morbani - Press Release\n3 February 2025\n\nThe District Administration regrets to "
        "inform that the bridge on the Machhu river gave way at 6.30 pm yesterday. Rescue teams remained at the "
        "site through the night.\n",
    )
    assert found["officials (unnamed)"] == {"kalyan suspension bridge, morbani"}  # the bridge that gave way
    assert found["District Administration Morbani"] == {"kalyan suspension bridge, morbani"}  # "the bridge"


@pytest.mark.parametrize(
    "text, word, event_place",
    [
        ("A bomber blew himself up inside the mosque in Karvan, killing 31 worshippers.", "Karvan", True),
        ("The tanker overturned on the highway near Selim, injuring 12 people.", "Selim", True),
        ("He drove to Selim, hoping to find work.", "Selim", False),  # a participle of no event
        ("He lived in Selim, working at a bakery.", "Selim", False),
    ],
)
def test_a_clause_that_closes_on_the_event_s_participle_places_the_event(nlp, text, word, event_place):
    from reconcile.claims.place_ties import is_event_place

    token = next(t for t in nlp(text) if t.text == word)
    assert is_event_place(token) is event_place


def test_a_place_that_gives_way_is_where_the_event_happened(nlp):
    from reconcile.claims.place_ties import is_struck_place

    doc = nlp("The old footbridge collapsed and the hospital said 40 people had died.")
    assert is_struck_place(next(t for t in doc if t.text == "footbridge"))
    assert not is_struck_place(next(t for t in doc if t.text == "hospital"))  # "said" befalls nothing


@pytest.mark.parametrize(
    "text, places",
    [
        ("Sulaiman K., 61, lost his wife and two grandchildren in Kerma.", ["kerma, dorli"]),  # untied to an event
        ("The Kerma Cooperative Bank said it would help the families.", []),  # a name inside another name
        ("He was born in Kerma.", []),  # where he comes from
        ("She lived in Kerma with her son.", []),
        ("Residents in Kerma said the hill had moved before.", []),  # where the speakers are
        ("The army sent troops to Kerma.", []),  # where people were sent
        ("Dorli has had heavy rain for a week.", []),  # the site's district alone, untied: anywhere in it
    ],
)
def test_the_site_s_venue_named_without_an_event_word_is_the_site(nlp, text, places):
    found = find_where(nlp(text)[:], Context(site="kerma, dorli", town="Dorli"))
    assert [fv.value for fv in found] == places


def test_a_village_the_event_befell_in_the_case_s_district_is_the_site(event_locations):
    found = event_locations(
        "DORLI, July 31 (Wirepress) - A landslide triggered by heavy rain buried most of Kerma village early on "
        "Tuesday, killing at least 58 people, officials said.\n\nThe village lies in the hills of Dorli district.\n",
        "Disaster Management Authority - Bulletin No. 3\nDate: 31.07.2024\n\nHeavy landslips occurred at Kerma "
        "and Chundal in the early hours of today. 63 deaths have been confirmed.\n",
        "The Chief Minister said he was deeply pained by the devastating landslides in Dorli.\n",
        "Hill Voice, 2 August\n\nSulaiman K., 61, lost his wife and two grandchildren in Kerma.\n",
    )
    assert found["Chief Minister"] == {"kerma, dorli"}  # the district alone: Kerma, named by three documents
    assert set().union(*found.values()) == {"kerma, dorli"}  # the bulletin's Kerma, the interview's


@pytest.mark.parametrize(
    "settlements, naming, chosen",
    [
        ([("kerma", "d1"), ("chundal", "d1")], {"kerma": {"d1", "d2"}, "chundal": {"d1"}}, "kerma"),
        ([("kerma", "d1"), ("chundal", "d1")], {"kerma": {"d1", "d2"}, "chundal": {"d1", "d3"}}, None),  # a tie
        ([("kerma", "d1")], {"kerma": {"d1"}}, None),  # one document alone
        ([("dorli", "d1")], {"dorli": {"d1", "d2"}}, None),  # the district itself
    ],
)
def test_settlement_in_district(settlements, naming, chosen):
    from reconcile.claims.site import settlement_in_district

    assert settlement_in_district(settlements, naming, "dorli") == chosen


def test_a_crash_site_near_a_town_is_where_the_event_happened(nlp):
    from reconcile.claims.place_ties import is_event_place

    doc = nlp("Russian specialists are cooperating with the Kazakh side at the crash site near Aktau.")
    assert is_event_place(next(t for t in doc if t.text == "Aktau"))
    doc = nlp("Russian specialists are cooperating with the Kazakh side at the building site near Aktau.")
    assert not is_event_place(next(t for t in doc if t.text == "Aktau"))


@pytest.mark.parametrize(
    "text, name, words",
    [
        ("She collapsed at the Vozara detention centre.", "Vozara", "Vozara detention centre"),
        ("Our teams at the Mugunga 3 camp received 29 wounded.", "Mugunga", "Mugunga 3 camp"),
        ("A fire broke out at the Kalinga central prison on Tuesday.", "Kalinga", "Kalinga central prison"),
    ],
)
def test_a_name_and_the_words_up_to_its_place_noun_are_one_place(nlp, text, name, words):
    from reconcile.claims.place_mentions import place_tokens
    from reconcile.nlp.spans import entity_at

    doc = nlp(text)
    ent = entity_at(next(t for t in doc if t.text == name))
    assert ent is not None
    assert " ".join(t.text for t in place_tokens(ent) or []) == words


@pytest.mark.parametrize(
    "text, place",
    [
        ("Russian occupiers struck the railway station in Kramatorsk with missiles.", "kramatorsk"),  # NER: PRODUCT
        ("A missile burst over the Kramatorsk railway station.", "kramatorsk railway station"),  # named after its town
    ],
)
def test_a_known_town_the_ner_mislabels_is_a_place(nlp, text, place):
    assert place in [fv.value for fv in find_where(nlp(text)[:], Context())]


def test_a_venue_named_after_its_town_is_shown_in_its_fullest_name():
    from reconcile.claims.site import venue_apart

    found = [("kramatorsk station", "d1", "station"), ("kramatorsk railway station", "d2", "station")]
    assert venue_apart(found, town="kramatorsk") == "kramatorsk railway station"
    found = [("bahanaga bazar station", "d1", "station"), ("bahanaga bazar", "d2", "station")]
    assert venue_apart(found, town="balasore") == "bahanaga bazar"  # its own name: the shortest


def test_a_town_written_in_a_wider_one_after_a_comma_is_its_container(nlp):
    text = "Seven members of our team were killed when our convoy was struck in Deir al-Balah, in central Gaza."
    assert [fv.value for fv in find_where(nlp(text)[:], Context())] == ["deir al-balah, gaza"]


@pytest.mark.parametrize(
    "text, place",
    [
        ('A fire broke out at the "Pulse" discotheque in Kocani during a concert.', "pulse discotheque, kocani"),
        ('The call about the fire in the discotheque "Puls" came at 2:35.', "discotheque puls, kocani"),  # translated
        ("The man died of his burns in a Belgrade hospital.", "belgrade hospital"),  # as said, not in Kocani
    ],
)
def test_a_venue_named_in_quotation_marks_is_a_place(nlp, text, place):
    found = [fv.value for fv in find_where(nlp(text)[:], Context(town="Kocani"))]
    assert found == ([place] if place else [])


def test_a_building_named_after_another_town_does_not_take_the_case_town():
    from reconcile.claims.place_names import in_town

    assert in_town("belgrade hospital", "Kocani", local=True) == "belgrade hospital"
    assert in_town("tamar street", "Nerasi", local=True) == "tamar street, nerasi"


def test_same_venue_folds_the_kind_of_club_and_a_transliteration():
    from reconcile.claims.site import same_venue

    assert same_venue("pulse discotheque", "discotheque puls")
    assert same_venue("pulse nightclub", "pulse discotheque")
    assert not same_venue("pulse nightclub", "colectiv club")


@pytest.mark.parametrize(
    "text, place",
    [
        ("The blaze broke out on the ground floor of the Delta Knit Garments factory in Ashulia.",
         "delta knit garments factory, ashulia"),  # a part of the place
        ("We are devastated by the fire at our Ashulia facility.", "ashulia facility"),
        ("27 workers burned alive at Delta Knit in Ashulia last night.", "delta knit, ashulia"),  # a company's premises
        ("Delta Knit in Ashulia said the fire was put out.", None),  # the company speaking, not a place
    ],
)
def test_a_factory_fire_s_places(nlp, text, place):
    found = [fv.value for fv in find_where(nlp(text)[:], Context())]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(
    "text, place",
    [
        ("the Vozara detention centre", "vozara detention centre"),  # a centre, not a direction
        ("NW Syria", "syria (north-west)"),
        ("central Gaza", "gaza (centre)"),
    ],
)
def test_normalise_place_reads_a_direction_but_not_a_place_noun(text, place):
    from reconcile.claims.place_names import normalise_place

    assert normalise_place(text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        ("A journalist was shot dead outside his home in Karachi's Gulshan area on Tuesday night.", "gulshan, karachi"),
        ("A stampede broke out at a fair in Tesra's Kharoli village on Tuesday.", "kharoli, tesra"),
    ],
)
def test_a_town_written_as_the_place_s_possessor_is_its_container(nlp, text, place):
    assert [fv.value for fv in find_where(nlp(text)[:], Context())] == [place]


@pytest.mark.parametrize(
    "text, place",
    [
        ("A landslide buried Kerma, a hill village in Dorli district, early on Tuesday.", "kerma, dorli"),
        ("The journalist was shot in Gulshan, a middle-class neighbourhood of Karachi.", "gulshan, karachi"),
        ("The blast hit the market in Tarvi, a town of 20,000 people.", "tarvi"),  # no place after "of"
    ],
)
def test_an_apposition_that_says_where_a_place_lies_gives_its_container(nlp, text, place):
    assert [fv.value for fv in find_where(nlp(text)[:], Context())] == [place]
