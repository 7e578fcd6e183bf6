"""Why: the cause a statement gives for the event, as a short noun phrase ("electrical fault", "excavation work")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, facet, is_negated, value, words
from reconcile.claims.when import event_words
from reconcile.model import FacetValue

_AFTER = {"due", "because", "result", "owing"}
_TAIL_PREPS = {"with", "to", "of"}
"""("in" mostly says where: "faulty wiring in the basement".)"""
"""Words before "to"/"of" that make its object a cause: "due to", "because of", "as a result of", "owing to"."""


def find_cause(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """The cause named by a causal phrase: "caused by X", "X caused", "X led to", "X was behind", "resulted from X",
    "blamed the collapse on X", "due to X", "findings pointed to X", "the cause was X", "had more than one cause".

    A cause inside a claim the sentence rejects ("Claims that excavation work caused the collapse are not supported")
    or under a negated verb ("the leak did not cause the fire") is not given.
    """
    for token in words(span, ctx):
        several = _several_causes(token)
        if several is not None:
            yield value("cause", "multiple causes", several)
            continue
        found = _cause_of(token)
        if found is None or found.pos_ not in {"NOUN", "PROPN"} or _rejected(found):
            continue
        core = [
            t for t in found.subtree if t.dep_ not in {"det", "poss", "punct", "nummod"} and t.i <= found.i
        ]
        core = [t for t in core if t.pos_ not in {"NUM", "DET", "PRON"}] or [found]
        tail = _tail(found)
        yield value(
            "cause", " ".join(t.lemma_.lower() for t in core + tail),
            list(span.doc[found.left_edge.i : max([found.i, *[t.i for t in tail]]) + 1]),
        )


def _cause_of(token: Token) -> Token | None:
    """The noun a causal construction at `token` names as the cause (None when `token` starts none)."""
    spec = facet("cause")
    doc, head = token.doc, token.head
    head_lemma = head.lemma_.lower()
    if token.lower_ == "by" and head_lemma in spec["causing"]:
        return _object(token)  # "caused by a gas leak"
    if token.lower_ in {"to", "of", "on"} and token.i > 0 and doc[token.i - 1].lower_ in _AFTER:
        return _object(token) or _object(doc[token.i - 1])  # "due to", "because of", "as a result of"
    if (
        token.dep_ == "nsubj"
        and head_lemma in spec["causing"]
        and token.pos_ != "PRON"
        and not is_negated(head)
    ):
        return token  # "a faulty valve caused the blast"
    for verb in (
        [head, head.head] if head.dep_ == "dobj" else [head]
    ):  # "blamed [the collapse on X]" parses so
        lemma = verb.lemma_.lower()
        if token.dep_ == "prep" and lemma in spec["through"] and not is_negated(verb):
            prep, where = spec["through"][lemma]
            if token.lower_ == prep:
                return _object(token) if where == "object" else _subject(verb)  # "led to", "resulted from"
    if token.dep_ == "prep" and token.lower_ == "to" and head_lemma in spec["pointing"]:
        subject = _subject(head)  # "preliminary findings pointed to an electrical fault"
        if subject is not None and subject.lemma_.lower() in spec["evidence"]:
            return _object(token)
    if token.dep_ == "prep" and token.lower_ in {"of", "from"} and head_lemma in spec["dying"] and not is_negated(head):
        return _object(token)  # "died of a head injury"
    if token.dep_ == "dobj" and head_lemma == "blame" and not is_negated(head) and _for_the_event(head):
        return None if token.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or token.pos_ == "PRON" else token
    if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() == "cause" for c in head.children):
        return token  # "the cause was a gas leak"
    return None


def _tail(noun: Token) -> list[Token]:
    """The words after the cause that say what it was: "a collision with birds", "a blow to the head", "failure of the
    brakes" (one preposition and its noun, with that noun's modifiers)."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _TAIL_PREPS), None)
    obj = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return []
    return [prep, *[t for t in obj.lefts if t.dep_ in {"compound", "amod"}], obj]


def _object(prep: Token) -> Token | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None and obj.lower_ in {"what", "which"}:
        return None
    return obj


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative clause ("a fault that led to"), the noun the clause describes."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in {"that", "which"}):
        return verb.head
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject


def _for_the_event(verb: Token) -> bool:
    """ "blame the quarry for the landslide": "for" an event word, so the object is blamed as its cause."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in event_words() for o in c.children)
        for c in verb.children
    )


def _several_causes(token: Token) -> list[Token] | None:
    """ "may have had more than one cause", "the fire had several causes": the tokens of that phrase, or None."""
    if token.lemma_.lower() != "cause" or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    if token.head.lemma_.lower() != "have" or is_negated(token.head):
        return None
    quantity = [t for t in token.subtree if t.i < token.i and t.lower_ in facet("cause")["several"]]
    plural = token.tag_ == "NNS" and any(c.dep_ in {"nummod", "amod"} for c in token.children)
    if not quantity and not plural:
        return None
    return list(token.doc[token.left_edge.i : token.i + 1])


def _rejected(cause: Token) -> bool:
    """The cause follows a reported claim ("claims that X caused it") in a sentence that denies or doubts it. The parse
    of such sentences is often broken ("Rumours that arson caused the fire are false" makes "Rumours" a subject of
    "caused"), so word order and any negation or rejecting word in the sentence decide, not the tree."""
    spec = facet("cause")
    sent = cause.sent
    before = cause.doc[sent.start : cause.i + 1]
    if not any(t.lemma_.lower() in spec["reported"] and t.pos_ == "NOUN" for t in before):
        return False
    return any(t.dep_ == "neg" or t.lemma_.lower() in spec["rejecting"] for t in sent)
