"""The event's anchor: the date, place and kind of event that the case's documents, read together, are about.

One document alone cannot tell the case's event from another it recalls; the documents together can: the main
event's date, place and type recur across accounts, a recalled one appears in one paragraph of one of them. So each
is the value that the most documents give (ties: the most mentions, then the earliest date), with the words it came
from. A manifest's [event] wins over all of this; a wire dateline's city counts as a mention of the place.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeGuard, TypeVar

from spacy.tokens import Doc

from reconcile.claims.case_site import case_site
from reconcile.claims.context import Context, facet
from reconcile.claims.place_names import country_of, gazetteer
from reconcile.claims.place_ties import is_event_place
from reconcile.claims.things import case_kind, find_event_type
from reconcile.claims.when import about_event, in_header, normalise_date, own_dates, recalled_sentences
from reconcile.claims.where import event_places, town_name
from reconcile.model import CaseInfo, Document, Inferred
from reconcile.nlp.spans import entities, sentence_of

DATELINE = "dateline"
"""The `text` of a place mention read from a document's dateline or header rather than from a sentence."""
MANIFEST = 1_000
"""The support of a value case.toml gives: more than any number of documents."""


@dataclass(frozen=True)
class Anchor:
    """What the case is about; `date` is YYYY-MM-DD or YYYY-MM, `country` a gazetteer key."""

    year: int | None
    country: str | None
    date: str | None = None
    place: str | None = None
    event_type: str | None = None
    evidence: tuple[Inferred, ...] = ()
    latest: datetime.date | None = None  # the field `date` above shadows the class in this body
    """The newest document's date: no date the documents give is later than the day they were written."""
    date_documents: int = 0
    """How many documents give `date` (a large number for case.toml's): one alone may be a recalled event's."""
    site: str | None = None
    """The event's place as a whole, a venue in the anchor's town ("crocus city hall, krasnogorsk"; claims/site.py)."""
    part_of_day: str | None = None
    """The half of the day the documents put the event in ("am", "pm", "night": "the shooting on Friday evening"),
    which tells a witness's "about ten to eight" from 07:50 (claims/clock.py)."""


@dataclass(frozen=True)
class Mention:
    value: str
    document_id: str
    start: int
    end: int
    text: str


def infer_anchor(docs: Sequence[Doc], documents: Sequence[Document], *, date: str | None = None,
                 place: str | None = None) -> Anchor:
    """The case's anchor: `date` and `place` from case.toml when given, else what most documents say."""
    latest = newest_date(documents)
    mentions = {
        "date": [] if date else list(_dates(docs, documents, latest)),
        "place": [] if place else _towns_first(list(_places(docs, documents))),
        "event_type": list(_event_types(docs, documents)),
    }
    chosen = {name: _most_documents(found, weigh=_locative_weight if name == "place" else None)
              for name, found in mentions.items()}
    evidence = tuple(
        Inferred(name, best.value, best.start, best.end, _rule(name, best.value, found), best.document_id)
        for name, found in mentions.items() if (best := chosen[name]) is not None
    )
    date = date or (chosen["date"].value if chosen["date"] else None)
    place = place or (chosen["place"].value if chosen["place"] else None)
    year = int(date[:4]) if date else _most_common([int(d.published[:4]) for d in documents if _iso(d.published)])
    country = (country_of(place) or _dateline_country(documents, place)) if place else None
    if country is None:
        countries = [country_of(t.text) for doc in docs for t in doc if t.ent_type_ == "GPE" and is_event_place(t)
                     and sentence_of(t).start not in recalled_sentences(doc)]
        country = _most_common([c for c in countries if c])
    event_type = chosen["event_type"].value if chosen["event_type"] else None
    support = MANIFEST if mentions["date"] == [] and date else _documents_giving(chosen["date"], mentions["date"])
    said = bool(place) and (mentions["place"] == [] or any(
        m.text != DATELINE and _fold(m.value) == _fold(place or "") for m in mentions["place"])
        or _named_in_body(docs, documents, place or ""))
    site = case_site(docs, documents, place, town_said=said) if place else None
    return Anchor(year, country, date, place, event_type, evidence, latest, support, site, _part_of_day(docs))


