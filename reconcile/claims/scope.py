"""Which event a sentence is about: the case's, or another one the report recalls.

A sentence belongs to another event when it differs from the case's anchor (claims/anchor.py): it dates an event
to another year ("in 2019", "last year's flood") or to a day days away from the anchor's ("an earlier raid on 3
March"), places it in another country or another known city ("a drone strike in Kabul", "Afghan civilians"), or
calls it another/earlier/similar one, or tells of a person with an age of their own whom no other document names,
on another date or in another town ("Karim Ouali, 31, was found dead in a cell in Toulouse in June"). The following
sentences of the same paragraph stay with that other event until one names the case's own date or place again. A
sentence about the case's event that measures it against another ("the deadliest since the 2005 collision, which
killed 340") keeps its own values: only the compared event's words are set aside (`other_asides`, claims/asides.py,
claims/measured.py). Which event a comparing sentence is about is decided by its own clause, not by where the
comparison word stands: a clause likened to the case's event is another's ("Like Friday's crush, the Ratangarh
stampede began on a bridge": claims/likened.py); so is a separate event on the case's day ("In a separate
incident", "A day earlier, a car bomb ..." in an air strike's case: claims/separate.py), and a tally over a span
of time ("Floods have killed 200 people so far this year": claims/tally.py).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from reconcile.claims.anchor import Anchor
from reconcile.claims.asides import Aside, aside_tokens
from reconcile.claims.likened import likened_to_the_case
from reconcile.claims.measured import (
    last_aside,
    names_anchor_day,
    names_the_case,
    nested_names,
    other_asides,
    refers_back,
    weighs_its_own,
)
from reconcile.claims.numerals import read_number
from reconcile.claims.place_names import country_of, gazetteer
from reconcile.claims.place_ties import is_event_place
from reconcile.claims.recalled_people import MONTHS, aged_stranger, other_month
from reconcile.claims.separate import separate_event
from reconcile.claims.site import names_site
from reconcile.claims.tally import tally
from reconcile.claims.when import about_event, event_words, normalise_date, recalled_sentences
from reconcile.nlp.spans import entities, paragraph_index

__all__ = ["other_asides", "other_events"]

OTHER_MARKERS = {"another", "previous", "earlier", "similar", "prior", "past", "last", "separate", "botched", "errant"}
VICTIM_NOUNS = {"civilian", "people", "child", "soldier", "member", "worker", "resident", "villager", "student"}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
LAST_YEAR = re.compile(r"\b(last|previous|past) year\b|\byears? (ago|earlier|before)\b", re.I)
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
BACK = {"earlier", "before", "ago", "prior"}
SOME = 4
"""How many days, weeks or months "days before" or "weeks earlier" means: some, more than a couple."""
MONTHS_BACK = 6
"""A month named alone ("In January") up to this many months before the anchor's is an earlier one's."""
DAYS_APART = 3
"""An event dated more days than this after the anchor's day is another one: a later day within it is most often
what followed (a toll revised, a death in hospital)."""
DAYS_BEFORE = 1
"""An event dated more days than this before the anchor's day, in a sentence that recalls it ("had already been hit
on Saturday", or after "This was not the first time": `recalled_sentences`), is another one; unmarked, only one more
than DAYS_APART before is: a death in custody's arrest or a flood's first rain come days before the anchor's day."""


def other_events(doc: Doc, anchor: Anchor, published: date | None = None, *,
                 people: frozenset[str] = frozenset()) -> dict[int, str]:
    """Map sentence start token -> why the sentence is about another event; `published` dates "last Friday";
    `people` are the words of the names the case's documents share (`case_people`): its victims among them."""
    reasons: dict[int, str] = {}
    carried: str | None = None
    compared: Aside | None = None
    paragraph, recalled = -1, recalled_sentences(doc)
    for sent in doc.sents:
        para = paragraph_index(doc, sent.start_char)
        if para != paragraph:
            carried, paragraph = (carried if _goes_on(sent) else None), para
        reason = _reason(sent, anchor, published or anchor.latest, recalled=sent.start in recalled) or (
            _other_person(sent, anchor, published or anchor.latest, people))
        if reason is None and carried is not None and not _names_anchor(sent, anchor, published or anchor.latest):
            reason = carried
        if reason is None and compared is not None and refers_back(sent, sent.start_char):
            reason = f"goes on about the event the sentence before compared ({compared.reason})"
        if reason is None and (compared := last_aside(sent, anchor, published or anchor.latest)) is not None:
            reason = f"goes on about {compared.reason}" if refers_back(sent, compared.end) else None
        if reason is not None:
            reasons[sent.start] = reason
            carried, compared = reason, None
    return reasons


