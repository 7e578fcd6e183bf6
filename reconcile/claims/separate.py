"""A separate event on the case's own day or in its place: "In a separate incident, ...", "Elsewhere, ...".

Such a sentence shares the anchor's day and town, so no date or place tells it apart (claims/scope.py); its own
words do. "Separately", "elsewhere" or an event called "separate"/"unrelated" set it apart whatever its kind; a
time beside the case's ("a day earlier", "meanwhile") only when what it tells is of another kind than the case's
in the event-type hierarchy ("A day earlier, a car bomb killed four soldiers" in an air strike's case). A sentence
that names the case's own event ("a fire broke out after the strike", "the toll from Tuesday's flood") stays.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from reconcile.claims.context import Context
from reconcile.claims.hierarchy import in_one_line, kinds, launch_of
from reconcile.claims.things import find_event_type, find_weapon
from reconcile.claims.when import event_words
from reconcile.resources import lexicon

OPENING = 7
"""How many words an opening adjunct ("Elsewhere in the province,", "On the same day,") runs to."""


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon("scope")[key])


def separate_event(sent: Span, kind: str | None) -> str | None:
    """Why `sent` tells an event apart from the case's (of kind `kind`, the anchor's), or None."""
    verb = _told(sent.root)
    if not _tells_an_event(verb) or names_an_event(sent, None):
        return None  # "Elsewhere, the blast shattered windows": a definite event of any kind may be the case's
    opening = _opening(sent)
    said = next((t for t in opening if t.lower_ in _words("separate_adverbs") and t.dep_ == "advmod"), None)
    if said is not None:
        return f"told apart: '{said.text}'"
    called = next((t for t in sent if t.lower_ in _words("separate_adjectives") and t.dep_ == "amod"
                   and t.head.lemma_.lower() in event_words() | {"incident", "development"}), None)
    if called is not None:
        return f"'{called.head.text}' called {called.lower_}"
    beside = " ".join(t.lower_ for t in opening if not t.is_punct)
    if kind and beside in _words("beside_times"):
        other = _another_kind(sent, kind)
        if other is not None:
            return f"'{beside}', {other} beside the case's {kind}"
    return None


def _opening(sent: Span) -> list[Token]:
    """The words before the first comma, when the sentence opens on a short adjunct ("Meanwhile,")."""
    for token in sent[:OPENING]:
        if token.text == ",":
            return list(sent.doc[sent.start : token.i])
    return []


def _told(verb: Token) -> Token:
    """The verb a reporting verb reports: "Separately, police said a suicide bomber killed nine people"."""
    if verb.lemma_.lower() in _words("reporting_verbs"):
        return next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    return verb


def _tells_an_event(verb: Token) -> bool:
    """The main verb names something happening ("killed", "exploded", "broke out"), not a light verb."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and lemma in event_words() and lemma not in _words("light_verbs")


def names_an_event(sent: Span, kind: str | None, *, definite: bool = True) -> bool:
    """A definite event noun ("after the blast", "Tuesday's flood"), of the case's kind when `kind` is given; with
    `definite` False, any word of such an event ("a fire at the Lotus club")."""
    for fv in find_event_type(sent, Context()):
        word = sent.doc.char_span(fv.start, fv.end, alignment_mode="expand")
        root = word.root if word is not None else None
        named = not definite or root is not None and root.pos_ == "NOUN" and any(
            c.dep_ == "poss" or c.lower_ in {"the", "this", "that"} for c in root.children)
        if named and (kind is None or in_one_line("event_type", str(fv.value), kind)):
            return True
    return False


def _another_kind(sent: Span, kind: str) -> str | None:
    """A kind of event the sentence tells (by its event words or its weapon) that cannot be the case's."""
    told = [str(fv.value) for fv in find_event_type(sent, Context())]
    if any(in_one_line("event_type", k, kind) for k in told):
        return None
    if told:
        return told[0]
    case_launch = launch_of("weapon", kind) if kind in kinds("weapon") else None
    for fv in find_weapon(sent, Context()):
        launch = launch_of("weapon", str(fv.value))
        if case_launch and launch and launch != case_launch:
            return str(fv.value)
    return None
