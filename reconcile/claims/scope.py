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
of time ("Floods have killed 200 people so far this year": claims/tally.py; "the Mission has recorded 640
casualties since the start of 2025": claims/totals.py). Inside a sentence about the case, a phrase dated to an
earlier event ("including on 24 February outside a hospital in Vuhledar, where four civilians were killed") and a
phrase that holds another event's mark while the sentence names the case's day or place ("compared with 80,000 at a
rally in Seville on 1 March") are asides too (claims/recalled_phrases.py); the dates themselves are read by
claims/other_dates.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from reconcile.claims import measured
from reconcile.claims.anchor import Anchor
from reconcile.claims.asides import Aside, aside_tokens
from reconcile.claims.likened import likened_to_the_case
from reconcile.claims.measured import (
    last_aside,
    names_anchor_day,
    names_the_case,
    nested_names,
    refers_back,
    weighs_its_own,
)
from reconcile.claims.other_dates import DAYS_APART, earlier_month, earlier_phrase, other_date
from reconcile.claims.place_names import country_of, gazetteer
from reconcile.claims.place_ties import is_event_place
from reconcile.claims.recalled_people import aged_stranger, other_month
from reconcile.claims.recalled_phrases import confined_phrase, recalled_phrases
from reconcile.claims.separate import names_an_event, separate_event
from reconcile.claims.site import names_site
from reconcile.claims.tally import tally
from reconcile.claims.totals import running_total
from reconcile.claims.when import event_words, normalise_date, recalled_sentences
from reconcile.nlp.spans import entities, paragraph_index

__all__ = ["other_asides", "other_events"]

OTHER_MARKERS = {"another", "previous", "earlier", "similar", "prior", "past", "last", "separate", "botched", "errant"}
VICTIM_NOUNS = {"civilian", "people", "child", "soldier", "member", "worker", "resident", "villager", "student"}
PLACED = "set in "
"""How the reason of a sentence set apart by its place alone begins."""
TIMES = {"day", "night", "time", "hour", "moment", "week", "month", "year", "period", "morning", "evening"}


def other_events(doc: Doc, anchor: Anchor, published: date | None = None, *,
                 people: frozenset[str] = frozenset()) -> dict[int, str]:
    """Map sentence start token -> why the sentence is about another event; `published` dates "last Friday";
    `people` are the words of the names the case's documents share (`case_people`): its victims among them. The
    sentences after one about another event go on about it, in its paragraph, until one names the case's year or
    country, or names an event of the case's kind ("the fire") after a sentence set apart by its place alone that
    named none ("the club's manager had died of infection in Lithuania")."""
    reasons: dict[int, str] = {}
    carried: str | None = None
    compared: Aside | None = None
    paragraph, recalled, of_its_kind = -1, recalled_sentences(doc), False
    for sent in doc.sents:
        para = paragraph_index(doc, sent.start_char)
        if para != paragraph:
            carried, paragraph = (carried if _goes_on(sent) else None), para
        reason = _reason(sent, anchor, published or anchor.latest,
                         recalled=_recalls(sent, recalled)) or (
            _other_person(sent, anchor, published or anchor.latest, people))
        if reason is None and carried is not None and not _names_anchor(sent, anchor, published or anchor.latest) \
                and (of_its_kind or not anchor.event_type or not names_an_event(sent, anchor.event_type)):
            reason = carried
        if reason is None and compared is not None and refers_back(sent, sent.start_char):
            reason = f"goes on about the event the sentence before compared ({compared.reason})"
        if reason is None and (compared := _last_aside(sent, anchor, published or anchor.latest,
                                                       recalled=_recalls(sent, recalled))) is not None:
            reason = f"goes on about {compared.reason}" if refers_back(sent, compared.end) else None
        if reason is not None:
            # "the fire" after "a fire at the Lotus club killed 40" or "In 2019, ..." is that fire; after "the
            # manager died in Lithuania" (a place alone set it apart), the case's own
            of_its_kind = (of_its_kind and reason == carried) or not reason.startswith(PLACED) or bool(
                anchor.event_type) and names_an_event(sent, anchor.event_type, definite=False)
            reasons[sent.start] = reason
            carried, compared = reason, None
    return reasons


def other_asides(doc: Doc, reasons: dict[int, str], anchor: Anchor, published: date | None = None) -> list[Aside]:
    """The words of other events, in document order: what a sentence about the case's event measures it against
    (claims/measured.py), a phrase in it dated to an earlier event or holding another's mark
    (claims/recalled_phrases.py), and each sentence about another event, whose values leave a statement that goes
    on from the case's event to it (claims/__init__.py's `_scope`)."""
    found = measured.other_asides(doc, reasons, anchor, published)
    recalled = recalled_sentences(doc)
    for sent in doc.sents:
        if sent.start in reasons:
            continue
        for aside in (*_marked(sent, anchor, published or anchor.latest, recalled=_recalls(sent, recalled))[1],
                      *recalled_phrases(sent, anchor, published or anchor.latest)):
            found = _with(found, aside, sent)
    whole = [Aside(sent.start_char, sent.end_char, reasons[sent.start]) for sent in doc.sents if sent.start in reasons]
    return sorted([*found, *whole], key=lambda a: a.start)


def _with(found: list[Aside], aside: Aside, sent: Span) -> list[Aside]:
    """`found` with `aside` added, unless it overlaps one already found; in place of those it holds when it adds
    words of an event to them ("As in Ayacucho on 15 December 2022, where ten people died": "as in" took only
    the place)."""
    inside = [a for a in found if aside.start <= a.start and a.end <= aside.end]
    if any(a.start < aside.end and aside.start < a.end for a in found if a not in inside):
        return found
    extra = [t for t in sent if aside.start <= t.idx < aside.end and not any(a.start <= t.idx < a.end for a in inside)]
    if inside and not any(t.like_num or t.lemma_.lower() in event_words() for t in extra):
        return found
    return [a for a in found if a not in inside] + [aside]


def _last_aside(sent: Span, anchor: Anchor, published: date | None, *, recalled: bool) -> Aside | None:
    """The sentence's last words about another event: what it measures the case's against, else a phrase that
    holds another event's date or place."""
    found = last_aside(sent, anchor, published)
    if found is not None:
        return found
    phrases = [*_marked(sent, anchor, published, recalled=recalled)[1], *recalled_phrases(sent, anchor, published)]
    return max(phrases, key=lambda a: a.end) if phrases else None


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


def _recalls(sent: Span, recalled: frozenset[int]) -> bool:
    """The sentence recalls an earlier event: it or the one before says so (`recalled_sentences`), or it names a
    place hit again (`_same_place`)."""
    return sent.start in recalled or _same_place(sent)


def _same_place(sent: Span) -> bool:
    """"The same hospital was shelled on Saturday": a place called the same recalls an earlier event there, so a
    day more than DAYS_BEFORE before the anchor's is that event's, as after "already" (not "the same day")."""
    return any(t.lower_ == "same" and t.dep_ == "amod" and t.head.pos_ == "NOUN"
               and t.head.lemma_.lower() not in TIMES and t.head.ent_type_ != "DATE" for t in sent)


def _goes_on(sent: Span) -> bool:
    """A paragraph that opens on "That attack ..." or "Then ..." goes on about the event the one before it ended on
    ("A separate protest in Valencia turned violent. // That protest left 12 people injured.")."""
    first = sent[0]
    if first.lower_ == "then":
        return True
    return first.lower_ in {"that", "those"} and first.dep_ == "det" and first.head.lemma_.lower() in event_words()


def _reason(sent: Span, anchor: Anchor, published: date | None, *, recalled: bool = False) -> str | None:
    # another event the sentence compares its own with: only those words go aside
    reason, confined = _marked(sent, anchor, published, recalled=recalled)
    if reason is not None:
        return reason
    aside = aside_tokens(sent, weighing=weighs_its_own(sent, anchor, published)) | {
        t.i for phrase in confined for t in sent if phrase.start <= t.idx < phrase.end}
    return (earlier_phrase(sent, anchor, published, aside, recalled=recalled)
            or likened_to_the_case(sent, lambda words: names_the_case(words, anchor, published))
            or separate_event(sent, anchor.event_type) or tally(sent, year=anchor.year, kind=anchor.event_type)
            or running_total(sent, year=anchor.year))


def _marked(sent: Span, anchor: Anchor, published: date | None, *, recalled: bool = False
            ) -> tuple[str | None, tuple[Aside, ...]]:
    """Why the sentence is about another event by a date, place or word of its own, and the phrases that hold
    such a date or word in a sentence whose own words name the case's day or place ("Some 45,000 people marched on
    Saturday, compared with 80,000 at a rally in Seville on 1 March": the comparison goes aside, the sentence stays).
    A phrase set abroad goes too ("has risen to 62 after a man died on Wednesday at a hospital in Belgrade"), but
    another town of the anchor's country stays the whole sentence's mark: beside the anchor's it is as often a finer
    or coarser name of its place ("in Deir al-Balah" in a case anchored in Gaza). Read once per sentence and anchor
    (`_reason` and `other_asides` both ask)."""
    known = sent.doc.user_data.setdefault("reconcile_marked", {})
    key = (sent.start, sent.end, anchor, published, recalled)
    if key not in known:
        confined: list[Aside] = []
        found = None
        for token, why in _marks(sent, anchor, published, recalled=recalled):
            phrase = None if _home_place(token, anchor) else confined_phrase(
                token, sent, lambda words: names_the_case(words, anchor, published), why)
            if phrase is None:
                found = why
                break
            confined.append(phrase)
        known[key] = (found, () if found else tuple(dict.fromkeys(confined)))
    return known[key]


def _home_place(token: Token, anchor: Anchor) -> bool:
    """A place (or people) of the anchor's own country, or of none the gazetteer knows."""
    if token.ent_type_ not in {"GPE", "LOC", "NORP"}:
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    country = country_of(ent.text) if ent is not None else None
    return not (country and anchor.country and country != anchor.country)


def _marks(sent: Span, anchor: Anchor, published: date | None, *, recalled: bool = False
           ) -> Iterator[tuple[Token, str]]:
    """Each word that sets the sentence apart from the case's event (another year, day, country or city; "another",
    "previous"), with why."""
    events = event_words()
    on_anchor_day = names_anchor_day(sent, anchor, published)
    aside = aside_tokens(sent, weighing=weighs_its_own(sent, anchor, published))
    for ent in entities(sent):
        if ent.root.i in aside:
            continue
        if ent.label_ == "DATE" and (
            reason := other_date(ent, anchor, published, near=on_anchor_day, recalled=recalled)
            or earlier_month(ent, anchor, published)
        ):
            yield ent.root, reason
        if ent.label_ in {"GPE", "LOC"} and is_event_place(ent.root) and (
            reason := _other_place(ent, anchor, same_day=on_anchor_day)
        ):
            yield ent.root, reason
        if anchor.country and ent.label_ == "NORP" and ent.root.head.lemma_.lower() in VICTIM_NOUNS:
            country = country_of(ent.text)
            if country and country != anchor.country:
                yield ent.root, f"about {ent.text} victims, not {anchor.country}"
    for token in sent:
        if token.i in aside:
            continue
        if any(c.dep_ == "prep" for c in token.children):
            continue  # "Tuesday's strike, similar to the 2016 raid": the raid is the other, an aside
        if token.lower_ in OTHER_MARKERS and token.dep_ in {"amod", "det"} and token.head.lemma_.lower() in events:
            if token.lower_ in {"another", "previous", "earlier", "prior", "similar", "separate"}:
                yield token, f"'{token.head.text}' called {token.lower_}"
                continue
        if token.lower_ in OTHER_MARKERS and token.dep_ in {"amod", "det"} and _another_of_its_own(token.head, events):
            if token.lower_ in {"another", "previous", "earlier", "prior", "similar", "separate"}:
                yield token, f"'{token.head.text}' called {token.lower_}"
                continue
        if _last_time(token):
            yield token, f"'{token.text} {token.head.text}': an earlier occasion"


def _last_time(token: Token) -> bool:
    """"Last time we were 30 thousand", "On the previous occasion, 200 people were injured": the time of a clause
    is an earlier occasion (not "for the last time")."""
    noun = token.head
    if token.lower_ not in {"last", "previous"} or token.dep_ != "amod" or noun.lemma_.lower() not in {
            "time", "occasion"}:
        return False
    return noun.dep_ == "npadvmod" or noun.dep_ == "pobj" and noun.head.lower_ in {"on", "at"}


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


def _other_place(ent: Span, anchor: Anchor, *, same_day: bool = False) -> str | None:
    """Another country, or another city the gazetteer knows when the anchor is a known city too: not one whose name
    holds the other's ("Gaza City" and "Gaza"), and not in a sentence that gives the anchor's own day, where a
    city of the same country is a finer or coarser name of the event's place."""
    country = country_of(ent.text)
    if anchor.country and country and country != anchor.country:
        return f"{PLACED}{ent.text}, not {anchor.country}"
    _, cities, _ = gazetteer()
    here, there = (anchor.place or "").lower(), ent.text.lower().removeprefix("the ")
    if same_day or not (here in cities and there in cities) or nested_names(here, there):
        return None
    if anchor.site and names_site(there, None, anchor.site):
        return None  # "our warehouse in Deir al-Balah", the town of the case's site "deir al-balah, gaza"
    return f"{PLACED}{ent.text}, not {anchor.place}"


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
