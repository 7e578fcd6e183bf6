"""One body under its partial names across the case, and one person under initials and given names. Sentences
written for these tests, not taken from any gold case."""

from __future__ import annotations

import pytest
from tests_support import source_named

from reconcile.nlp.names import text_key
from reconcile.pipeline import run
from reconcile.sources.bodies import part_of
from reconcile.sources.names import compatible_given_names, same_org, same_person


def _sources(tmp_path, nlp, *texts: str):
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return run([tmp_path], nlp=nlp).sources


@pytest.mark.parametrize(
    "short, name",
    [
        ("org:fire service", "org:ostrava county fire and rescue service"),
        ("org:coast guard", "org:lindos coast guard"),
        ("org:airline", "org:baltavia airlines (bva)"),
        ("org:dunmore plastics", "org:dunmore plastics plc"),
        ("org:ministry of water", "org:ministry of water - tarvos"),
        ("org:sorel", "org:sorel press service"),
        ("org:police of upper varn", "org:information base of police of upper varn"),
        ("org:red crescent", "org:palestine red crescent society"),  # without its place and its head noun
    ],
)
def test_a_partial_name_is_part_of_the_body(short, name):
    surface = {" ".join(w.capitalize() for w in short[4:].split()): 1}
    assert part_of(short, name, surface)


@pytest.mark.parametrize(
    "short, name",
    [
        ("org:count", "org:countpoint"),  # a word that only starts another is no form of it
        ("org:russia", "org:president of russia - sorel press service"),  # a place inside a body's name
        ("org:spokesman", "org:company spokesman"),  # a role, not a body
        ("org:greece", "org:ministry of water - greece"),  # a place after a dash
        ("org:unity party", "org:unity party youth league"),  # a body of its own: more than a place and a head
    ],
)
def test_a_word_of_a_name_is_not_always_the_body(short, name):
    surface = {short[4:].capitalize(): 1}
    assert not part_of(short, name, surface)


def test_a_partial_name_joins_its_body_across_documents(tmp_path, nlp):
    sources = _sources(
        tmp_path, nlp,
        "The semi-official Tamsin news agency said the convoy had been stopped at the border.",
        "Tamsin said the drivers were released on Tuesday.",
    )
    column = source_named(sources, "Tamsin")
    assert any("news agency" in name for name in (column.name, *column.aliases))
    assert any("distinctive word" in note for note in column.merged_because)


def test_a_company_under_its_legal_name_and_its_spokesman(tmp_path, nlp):
    sources = _sources(
        tmp_path, nlp,
        "Dunmore Plastics plc said in a statement that the line had been shut down.",
        "Dunmore Plastics said the workers had been sent home. A company spokesman said the fire was out by noon.",
    )
    column = source_named(sources, "Dunmore Plastics plc")
    assert {"Dunmore Plastics", "company spokesman"} <= set(column.aliases)


def test_the_military_is_the_one_military_body_named(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Northern Operations Command said two drones were shot down.",
                       "The military said the convoy had been warned.")
    column = source_named(sources, "Northern Operations Command")
    assert "military" in column.aliases
    assert any("one military body" in note for note in column.merged_because)


def test_a_partial_name_two_bodies_fit_joins_neither(tmp_path, nlp):
    sources = _sources(
        tmp_path, nlp,
        "The Ministry of Water said the reservoir was full. The Ministry of Interior said roads were closed.",
        "The ministry said the evacuation would end on Friday.",
    )
    water, interior = source_named(sources, "Ministry of Water"), source_named(sources, "Ministry of Interior")
    assert water.id != interior.id
    assert not any(alias.lower() == "ministry" for alias in (*water.aliases, *interior.aliases))


def test_a_short_name_another_body_holds_joins_neither(tmp_path, nlp):
    sources = _sources(
        tmp_path, nlp,
        "South Coast Railway said the signal had failed. The railway ministry said an inquiry was ordered.",
        "Railways said the line would reopen on Monday.",
    )
    assert not any("Railways" in s.aliases for s in sources)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("person:p k rath", "person:prakash kumar rath", True),
        ("person:p k rath", "person:kumar rath", True),
        ("person:t berg", "person:lars berg", False),
        ("person:anna berg", "person:lars berg", False),
    ],
)
def test_initials_are_given_names(a, b, same):
    assert compatible_given_names(a, b) is same


def test_a_person_under_initials_and_full_names_across_documents(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Chief Secretary P K Rath said 40 teams were at the site.",
                       "Chief Secretary Prakash Kumar Rath said the line was cleared overnight.")
    assert source_named(sources, "Prakash Kumar Rath").id == source_named(sources, "P K Rath").id


@pytest.mark.parametrize("name", ["Lindos Coast Guard", "South Coast Railway", "Varn Fire Service"])
def test_a_name_ending_in_a_body_noun_is_no_person(name):
    assert text_key(name).startswith("org:")


