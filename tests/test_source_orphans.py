"""Bare surnames the text never introduces join the titled person quoted just before them, and nothing else does.

Every sentence here is written for these tests (a ferry search, a warehouse fire), except in the last test, which
runs the shipped example end to end.
"""

from __future__ import annotations

import pytest
from conftest import EXAMPLE
from evidence_fixture import make_document

from reconcile.ingest import ingest
from reconcile.nlp import annotate
from reconcile.nlp.statements import attribute
from reconcile.pipeline import run
from reconcile.sources import AliasRules, SourceGroup, merge_sources

FERRY = (
    "Coast guard spokesman Lt. Commander Janvelde said Sunday that divers had recovered the ferry's data recorder."
    "\n\n“We are still searching the lower decks, and the weather is not helping,” Velde said at a harbour briefing."
)
""""Jan Velde" run together into one titled name, then the surname alone in the next paragraph."""
FIRE = (
    "Fire brigade spokesman Chief Officer Carlwise said on Monday that the warehouse blaze had been contained.\n\n"
    "“The roof collapsed shortly after midnight, and two firefighters were treated for smoke,” Weiss said at a news "
    "conference."
)
""""Carl Weiss" mangled as "Patride" was: the bare surname matches only part of the titled name (67)."""


def sources(nlp, text: str, rules: AliasRules | None = None) -> list[SourceGroup]:
    document = make_document("story.txt", text, "txt")
    statements = list(attribute([document], annotate([document], nlp)))
    groups, _ = merge_sources(statements, rules=rules)
    return groups


def source_named(groups: list[SourceGroup], name: str) -> SourceGroup:
    return next(g for g in groups if name in (g.name, *g.aliases))


@pytest.mark.parametrize(
    "text, titled, bare", [(FERRY, "Janvelde", "Velde"), (FIRE, "Carlwise", "Weiss")], ids=["ferry", "fire"]
)
def test_a_bare_surname_joins_the_titled_person_quoted_before_it(nlp, text, titled, bare):
    groups = sources(nlp, text)
    source = source_named(groups, bare)
    assert source is source_named(groups, titled)
    assert source.kind != "other"  # the title's kind, not the bare name's
    (note,) = source.notes
    assert f"{bare!r} is never introduced in the document; taken for {titled!r}" in note


@pytest.mark.parametrize(
    "text",
    [
        # the titled person has a first name: Jan Velmonde is known, Monde is someone else
        FERRY.replace("Janvelde", "Jan Velmonde").replace("Velde said", "Monde said"),
        # the surname is introduced later: Velde is the captain, not the spokesman
        FERRY + "\n\nThe search is led by Capt. Arno Velde of the coast guard.",
        FIRE + "\n\nWarehouse manager Dora Weiss, who called the fire brigade, said the sprinklers were off.",
        # someone else was quoted in between
        FERRY.replace(
            "\n\n", "\n\nFerry operator chief executive Mira Koss said the company would cooperate.\n\n"
        ),
        # the names do not look alike
        FERRY.replace("Velde said", "Brandt said"),
        # the bare name is an organisation, named as one in the text
        (
            "Tarsa spokesman Arsanov said on Tuesday that the convoy had been attacked near the border.\n\n"
            "“We will respond at a time of our choosing,” Tarsa said in a statement."
        ),
    ],
    ids=[
        "titled-with-first-name",
        "introduced-later",
        "introduced-later-as-speaker",
        "someone-between",
        "names-unlike",
        "organisation",
    ],
)
def test_no_merge_without_the_whole_evidence(nlp, text):
    people = [g for g in sources(nlp, text) if any(k.startswith(("person:", "org:")) for k in g.keys)]
    assert not any(len(g.keys) > 1 for g in people), [(g.name, g.aliases) for g in people]


def test_an_alias_file_forbidding_the_merge_wins(nlp):
    groups = sources(nlp, FERRY, AliasRules(separate=(("Janvelde", "Velde"),)))
    assert source_named(groups, "Velde") is not source_named(groups, "Janvelde")


def test_an_alias_file_merging_the_surname_elsewhere_wins(nlp):
    groups = sources(nlp, FERRY, AliasRules(merge=(("Velde", "Coast Guard"),)))
    assert source_named(groups, "Velde") is not source_named(groups, "Janvelde")