def _other_person(sent: Span, anchor: Anchor, published: date | None, people: frozenset[str]) -> str | None:
    """"Karim Ouali, 31, was found dead in a police cell in Toulouse in June": a person with an age of their own,
    whom no other document names (claims/recalled_people.py), in a sentence with a date or a town that is not the
    anchor's, is another victim the case recalls."""
    found = aged_stranger(sent, people)
    if found is None:
        return None
    elsewhere = _names_other_day(sent, anchor, published, any_date=True) or other_month(sent, anchor) or any(
        e.label_ != "DATE" and country_of(e.text) and _other_place(e, anchor) for e in entities(sent))
    return f"about {found[0].text}, {found[1]}, not a victim the case's documents share" if elsewhere else None


def _goes_on(sent: Span) -> bool:
    """A paragraph that opens on "That attack ..." or "Then ..." goes on about the event the one before it ended on
    ("A separate protest in Valencia turned violent. // That protest left 12 people injured.")."""
    first = sent[0]
    if first.lower_ == "then":
        return True
    return first.lower_ in {"that", "those"} and first.dep_ == "det" and first.head.lemma_.lower() in event_words()


def _reason(sent: Span, anchor: Anchor, published: date | None, *, recalled: bool = False) -> str | None:
    events = event_words()
    on_anchor_day = names_anchor_day(sent, anchor, published)
    # another event the sentence compares its own with: only those words go aside
    aside = aside_tokens(sent, weighing=weighs_its_own(sent, anchor, published))
    for ent in entities(sent):
        if ent.root.i in aside:
            continue
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
        if token.i in aside:
            continue
        if any(c.dep_ == "prep" for c in token.children):
            continue  # "Tuesday's strike, similar to the 2016 raid": the raid is the other, an aside
        if token.lower_ in OTHER_MARKERS and token.dep_ in {"amod", "det"} and token.head.lemma_.lower() in events:
            if token.lower_ in {"another", "previous", "earlier", "prior", "similar", "separate"}:
                return f"'{token.head.text}' called {token.lower_}"
        if token.lower_ in OTHER_MARKERS and token.dep_ in {"amod", "det"} and _another_of_its_own(token.head, events):
            if token.lower_ in {"another", "previous", "earlier", "prior", "similar", "separate"}:
                return f"'{token.head.text}' called {token.lower_}"
    return (_earlier_phrase(sent, anchor, published, aside, recalled=recalled) or _earlier_month(sent, anchor, aside)
            or likened_to_the_case(sent, lambda words: names_the_case(words, anchor, published))
            or separate_event(sent, anchor.event_type) or tally(sent, year=anchor.year, kind=anchor.event_type))


def _another_of_its_own(noun: Token, events: frozenset[str]) -> bool:
    """"Another airliner crashed", "lost another aircraft, which sank": "another" on the thing an event befell
    (its subject, the object of "lose", or a noun whose clause is an event), not on people ("another 12 people
    were hurt", "another victim died": more of the case's own toll)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in {"PERSON", "NORP"} or noun.lemma_.lower() in _people():
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    head = noun.head.lemma_.lower()
    if noun.dep_ in {"nsubj", "nsubjpass"} and (head in events or _went_down(noun.head)):
        return True
    if noun.dep_ == "dobj" and head == "lose":
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in events for c in noun.children)


def _went_down(verb: Token) -> bool:
    return verb.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _people() -> frozenset[str]:
    from reconcile.claims.context import facet

    return frozenset({*VICTIM_NOUNS, *facet("crowd.size")["nouns"], *facet("casualties.children")["nouns"],
                      "victim", "body", "man", "woman", "person", "one", "passenger", "officer", "patient"})


def _earlier_phrase(sent: Span, anchor: Anchor, published: date | None, aside: frozenset[int], *,
                    recalled: bool = False) -> str | None:
    """"Two weeks earlier", "days before", "three months ago", "last week": a time some days before the case's
    event ("ago" and "last" count from the document's date, "earlier" and "before" from the event's), on an
    event word. More than DAYS_APART days before is another event, more than DAYS_BEFORE when `recalled`; "three
    days earlier" on an arrest tells the case's own story and stays ("had been arrested three days earlier")."""
    for token in sent:
        found = _time_back(token, sent) if token.i not in aside else None
        if found is None:
            continue
        back, unit = found
        if not (about_event(unit) or unit.head.lemma_.lower() in event_words() or _names_its_event(unit)):
            continue
        if token.lower_ in {"ago", "last", "past"}:
            day = date.fromisoformat(anchor.date) if anchor.date and len(anchor.date) == 10 else None
            if day is None or published is None or published < day:
                continue  # a document dated before the event it reports has a wrong date: count from nothing
            back = (day - (published - timedelta(days=back))).days
        if back > (DAYS_BEFORE if recalled else DAYS_APART):
            first = min(unit.i, token.i, unit.i - (_days(unit) != SOME and unit.i > sent.start))
            return f"dated '{sent.doc[first : max(unit.i, token.i) + 1].text}', before the event"
    return None