def test_experts_named_after_a_kind_of_body_are_not_that_body(tmp_path, nlp):
    """"Military experts" and "military analysts" speak for themselves; only a body's spokesman is its voice."""
    sources = _sources(tmp_path, nlp, "The Northern Operations Command said two drones were shot down.",
                       "Military experts said the debris came from an older missile. Military analysts said the "
                       "launch site was further south.")
    column = source_named(sources, "Northern Operations Command")
    assert not any("expert" in name.lower() or "analyst" in name.lower() for name in column.aliases), column


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("person:lucia moreno", "person:lucia moreno vidal", True),  # a second surname dropped
        ("person:moreno", "person:lucia moreno", True),
        ("person:ana moreno", "person:lucia moreno vidal", False),
    ],
)
def test_a_name_with_and_without_its_second_surname_is_one_person(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("ministry of internal affairs", "interior ministry", True),
        ("ministry of home affairs", "interior ministry", True),
        ("ministry of emergency situations", "emergencies ministry", True),
        ("ministry of defense", "defence ministry", True),
        ("ministry of foreign affairs", "foreign ministry", True),
        ("ministry of internal affairs", "ministry of foreign affairs", False),
    ],
)
def test_a_ministry_under_its_translated_names_is_one_body(a, b, same):
    """data/bodies.toml [words]: the words translations and house styles write differently."""
    assert same_org(a, b) is same


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("sesu", "state emergency service of ukraine", True),  # "of" left out
        ("ses", "state emergency service of ukraine", True),  # the place left out
        ("mes", "ministry of emergency situations of kazakhstan", True),
        ("un", "union of nurses", False),  # two letters spell every word
        ("hrw", "human rights watch", True),
    ],
)
def test_an_acronym_may_leave_out_joining_words_and_a_place(a, b, same):
    assert same_org(a, b) is same


def test_red_crescent_is_the_one_red_crescent_society_of_the_case(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Palestine Red Crescent Society said its ambulances could not reach it.",
                       "The Red Crescent said 12 of its staff were missing.")
    assert "Red Crescent" in source_named(sources, "Palestine Red Crescent Society").aliases


def test_red_crescent_with_two_societies_joins_neither(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Palestine Red Crescent Society said its ambulances could not reach it. "
                                      "The Egyptian Red Crescent Society said its trucks were waiting at the border.",
                       "The Red Crescent said 12 of its staff were missing.")
    assert "Red Crescent" not in source_named(sources, "Palestine Red Crescent Society").aliases


def test_a_title_is_not_the_press_service_that_speaks_for_its_holder(tmp_path, nlp):
    """"President of Varnia - Sorel press service" is an office; "the President" in another document is the person,
    not the office that writes for him."""
    sources = _sources(
        tmp_path, nlp,
        "# Telephone conversation with the Prime Minister of Kesk\n\n*President of Varnia - Sorel press service, 28 "
        "December 2024*\n\nThe President said that the investigation would be objective and thorough.",
        "The President said the plane had been hit by birds over the sea.",
    )
    office = source_named(sources, "President of Varnia - Sorel press service")
    assert not any(name.lower() == "president" for name in office.aliases), office


def test_the_prosecution_is_the_one_public_prosecution_named(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Verano Public Prosecution Service said 15 people had been detained.",
                       "The prosecution said the club had no licence.")
    column = source_named(sources, "Verano Public Prosecution Service")
    assert "prosecution" in {n.lower() for n in column.aliases}, column


def test_the_prosecution_with_two_prosecution_services_joins_neither(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Verano Public Prosecution Service said 15 people had been detained. The "
                                      "Military Prosecution Service said two officers were questioned.",
                       "The prosecution said the club had no licence.")
    column = source_named(sources, "Verano Public Prosecution Service")
    assert "prosecution" not in {n.lower() for n in column.aliases}, column


def test_a_lone_word_that_opens_one_bodys_name_is_that_body(tmp_path, nlp):
    """"Velgaw said", read as a surname, opens the name of the "Velgaw Organization for Human Rights"."""
    sources = _sources(tmp_path, nlp, "The Velgaw Organization for Human Rights said she was beaten in the van.",
                       "Velgaw said her family had been threatened.")
    assert "Velgaw" in source_named(sources, "Velgaw Organization for Human Rights").aliases


def test_a_lone_word_a_person_of_the_case_bears_stays_that_persons(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Velgaw Organization for Human Rights said she was beaten in the van. "
                                      "Ana Velgaw, her aunt, said she had been healthy.",
                       "Velgaw said her family had been threatened.")
    assert "Velgaw" not in source_named(sources, "Velgaw Organization for Human Rights").aliases


def test_a_bracketed_name_after_a_body_is_its_other_name(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The European Border and Coast Guard Agency (Frontex) said it had offered help.",
                       "Frontex said its plane spotted the boat at 11 am.")
    column = source_named(sources, "Frontex")
    assert any("names one as the other" in why for why in column.merged_because), column
