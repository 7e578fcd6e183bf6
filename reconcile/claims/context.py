"""What every facet finder needs to know about the statement it reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from reconcile.model import FacetValue, Statement
from reconcile.resources import lexicon


@dataclass
class Context:
    published: date | None = None
    skip: frozenset[int] = frozenset()
    """Tokens owned by a statement nested inside this one, said by someone else."""
    speaker_names: frozenset[str] = field(default_factory=frozenset)
    latest: date | None = None
    """The newest document's date in the case: no event date is later."""
    town: str | None = None
    """The case's anchor place when it is a town, not a country: the context of a street a source names alone."""
    event_day: date | None = None
    """The case's anchor day when two documents or more give it: a day a source sets its scene on ("On Tuesday, just
    before seven in the evening, we were sitting in the yard") is the event's when it is that day (claims/when.py)."""
    part_of_day: str | None = None
    """The half of the day the case's documents put the event in (anchor.py): reads a witness's "ten to eight"."""
    site: str | None = None
    """The case's event place as a whole ("crocus city hall, krasnogorsk", claims/site.py): the value of a mention
    that names a part of it."""
    dated: tuple[tuple[int, int], ...] = ()
    """Character spans of the document's own date in its header or dateline ("NERASI, April 18 (Meridian) -"): the
    day it was written, never the event's (a follow-up's dateline is weeks after the event)."""
    statement: Statement | None = None
    """The statement being read: its speaker stands behind "we", "its fighters" and "it said it had" (pronouns.py)."""
    kind: str | None = None
    """The case's kind of event (the anchor's): what an unnarrowed "the crash" or "the attack" of it names."""
    others: frozenset[int] = frozenset()
    """Start tokens of the document's sentences about another event than the case's (claims/scope.py): a recalled
    "In 2020, officers shot dead ..." inside a statement that is about the case's event."""
    own_day: date | None = None
    """The document's own date (its header, its post's or row's date), None when only the anchor's day stands in."""
    undated: bool = False
    """The document has no date of its own: `published` is the case's anchor day standing in for it."""
    anchor_day: date | None = None
    """The case's anchor day however few documents give it: a day at the case's site is the event's when it is this
    one (claims/site_days.py), where the site already ties the sentence to the event."""
    read: tuple[Doc, int, int, list[Token]] | None = field(default=None, compare=False, repr=False)
    """The last span `words` read, with its words: every finder reads the same statement."""


def facet(name: str) -> dict:
    return lexicon("facets")["facets"][name]


def words(span: Span, ctx: Context) -> list[Token]:
    read = ctx.read
    if read is None or read[0] is not span.doc or read[1] != span.start or read[2] != span.end:
        read = ctx.read = (span.doc, span.start, span.end, [t for t in span if t.i not in ctx.skip])
    return list(read[3])


def kept_indices(span: Span, ctx: Context) -> set[int]:
    """The token indices of `words`, without making the tokens."""
    return set(range(span.start, span.end)).difference(ctx.skip)


def value(name: str, val: object, tokens: Iterable[Token] | Span, *, negated: bool = False) -> FacetValue:
    tokens = list(tokens)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return FacetValue(name, val, doc[first : last + 1].text, start, end, negated)  # Doc.text would join it all


def ancestors(token: Token, depth: int = 4) -> list[Token]:
    found = []
    current = token
    for _ in range(depth):
        if current.head.i == current.i:
            break
        current = current.head
        found.append(current)
    return found


_NO_OCCASION = {"time", "point", "stage", "moment", "circumstance", "circumstances"}
"""Nouns that "no" makes a negation of the whole clause: "at no time did police fire", "at no point"."""


def is_negated(token: Token) -> bool:
    """A negation on the token or on the verb that governs it ("has not launched", "never left", "at no time did
    police fire")."""
    for node in [token, *ancestors(token, 2)]:
        if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in node.children):
            return True
        if any(_no_occasion(c) for c in node.children):
            return True  # also on a verb the tagger takes for a noun ("did police personnel fire")
        if node.pos_ in {"VERB", "AUX"}:
            break
    return False


def _no_occasion(prep: Token) -> bool:
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lower_ in _NO_OCCASION and any(d.lower_ == "no" for d in o.children)
        for o in prep.children)


_MATCHERS: dict[tuple[int, str, str], PhraseMatcher] = {}


def matcher_for(span: Span, facet_name: str, key: str) -> PhraseMatcher:
    """A PhraseMatcher (lowercase) over a term table or list of a facet, built once per vocabulary."""
    vocab = span.doc.vocab
    cache_key = (id(vocab), facet_name, key)
    if cache_key not in _MATCHERS:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        entries = facet(facet_name)[key]
        table = entries if isinstance(entries, dict) else {term: [term] for term in entries}
        for label, terms in table.items():
            terms = terms if isinstance(terms, list) else [label]
            forms = [form for t in terms for form in (t, _plural(t))]
            whole = [Doc(vocab, words=form.split()) for form in forms if "-" in form]  # "AK-47" as one token
            matcher.add(label, [_make(span, form) for form in forms] + whole)
        _MATCHERS[cache_key] = matcher
    return _MATCHERS[cache_key]


def _plural(term: str) -> str:
    """The plural a term takes in news text ("missiles", "blasts"); the matcher compares lowercase forms."""
    if term.endswith(("s", "x", "ch", "sh")):
        return term + "es" if not term.endswith("s") else term
    return term[:-1] + "ies" if term.endswith("y") and term[-2:-1] not in "aeiou" else term + "s"


def _make(span: Span, text: str):
    return Doc(span.doc.vocab, words=_split(text))


def _split(text: str) -> list[str]:
    out: list[str] = []
    for part in text.split():
        if "-" in part and part not in {"-"} and not part.startswith("-"):
            pieces = part.split("-")
            for i, piece in enumerate(pieces):
                if piece:
                    out.append(piece)
                if i < len(pieces) - 1:
                    out.append("-")
        else:
            out.append(part)
    return out


def matches(span: Span, facet_name: str, key: str) -> list[tuple[str, Span]]:
    matcher = matcher_for(span, facet_name, key)
    found = []
    for match_id, start, end in matcher(span, as_spans=False):
        label = span.doc.vocab.strings[match_id]
        found.append((label, span.doc[start:end]))  # a matcher run on a Span returns Doc offsets
    return _longest(found)


def _longest(found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    found.sort(key=lambda m: (m[1].start, -(m[1].end - m[1].start)))
    kept: list[tuple[str, Span]] = []
    last_end = -1
    for label, sp in found:
        if sp.start >= last_end:
            kept.append((label, sp))
            last_end = sp.end
    return kept