def _dateline_country(documents: Sequence[Document], place: str) -> str | None:
    """The country a dateline writes the anchor's town in ("KOCANI, North Macedonia, March 16 (Adriatic Press)"),
    for a town the gazetteer does not know: better than the countries the sentences name, among which a recalled
    fire abroad ("the blaze at the Colectiv club in Bucharest") may be the most named."""
    for document in documents:
        for item in document.inferred:
            parts = [part.strip() for part in item.value.split(",")]
            if item.field == "place" and len(parts) > 1 and _fold(parts[0]) == _fold(place):
                found = next((country_of(part) for part in parts[1:] if country_of(part)), None)
                if found:
                    return found
    return None


def _named_in_body(docs: Sequence[Doc], documents: Sequence[Document], place: str) -> bool:
    """A sentence of some document names the place ("the bridge, over the Machhu river in Morbani, had reopened"),
    outside every header field the document was read for (a dateline, a letterhead): a town that datelines alone
    give may be where the reporters sit; one the accounts' sentences name is where they tell of."""
    for document, doc in zip(documents, docs, strict=True):
        header = [(i.start, i.end) for i in document.inferred]
        recalled = recalled_sentences(doc)
        for ent in entities(doc[:]):
            if ent.label_ not in {"GPE", "LOC", "FAC"} or _fold(ent.text) != _fold(place):
                continue
            if not any(start <= ent.start_char < end for start, end in header) and (
                    sentence_of(ent.root).start not in recalled):
                return True
    return False


def _documents_giving(best: Mention | None, found: list[Mention]) -> int:
    return len({m.document_id for m in found if best and _fold(m.value) == _fold(best.value)})


def with_anchor(case: CaseInfo, anchor: Anchor, docs: Sequence[Doc] = ()) -> CaseInfo:
    """The case with the anchor's fields where case.toml gave none, and a title built from them when two documents
    or more agree on the date (one account alone is better titled by its own headline, as the report does).

    The type is the one the documents narrow the anchor's to (`things.case_kind`: "air crash" where the anchor
    says "crash" and the documents say "the plane crashed"), the same event named as its accounts name it."""
    date, place = case.date or anchor.date, case.place or anchor.place
    agreed = anchor.date_documents >= 2
    kind = case_kind(anchor.event_type, docs)
    title = case.title or (case_title(kind, place, date) if agreed else None)
    return replace(case, title=title, date=date, place=place, event_type=kind, evidence=anchor.evidence)


def case_title(event_type: str | None, place: str | None, day: str | None) -> str | None:
    """"Crash, Kathmandu, 15 January 2023": what the table is about, when no manifest names it."""
    parts = [event_type.replace("-", " ").capitalize() if event_type else None, place, _spelled(day)]
    shown = [p for p in parts if p]
    return ", ".join(shown) if len(shown) >= 2 else None


def newest_date(documents: Sequence[Document]) -> date | None:
    days = [date.fromisoformat(d.published[:10]) for d in documents if _iso(d.published)]
    return max(days) if days else None


def _dates(docs: Sequence[Doc], documents: Sequence[Document], latest: date | None) -> Iterator[Mention]:
    for document, doc in zip(documents, docs, strict=True):
        published = date.fromisoformat(document.published[:10]) if _iso(document.published) else latest
        recalled, dated = recalled_sentences(doc), own_dates(document)
        for ent in entities(doc[:]):
            if ent.label_ != "DATE" or in_header(ent, dated):
                continue  # a dateline's day is when the account was written, not when the event happened
            if about_event(ent.root) and sentence_of(ent.root).start not in recalled:
                day = normalise_date(ent.text, published, latest)
                if day and len(day) == 10:
                    yield Mention(day, document.id, ent.start_char, ent.end_char, ent.text)


def _places(docs: Sequence[Doc], documents: Sequence[Document]) -> Iterator[Mention]:
    """Where each document says the event happened, read from its sentences: the town a place is written in
    ("near Bahanaga Bazar, Balasore district" gives Balasore), a town the event's words take ("the crash in Odisha's
    Balasore district"); and the places its dateline names ("KOLKATA/BALASORE, June 4"), which `_locative_weight`
    counts for less: a press note's "Bhubaneswar" is where the state government sits, not where the train crashed."""
    ctx = Context()
    for document, doc in zip(documents, docs, strict=True):
        for item in document.inferred:
            if item.field == "place":
                for part in item.value.split(",")[0].split("/"):
                    yield Mention(part.strip().title() if part.isupper() else part.strip(), document.id,
                                  item.start, item.end, DATELINE)
        for sent in doc.sents:
            for found in event_places(sent, ctx):
                name, town = town_name(found)
                tokens = found.container or found.tokens
                yield Mention(name, document.id, tokens[0].idx, tokens[-1].idx + len(tokens[-1]),
                              "GPE" if town else "FAC")


