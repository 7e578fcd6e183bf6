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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Span, Token

from reconcile.claims.when import YEAR, event_words
from reconcile.nlp.spans import sentence_of
from reconcile.resources import lexicon

CLAUSES = {"relcl", "advcl", "acl"}
T = TypeVar("T")


@dataclass(frozen=True)
class Aside:
    """The character span of a sentence's words about another event, and why."""

    start: int
    end: int
    reason: str


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon("scope")[key])


def likening_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The prepositions ("like"), adjectives ("similar") and verbs ("compare") that put two events side by side."""
    return _words("likening"), _words("similar"), _words("comparing_verbs")


def asides(sent: Span, *, weighing: bool = False) -> tuple[Aside, ...]:
    """Each part of `sent` that tells another event the sentence compares the case's with; with `weighing`, also
    what a "than" weighs it against (`scope.py` says when the clause before "than" is the case's). Read once per
    sentence (`_known`): scope.py, measured.py and the claims' asides all ask."""
    return _known(sent, "asides", weighing, lambda: tuple(_find_asides(sent, weighing=weighing)))


def _known(sent: Span, what: str, weighing: bool, find: Callable[[], T]) -> T:
    """`find()`, remembered in the Doc's `user_data` per sentence (the parse cache drops such indexes)."""
    known = sent.doc.user_data.setdefault("reconcile_asides", {})
    key = (what, sent.start, sent.end, weighing)
    if key not in known:
        known[key] = find()
    return known[key]


def _find_asides(sent: Span, *, weighing: bool = False) -> Iterator[Aside]:
    for word, head in compared(sent, weighing=weighing):
        first, last = _bounds(head, sent)
        if not _sets_apart(sent.doc[first.i : last.i + 1], head):
            continue  # "since the flood, which killed 26 people, schools have stayed shut": the case's own flood
        if _came_after(word) and not _far_from(word) and not _named_apart(sent.doc[first.i : last.i + 1], head):
            continue  # "The fire came after an explosion at the Delta plant": the case's own explosion
        said = sent.doc[min(first.i, word.i) : head.i + 1].text  # "since the 2005 collision", "after a strike"
        reason = f"'{said}': another event this one is measured against"
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
    return tokens[0], trailing_participle(_joined_clause(tokens[-1], sent), sent)


def _joined_clause(last: Token, sent: Span) -> Token:
    """"since May 2002, when a jet went down in Mombasa and 70 people died": an aside that ends on "and" goes on
    with the clause the parser joined to the main verb."""
    if last.dep_ != "cc" or last.i + 1 >= sent.end:
        return last
    joined = next((t for t in sent.doc[last.i + 1 : sent.end] if t.dep_ == "conj" and t.head.i < last.i), None)
    if joined is None:
        return last
    words = [t for t in joined.subtree if t.i > last.i and not t.is_punct]
    return words[-1] if words else last


def trailing_participle(last: Token, sent: Span) -> Token:
    """"since August 1995, when two trains collided near Firozabad, killing 358 people": the parser hangs the
    participle that closes the sentence on its main verb, but it goes on about the event the aside told last; so
    does a "when" or "where" clause after a date ("As in 2015, when 27 pilgrims died at Rajahmundry, the crush
    began"; "As in Ayacucho on 15 December 2022, where ten people died, ...")."""
    dated = (last.doc[last.i - 1] if last.text == "," and last.i > sent.start else last).ent_type_ == "DATE"
    after = last if last.text == "," else sent.doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is None or after.text != ",":
        return last
    verb = next((t for t in sent.doc[after.i + 1 : sent.end] if not t.is_punct), None)
    if verb is not None and verb.lower_ in {"when", "where"} and dated and verb.head.dep_ == "advcl":
        return trailing_participle(list(verb.head.subtree)[-1], sent)
    if verb is None or verb.dep_ != "advcl" or verb.tag_ not in {"VBG", "VBN"} or verb.i != after.i + 1:
        return last
    return list(verb.subtree)[-1]


def aside_tokens(sent: Span, *, weighing: bool = False) -> frozenset[int]:
    """Indices of the tokens in `sent`'s asides and of the comparing words that introduce them ("since 2019":
    a bare year after "since" says how long, and dates no other event either), whose dates and places say nothing
    of the sentence's own event. Not a distance's ("a week after the errant Kabul strike"): what came after another
    event may belong to it."""
    return _known(sent, "tokens", weighing, lambda: _find_aside_tokens(sent, weighing=weighing))


def _find_aside_tokens(sent: Span, *, weighing: bool) -> frozenset[int]:
    found: set[int] = set()
    for word, head in compared(sent, weighing=weighing):
        if word.lower_ in _words("distance_words"):
            continue  # "The probe was launched a week after the errant Kabul strike": the probe may be Kabul's
        first, last = _bounds(head, sent)
        found.update(range(first.i, last.i + 1))
        found.add(word.i)
    for token in sent:
        if token.lower_ in _words("since") and token.dep_ == "prep":
            found.update(t.i for c in token.children if c.dep_ == "pobj" for t in c.subtree)
    return frozenset(found)


def compared(sent: Span, *, weighing: bool = False) -> Iterator[tuple[Token, Token]]:
    """(the comparing word, the head of the other event's words) for each comparison in `sent`; with `weighing`,
    "than" comparisons too ("killed more than the March raid on the market, which killed four")."""
    for token in sent:
        head = _weighed_head(token) if weighing and token.lower_ in _words("weighing") else _compared_head(token)
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
    if lower in _words("distance_words") and (_far_from(token) or _came_after(token)):
        return _event_object(token) if token.dep_ == "prep" else token.head if token.dep_ == "mark" else None
    if lower == "after" and token.dep_ == "prep" and _after_an_ordinal(token):
        return _event_object(token)  # "the third school hit this year, after attacks in Vosk and Dolna that ..."
    if lower in {"that", "those"} and token.pos_ == "PRON" and token.dep_ != "nsubj":
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return of if of is not None and _event_object(of) is not None else None  # "double that of the X attack"
    if token.dep_ == "prep" and lower == "of" and head in _words("anniversaries"):
        return token.head if _event_object(token) is not None else None  # with the clause the noun takes
    if token.dep_ == "prep" and lower in {"to", "with", "of"} and head in _words("comparing_verbs") | _words("similar"):
        return _event_object(token)
    if token.dep_ == "prep" and lower in _words("likening"):
        return _event_object(token, dated=True)
    if lower in _words("as_in") and token.i + 1 < len(token.doc) and token.nbor().dep_ == "prep":
        return next((c for c in token.nbor().children if c.dep_ == "pobj"), None)  # "As in 2015, when ..."
    if lemma in _words("following_verbs") and token.pos_ == "VERB":
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in event_words() and _named_apart(list(obj.subtree), obj):
            return obj  # "The attack follows a raid on the camp on Sunday that killed four people"
    if lemma in _words("recalling_verbs") and token.pos_ == "VERB":
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.lemma_.lower() in event_words() or _of_another(obj)):
            return obj  # "her death recalled that of Sami Berrada, 17, who died after his arrest"
    return None


