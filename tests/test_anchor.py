"""The event's anchor from all documents, dates read against it, and other events told apart by comparison.

Every text here was written for this file (no event, name or place of the gold set).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from reconcile.claims.anchor import Anchor, case_title, infer_anchor, with_anchor
from reconcile.claims.scope import other_events
from reconcile.claims.when import normalise_date
from reconcile.model import CaseInfo, Document

ACCOUNTS = [
    ("wire.txt", "2023-01-16", "A passenger plane crashed near Pokhara on January 15, killing 68 people, officials said."),
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
        ("The January 15 crash killed more than the crash of 3 December did.", True),  # an earlier day compared
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
