"""A running total: a count over the current year or a war, or by someone who records many events, not the case's.

claims/tally.py reads an event verb in the perfect counted from another year or the start of a war ("Floods have
killed 60 people in Accra since 2015"). Two more shapes carry such totals in UN and NGO notes and in translated
text: a counting verb over a span ("Since the beginning of 2025, the Mission has recorded 640 civilian casualties";
"The UN has documented 196 aid workers killed this year"), and an event over the current year that says it is
cumulative or country-wide ("In this year in all the country from the floods died already 188 persons"; "So far
this year, floods have killed 312 people nationwide"). "This year's flood killed 23 people" is the case's own.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from reconcile.claims.tally import perfect_event
from reconcile.claims.when import YEAR, event_words
from reconcile.nlp.spans import entities
from reconcile.resources import lexicon

PERIODS = {"year", "season", "month"}
"""What "this ..." names when it counts over a period, not an event's day ("this week" may be the case's)."""


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon("scope")[key])


def running_total(sent: Span, *, year: int | None) -> str | None:
    """Why `sent` gives a running total rather than the case's figure, or None; `year` is the anchor's."""
    war = _over_a_war(sent)
    if war is not None:
        return f"a running total over '{war}', not the case's event"
    for span in _periods(sent, year):
        verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            continue
        counter = next((t for t in [verb, *verb.ancestors] if t.lemma_.lower() in _words("counting_verbs")), None)
        if counter is not None and _counts(counter):
            return f"a running total '{counter.text} ... {span.text}', not the case's event"
        if verb.lemma_.lower() in event_words() and _current(span) and not _the_case_s(verb) and (
                _cumulative(verb) or _country_wide(sent)):
            return f"a running total over '{span.text}', not the case's event"
    return None


def _periods(sent: Span, year: int | None) -> list[Span]:
    """The sentence's spans of time that a total counts over: "this year", "since the beginning of 2025", "since
    2023", "since January"."""
    found = [sent.doc[t.i : max(w.i for w in (t.head if t.dep_ == "mark" else t).subtree) + 1]
             for t in sent if _since_a_span(t)]
    for ent in entities(sent):
        if ent.label_ != "DATE" or ent.root.dep_ == "poss" or any(t.dep_ == "case" for t in ent):
            continue  # "This year's flood": the case's own event
        holder = ent.root.head if ent.root.dep_ == "pobj" else None
        since = holder is not None and holder.lower_ == "since"
        years = [int(y) for y in YEAR.findall(ent.text)]
        if _current(ent) or since and (years and year not in years or ent.root.lemma_.lower() in _spans()):
            found.append(holder.doc[holder.i : ent.end] if since and holder is not None else ent)
    return found


def _since_a_span(since: Token) -> bool:
    """"since the start of the conflict", "since the war began": counted from a span's start that is not the
    case's event ("since the start of the attack" is)."""
    if since.lower_ != "since":
        return False
    if since.dep_ == "prep":
        starts = [c for c in since.children if c.dep_ == "pobj" and c.ent_type_ != "DATE"]
    elif since.dep_ == "mark":
        starts = [c for c in since.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    else:
        return False
    spans = _words("tally_spans")
    return any(s.lemma_.lower() in spans and not any(
        t.lemma_.lower() in event_words() and t.lemma_.lower() not in spans for t in s.subtree) for s in starts)


@functools.cache
def _spans() -> frozenset[str]:
    """The spans of tally.py that are no war: a year or season counted from its start."""
    return _words("tally_spans") - {"war", "conflict", "fighting", "insurgency"}


def _current(span: Span) -> bool:
    """"this year", "so far this year", "in this year": the period the case's event falls in, counted whole."""
    return any(t.lower_ == "this" and t.head.lemma_.lower() in PERIODS for t in span)


def _counts(verb: Token) -> bool:
    """A counting verb with a figure in what it counts ("recorded 640 civilian casualties")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.like_num for o in objects for t in o.subtree)


def _cumulative(verb: Token) -> bool:
    """"already died", "so far this year", "nationwide", "brings to 15 the number of aid workers killed": the
    verb's count adds up what came before."""
    near = [verb, *verb.children, *verb.ancestors]
    adverbs = [a for t in near for a in t.children if a.dep_ == "advmod"]  # "already", "so far", "this year alone"
    return any(a.lemma_.lower() in _words("cumulative") for a in adverbs) or any(
        t.lemma_.lower() in _words("total_nouns") and t.dep_ in {"dobj", "nsubj", "attr"} for t in near)


def _the_case_s(verb: Token) -> bool:
    """"The shelling already killed 11 people this year": the verb's subject is an event named definitely, the
    case's own."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in event_words()
               and any(d.dep_ == "poss" or d.lower_ in {"the", "this"} for d in c.children) for c in verb.children)


def _over_a_war(sent: Span) -> str | None:
    """"At least 220 aid workers have died in the conflict": an event verb in the perfect counted over a war."""
    for verb in sent:
        if not perfect_event(verb):
            continue
        for prep in verb.children:
            war = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _words("wars")), None)
            if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "throughout", "over"} and war is not None:
                return sent.doc[prep.i : war.i + 1].text
    return None


def _country_wide(sent: Span) -> bool:
    """"in the whole country", "in all the country", "across the nation"."""
    for token in sent:
        if token.lemma_.lower() not in _words("wide_areas") or token.dep_ != "pobj":
            continue
        whole = any(c.lower_ in {"whole", "all", "entire"} for c in token.children)
        if whole or token.head.lower_ in {"across", "throughout"}:
            return True
    return False
