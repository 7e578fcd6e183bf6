"""Dates that set a sentence apart from the case's anchor: another year ("in 2019", "last year's flood"), a day
days away from the anchor's ("an earlier raid on 3 March"), a month named alone before the anchor's ("In January"),
and a time some days back on an event ("Two weeks earlier", "days before", "last week", translated "Before two
years"). claims/scope.py asks these for each sentence; a sentence that recalls an earlier event ("already", "the same
hospital") counts nearer days as another event's (`DAYS_BEFORE`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from reconcile.claims.anchor import Anchor
from reconcile.claims.numerals import read_number
from reconcile.claims.recalled_phrases import month_before
from reconcile.claims.when import YEAR, about_event, event_words, normalise_date

LAST_YEAR = re.compile(r"\b(last|previous|past) year\b|\byears? (ago|earlier|before)\b|\byear (past|before)\b", re.I)
"""Another year without its number; "the year past" and "the year before" are translated text's."""
UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30, "year": 365}
BACK = {"earlier", "before", "ago", "prior"}
SOME = 4
"""How many days, weeks or months "days before" or "weeks earlier" means: some, more than a couple."""
DAYS_APART = 3
"""An event dated more days than this after the anchor's day is another one: a later day within it is most often
what followed (a toll revised, a death in hospital)."""
DAYS_BEFORE = 1
"""An event dated more days than this before the anchor's day, in a sentence that recalls it ("had already been hit
on Saturday", or after "This was not the first time": `recalled_sentences`), is another one; unmarked, only one more
than DAYS_APART before is: a death in custody's arrest or a flood's first rain come days before the anchor's day."""


def earlier_phrase(sent: Span, anchor: Anchor, published: date | None, aside: frozenset[int], *,
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
        ago = unit.i > token.i and token.lower_ == "before"  # "Before two years" in translated text
        if not (about_event(unit) or unit.head.lemma_.lower() in event_words() or _names_its_event(unit)
                or _went_to_an_event(token) or ago and token.head.lemma_.lower() in event_words()):
            continue
        if token.lower_ in {"ago", "last", "past"} or ago:
            day = date.fromisoformat(anchor.date) if anchor.date and len(anchor.date) == 10 else None
            if day is None or published is None or published < day:
                continue  # a document dated before the event it reports has a wrong date: count from nothing
            back = (day - (published - timedelta(days=back))).days
        if back > (DAYS_BEFORE if recalled else DAYS_APART):
            first = min(unit.i, token.i, unit.i - (_days(unit) != SOME and unit.i > sent.start))
            return f"dated '{sent.doc[first : max(unit.i, token.i) + 1].text}', before the event"
    return None


def _went_to_an_event(token: Token) -> bool:
    """"Two weeks before, I went to the march in Puerto Lanza": the time dates a verb whose place is an event
    ("went to the march", "was at the protest", "joined a rally"): the speaker's part in another event."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at", "in", "into"}
              for g in c.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in event_words() and p.ent_type_ != "DATE" and p.pos_ == "NOUN" for p in places)


def _names_its_event(unit: Token) -> bool:
    """"A protest days before had drawn 40,000": the parse makes the event a modifier of the time."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in event_words() for c in unit.children)


def _time_back(token: Token, sent: Span) -> tuple[int, Token] | None:
    """Days back and the unit word, when `token` ends "two weeks earlier", begins "last week" or is translated
    text's "before" in "Before two years" (two years ago)."""
    unit = token.doc[token.i - 1] if token.i > sent.start else None
    if token.lower_ in BACK and unit is not None and unit.lemma_.lower() in UNIT_DAYS:
        return _days(unit) * UNIT_DAYS[unit.lemma_.lower()], unit
    if token.lower_ in {"last", "past", "previous"} and token.dep_ == "amod" and token.head.lemma_.lower() in {
            "week", "weekend", "month"}:
        return UNIT_DAYS[token.head.lemma_.lower()], token.head  # "last week", "the previous weekend"
    if token.lower_ == "before" and token.dep_ == "prep":  # translated "Before two years ... died": two years ago
        unit = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in UNIT_DAYS
                     and any(g.dep_ in {"nummod", "det"} for g in c.children)), None)
        return (_days(unit) * UNIT_DAYS[unit.lemma_.lower()], unit) if unit is not None else None
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


def earlier_month(ent: Span, anchor: Anchor, published: date | None) -> str | None:
    """"In January" in a case whose anchor is a day of May (or of October): a month named alone dates an earlier
    event, unless the document was written months after the anchor and the month lies between the two (what
    followed: "In November, the toll rose to 12" in a December follow-up; `month_before`)."""
    if not anchor.date or anchor.date_documents < 2 or any(t.like_num for t in ent) or not about_event(ent.root):
        return None
    if month_before(ent, anchor.date, published) is None:
        return None
    return f"dated '{ent.text}', before {calendar.month_name[int(anchor.date[5:7])]}"


def other_date(ent: Span, anchor: Anchor, published: date | None, *, near: bool = False,
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