def _weighed_head(than: Token) -> Token | None:
    """The event a "than" weighs against: "than the March raid", "than the floods of 2015, when 154 died", "than
    in the 2006 crash"."""
    if than.dep_ != "prep":
        return None
    inner = next((c for c in than.children if c.dep_ == "prep"), None)
    return _event_object(than, dated=True) or (_event_object(inner) if inner is not None else None)


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
        clause = next((c for c in obj.children if c.dep_ in CLAUSES), None)
        return clause if clause is not None else obj if _when_follows(obj) else None
    if dated and obj.pos_ == "NOUN" and any(c.ent_type_ == "DATE" and c.dep_ in {"nummod", "compound", "amod"}
                                            for c in obj.children):
        return obj  # "since the 2004 school siege in Beslan": a dated thing is another event, whatever its noun
    return None


def distance_object(word: Token) -> Token | None:
    """The event a distance is measured from: "two weeks after the Nashik crush" -> crush."""
    if word.lower_ not in _words("distance_words") or word.dep_ != "prep":
        return None
    if not (_far_from(word) or word.lower_ == "before" and _far_from(word, units=_words("near_units"))):
        return None  # "Three days before the strike, a drone killed two men": before it, even days are another
    return next((c for c in word.children if c.dep_ == "pobj"), None)


def _came_after(word: Token) -> bool:
    """"The strike came a day after soldiers killed three people in Bani Hassan": what the case's event came
    after or followed is another event, however near in time (`asides` asks it to name a day, place or body)."""
    verb = word.head.head if word.dep_ == "mark" else word.head
    return word.lower_ == "after" and verb.lemma_.lower() in _words("following_verbs") | {"come"}


def _named_apart(words: Iterable[Token], head: Token) -> bool:
    """What the case's event came after is another event: a clause with a name of its own ("soldiers killed three
    people in Bani Hassan"), or anything dated to a day or year ("a raid on the camp on Sunday"); a duration ("fell
    for two days") is no date, and an event named only by its place may be the case's own start ("an explosion at
    the Delta plant")."""
    words = list(words)
    dated = any(t.ent_type_ == "DATE" and (t.lower_ in _words("day_names") or YEAR.fullmatch(t.text) is not None)
                for t in words)
    named = any(t.ent_type_ in {"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG", "EVENT"} or t.pos_ == "PROPN"
                for t in words)
    return dated or (named and head.pos_ == "VERB")


def _when_follows(date: Token) -> bool:
    """"since 2005, when 340 pilgrims died": the parser hangs the "when" clause elsewhere, but it tells the date's
    event (`trailing_participle` takes it into the aside)."""
    doc = date.doc
    last = max(t.i for t in date.subtree if not t.is_punct)
    return last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].lower_ == "when"


def _far_from(word: Token, *, units: frozenset[str] | None = None) -> bool:
    """"11 years after", "two weeks before": a distance in weeks or more (or in `units`) measured from `word` (the
    parser hangs it on the word or on the clause the word opens)."""
    units = units if units is not None else _words("distance_units")
    for holder in (word, word.head):
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.lemma_.lower() in units and child.i < word.i:
                return True
    if word.dep_ == "mark":  # "It comes less than a month after a drone strike killed 20": on the verb above
        return any(c.i < word.i and c.ent_type_ == "DATE" and c.dep_ in {"acomp", "npadvmod", "advmod"}
                   and any(t.lemma_.lower() in units for t in c.subtree) for c in word.head.head.children)
    return False


def _of_another(obj: Token) -> bool:
    """"that of Sami Berrada", "those of 2019": a pronoun standing for another's event."""
    return obj.lower_ in {"that", "those"} and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _after_an_ordinal(word: Token) -> bool:
    """"the third school hit this year, after ...": what comes after an ordinal counts earlier events."""
    sent = sentence_of(word)
    return any(t.lower_ in _words("ordinals") and t.i < word.i for t in sent)


def _after_a_first(mark: Token) -> bool:
    """A "since" clause completes "the first", "the worst", "the highest" before it in its sentence."""
    sent = sentence_of(mark)
    return any(t.lower_ in _words("firsts") or t.tag_ in {"JJS", "RBS"} for t in sent if t.i < mark.i)
