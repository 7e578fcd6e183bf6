"""The place and day of a person's own part in the event, told by the narration around their words: an interview's
lead ("Marina S., 29, had tickets for the concert at Crocus City Hall on Friday"; "On Tuesday she went to
Phulrai"), a wire's "Ramesh Patel was on the bridge with his sons on Sunday". The narrator writes it, but it is
what the person told them of where and when they were: the person's column shows it too, quoted from the
narration, so that their account meets the others on the event's place and day. Only the place and the day, only
where the sentence's subject is a person who speaks in the case, and never for a sentence about another event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from spacy.tokens import Span, Token

from reconcile.model import Claim, QuoteKind, short_hash
from reconcile.nlp.names import person_key
from reconcile.nlp.spans import entity_at, sentence_of

FACETS = frozenset({"event.date", "event.location"})
PRONOUNS = frozenset({"he", "she"})


def told_of(found: Iterable[tuple[Claim, Span]], source_of: Mapping[str, str]) -> Iterator[Claim]:
    """For each narration claim that gives the event's place or day of a person who speaks in the case, the same
    place and day credited to that person."""
    for claim, span in found:
        facets = tuple(fv for fv in claim.facets if fv.facet in FACETS)
        if claim.quote != QuoteKind.NARRATION or claim.other_event is not None or not facets:
            continue
        key = _subject_key(span)
        source = source_of.get(key) if key else None
        if source and source != claim.source_id:
            yield replace(claim, id=short_hash(claim.id, key), source_id=source, facets=facets, cue=None, via=None)


def _subject_key(span: Span) -> str | None:
    """The speaker key of the person the span's sentence is about: its main verb's subject, a name ("Marina S.")
    or "he"/"she" standing for the name that is the subject of one of the two sentences before."""
    sentence = sentence_of(span.doc[span.start])
    subject = _subject(sentence)
    if subject is None:
        return None
    if subject.lower_ in PRONOUNS:
        return _antecedent(sentence)
    return _person(subject)


def _subject(sentence: Span) -> Token | None:
    return next((c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _person(token: Token) -> str | None:
    """The speaker key a proper name would have as a person ("Marina S.", which the NER may call a place: whether
    it is a speaker of the case is for `source_of` to say)."""
    if token.pos_ != "PROPN":
        return None
    ent = entity_at(token)
    if ent is not None and ent.label_ in {"PERSON", "GPE", "ORG", "NORP"}:
        return f"person:{person_key(ent.text)}"
    names = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return f"person:{person_key(' '.join(t.text for t in [*names, token]))}"


def _antecedent(sentence: Span) -> str | None:
    doc = sentence.doc
    start = sentence.start
    for _ in range(2):
        if start == 0:
            return None
        before = sentence_of(doc[start - 1])
        subject = _subject(before)
        key = _person(subject) if subject is not None else None
        if key:
            return key
        start = before.start
    return None
