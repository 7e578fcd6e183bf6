"""What: the kind of event, the weapon and the state of any investigation."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import (
    Context,
    ancestors,
    facet,
    is_negated,
    kept_indices,
    matches,
    value,
    words,
)
from reconcile.model import FacetValue

STARTED = {"launch", "begin", "open", "start", "conduct", "order", "initiate", "announce", "underway", "ongoing",
           "continue", "carry"}
FINISHED = {"complete", "conclude", "finish", "close", "end", "publish"}


def find_event_type(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    for label, sp in matches(span, "event.type", "terms"):
        if sp.start in kept and not is_negated(sp.root):
            yield value("event.type", label, sp)


def find_weapon(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    for label, sp in matches(span, "weapon", "terms"):
        if sp.start in kept and not is_negated(sp.root):
            yield value("weapon", label, sp)


def find_investigation(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """An investigation and its state: a noun of the list with what is said of it ("have launched our own internal
    investigation" -> "internal investigation: under way"), a noun that names one only when opened ("opened a
    criminal case" -> "criminal case: under way"), or a verb ("are investigating", "will be recounted")."""
    spec = facet("investigation")
    for token in words(span, ctx):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and (lemma in spec["nouns"] or lemma in spec["opened_nouns"]):
            state = _state(token)
            if lemma in spec["opened_nouns"] and not _opened(token):
                continue  # "in any case", "the case of the missing ballots"
            if state:
                modifiers = _modifiers(token)
                name = " ".join([m.lower_ for m in modifiers] + [lemma])
                yield value("investigation", f"{name}: {state}", [*modifiers, token])
        elif token.pos_ == "VERB" and lemma in spec["verbs"] and lemma != "look" and _ongoing_verb(token):
            state = "not under way" if is_negated(token) else "under way"
            yield value("investigation", f"{spec['verb_nouns'].get(lemma, 'investigation')}: {state}", [token])


def _modifiers(noun: Token) -> list[Token]:
    """The words that say which investigation: "civilian casualty review", "joint investigation", "criminal case"."""
    doc = noun.doc
    lefts = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"ADJ", "NOUN", "PROPN"}]
    if not lefts:
        return []
    start = min(c.left_edge.i for c in lefts)
    return [t for t in doc[start : noun.i] if t.dep_ not in {"det", "poss", "punct", "nummod", "advmod", "case"}
            and t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.lower_ not in {"own", "new", "further"}]


def _opened(noun: Token) -> bool:
    return any(node.lemma_.lower() in {"open", "launch", "file", "begin", "start", "initiate"}
               for node in ancestors(noun, 2))


def _ongoing_verb(verb: Token) -> bool:
    """"are investigating", "investigates", "will be recounted", "is being reviewed": said as happening or to come."""
    if verb.tag_ in {"VBG", "VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.lower_ in {"will", "being", "shall"} for c in verb.children)


def _state(noun) -> str | None:
    """Whether an investigation noun is said to be under way, not launched, or completed."""
    if noun.head.lower_ == "under" and noun.dep_ == "pobj":
        return "under way"  # "three of which are under review"
    verb = next((n for n in ancestors(noun, 4) if n.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and any(c.lower_ in {"will", "shall"} for c in verb.children) and not is_negated(verb):
        return "under way"  # "will conduct an independent investigation", "will be the subject of an inquiry"
    for node in [noun, *ancestors(noun, 2)]:
        lemma = node.lemma_.lower()
        if any(c.lemma_.lower() in {"ongoing", "underway"} for c in node.children) or lemma in {"ongoing", "underway"}:
            return "under way"
        if lemma in STARTED:
            if is_negated(node):
                began_later = any(c.lower_ == "until" for c in node.children)
                return "under way" if began_later else "not launched"
            return "under way"
        if lemma in FINISHED:
            return "not completed" if is_negated(node) else "completed"
    if any(c.lower_ == "no" for c in noun.children):
        return "none"
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ in {"the", "this"} for c in noun.children):
        return "under way"  # "The recount on Wednesday is the right step": the speaker takes it as happening
    return None
