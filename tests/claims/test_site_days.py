"""claims/site_days.py: a day at the case's site that is the case's anchor day is the event's day. Sentences written
for these tests (invented places and people), in witness, press-release and wire styles; none is from a gold case."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims.context import Context
from reconcile.claims.site_days import find_site_day
from reconcile.claims.where import find_where

SUNDAY = date(2025, 2, 2)


@pytest.mark.parametrize(
    "text, published, days",
    [
        ("Ramesh Patel, 34, was on the bridge with his two sons on Sunday.", date(2025, 2, 6), ["2025-02-02"]),
        ("The bridge on the Machhu river gave way at 6.30 pm yesterday.", date(2025, 2, 3), ["2025-02-02"]),
        ("Asha Rao had tickets for the fair at the Kalyan bridge on Sunday.", date(2025, 2, 5), ["2025-02-02"]),
        ("Ramesh Patel went back to the bridge on Tuesday.", date(2025, 2, 6), []),  # another day at the site
        ("Ramesh Patel was at home with his two sons on Sunday.", date(2025, 2, 6), []),  # the day, not the site
        ("The bridge was built in 1887.", date(2025, 2, 6), []),
    ],
)
def test_a_day_at_the_site_is_the_event_s_when_it_is_the_anchor_day(nlp, text, published, days):
    ctx = Context(published=published, site="kalyan bridge, morbani", town="Morbani", anchor_day=SUNDAY)
    assert [fv.value for fv in find_site_day(nlp(text)[:], ctx)] == days


def test_no_anchor_day_reads_no_day(nlp):
    ctx = Context(published=date(2025, 2, 6), site="kalyan bridge, morbani", town="Morbani")
    assert list(find_site_day(nlp("Ramesh Patel was on the bridge on Sunday.")[:], ctx)) == []


@pytest.mark.parametrize(
    "text, published, latest, expected",
    [
        ("April 2", date(2024, 4, 1), date(2024, 4, 29), "2024-04-02"),  # an undated account's stand-in day
        ("April 2", date(2024, 4, 1), None, "2023-04-02"),  # a document's own date: no day after it
        ("3 October", date(2023, 10, 2), None, "2022-10-03"),
        ("28 December", date(2024, 1, 3), None, "2023-12-28"),  # the year before, nearest
        ("April 2, 2022", date(2024, 4, 1), date(2024, 4, 29), "2022-04-02"),  # a year given stays
    ],
)
def test_a_year_less_day_takes_the_nearest_year_never_after_the_limit(text, published, latest, expected):
    from reconcile.claims.when import normalise_date

    assert normalise_date(text, published, latest) == expected


@pytest.mark.parametrize(
    "text, published, undated, days",
    [
        ("A suicide bomber detonated his vest in the mosque on Friday.", date(2024, 3, 9), False, ["2024-03-08"]),
        ("Floodwaters submerged most of the town on Tuesday night.", date(2024, 8, 1), False, ["2024-07-30"]),
        ("The victims were buried on Thursday.", date(2024, 3, 9), False, []),  # a funeral's day, not the event's
    ],
)
def test_verbs_of_the_event_tie_its_day(nlp, text, published, undated, days):
    from reconcile.claims.when import find_when

    ctx = Context(published=published, undated=undated, event_day=published if undated else None,
                  latest=published)
    assert [fv.value for fv in find_when(nlp(text)[:], ctx)] == days


@pytest.mark.parametrize(
    "text, days",
    [
        ("KORVA, Gaza Strip, April 2 (Wirepress) - Seven aid workers were killed late on Monday.", ["2024-04-01"]),
        ("The board completed its examination of the incident on 1 April in which seven workers were killed.",
         ["2024-04-01"]),  # the parser hangs the killing on the day
        ("The board began a review of the attack on 3 April.", []),  # the review's day
    ],
)
def test_the_event_s_day_not_the_dateline_s_nor_the_review_s(nlp, text, days):
    from reconcile.claims.when import find_when

    ctx = Context(published=date(2024, 4, 4), latest=date(2024, 4, 4))
    assert [fv.value for fv in find_when(nlp(text)[:], ctx)] == days


def test_the_deir_al_balah_area_is_a_place_although_the_ner_takes_the_article_in(nlp):
    text = "Seven employees were killed in the Deir al-Balah area."
    assert [fv.value for fv in find_where(nlp(text)[:], Context())] == ["deir al-balah area"]


def test_a_translated_press_note_s_day_in_the_village_named_in_apposition(nlp):
    text = ("It is to inform that on the date 02.07.2024 in the village Fulrai Mughalgarhi of police station Tesra "
            "area, the satsang was organised by the organisers.")
    ctx = Context(published=date(2024, 7, 3), site="phulrai, hathras", town="Hathras", anchor_day=date(2024, 7, 2))
    assert [fv.value for fv in find_site_day(nlp(text)[:], ctx)] == ["2024-07-02"]


@pytest.mark.parametrize("text", ["Yesterday a bomb exploded in the market, killing 12 civilians.",
                                  "Last night a bomb exploded in the market, killing 12 civilians."])
def test_a_relative_day_in_an_account_of_unknown_date_is_the_anchor_s_day(nlp, text):
    from reconcile.claims.when import find_when

    ctx = Context(published=date(2024, 5, 4), undated=True, latest=date(2024, 5, 5), event_day=date(2024, 5, 4))
    assert [fv.value for fv in find_when(nlp(text)[:], ctx)] == ["2024-05-04"]


def test_the_case_town_the_ner_calls_an_organisation_is_a_place(nlp):
    text = "A bomb exploded in the central market of Tarvi, killing 12 civilians."
    assert [fv.value for fv in find_where(nlp(text)[:], Context(town="Tarvi"))] == ["tarvi"]
    assert [fv.value for fv in find_where(nlp(text)[:], Context(town="Kelso"))] == []
