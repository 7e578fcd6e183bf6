"""What time of day it happened: clock times read from the statement's tokens and tied to the event in the parse.

The small NER tags times unevenly ("17:20" as a number, "half past nine" as a date, "3 a.m." as a time), so the
clock is read from the tokens themselves: a 24-hour clock ("at 17:20", "18:55 hrs"), an hour with a.m./p.m.
("11:20 p.m.", "7.40 p.m."), an hour with a part of the day ("5.20 in the afternoon", "around four in the morning",
"half past nine in the evening"), or "noon"/"midnight". An hour with no part of the day ("at seven") says too little.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, facet, value, words
from reconcile.claims.when import (
    BLOCKING_PREPS,
    about_event,
    approximate,
    event_words,
    headline_on_event,
    scene_day,
)
from reconcile.model import FacetValue
from reconcile.nlp.spans import sentence_of

AM, PM = {"a.m.", "am", "a.m"}, {"p.m.", "pm", "p.m"}
CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")
HOUR_24 = re.compile(r"^(\d{1,2}):(\d{2})$")


@functools.cache
def _words() -> tuple[dict[str, int], dict[str, str], dict[str, int]]:
    spec = facet("event.time")
    return spec["hours"], spec["day_parts"], spec["fixed"]


def find_time(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Each clock time in the statement that dates the event ("At 17:20 ... carried out a strike", "It was around
    two in the night"), not the report, the response or the end of it ("dispatched at 11:12", "until 07:10")."""
    taken: set[int] = set()
    for token in words(span, ctx):
        if token.i in taken:
            continue
        found = read_clock(token) or _in_case_half(token, ctx)
        if found is None:
            continue
        clock, tokens = found
        taken.update(t.i for t in tokens)
        if _aftermath(token):
            continue
        if about_event(token) or _moment_of_event(token) or _on_scene_day(token, ctx) or answers_when(token):
            yield value("event.time", clock, tokens)


def _in_case_half(token: Token, ctx: Context) -> tuple[str, list[Token]] | None:
    """"ten to eight", "half past one" with no half of the day named, read in the half the case's documents put
    the event in ("the shooting on Friday evening": 19:50); None when they do not agree on one. A bare hour ("at
    seven") is not read: "seven" is as often a count."""
    hours, _, _ = _words()
    minutes, doc = _minutes(token, hours), token.doc
    if ctx.part_of_day is None or minutes is None or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in {
            "past", "to"}:
        return None
    hour = _hour(doc[token.i + 2], hours)
    if hour is None or hour > 12:
        return None
    if doc[token.i + 1].lower_ == "to":
        hour, minutes = (hour - 1) % 12 or 12, 60 - minutes
    return f"{_shift(hour, ctx.part_of_day):02d}:{minutes:02d}", list(doc[token.i : token.i + 3])


def answers_when(token: Token) -> bool:
    """The time opens the answer to a question about when the event happened ("What time did the shooting start?
    About ten to eight."): an interview's answer names no event, its question does."""
    sentence = sentence_of(token)
    if token.i - sentence.start > 3 or sentence.start == 0:
        return False
    question = sentence_of(token.doc[sentence.start - 1])
    while question.start > 0 and not any(t.is_alpha for t in question):  # the "**" around a bold question
        question = sentence_of(token.doc[question.start - 1])
    words_ = [t.lower_ for t in question if not t.is_punct]
    asks = words_[:1] == ["when"] or words_[:2] == ["what", "time"] or words_[:3] == ["at", "what", "time"]
    targets = event_words() | {"happen"}
    return asks and any(t.text == "?" for t in question[-2:]) and any(
        t.lemma_.lower() in targets for t in question)


def _on_scene_day(token: Token, ctx: Context) -> bool:
    """A time in a sentence that opens on the case's anchor day ("On Tuesday, just before seven in the evening, we
    were sitting in the yard"): the narrative's moment of the event, told in the sentences after."""
    sentence = sentence_of(token)
    return scene_day(sentence, ctx) is not None and not any(
        t.lower_ in BLOCKING_PREPS and not approximate(t) for t in token.ancestors if t.dep_ == "prep")