def test_a_bare_surname_takes_its_full_name_and_title_from_its_introduction(nlp):
    text = (
        "Transport Minister Ilse Brankovic visited the depot on Monday.\n\n"
        "“Every carriage will be inspected before the line reopens,” Brankovic said."
    )
    (source,) = [g for g in sources(nlp, text) if g.root.startswith("person:")]
    assert (source.name, source.kind, source.kind_evidence) == ("Ilse Brankovic", "government", "minister")


@pytest.mark.parametrize(
    "surname",
    [
        "Wells",  # the bare surname tagged ORG
        "Harland",  # tagged NORP
        "Sterling",  # the full name tagged ORG too: the role before it says it is a person
    ],
)
def test_a_bare_surname_is_its_introduced_person_whatever_the_tagger_says(nlp, surname):
    text = (
        f"Harbour master Anneke {surname} said on Monday that the quay would stay closed.\n\n"
        f"“We need the divers' report first,” {surname} said at a briefing."
    )
    named = [g for g in sources(nlp, text) if surname in g.name]
    assert [(g.name, g.aliases, g.root) for g in named] == [
        (f"Anneke {surname}", (), f"person:anneke {surname.lower()}")
    ]


@pytest.mark.parametrize(
    "texts, people",
    [
        (
            ["Harbour pilot Anna Berg said the tanker ignored her calls.", "Berg said the radio had failed."],
            [{"Anna Berg", "Berg"}],
        ),
        (
            [
                "Harbour pilot Anna Berg said the tanker ignored her calls.",
                "Lars Berg, the tanker's owner, said the pilot gave the wrong heading.",
                "Berg said the radio had failed.",
            ],
            [{"Anna Berg"}, {"Lars Berg"}, {"Berg"}],
        ),
    ],
    ids=["one-person-of-that-name", "two-people-of-that-name"],
)
def test_a_surname_from_another_document_joins_the_one_person_it_can_stand_for(nlp, texts, people):
    documents = [make_document(f"story{i}.txt", text, "txt") for i, text in enumerate(texts)]
    groups, _ = merge_sources(list(attribute(documents, annotate(documents, nlp))))
    found = [{g.name, *g.aliases} for g in groups if g.root.startswith("person:")]
    assert sorted(found, key=sorted) == sorted(people, key=sorted)


def test_the_example_joins_ryder_and_patride_and_no_one_else(nlp, example_evidence):
    """Acceptance: "Pentagon spokesman Brig. General Patride said ..." and "“...,” Ryder said" are one column."""
    documents, _, _ = ingest([EXAMPLE])
    groups, _ = merge_sources(list(attribute(documents, annotate(documents, nlp))))
    assert any(
        "'Ryder' is never introduced in the document; taken for 'Patride'" in n
        for n in source_named(groups, "Ryder").notes
    )
    by_name = {n: s for s in example_evidence.sources for n in (s.name, *s.aliases)}
    assert by_name["Ryder"] is by_name["Patride"]
    people = [by_name["Ryder"], by_name["Mohamed Sajee"], by_name["Lloyd Austin"]]
    people += [by_name[n] for n in ("Kurila", "Kurilla", "Kurira") if n in by_name]
    assert len({s.id for s in people}) == len(people)
    assert {n for s in people for n in (s.name, *s.aliases)} == {
        "Ryder",
        "Patride",
        "Mohamed Sajee",
        "Lloyd Austin",
    }
    assert (by_name["Lloyd Austin"].kind, by_name["Lloyd Austin"].kind_evidence) == (
        "military",
        "defense secretary",
    )


def test_a_surname_column_goes_by_the_full_name_it_joins(tmp_path, nlp):
    """"Taravari said", read as a body's name, joins "Health Minister Arben Taravari": the column is named in full."""
    for i, text in enumerate(("Health Minister Arben Taravari said 20 patients were moved to hospitals abroad.",
                              "Taravari said the hospitals in Skopje were full. According to Taravari, 18 were in "
                              "critical condition.")):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    names = [s.name for s in run([tmp_path], nlp=nlp).sources if "Taravari" in (s.name, *s.aliases)]
    assert names == ["Arben Taravari"], names
