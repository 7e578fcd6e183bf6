"""Other events told apart inside and around sentences about the case: dated phrases, marks confined to a phrase,
running totals, distances and translated time words.

Every sentence was written for this file, in the styles a desk receives (wire copy, a press statement, a witness, a
UN note, machine translation); none comes from a gold case. The anchor is the shelling of a school in Tervani on
Tuesday 7 October 2025, which three documents date; the documents are dated the day after.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims.anchor import Anchor
from reconcile.claims.scope import other_asides, other_events

ANCHOR = Anchor(year=2025, country="veloria", date="2025-10-07", place="Tervani", event_type="attack",
                latest=date(2025, 10, 8), date_documents=3)
PUBLISHED = date(2025, 10, 8)


def _read(nlp, text: str, published: date = PUBLISHED) -> tuple[dict[int, str], list[str]]:
    doc = nlp(text)
    reasons = other_events(doc, ANCHOR, published)
    return reasons, [doc.text[a.start : a.end] for a in other_asides(doc, reasons, ANCHOR, published)]


@pytest.mark.parametrize(
    "text, aside",
    [
        # a "where" clause on a place in a phrase dated well before the anchor
        ("Rights groups have documented such attacks since the war began, including on 24 February 2025 outside a "
         "clinic in Vosk, where four civilians were killed and ten wounded.",
         "on 24 February 2025 outside a clinic in Vosk, where four civilians were killed and ten wounded"),
        ("The toll surpasses that of Dolna, where soldiers opened fire on a queue for bread on Aug. 15, killing 10 "
         "people.",
         "where soldiers opened fire on a queue for bread on Aug. 15, killing 10 people"),
        ("The governor said the toll of Tuesday's attack was higher than in the March shelling of the market in "
         "Dolna, where six people died.",
         "than in the March shelling of the market in Dolna, where six people died"),
        ("As in Dolna on 15 December 2024, where ten people died, the shells fell on Tervani without warning.",
         "As in Dolna on 15 December 2024, where ten people died"),
        # a mark of another event inside a phrase, in a sentence that names the case's day or place
        ("Some 300 pupils were in the school on Tuesday, compared with 500 at the shelling of a school in Vosk on "
         "1 September.",
         "compared with 500 at the shelling of a school in Vosk on 1 September"),
        ("The toll from Tuesday's shelling in Tervani rose to 12 after a girl died on Friday at a hospital in "
         "Madrid.",
         "after a girl died on Friday at a hospital in Madrid"),
        ("Doctors in Tervani counted 11 dead, up from 4 at the previous attack in July.",
         "up from 4 at the previous attack in July"),
        ("Teachers counted 300 pupils in the school on Tuesday, against 500 at the first attack in January.",
         "against 500 at the first attack in January"),
        # earlier events an ordinal counts the case's among, and a toll set beside another's
        ("This is the third school hit this year, after attacks in Vosk and Dolna that killed 14 people in total.",
         "attacks in Vosk and Dolna that killed 14 people in total"),
        ("The death toll is nearly double that of the Dolna attack, in which 6 people were killed.",
         "the Dolna attack, in which 6 people were killed"),
        # a distance on the verb above the clause it measures from
        ("It comes less than a month after a drone strike on a wedding in the same province killed 20 people.",
         "after a drone strike on a wedding in the same province killed 20 people"),
    ],
)
def test_a_phrase_about_another_event_goes_aside_and_the_sentence_stays(nlp, text: str, aside: str) -> None:
    reasons, asides = _read(nlp, text)
    assert reasons == {}
    assert any(aside in words for words in asides)


@pytest.mark.parametrize(
    "text, aside, kept",
    [
        ("The toll from Tuesday's shelling in Tervani rose to 12 after a girl died on Friday at a hospital in "
         "Madrid.", "after a girl died on Friday at a hospital in Madrid", "12"),
        ("The shelling on Tuesday killed 11 people, including two teachers injured in an earlier attack in August.",
         "in an earlier attack in August", "11"),
        ("Teachers counted 300 pupils in the school on Tuesday, against 500 at the first attack in January.",
         "against 500 at the first attack in January", "300"),
    ],
)
def test_the_case_s_own_figure_stays_outside_the_aside(nlp, text: str, aside: str, kept: str) -> None:
    reasons, asides = _read(nlp, text)
    assert reasons == {}
    assert aside in asides
    assert not any(kept in words.split() for words in asides)


@pytest.mark.parametrize(
    "text",
    [
        # a witness: a time some days back on a verb whose place is an event, and what follows in the paragraph
        "Two weeks before, I went to the march in Puerto Lanza. There were 20,000 people there.",
        # machine translation: "before two years" is two years ago
        "Before two years in the same place died 30 persons from the shelling.",
        "Before three months the bomb killed 7 persons in the market.",
        "The year past in the same place the army killed 3 persons.",
        # an earlier occasion: a witness's "last time", a statement's "on the previous occasion"
        "Last time we were 3 thousand in the yard.",
        "On the previous occasion, 20 pupils were injured.",
        # a weekend back: "the previous weekend", "two weekends ago"
        "The previous weekend, 5,000 people protested in the town.",
        "Two weekends ago, 4,000 people marched in the capital.",
        # the same place hit days before: a recall, as after "already"
        "Residents said the same street was hit on Saturday, wounding two.",
        # a month named alone, more than six months before the anchor's
        "In January, a rocket strike on the town killed nine people.",
        # running totals: a counting verb over a span, a cumulative count over the current year
        "Since the beginning of 2025, the Mission has recorded 640 civilian casualties from explosive devices.",
        "Since the start of the conflict, OHCHR has verified 10,000 civilian deaths.",
        "Since the war began, the agency has registered 3,000 attacks on schools.",
        "The UN has documented 196 teachers killed in the region this year.",
        "So far this year, the ministry has registered 312 deaths from shelling nationwide.",
        "In this year in all the country from the shelling died already 188 persons, informed the ministry.",
        "This year 188 people already died in shelling in the whole country.",
        "At least 220 teachers have died in the conflict, the UN says.",
        "This year alone, 40 teachers were killed worldwide.",
        "The shelling brings to 15 the number of schools hit this month.",
    ],
)
def test_a_sentence_about_another_event_or_many_is_set_aside(nlp, text: str) -> None:
    reasons, _ = _read(nlp, text)
    assert reasons


@pytest.mark.parametrize(
    "text",
    [
        "This year's shelling of the school killed 11 people.",  # the case's own, named by its year
        "Since the start of the attack, doctors have counted 11 bodies.",  # counted from the case's own event
        "The hospital has recorded 11 deaths since Tuesday.",
        "Since the shelling began, doctors have counted 11 bodies.",
        "Eleven people were killed this month in the shelling of the school.",  # a period, nothing added up
        "The attack, already the deadliest this month, killed 11 people.",  # the case's own event adds nothing up
        "The shelling already killed 11 people this year, the governor said on Tuesday.",
        "Her parents saw her for the last time on Tuesday morning.",  # "for the last time": no earlier occasion
        "Before the attack the school had 300 pupils.",  # "before" an event, not two years back
        "Before two days the army warned the school.",  # no event: the case's own story
        "Two weeks before, I was at the town hall.",  # the speaker's own day, no event
        "The shelling came a day after soldiers withdrew from the town.",  # a day after, nothing happening
        "The teacher, who had worked at the school since 2010, was among the 11 killed on Tuesday.",
    ],
)
def test_the_case_s_own_sentence_stays_whole(nlp, text: str) -> None:
    assert _read(nlp, text) == ({}, [])


def test_a_month_between_the_anchor_and_the_document_s_date_is_what_followed(nlp) -> None:
    """A follow-up written in December: "In November" is after the October shelling, not before it."""
    text = "In November, a girl injured in the shelling died, bringing the toll to 12."
    assert _read(nlp, text, published=date(2025, 12, 10)) == ({}, [])


@pytest.mark.parametrize(
    "text, other",
    [
        # the recalled event was of the case's kind: "the shelling" after it is that one
        ("In 2019, a shelling of the Lotus school killed 40 people. The shelling was blamed on the army.", 2),
        # a sentence set apart by its place alone, naming no event of the case's kind: "the shelling" is the
        # case's own again
        ("The school's former director died in a hospital in Madrid. The shelling killed 11 people.", 1),
        ("The school's former director died in a hospital in Madrid. He had led it for 20 years.", 2),
        # a recalled year holds the paragraph, whatever it names
        ("In 2019, 19 children died at a school in Vosk. The shelling was the deadliest in a decade.", 2),
    ],
)
def test_a_paragraph_goes_on_about_the_recalled_event_until_it_names_the_case_s(nlp, text: str, other: int) -> None:
    reasons, _ = _read(nlp, text)
    assert len(reasons) == other