def _part_of_day(docs: Sequence[Doc]) -> str | None:
    """The part of the day most documents tie to the event ("called the shooting ... on Friday evening"), none
    when two parts tie: a half of the day is only worth reading an hour by when the accounts agree on it."""
    parts = facet("event.time")["day_parts"]
    votes: dict[str, set[int]] = defaultdict(set)
    for number, doc in enumerate(docs):
        recalled = recalled_sentences(doc)
        for token in doc:
            if token.lower_ in parts and about_event(token) and sentence_of(token).start not in recalled:
                votes[parts[token.lower_]].add(number)
    ranked = sorted(votes.items(), key=lambda item: -len(item[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1])):
        return None
    return ranked[0][0]


def _towns_first(found: list[Mention]) -> list[Mention]:
    """Towns, regions and datelines ("Harwick"), else streets and squares, else countries: a title names the town,
    and a country is where the event happened only when no document names anything finer."""
    countries, _, _ = gazetteer()
    towns = [m for m in found if m.text not in {"LOC", "FAC"} and _fold(m.value) not in countries]
    finer = [m for m in found if _fold(m.value) not in countries]
    return towns or finer or found


def _event_types(docs: Sequence[Doc], documents: Sequence[Document]) -> Iterator[Mention]:
    ctx = Context()
    for document, doc in zip(documents, docs, strict=True):
        for sent in doc.sents:
            for fv in find_event_type(sent, ctx):
                yield Mention(str(fv.value), document.id, fv.start, fv.end, fv.text)


def _most_documents(found: list[Mention], weigh=None) -> Mention | None:
    """The value the most documents give (weighed by `weigh`), then the most often, then the earliest; its first
    mention in a sentence when there is one."""
    if not found:
        return None
    by_value: dict[str, list[Mention]] = defaultdict(list)
    for mention in found:
        by_value[_fold(mention.value)].append(mention)
    support = weigh or (lambda ms: len({m.document_id for m in ms}))
    best = min(by_value.values(), key=lambda ms: (-support(ms), -len(ms), ms[0].value))
    return next((m for m in best if m.text != DATELINE), best[0])


def _locative_weight(mentions: list[Mention]) -> int:
    """A document that says the event happened in a place counts twice, one whose dateline alone names it once:
    a dateline gives where the report was filed ("ATHENS, June 15 -" over a shipwreck off Pylos), a ministry's
    letterhead its capital."""
    said = {m.document_id for m in mentions if m.text != DATELINE}
    filed = {m.document_id for m in mentions if m.text == DATELINE} - said
    return 2 * len(said) + len(filed)


def _rule(name: str, value: str, found: list[Mention]) -> str:
    same = [m for m in found if _fold(m.value) == _fold(value)]
    documents = len({m.document_id for m in same})
    total = len({m.document_id for m in found})
    rule = f"{name.replace('_', ' ')} given by {documents} of {total} documents ({len(same)} mentions)"
    datelines = len({m.document_id for m in same if m.text == DATELINE})
    return f"{rule}; {datelines} by dateline alone, weighed half" if name == "place" and datelines else rule


def _fold(value: str) -> str:
    return value.lower().strip(" .,")


def _spelled(day: str | None) -> str | None:
    if not day:
        return None
    if len(day) == 7:
        return date.fromisoformat(day + "-01").strftime("%B %Y")
    parsed = date.fromisoformat(day)
    return f"{parsed.day} {parsed.strftime('%B %Y')}"


def _iso(value: str | None) -> TypeGuard[str]:
    return value is not None and re.match(r"\d{4}-\d{2}-\d{2}", value) is not None


T = TypeVar("T")


def _most_common(values: list[T]) -> T | None:
    return Counter(values).most_common(1)[0][0] if values else None
