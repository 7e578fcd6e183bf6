"""Which event a sentence is about: the case's, or another one the report recalls.

A sentence belongs to another event when it differs from the case's anchor (claims/anchor.py): it dates an event
to another year ("in 2019", "last year's flood") or to a day days away from the anchor's ("an earlier raid on 3
March"), places it in another country or another known city ("a drone strike in Kabul", "Afghan civilians"), or
calls it another/earlier/similar one. The following sentences of the same paragraph stay with that other event
until one names the case's own date or place again.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from reconcile.claims.anchor import Anchor
from reconcile.claims.when import about_event, event_words, normalise_date, recalled_sentences
from reconcile.claims.where import country_of, gazetteer, is_event_place
from reconcile.nlp.spans import entities, paragraph_index

OTHER_MARKERS = {"another", "previous", "earlier", "similar", "prior", "past", "last", "separate", "botched", "errant"}
VICTIM_NOUNS = {"civilian", "people", "child", "soldier", "member", "worker", "resident", "villager", "student"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
LAST_YEAR = re.compile(r"\b(last|previous|past) year\b|\byears? (ago|earlier|before)\b", re.I)
DAYS_APART = 3
"""An event dated more days than this after the anchor's day is another one: a later day within it is most often
what followed (a toll revised, a death in hospital)."""
DAYS_BEFORE = 1
"""An event dated more days than this before the anchor's day, in a sentence that recalls it ("had already been hit
on Saturday", or after "This was not the first time": `recalled_sentences`), is another one; unmarked, only one more than DAYS_APART
before is: a death in custody's arrest or a flood's first rain come days before the anchor's day."""


def other_events(doc: Doc, anchor: Anchor, published: date | None = None) -> dict[int, str]:
    """Map sentence start token -> why the sentence is about another event; `published` dates "last Friday"."""
    reasons: dict[int, str] = {}
    carried: str | None = None
    paragraph, recalled = -1, recalled_sentences(doc)
    for sent in doc.sents:
        para = paragraph_index(doc, sent.start_char)
        if para != paragraph:
            carried, paragraph = None, para
        reason = _reason(sent, anchor, published or anchor.latest, recalled=sent.start in recalled)
        if reason is None and carried is not None and not _names_anchor(sent, anchor, published or anchor.latest):
            reason = carried
        if reason is not None:
            reasons[sent.start] = reason
            carried = reason
    return reasons


def _reason(sent: Span, anchor: Anchor, published: date | None, *, recalled: bool = False) -> str | None:
    events = event_words()
    on_anchor_day = _names_anchor_day(sent, anchor, published)
    for ent in entities(sent):
        if ent.label_ == "DATE" and (
            reason := _other_date(ent, anchor, published, near=on_anchor_day, recalled=recalled)
        ):
            return reason
        if ent.label_ in {"GPE", "LOC"} and is_event_place(ent.root) and (
            reason := _other_place(ent, anchor, same_day=on_anchor_day)
        ):
            return reason
        if anchor.country and ent.label_ == "NORP" and ent.root.head.lemma_.lower() in VICTIM_NOUNS:
            country = country_of(ent.text)
            if country and country != anchor.country:
                return f"about {ent.text} victims, not {anchor.country}"
    for token in sent:
        if token.lower_ in OTHER_MARKERS and token.dep_ in {"amod", "det"} and token.head.lemma_.lower() in events:
            if token.lower_ in {"another", "previous", "earlier", "prior", "similar", "separate"}:
                return f"'{token.head.text}' called {token.lower_}"
    return None


def _other_date(ent: Span, anchor: Anchor, published: date | None, *, near: bool = False,
                recalled: bool = False) -> str | None:
    """Another year ("in 2019", "last year"), or an event's day more than DAYS_APART from the anchor's (more than
    DAYS_BEFORE before it when the sentence is `recalled`), unless it is later and the sentence names the anchor's
    day too (`near`: what followed the case's event, "arrested on Friday over the June 2 crash"); an earlier day
    stays another event even then ("3,000 marched on Thursday against 9,000 on 7 March"), and so does another
    year."""
    if anchor.year:
        years = [int(y) for y in YEAR.findall(ent.text)]
        if years and all(y != anchor.year for y in years):
            return f"dated {years[0]}, not {anchor.year}"
        if not years and LAST_YEAR.search(ent.text) and about_event(ent.root):
            return f"dated '{ent.text}', not {anchor.year}"
    if anchor.date and len(anchor.date) == 10 and anchor.date_documents >= 2 and about_event(ent.root):
        day = normalise_date(ent.text, published, anchor.latest)
        gap = (date.fromisoformat(day) - date.fromisoformat(anchor.date)).days if day and len(day) == 10 else 0
        before = DAYS_BEFORE if recalled else DAYS_APART
        if gap < -before or (gap > DAYS_APART and not near):
            return f"dated {day}, not {anchor.date}"
    return None


def _names_anchor_day(sent: Span, anchor: Anchor, published: date | None) -> bool:
    """"Police on Friday arrested three men over the June 2 crash": a sentence that dates the case's own event
    tells what followed it, and its claims (the toll, the cause) are about the case's event."""
    if not anchor.date or len(anchor.date) != 10:
        return False
    return any(ent.label_ == "DATE" and normalise_date(ent.text, published, anchor.latest) == anchor.date
               for ent in entities(sent))


def _other_place(ent: Span, anchor: Anchor, *, same_day: bool = False) -> str | None:
    """Another country, or another city the gazetteer knows when the anchor is a known city too: not one whose name
    holds the other's ("Gaza City" and "Gaza"), and not in a sentence that gives the anchor's own day, where a
    city of the same country is a finer or coarser name of the event's place."""
    country = country_of(ent.text)
    if anchor.country and country and country != anchor.country:
        return f"set in {ent.text}, not {anchor.country}"
    _, cities, _ = gazetteer()
    here, there = (anchor.place or "").lower(), ent.text.lower().removeprefix("the ")
    if same_day or not (here in cities and there in cities) or _nested_names(here, there):
        return None
    return f"set in {ent.text}, not {anchor.place}"


def _nested_names(here: str, there: str) -> bool:
    """"gaza city" and "gaza", "moscow region" and "moscow": one name is the other with words added."""
    a, b = here.replace("-", " ").split(), there.replace("-", " ").split()
    short, long = sorted((a, b), key=len)
    return bool(short) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _names_anchor(sent: Span, anchor: Anchor, published: date | None) -> bool:
    """The sentence comes back to the case's event: it names the anchor's year or country, and no other day.

    "Shakarami went missing on 20 September after a protest in Tehran" names the anchor's city but dates another
    day: it goes on about the other event the sentence before it began."""
    if _names_other_day(sent, anchor, published):
        return False
    for ent in entities(sent):
        if ent.label_ in {"GPE", "LOC"} and anchor.country and country_of(ent.text) == anchor.country:
            return True
        if ent.label_ == "DATE" and anchor.year and str(anchor.year) in ent.text:
            return True
    return False


def _names_other_day(sent: Span, anchor: Anchor, published: date | None) -> bool:
    if not anchor.date or len(anchor.date) != 10:
        return False
    for ent in entities(sent):
        if ent.label_ == "DATE":
            day = normalise_date(ent.text, published, anchor.latest)
            if day and len(day) == 10 and day != anchor.date:
                return True
    return False
