"""The event's anchor from all documents, dates read against it, and other events told apart by comparison.

Every text here was written for this file (no event, name or place of the gold set).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from reconcile.claims.anchor import Anchor, case_title, infer_anchor, with_anchor
from reconcile.claims.place_names import country_of
from reconcile.claims.scope import other_events
from reconcile.claims.when import normalise_date
from reconcile.model import CaseInfo, Document

ACCOUNTS = [
    (
        "wire.txt",
        "2023-01-16",
        "A passenger plane crashed near Pokhara on January 15, killing 68 people, officials said.",
    ),
    ("ngo.txt", "2023-01-17", "The crash on 15 January near Pokhara was the worst in the country in three decades."),
    ("post.json", "2023-01-15", "Praying for everyone on board. The crash in Pokhara is a tragedy."),
]


def _documents(nlp, accounts=ACCOUNTS):
    documents = [Document(id=name, path=name, text=text, sha256=name, size=len(text), ingested_at="",
                          format="text", published=published) for name, published, text in accounts]
    return documents, [nlp(d.text) for d in documents]


def test_the_anchor_is_what_most_documents_say(nlp) -> None:
    documents, docs = _documents(nlp)
    anchor = infer_anchor(docs, documents)
    assert (anchor.date, anchor.place, anchor.event_type) == ("2023-01-15", "Pokhara", "crash")
    assert anchor.latest == date(2023, 1, 17)
    for item in anchor.evidence:  # which document, which words, which rule
        document = next(d for d in documents if d.id == item.document_id)
        assert document.text[item.start:item.end] and re.match(r"\w[\w ]* given by [23] of [23] documents", item.rule)


def test_the_manifest_wins_and_leaves_no_evidence_for_its_fields(nlp) -> None:
    documents, docs = _documents(nlp)
    anchor = infer_anchor(docs, documents, date="2023-01-14", place="Nepal")
    assert (anchor.date, anchor.place) == ("2023-01-14", "Nepal")
    assert {i.field for i in anchor.evidence} == {"event_type"}
    case = with_anchor(CaseInfo(title="Yeti Airlines crash"), anchor)
    assert case.title == "Yeti Airlines crash" and case.event_type == "crash"


def test_without_a_manifest_the_title_says_what_where_when(nlp) -> None:
    documents, docs = _documents(nlp)
    assert with_anchor(CaseInfo(), infer_anchor(docs, documents)).title == "Crash, Pokhara, 15 January 2023"


@pytest.mark.parametrize(
    "vehicle, title, kind",
    [
        ("A passenger plane", "Air crash, Pokhara, 15 January 2023", "air crash"),
        ("A bus", "Road crash, Pokhara, 15 January 2023", "road crash"),
    ],
)
def test_the_title_names_the_kind_the_documents_narrow_the_anchor_to(nlp, vehicle, title, kind) -> None:
    accounts = [(n, p, t.replace("A passenger plane", vehicle)) for n, p, t in ACCOUNTS]
    documents, docs = _documents(nlp, accounts)
    anchor = infer_anchor(docs, documents)
    case = with_anchor(CaseInfo(), anchor, docs)
    assert anchor.event_type == "crash" and (case.title, case.event_type) == (title, kind)


@pytest.mark.parametrize(
    "parts, expected",
    [(("flood", "Derna", "2023-09"), "Flood, Derna, September 2023"), (("flood", None, None), None)],
)
def test_case_title(parts, expected) -> None:
    assert case_title(*parts) == expected


@pytest.mark.parametrize(
    "text, published, latest, expected",
    [
        ("4 March", None, None, None),  # no date to read it against: never today's year
        ("on Tuesday", None, None, None),
        ("3 October", date(2024, 10, 2), None, "2023-10-03"),
        ("last Friday", date(2024, 10, 2), None, "2024-09-27"),
        ("December 30", date(2023, 1, 2), date(2023, 1, 2), "2022-12-30"),
        ("5 June 2025", date(2024, 6, 3), date(2024, 6, 3), None),  # later than the newest document
        ("19", date(2024, 6, 3), None, None),  # a bare number is an age, not a day
        ("three days later", date(2024, 6, 3), None, None),  # counts from a day the text names, not publication
        ("two weeks after", date(2024, 6, 3), None, None),
    ],
)
def test_dates_resolve_against_the_document_never_today(text, published, latest, expected) -> None:
    assert normalise_date(text, published, latest) == expected


ANCHOR = Anchor(year=2023, country="nepal", date="2023-01-15", place="Pokhara", event_type="crash",
                latest=date(2023, 1, 17), date_documents=3)


@pytest.mark.parametrize(
    "sentence, other",
    [
        ("Last year's crash of a small plane in the hills killed 22 people.", True),
        ("An earlier crash on 2 December killed four crew members.", True),  # a day far from the anchor's
        ("In 1992, a crash near the capital killed 167 people.", True),
        ("The crash in Kathmandu killed 51 people.", True),  # another known city of the same country
        ("The plane crashed on January 15 shortly before landing.", False),
        ("The crash near Pokhara killed 68 people.", False),
        ("The flight from Kathmandu to Pokhara crashed on January 15.", False),  # a route's start is no place of it
        # the case's own crash weighed against an earlier one: only "the crash of 3 December" goes aside (test_scope.py)
        ("The January 15 crash killed more than the crash of 3 December did.", False),
    ],
)
def test_other_events_by_comparison_with_the_anchor(nlp, sentence: str, other: bool) -> None:
    doc = nlp(sentence)
    assert bool(other_events(doc, ANCHOR, date(2023, 1, 16))) is other


@pytest.mark.parametrize(
    "sentence, other",
    [
        ("Two more passengers of the January 15 crash died in hospital on Friday.", False),  # what followed it
        ("A second plane crashed on Friday near the border.", True),  # a later event of its own
    ],
)
def test_a_later_day_beside_the_anchor_day_is_what_followed(nlp, sentence: str, other: bool) -> None:
    follow_up = Anchor(year=2023, country="nepal", date="2023-01-15", place="Pokhara", latest=date(2023, 2, 1),
                       date_documents=3)
    assert bool(other_events(nlp(sentence), follow_up, date(2023, 2, 1))) is other


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry sank off the coast of Pokhara on January 15.",
        "A stampede broke out at the temple in Pokhara on January 15.",
        "Dozens died when the river burst its banks in Pokhara on January 15.",
    ],
)
def test_a_date_on_any_word_of_something_happening_dates_the_event(nlp, sentence: str) -> None:
    from reconcile.claims.when import about_event

    doc = nlp(sentence)
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    assert dates and all(about_event(ent.root) for ent in dates)


def test_a_single_document_date_does_not_rule_out_other_days(nlp) -> None:
    weak = Anchor(year=2023, country="nepal", date="2023-01-15", latest=date(2023, 1, 17), date_documents=1)
    assert other_events(nlp("An earlier crash on 2 December killed four crew members."), weak, date(2023, 1, 16))
    assert not other_events(nlp("The plane crashed on 2 January after a long delay."), weak, date(2023, 1, 16))


RECALLED = Anchor(year=2023, country="nepal", date="2023-01-15", place="Pokhara", event_type="crash",
                  latest=date(2023, 1, 17), date_documents=3)


@pytest.mark.parametrize(
    "text, other",
    [
        ("The airport had already been hit by a mortar on Friday, January 13.", True),  # recalled, two days before
        ("This was not the first time. On Friday, a rocket struck the runway and injured two guards.", True),
        ("The storm hit the valley on Friday, January 13, and the dam failed two days later.", False),  # unmarked
        ("She collapsed on 13 January and died in hospital two days later.", False),
        ("A car bomb exploded at the market on January 14, a night before the crash.", False),  # one day apart
    ],
)
def test_an_earlier_day_is_another_event_when_the_text_recalls_it(nlp, text: str, other: bool) -> None:
    reasons = other_events(nlp(text), RECALLED, date(2023, 1, 16))
    assert bool(reasons) is other


@pytest.mark.parametrize(
    "text, place",
    [
        ("The shell hit a clinic in Aleppo province.", "Aleppo"),  # a name holding the anchor's
        ("The shell hit a clinic in Aleppo.", "Aleppo province"),
        ("The crash at the airport near Kathmandu on January 15 killed 68 people.", "Pokhara"),  # the anchor's day
    ],
)
def test_a_finer_or_coarser_name_of_the_place_is_the_same_event(nlp, text: str, place: str) -> None:
    anchor = replace(RECALLED, place=place, country=country_of(place))
    assert other_events(nlp(text), anchor, date(2023, 1, 16)) == {}


def test_a_continuing_sentence_that_dates_another_day_stays_with_the_other_event(nlp) -> None:
    text = ("An earlier crash of a cargo plane on 2 December killed four crew members. "
            "The pilot, 52, had radioed Pokhara on 2 December about an engine fire.")
    doc = nlp(text)
    assert len(other_events(doc, RECALLED, date(2023, 1, 16))) == len(list(doc.sents)) == 2


def test_a_recalled_day_is_no_candidate_for_the_anchor(nlp) -> None:
    accounts = [
        ("a.txt", "2023-01-16", "A plane crashed near Pokhara on January 15. The airport had already been hit "
                                "by a mortar on January 13."),
        ("b.txt", "2023-01-16", "The airport had already been shelled on January 13. The crash on January 15 "
                                "killed 68."),
    ]
    documents, docs = _documents(nlp, accounts)
    assert infer_anchor(docs, documents).date == "2023-01-15"


def test_a_place_the_sentences_give_outweighs_the_datelines(nlp) -> None:
    from reconcile.model import Inferred

    accounts = [
        ("a.txt", "2023-01-16", "TRIPOLI - The ferry sank off Benghazi on January 15, killing 12 people."),
        ("b.txt", "2023-01-16", "TRIPOLI - Rescuers said 12 bodies had been recovered."),
        ("c.txt", "2023-01-17", "The ferry capsized near Benghazi on January 15."),
    ]
    documents, docs = _documents(nlp, accounts)
    filed = Inferred("place", "Tripoli", 0, 7, "dateline", "")
    documents = [replace(d, inferred=(filed,)) if d.id != "c.txt" else d for d in documents]
    anchor = infer_anchor(docs, documents)
    assert anchor.place == "Benghazi"
    assert next(i for i in anchor.evidence if i.field == "place").document_id in {"a.txt", "c.txt"}


def test_a_town_outranks_its_country(nlp) -> None:
    accounts = [
        ("a.txt", "2023-01-16", "The bus crashed in Nepal on January 15."),
        ("b.txt", "2023-01-16", "The bus crash in Nepal killed 12."),
        ("c.txt", "2023-01-17", "The bus crashed near Pokhara on January 15."),
    ]
    documents, docs = _documents(nlp, accounts)
    assert infer_anchor(docs, documents).place == "Pokhara"


@pytest.mark.parametrize("text", ["The trawler sank off Benghazi on January 15.", "The boat capsized off Benghazi."])
def test_off_a_coast_places_the_event(nlp, text: str) -> None:
    from reconcile.claims.place_ties import is_event_place

    doc = nlp(text)
    assert any(is_event_place(t) for t in doc if t.text == "Benghazi")


SITE_ACCOUNTS = [
    ("wire.txt", "2023-05-06", "Gunmen opened fire at the Marlow Grand Hall in Brenton on Friday evening, killing 12."),
    ("ngo.txt", "2023-05-07", "The attack at Marlow Grand Hall in Brenton on Friday evening was planned for weeks."),
    ("post.json", "2023-05-06", "Praying for Brenton. The shooting in Brenton last night is a tragedy."),
]


def test_the_site_is_the_venue_the_documents_write_in_the_anchor_s_town(nlp) -> None:
    documents, docs = _documents(nlp, SITE_ACCOUNTS)
    anchor = infer_anchor(docs, documents)
    assert (anchor.place, anchor.site) == ("Brenton", "marlow grand hall, brenton")


def test_the_part_of_day_is_the_one_the_documents_tie_to_the_event(nlp) -> None:
    documents, docs = _documents(nlp, SITE_ACCOUNTS)
    assert infer_anchor(docs, documents).part_of_day == "pm"
    documents, docs = _documents(nlp)
    assert infer_anchor(docs, documents).part_of_day is None  # no account gives one


def test_a_venue_in_another_town_is_no_site(nlp) -> None:
    accounts = [
        ("wire.txt", "2023-05-06", "A blast hit a market in Brenton on Friday, killing 12."),
        ("ngo.txt", "2023-05-07", "The blast in Brenton on Friday was the worst this year."),
        ("post.json", "2023-05-06", "A second blast hit the Orlan Clinic in Tarvik on Friday."),
    ]
    documents, docs = _documents(nlp, accounts)
    anchor = infer_anchor(docs, documents)
    assert anchor.place == "Brenton"
    assert anchor.site is None


def test_a_street_in_a_district_of_the_anchor_s_city_is_the_site_in_that_city(nlp) -> None:
    accounts = [
        ("wire.txt", "2023-05-06", "A block of flats collapsed in Tbilisi early on Friday, killing nine."),
        ("city.txt", "2023-05-06", "The building on Orchard Street in Harlan district collapsed at dawn, the city "
                                   "council said."),
        ("ngo.txt", "2023-05-07", "The collapse in Tbilisi on Friday was the deadliest this year."),
    ]
    documents, docs = _documents(nlp, accounts)
    anchor = infer_anchor(docs, documents)
    assert (anchor.place, anchor.site) == ("Tbilisi", "orchard street, tbilisi")


APART_ACCOUNTS = [
    ("wire.txt", "2023-05-06", "A gunman opened fire in Chicago on Friday night, killing four people, police said."),
    ("police.txt", "2023-05-06", "The shooting on Mercer Street left four people dead and two injured."),
    ("ngo.txt", "2023-05-07", "The attack outside the Kestrel Inn on Mercer Street must be investigated."),
]


def test_a_venue_named_apart_from_its_town_is_composed_with_the_anchor_s_town(nlp) -> None:
    documents, docs = _documents(nlp, APART_ACCOUNTS)
    anchor = infer_anchor(docs, documents)
    assert (anchor.place, anchor.site) == ("Chicago", "mercer street, chicago")


@pytest.mark.parametrize(
    "accounts",
    [
        [  # two venues, each named by two documents: two places, neither the site
            ("wire.txt", "2023-05-06", "A gunman opened fire in Chicago on Friday night, killing four people."),
            ("a.txt", "2023-05-06", "The shooting on Mercer Street left two people dead."),
            ("b.txt", "2023-05-06", "The shooting on Mercer Street was the first of the night."),
            ("c.txt", "2023-05-06", "The shooting on Dock Road left two more dead."),
            ("d.txt", "2023-05-07", "The shooting on Dock Road came an hour later."),
        ],
        [  # a venue only one document names
            ("wire.txt", "2023-05-06", "A gunman opened fire in Chicago on Friday night, killing four people."),
            ("police.txt", "2023-05-06", "The shooting on Mercer Street left four people dead."),
            ("ngo.txt", "2023-05-07", "The shooting in Chicago must be investigated."),
        ],
        [  # a village is no venue in a town: it may be another village beside it (an earlier strike's)
            ("wire.txt", "2023-05-06", "A drone strike killed three men near Jenin on Sunday."),
            ("ngo.txt", "2023-05-06", "The strike in Jenin must be investigated."),
            ("a.txt", "2023-05-06", "The strike on Tel Sulam village killed three men in Jenin."),
            ("b.txt", "2023-05-07", "The strike hit Tel Sulam village again at dawn."),
        ],
        [  # the venue's town written elsewhere: "the Kestrel Inn in Denver" is not in Chicago
            ("wire.txt", "2023-05-06", "A gunman opened fire in Chicago on Friday night, killing four people."),
            ("police.txt", "2023-05-06", "The shooting at the Kestrel Inn left four people dead."),
            ("ngo.txt", "2023-05-07", "The shooting at the Kestrel Inn in Denver must be investigated."),
        ],
    ],
)
def test_no_site_is_composed_when_the_venue_is_not_the_case_s_one(nlp, accounts) -> None:
    documents, docs = _documents(nlp, accounts)
    assert infer_anchor(docs, documents).site is None


def test_no_site_is_composed_with_a_country(nlp) -> None:
    documents, docs = _documents(nlp, APART_ACCOUNTS)
    anchor = infer_anchor(docs, documents, place="United States")  # a case.toml's place that is a country
    assert anchor.place == "United States"
    assert anchor.site is None


def test_a_venue_named_once_and_by_its_kind_in_another_document_is_the_site(nlp) -> None:
    accounts = [
        ("wire.txt", "2023-05-06", "A fire killed 30 miners near Denver on Tuesday, officials said."),
        ("company.txt", "2023-05-06", "The explosion at the Eagle Ridge Mine killed 30 of our workers."),
        ("union.txt", "2023-05-07", "The fire at the mine was preventable."),
    ]
    documents, docs = _documents(nlp, accounts)
    assert infer_anchor(docs, documents).site == "eagle ridge mine, denver"
    two_mines = [*accounts[:2], ("union.txt", "2023-05-07", "The fire at the Black Rock Mine was preventable and "
                                                           "the fire at the mine was no accident.")]
    documents, docs = _documents(nlp, two_mines)
    assert infer_anchor(docs, documents).site is None  # "the mine" is either of two: neither is the site


def test_a_village_and_its_district_named_apart_make_the_site(nlp) -> None:
    accounts = [
        ("wire.txt", "2024-07-30", "A landslide hit Mundakkai village before dawn on Tuesday, killing 40."),
        ("state.txt", "2024-07-30", "The landslide in Mundakkai killed 40 people, the state government said."),
        ("ngo.txt", "2024-07-31", "The landslide in Wayanad district has displaced thousands."),
    ]
    documents, docs = _documents(nlp, accounts)
    anchor = infer_anchor(docs, documents)
    assert (anchor.place, anchor.site) == ("Mundakkai", "mundakkai, wayanad")
    two_districts = [*accounts, ("relief.txt", "2024-07-31", "Roads were cut by the landslide in Malappuram district.")]
    documents, docs = _documents(nlp, two_districts)
    assert infer_anchor(docs, documents).site is None  # which district holds the village is not known


def test_no_site_is_composed_with_a_town_only_datelines_give(nlp) -> None:
    """"ATHENS, June 15 -" is where the reports were filed: a venue the sentences name is not made a place in it."""
    from reconcile.model import Inferred

    accounts = [
        ("wire.txt", "2023-05-06", "ATHENS, May 6 - The shooting on Mercer Street left four people dead."),
        ("wire2.txt", "2023-05-07", "ATHENS, May 7 - The attack outside the Kestrel Inn on Mercer Street was planned."),
    ]
    documents, docs = _documents(nlp, accounts)
    documents = [replace(d, inferred=(Inferred("place", "ATHENS", 0, 6, "dateline", d.id),)) for d in documents]
    anchor = infer_anchor(docs, documents)
    assert anchor.place == "Athens"
    assert anchor.site is None


def test_the_country_of_a_town_the_gazetteer_does_not_know_comes_from_its_dateline(tmp_path, nlp):
    from reconcile.pipeline import run

    (tmp_path / "wire.txt").write_text(
        "KORVANI, North Macedonia, March 16 (Wirepress) - A fire tore through a packed nightclub in Korvani early on "
        "Sunday, killing 59 people, authorities said.\n\nThe fire recalled the blaze at the Colectiv club in "
        "Bucharest in 2015, and the one at the Lame Horse club in Perm in 2009.\n", encoding="utf-8")
    (tmp_path / "post.json").write_text(
        '{"author": "Korvani Municipality", "text": "A fire broke out at a nightclub in Korvani this morning.", '
        '"created_at": "2025-03-16T09:00:00Z"}', encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    aside = [c for c in evidence.claims if c.other_event]
    assert not any("not romania" in (c.other_event or "") for c in evidence.claims)
    assert aside  # the recalled fires abroad are still set aside
