"""A tally over a span of time: many events counted together, not the case's one.

"Floods have killed 60 people in Accra since 2015", "Since the war began, more than 10,000 people have been killed
in the province", "Floods have killed 200 people so far this year": an event verb in the perfect, counted from
another year, from the start of a year or a war, or over "this year", tallies every event of that span. Its toll
is no figure of the case's event. A tally whose subject is the case's own event ("Since January, the outbreak has
killed 80 people", "27 people have died since Tuesday's flood began") is the case's.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from reconcile.claims.context import Context
from reconcile.claims.hierarchy import in_one_line
from reconcile.claims.things import find_event_type
from reconcile.claims.when import YEAR, event_words
from reconcile.resources import lexicon


@functools.cache
def _spans() -> frozenset[str]:
    return frozenset(lexicon("scope")["tally_spans"])


def tally(sent: Span, *, year: int | None, kind: str | None) -> str | None:
    """Why `sent` counts many events over a span of time, or None; `year` and `kind` are the anchor's."""
    for verb in sent:
        if not perfect_event(verb) or _the_case_s_own(verb, kind):
            continue
        for child in verb.children:
            span = _span_of(child, year)
            if span is not None:
                return f"a tally {span}, not the case's event"
    return None


def perfect_event(verb: Token) -> bool:
    """"have killed", "has been killed": an event verb in the perfect."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect and verb.lemma_.lower() in event_words()


def _span_of(child: Token, year: int | None) -> str | None:
    """The words of a span of time the verb counts over: "since 2015", "since the start of the year", "since the
    war began", "so far this year"."""
    words = list(child.subtree)
    text = child.doc[words[0].i : words[-1].i + 1].text
    if child.dep_ == "prep" and child.lower_ == "since":
        years = [int(y) for y in YEAR.findall(text)]
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if (years and year not in years) or (obj is not None and obj.lemma_.lower() in _spans()
                                             and not _of_an_event(obj)):
            return text
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children):
        subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lemma_.lower() in _spans():
            return text
    if child.dep_ == "npadvmod" and child.lemma_.lower() == "year" and any(
        c.lower_ == "this" for c in child.children
    ) and any(c.lower_ == "far" for c in child.head.children):
        return "so far " + text
    return None


def _of_an_event(obj: Token) -> bool:
    """"since the start of the fire": the start of an event, the case's own, is no span of a tally."""
    return any(t.lemma_.lower() in event_words() and t.lemma_.lower() not in _spans() for t in obj.subtree
               if t.i != obj.i)


def _the_case_s_own(verb: Token, kind: str | None) -> bool:
    """The verb's subject is the case's event, definite and of its kind: "the outbreak has killed 80 people"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or kind is None:
        return False
    definite = any(c.dep_ == "poss" or c.lower_ in {"the", "this"} for c in subject.children)
    told = [str(fv.value) for fv in find_event_type(subject.doc[subject.i : subject.i + 1], Context())]
    return definite and any(in_one_line("event_type", k, kind) for k in told)
