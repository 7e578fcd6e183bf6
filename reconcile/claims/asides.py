"""Parts of a sentence about the case's event that tell another event, which the sentence measures it against.

"It was the deadliest crush since the 2005 collision at Mandhradevi, which killed 340 people": the sentence is
about the case's crush, its "since" phrase about another one. "Tuesday's strike, the deadliest in Saada since
2019, wounded 35 people": the 35 are the case's; "since 2019" is how long, not another event's date. The words of
the other event (the phrase's head with all it governs: "the anniversary of the Mandhradevi crush, in which 291
pilgrims died"; "compared it to the bombing of a bus in Dahyan, which killed 40 people"; "the highest since a bridge
collapse killed 135 people") are an aside: their values go to "Other events mentioned", the rest of the sentence's
stay with the case.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from reconcile.claims.when import event_words
from reconcile.nlp.spans import sentence_of
from reconcile.resources import lexicon

CLAUSES = {"relcl", "advcl", "acl"}


@dataclass(frozen=True)
class Aside:
    """The character span of a sentence's words about another event, and why."""

    start: int
    end: int
    reason: str


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon("scope")[key])


def asides(sent: Span) -> Iterator[Aside]:
    """Each part of `sent` that tells another event the sentence compares the case's with."""
    for word, head in compared(sent):
        first, last = _bounds(head, sent)
        if not _sets_apart(sent.doc[first.i : last.i + 1], head):
            continue  # "since the flood, which killed 26 people, schools have stayed shut": the case's own flood
        reason = f"'{word.text} {sent.doc[first.i : head.i + 1].text}': another event this one is measured against"
        yield Aside(first.idx, last.idx + len(last.text), reason)


def _sets_apart(words: Span, head: Token) -> bool:
    """The aside tells an event of its own: it is a clause ("since a bridge collapse killed 135"), or it names a
    date, a place, a person or a body ("the 2005 collision", "the Mandhradevi crush", "that of Sami Berrada"), or
    its event is indefinite ("like a flood that killed 30"). A bare "the flood" is the case's own."""
    if head.pos_ in {"VERB", "AUX"} or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return True
    return any(t.ent_type_ in {"DATE", "GPE", "LOC", "FAC", "NORP", "PERSON", "ORG", "EVENT"} or t.pos_ == "PROPN"
               for t in words)


def _bounds(head: Token, sent: Span) -> tuple[Token, Token]:
    """The first and last words of the aside `head` governs."""
    tokens = list(head.subtree)
    return tokens[0], _trailing_participle(tokens[-1], sent)


def _trailing_participle(last: Token, sent: Span) -> Token:
    """"since August 1995, when two trains collided near Firozabad, killing 358 people": the parser hangs the
    participle that closes the sentence on its main verb, but it goes on about the event the aside told last."""
    after = sent.doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is None or after.text != ",":
        return last
    verb = next((t for t in sent.doc[after.i + 1 : sent.end] if not t.is_punct), None)
    if verb is None or verb.dep_ != "advcl" or verb.tag_ not in {"VBG", "VBN"} or verb.i != after.i + 1:
        return last
    return list(verb.subtree)[-1]


def aside_tokens(sent: Span) -> frozenset[int]:
    """Indices of the tokens in `sent`'s asides and of the comparing words that introduce them ("since 2019":
    a bare year after "since" says how long, and dates no other event either), whose dates and places say nothing
    of the sentence's own event. Not a distance's ("a week after the errant Kabul strike"): what came after another
    event may belong to it."""
    found: set[int] = set()
    for word, head in compared(sent):
        if word.lower_ in _words("distance_words"):
            continue  # "The probe was launched a week after the errant Kabul strike": the probe may be Kabul's
        first, last = _bounds(head, sent)
        found.update(range(first.i, last.i + 1))
        found.add(word.i)
    for token in sent:
        if token.lower_ in _words("since") and token.dep_ == "prep":
            found.update(t.i for c in token.children if c.dep_ == "pobj" for t in c.subtree)
    return frozenset(found)


def compared(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(the comparing word, the head of the other event's words) for each comparison in `sent`."""
    for token in sent:
        head = _compared_head(token)
        if head is not None and head.i != token.i:
            yield token, head


def _compared_head(token: Token) -> Token | None:
    lower, lemma, head = token.lower_, token.lemma_.lower(), token.head.lemma_.lower()
    if lower in _words("since"):
        if token.dep_ == "prep":
            return _event_object(token, dated=True)
        if token.dep_ == "mark" and _after_a_first(token):
            return token.head  # "the highest since a bridge collapse killed 135 people"
        return None
    if lower in _words("distance_words") and _far_from(token):
        return _event_object(token) if token.dep_ == "prep" else token.head if token.dep_ == "mark" else None
    if token.dep_ == "prep" and lower == "of" and head in _words("anniversaries"):
        return token.head if _event_object(token) is not None else None  # with the clause the noun takes
    if token.dep_ == "prep" and lower in {"to", "with"} and head in _words("comparing_verbs") | _words("similar"):
        return _event_object(token)
    if token.dep_ == "prep" and lower in _words("likening"):
        return _event_object(token, dated=True)
    if lemma in _words("recalling_verbs") and token.pos_ == "VERB":
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.lemma_.lower() in event_words() or _of_another(obj)):
            return obj  # "her death recalled that of Sami Berrada, 17, who died after his arrest"
    return None


def _event_object(prep: Token, *, dated: bool = False) -> Token | None:
    """The preposition's object when it names an event ("since the 2005 collision", "like the flood that killed
    30"), or, with `dated`, the clause a date heads ("since 1995, when 30 people died")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in event_words() and obj.ent_type_ != "DATE":
        return obj
    if any(c.dep_ in CLAUSES and c.lemma_.lower() in event_words() for c in obj.children):
        return obj  # "like the one that killed 20"
    if dated and obj.ent_type_ == "DATE":
        return next((c for c in obj.children if c.dep_ in CLAUSES), None)
    return None


def _far_from(word: Token) -> bool:
    """"11 years after", "two weeks before": a distance in weeks or more measured from `word` (the parser hangs it
    on the word or on the clause the word opens)."""
    for holder in (word, word.head):
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.lemma_.lower() in _words("distance_units") and child.i < word.i:
                return True
    return False


def _of_another(obj: Token) -> bool:
    """"that of Sami Berrada", "those of 2019": a pronoun standing for another's event."""
    return obj.lower_ in {"that", "those"} and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _after_a_first(mark: Token) -> bool:
    """A "since" clause completes "the first", "the worst", "the highest" before it in its sentence."""
    sent = sentence_of(mark)
    return any(t.lower_ in _words("firsts") or t.tag_ in {"JJS", "RBS"} for t in sent if t.i < mark.i)
