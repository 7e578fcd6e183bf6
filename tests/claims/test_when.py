"""claims/when.py and clock.py: the event's day and time, never the document's own date or what came after."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims.clock import find_time
from reconcile.claims.context import Context
from reconcile.claims.when import find_when, normalise_date

PUBLISHED = date(2025, 3, 14)  # a Friday


def _days(nlp, text: str, **options) -> list[str]:
    return [str(fv.value) for fv in find_when(nlp(text)[:], Context(published=PUBLISHED, **options))]


@pytest.mark.parametrize(
    "text, days",
    [
        ("The bridge collapsed on Tuesday, killing four.", ["2025-03-11"]),
        ("The ferry sank on 9 March off the coast.", ["2025-03-09"]),
        ("The attack happened on the night of 12 March.", ["2025-03-12"]),
        ("The protest took place yesterday in the capital.", ["2025-03-13"]),
        ("The blast occurred on 2 February 2024 at the plant.", ["2024-02-02"]),
        # what came after the event, or a thing the event left, is no day of it
        ("Rescuers ended their search of the collapsed block on Thursday.", []),
        ("The inquiry will report until 30 April on the crash.", []),
    ],
)
def test_find_when(nlp, text, days):
    assert _days(nlp, text) == days


def test_a_dateline_date_is_the_document_s_not_the_event_s(nlp):
    text = "DUNMORE, March 14 (Wire) - The roof of the arena collapsed on Tuesday, officials said."
    dated = ((text.index("March"), text.index(" (Wire)")),)
    assert _days(nlp, text, dated=dated) == ["2025-03-11"]


@pytest.mark.parametrize(
    "text, published, day",
    [
        ("4 March", date(2019, 3, 6), "2019-03-04"),
        ("4 March", None, None),  # no year to read it against: never today's year
        ("Friday", date(2025, 3, 14), "2025-03-14"),  # "said Friday" in a paper of Friday
        ("August 2021", date(2023, 5, 1), "2021-08"),
        ("three days later", date(2025, 3, 14), None),
        ("20 March", date(2025, 3, 14), "2024-03-20"),  # a day after the paper's own is last year's
    ],
)
def test_normalise_date(text, published, day):
    assert normalise_date(text, published) == day


@pytest.mark.parametrize(
    "text, times",
    [
        ("At 21:15 the bus overturned on the highway.", ["21:15"]),
        ("At 21:15 the bus crashed into a wall.", ["21:15"]),
        ("The ferry capsized at 9.40 p.m. near the port.", ["21:40"]),
        ("The blast happened at around four in the morning.", ["04:00"]),
        ("The fire was brought under control at 07:10.", []),  # the response, not the event
        ("He was pronounced dead at 11:52 in hospital.", []),
        ("The strike hit the convoy at seven.", []),  # an hour with no part of the day says too little
    ],
)
def test_find_time(nlp, text, times):
    assert [str(fv.value) for fv in find_time(nlp(text)[:], Context())] == times


@pytest.mark.parametrize(
    "text, times",
    [
        # hours written in words, "hrs", and approximate before/after
        ("It was about twenty to seven in the evening when the roof collapsed.", ["18:40"]),
        ("The ferry capsized at 18:40 hrs near the jetty.", ["18:40"]),
        ("Around 02:17 hrs the tanker exploded.", ["02:17"]),
        ("A little after seven in the evening the bridge collapsed.", ["19:00"]),
        ("Shortly before midnight the ferry capsized.", ["00:00"]),
        ("Just before seven in the evening, a missile hit the yard.", ["19:00"]),
        ("Update on the accident near the old bridge at about 18:55 hrs on Thursday: four people died.", ["18:55"]),
        # a step before or after the event, or no clock at all
        ("The blaze spread to the upper floors at 21:00.", []),
        ("At 12:37 the bomber entered the mosque.", []),
        ("Police arrived shortly after midnight.", []),
        ("Ten to twelve people died in the blast.", []),
        ("The shelling stopped before seven in the evening.", []),
    ],
)
def test_find_time_in_words_and_hrs(nlp, text, times):
    assert [str(fv.value) for fv in find_time(nlp(text)[:], Context())] == times


@pytest.mark.parametrize(
    "text, days",
    [
        # days named from the writer's own day (a post's or a statement's date)
        ("The roof collapsed this morning.", ["2025-03-14"]),
        ("Gunmen attacked the hall last night.", ["2025-03-13"]),
        ("At 03:52 today we received a report of the collapse of a house.", ["2025-03-14"]),
        ("Update on the accident near the old bridge at about 18:55 hrs on Thursday: four people died.",
         ["2025-03-13"]),
        ("The bridge collapsed on 02.03.2025, officials said.", ["2025-03-02"]),
        # a day that dates a clause of its own, not the event
        ("The number of deaths in the crash is 40, and not 52 as circulated on Thursday.", []),
        ("Rescuers who arrived on Thursday found the collapsed house.", []),
    ],
)
def test_find_when_from_the_writer_s_day(nlp, text, days):
    assert _days(nlp, text) == days


@pytest.mark.parametrize(
    "text, day",
    [
        ("02.03.2025", "2025-03-02"),  # dots: day first, as a "Date: 03.07.2024" header is read
        ("13/03/2025", "2025-03-13"),  # a field above 12 is the day
        ("03/13/2025", "2025-03-13"),  # in either place
        ("02/03/2025", None),  # 2 March or 3 February: no date
        ("31.02.2025", None),
        ("this morning", "2025-03-14"),
        ("last night", "2025-03-13"),
    ],
)
def test_numeric_and_relative_dates(text, day):
    assert normalise_date(text, PUBLISHED) == day


@pytest.mark.parametrize(
    "text, days",
    [
        # a witness opens on the case's day and tells the event after: that day is the event's
        ("On Tuesday, just before seven in the evening, we were sitting in the square.", ["2025-03-11"]),
        ("Last Tuesday we were queueing outside the bakery.", ["2025-03-11"]),
        # a day the sentence opens on that is not the case's is the witness's own
        ("On Saturday I brought my children to the school.", []),
        # a day inside the sentence dates what it is about, not the event
        ("We went to the clinic on Tuesday to see my aunt.", []),
        # the first response's day is the event's when it is the case's
        ("At 11:12 p.m. on Tuesday, officers were dispatched to the shop.", ["2025-03-11"]),
        ("At 11:12 p.m. on Wednesday, officers were dispatched to the shop.", []),
    ],
)
def test_a_day_setting_the_scene_is_the_event_s_when_it_is_the_case_s(nlp, text, days):
    assert _days(nlp, text, event_day=date(2025, 3, 11)) == days


def test_a_day_setting_the_scene_needs_the_case_s_day(nlp):
    assert _days(nlp, "On Tuesday, just before seven in the evening, we were sitting in the square.") == []


def test_a_time_on_the_scene_day_is_the_event_s(nlp):
    text = "On Tuesday, just before seven in the evening, we were sitting in the square."
    found = [str(fv.value) for fv in find_time(nlp(text)[:], Context(published=PUBLISHED, event_day=date(2025, 3, 11)))]
    assert found == ["19:00"]
    other_day = Context(published=PUBLISHED, event_day=date(2025, 3, 12))
    assert [fv.value for fv in find_time(nlp(text)[:], other_day)] == []


@pytest.mark.parametrize(
    "text, days",
    [
        # a day hung on a clause verb that is "in" the event dates the event
        ("They deny that the group was involved in the attack at the hall on 9 March.", ["2025-03-09"]),
        # one that dates the clause's own doing does not
        ("The officials who arrived at the scene on 9 March spoke to the press.", []),
        # a relative clause whose subject is the event tells the event's doing; a passive one another's
        ("Thousands joined the march, which set off from the station on 9 March.", ["2025-03-09"]),
        ("Thousands joined the march, which was announced on 9 March.", []),
    ],
)
def test_a_day_of_a_clause_about_the_event(nlp, text, days):
    assert _days(nlp, text) == days


INTERVIEW = "Interview by Lena Orr.\n\n**{question}**\n\n{answer} We had just sat down."


@pytest.mark.parametrize(
    "question, answer, part, times",
    [
        # an interview's answer to when the event happened, read in the half of the day the case gives
        ("What time did the shooting start?", "About ten to eight.", "pm", ["19:50"]),
        ("When did it happen?", "Around half past one, when the speaker left.", "pm", ["13:30"]),
        ("When did the fire start?", "At twenty past four in the morning.", None, ["04:20"]),
        # no half of the day agreed by the case: no guess between 01:30 and 13:30
        ("When did it happen?", "Around half past one, when the speaker left.", None, []),
        # a question about something else
        ("When did you arrive?", "About ten to eight.", "pm", []),
        ("How many people were there?", "About ten to eight.", "pm", []),
    ],
)
def test_an_answer_gives_the_event_s_time(nlp, question, answer, part, times):
    text = INTERVIEW.format(question=question, answer=answer)
    found = find_time(nlp(text)[:], Context(published=PUBLISHED, part_of_day=part))
    assert [str(fv.value) for fv in found] == times


def test_a_bare_hour_is_no_time_even_in_the_case_s_half(nlp):
    text = "The shooting started when seven men entered the hall."
    assert list(find_time(nlp(text)[:], Context(published=PUBLISHED, part_of_day="pm"))) == []
