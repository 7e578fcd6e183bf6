"""Which event a sentence is about: the case's, or another one the report recalls.

A sentence belongs to another event when it dates an event to another year, places it in another country
("a drone strike in Kabul", "Afghan civilians"), or calls it another/earlier/similar one. The following sentences
of the same paragraph stay with that other event until one names the case's own date or place again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from reconcile.claims.when import event_words
from reconcile.claims.where import country_of, is_event_place
from reconcile.nlp.spans import entities, paragraph_index

OTHER_MARKERS = {"another", "previous", "earlier", "similar", "prior", "past", "last", "separate", "botched", "errant"}
VICTIM_NOUNS = {"civilian", "people", "child", "soldier", "member", "worker", "resident", "villager", "student"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Anchor:
    year: int | None
    country: str | None


def infer_anchor(docs: Sequence[Doc], *, date: str | None, place: str | None, published: Sequence[str | None]) -> Anchor:
    """The case's year and country: from case.toml when given, else what the documents say most."""
    year = int(date[:4]) if date else _most_common([int(p[:4]) for p in published if p])
    country = country_of(place) if place else None
    if country is None:
        places = [country_of(t.text) for doc in docs for t in doc if t.ent_type_ == "GPE" and is_event_place(t)]
        country = _most_common([p for p in places if p])
    return Anchor(year, country)


def other_events(doc: Doc, anchor: Anchor) -> dict[int, str]:
    """Map sentence start token -> why the sentence is about another event."""
    reasons: dict[int, str] = {}
    carried: str | None = None
    paragraph = -1
    for sent in doc.sents:
        para = paragraph_index(doc, sent.start_char)
        if para != paragraph:
            carried, paragraph = None, para
        reason = _reason(sent, anchor)
        if reason is None and carried is not None and not _names_anchor(sent, anchor):
            reason = carried
        if reason is not None:
            reasons[sent.start] = reason
            carried = reason
    return reasons


def _reason(sent: Span, anchor: Anchor) -> str | None:
    events = event_words()
    for ent in entities(sent):
        if ent.label_ == "DATE" and anchor.year:
            years = [int(y) for y in YEAR.findall(ent.text)]
            if years and all(y != anchor.year for y in years):
                return f"dated {years[0]}, not {anchor.year}"
        if anchor.country and ent.label_ in {"GPE", "LOC"} and is_event_place(ent.root):
            country = country_of(ent.text)
            if country and country != anchor.country:
                return f"set in {ent.text}, not {anchor.country}"
        if anchor.country and ent.label_ == "NORP" and ent.root.head.lemma_.lower() in VICTIM_NOUNS:
            country = country_of(ent.text)
            if country and country != anchor.country:
                return f"about {ent.text} victims, not {anchor.country}"
    for token in sent:
        if token.lower_ in OTHER_MARKERS and token.dep_ in {"amod", "det"} and token.head.lemma_.lower() in events:
            if token.lower_ in {"another", "previous", "earlier", "prior", "similar", "separate"}:
                return f"'{token.head.text}' called {token.lower_}"
    return None


def _names_anchor(sent: Span, anchor: Anchor) -> bool:
    for ent in entities(sent):
        if ent.label_ in {"GPE", "LOC"} and anchor.country and country_of(ent.text) == anchor.country:
            return True
        if ent.label_ == "DATE" and anchor.year and str(anchor.year) in ent.text:
            return True
    return False


def _most_common(values: list) -> object | None:
    return Counter(values).most_common(1)[0][0] if values else None
