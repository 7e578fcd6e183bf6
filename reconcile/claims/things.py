"""What: the kind of event, the weapon, the state of any investigation and the stated cause."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from reconcile.claims.context import Context, ancestors, facet, is_negated, matches, value, words
from reconcile.model import FacetValue

STARTED = {"launch", "begin", "open", "start", "conduct", "order", "initiate", "announce", "underway", "ongoing",
           "continue", "carry"}
CAUSING = {"cause", "trigger", "spark", "ignite"}
FINISHED = {"complete", "conclude", "finish", "close", "end", "publish"}


def find_event_type(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = {t.i for t in words(span, ctx)}
    for label, sp in matches(span, "event.type", "terms"):
        if sp.start in kept and not is_negated(sp.root):
            yield value("event.type", label, sp)


def find_weapon(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = {t.i for t in words(span, ctx)}
    for label, sp in matches(span, "weapon", "terms"):
        if sp.start in kept and not is_negated(sp.root):
            yield value("weapon", label, sp)


def find_investigation(span: Span, ctx: Context) -> Iterator[FacetValue]:
    spec = facet("investigation")
    for token in words(span, ctx):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in spec["nouns"]:
            state = _state(token)
            if state:
                modifiers = [c for c in token.lefts if c.dep_ in {"amod", "compound"} and c.lower_ in {"formal", "criminal", "internal", "independent", "official"}]
                name = " ".join([m.lower_ for m in modifiers] + [lemma])
                yield value("investigation", f"{name}: {state}", [*modifiers, token])
        elif token.pos_ == "VERB" and lemma in spec["verbs"] and token.tag_ in {"VBG", "VBZ", "VBP"} and lemma != "look":
            state = "not under way" if is_negated(token) else "under way"
            yield value("investigation", f"investigation: {state}", [token])


def _state(noun) -> str | None:
    """Whether an investigation noun is said to be under way, not launched, or completed."""
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
    return None


def find_cause(span: Span, ctx: Context) -> Iterator[FacetValue]:
    doc = span.doc
    kept = {t.i for t in words(span, ctx)}
    for token in span:
        if token.i not in kept:
            continue
        obj = None
        if token.lower_ == "by" and token.head.lemma_.lower() in CAUSING:
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        elif token.lower_ in {"to", "of", "on"} and token.i > 0 and doc[token.i - 1].lower_ in {"due", "because", "result", "blamed", "owing"}:
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        elif token.dep_ == "nsubj" and token.head.lemma_.lower() in CAUSING and not token.pos_ == "PRON":
            obj = token  # "a faulty valve caused the blast"
        elif token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() == "cause" for c in token.head.children):
            obj = token  # "the cause was a gas leak"
        if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
            core = [t for t in obj.subtree if t.dep_ not in {"det", "poss", "punct"} and t.i <= obj.i]
            text = " ".join(t.lemma_.lower() for t in core)
            yield value("cause", text, list(doc[obj.left_edge.i : obj.i + 1]))