def read_clock(token: Token) -> tuple[str, list[Token]] | None:
    """The clock time that starts at this token, as "HH:MM", with its tokens; None when the token starts none."""
    hours, _, fixed = _words()
    doc = token.doc
    if token.lower_ in fixed and token.pos_ in {"NOUN", "PROPN"}:
        return f"{fixed[token.lower_]:02d}:00", [token]
    offset, hour, minute = 0, None, 0
    minutes = _minutes(token, hours)
    if minutes is not None and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in {"past", "to"}:
        hour = _hour(doc[token.i + 2], hours)
        minute = minutes
        if hour is not None and doc[token.i + 1].lower_ == "to":
            hour, minute = (hour - 1) % 12 or 12, 60 - minute
        offset = 2
    elif match := CLOCK.match(token.text):
        hour, minute = int(match[1]), int(match[2])
    else:
        hour = _hour(token, hours)
    if hour is None or not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    last = token.i + offset
    part, tail = _day_part(doc, last + 1)
    tokens = list(doc[token.i : last + 1 + tail])
    if part is None:
        twenty_four = HOUR_24.match(token.text) and offset == 0
        return (f"{hour:02d}:{minute:02d}", tokens) if twenty_four else None
    if hour > 12 and part != "clock":
        return None  # "17:20 p.m." is no clock to trust
    return f"{_shift(hour, part):02d}:{minute:02d}", tokens


def _minutes(token: Token, hours: dict[str, int]) -> int | None:
    """Minutes before "past" or "to" ("twenty to seven", "ten past nine", "half past one"), words only: "10 to 12"
    is a range."""
    return facet("event.time").get("minutes", {}).get(token.lower_) or hours.get(token.lower_)


def _hour(token: Token, hours: dict[str, int]) -> int | None:
    if token.lower_ in hours:
        return hours[token.lower_]
    return int(token.text) if token.text.isdigit() and len(token.text) <= 2 else None


def _day_part(doc, i: int) -> tuple[str | None, int]:
    """What follows an hour and says which half of the day: a.m./p.m. ("11 p.m."), "o'clock", "hrs", "in the
    morning", "at night". Returns the part ("am", "pm", "night", "clock" for o'clock and hrs) and its length."""
    _, parts, _ = _words()
    if i >= len(doc):
        return None, 0
    word = doc[i].lower_
    if word in AM or word in PM:
        return ("am" if word in AM else "pm"), 1
    if word in {"o'clock", "hrs", "hours"}:
        return "clock", 1
    if word == "at" and i + 1 < len(doc) and doc[i + 1].lower_ in parts:
        return parts[doc[i + 1].lower_], 2
    if word == "in" and i + 2 < len(doc) and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ in parts:
        return parts[doc[i + 2].lower_], 3
    return None, 0


def _shift(hour: int, part: str) -> int:
    """An hour of the named half of the day on a 24-hour clock: 5 in the afternoon -> 17, 2 in the night -> 2,
    11 at night -> 23, 12 a.m. -> 0."""
    if part == "am":
        return 0 if hour == 12 else hour
    if part == "pm":
        return hour if hour == 12 else hour + 12
    if part == "night":
        return 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    return hour


def _aftermath(token: Token) -> bool:
    """The time hangs first on a verb of what came after ("brought under control at 07:10", "pronounced dead at
    11:52", "officers were dispatched at 11:12"): it dates the response, not the event (facets.toml `aftermath`)."""
    verb = next((n for n in ancestors(token, 4) if n.pos_ in {"VERB", "AUX"}), None)
    if verb is None or headline_on_event(verb, token, event_words()):
        return False  # "Update on the accident ... at about 18:55 hrs": the accident's time, not the update's
    return verb.lemma_.lower() in facet("event.time")["aftermath"]


def _moment_of_event(token: Token) -> bool:
    """Two ways a narrated moment dates the event that `about_event` does not see: "It was around two in the night
    (when the boat tipped over)", a time given as what "it" was; and "At 02:04 the ferry began to tilt and sank", a
    time on a verb whose joined clause is the event ("fired his weapon, striking the man")."""
    targets = event_words()
    chain = [token, *ancestors(token, 4)]
    if _opens_fragment(chain, targets):
        return True
    for node in chain:
        if node.lower_ in BLOCKING_PREPS and node.i != token.i and not approximate(node):
            return False
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if node.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in node.children):
            return True
        joined = [c for c in node.children if c.dep_ in {"conj", "advcl", "xcomp"}]
        return any(c.lemma_.lower() in targets for c in joined)
    return False


def _opens_fragment(chain: list[Token], targets: frozenset[str]) -> bool:
    """A time opening a sentence that the parser made a noun phrase ("At 21:15 the bus overturned": "bus" the root,
    "overturned" hanging on it; "Around 02:17 hrs the tanker exploded": "hrs" the root): the event verb that hangs
    on the root after the time is what the time dates."""
    root = chain[-1]
    if root.dep_ != "ROOT" or root.pos_ in {"VERB", "AUX"} or chain[0].i > root.i:
        return False
    return any(c.pos_ == "VERB" and c.dep_ in {"acl", "ccomp", "relcl"} and c.i > chain[0].i
               and c.lemma_.lower() in targets for c in root.children)