def _names_its_event(unit: Token) -> bool:
    """"A protest days before had drawn 40,000": the parse makes the event a modifier of the time."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in event_words() for c in unit.children)


def _time_back(token: Token, sent: Span) -> tuple[int, Token] | None:
    """Days back and the unit word, when `token` ends "two weeks earlier" or begins "last week"."""
    unit = token.doc[token.i - 1] if token.i > sent.start else None
    if token.lower_ in BACK and unit is not None and unit.lemma_.lower() in UNIT_DAYS:
        return _days(unit) * UNIT_DAYS[unit.lemma_.lower()], unit
    if token.lower_ in {"last", "past"} and token.dep_ == "amod" and token.head.lemma_.lower() in {"week", "month"}:
        return UNIT_DAYS[token.head.lemma_.lower()], token.head
    return None


def _days(unit: Token) -> int:
    """How many units the words before `unit` give: "two weeks" 2, "a week" 1, "days" SOME."""
    doc = unit.doc
    before = doc[unit.i - 1] if unit.i > 0 else None
    if before is None or unit.tag_ == "NNS" and before.lower_ in {"a", "an", "few", "several", "some", "many"}:
        return SOME if unit.tag_ == "NNS" else 1
    if before.lower_ in {"a", "an", "one"}:
        return 1
    number = read_number(before.text) if before.like_num else None
    return int(number) if number else (SOME if unit.tag_ == "NNS" else 1)


def _earlier_month(sent: Span, anchor: Anchor, aside: frozenset[int]) -> str | None:
    """"In January" in a case whose anchor is a day of May: a month named alone, one to MONTHS_BACK months before
    the anchor's, dates an earlier event (a later month is most often what followed)."""
    if not anchor.date or anchor.date_documents < 2:
        return None
    month = int(anchor.date[5:7])
    for ent in entities(sent):
        if ent.label_ != "DATE" or ent.root.i in aside or any(t.like_num for t in ent) or not about_event(ent.root):
            continue
        named = [MONTHS[t.lower_] for t in ent if t.lower_ in MONTHS]
        if len(named) == 1 and 1 <= (month - named[0]) % 12 <= MONTHS_BACK:
            return f"dated '{ent.text}', before {calendar.month_name[month]}"
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
        if not years and LAST_YEAR.search(ent.text) and (about_event(ent.root) or _swallows_event(ent)):
            return f"dated '{ent.text}', not {anchor.year}"
    if anchor.date and len(anchor.date) == 10 and anchor.date_documents >= 2 and (
        about_event(ent.root) or _dates_a_clause(ent)
    ):
        day = normalise_date(ent.text, published, anchor.latest)
        gap = (date.fromisoformat(day) - date.fromisoformat(anchor.date)).days if day and len(day) == 10 else 0
        before = DAYS_BEFORE if recalled else DAYS_APART
        if gap < -before or (gap > DAYS_APART and not near):
            return f"dated {day}, not {anchor.date}"
    return None


def _swallows_event(ent: Span) -> bool:
    """"Last year's march drew 80,000 people": the parser makes the event noun the date's own last word."""
    return ent.root.pos_ == "NOUN" and ent.root.lemma_.lower() in event_words()


def _dates_a_clause(ent: Span) -> bool:
    """"lower than on 7 March, when 3.5 million people marched": the date heads a clause about an event."""
    events = event_words()
    return any(c.dep_ in {"relcl", "advcl", "acl"} and c.lemma_.lower() in events for c in ent.root.children)


def _other_place(ent: Span, anchor: Anchor, *, same_day: bool = False) -> str | None:
    """Another country, or another city the gazetteer knows when the anchor is a known city too: not one whose name
    holds the other's ("Gaza City" and "Gaza"), and not in a sentence that gives the anchor's own day, where a
    city of the same country is a finer or coarser name of the event's place."""
    country = country_of(ent.text)
    if anchor.country and country and country != anchor.country:
        return f"set in {ent.text}, not {anchor.country}"
    _, cities, _ = gazetteer()
    here, there = (anchor.place or "").lower(), ent.text.lower().removeprefix("the ")
    if same_day or not (here in cities and there in cities) or nested_names(here, there):
        return None
    if anchor.site and names_site(there, None, anchor.site):
        return None  # "our warehouse in Deir al-Balah", the town of the case's site "deir al-balah, gaza"
    return f"set in {ent.text}, not {anchor.place}"


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


def _names_other_day(sent: Span, anchor: Anchor, published: date | None, *, any_date: bool = False) -> bool:
    """A date in the sentence is another day than the anchor's; with `any_date`, also another month or year, and a
    day only when more than DAYS_APART from it (a victim's arrest days before the death is the case's story)."""
    if not anchor.date or len(anchor.date) != 10:
        return False
    for ent in entities(sent):
        if ent.label_ == "DATE":
            day = normalise_date(ent.text, published, anchor.latest)
            if day and len(day) == 10 and day != anchor.date and not any_date:
                return True
            if day and any_date and not anchor.date.startswith(day) and (
                len(day) < 10 or abs((date.fromisoformat(day) - date.fromisoformat(anchor.date)).days) > DAYS_APART
            ):
                return True
    return False
