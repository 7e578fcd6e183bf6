"""Denied and contrasted values: what a statement sets aside is never given as what it asserts.

"The fire started because of a faulty cable, not because of arson" gives the cause "faulty cable" and the denial
"not arson"; "the army denied that a missile hit the school" gives "not missile". A denied value keeps the words it
came from, reads "not <value>" and is marked `negated`, so the align stage can set it against the same value
asserted by another source (a conflict) and never count it as agreeing with one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from reconcile.claims.context import facet
from reconcile.model import FacetValue
from reconcile.nlp.certainty import value_denied

OWN_NEGATION = frozenset({"investigation", "victim.status"})
"""Facets whose finders write the negation into the value themselves ("not militant", "criminal case: not under
way"); some of their phrases hold a negator ("not a fighter" is a civilian)."""
COUNT_FACETS = frozenset({"casualties.killed", "casualties.injured", "crowd.size"})
"""Counts are denied with their own verb only ("were not killed"): "the three dead had not been identified"."""
SCENE_FACETS = frozenset({"event.date", "event.time", "event.location", "victim.name", "event.type"})
"""Facets that set the scene of a claim rather than argue it: a denied verb leaves the date, place, event and the
name of the person it is about standing ("he did not fire on Tuesday", "rejected claims that a leak caused the
explosion"); only a contrast sets them aside ("on Wednesday, not on Tuesday")."""


def mark_denials(found: list[FacetValue], doc: Doc) -> list[FacetValue]:
    """`found` with every value its sentence denies turned into its denial."""
    return [_denial(fv) if _is_denied(fv, doc) else fv for fv in found]


def _is_denied(fv: FacetValue, doc: Doc) -> bool:
    if fv.negated or fv.facet in OWN_NEGATION:
        return False
    words = doc.char_span(fv.start, fv.end, alignment_mode="expand")
    if words is not None and _set_against_a_denial(words):
        return False
    verbs = frozenset(facet(fv.facet).get("verbs", ())) if fv.facet in COUNT_FACETS else None
    scene = fv.facet in SCENE_FACETS
    return words is not None and value_denied(_own_words(words, fv.value), contrast_only=scene, verbs=verbs)


def _set_against_a_denial(words: Span) -> bool:
    """The value is what "but" sets against a denied one: "was not caused by the earthquake but by illegal floors",
    "not from the army but from the militia". The denied verb's "not" belongs to the first, never to the second."""
    prep = words.root.head
    return words.root.dep_ == "pobj" and prep.dep_ == "conj" and prep.head.pos_ == "ADP" and any(
        c.dep_ == "cc" and c.lower_ in {"but", "rather"} for c in prep.head.children)


def _own_words(words: Span, value: object) -> Span:
    """The part of the quoted words that is the value itself: "police" in "The police charge", whose head noun
    ("charge") is what a verb around it takes as its argument, not the actor."""
    if not isinstance(value, str):
        return words  # a count is denied with the noun it counts ("none of the 12 passengers")
    named = {w.lower() for w in value.split()}
    own = [t for t in words if t.lower_ in named or t.lemma_.lower() in named]
    if not own or any(t.i == words.root.i for t in own):
        return words
    last = own[-1]
    return words.doc[min(t.i for t in own) : last.i + 1]


def _denial(fv: FacetValue) -> FacetValue:
    return replace(fv, value=f"not {_shown(fv.value)}", negated=True)


def _shown(value: object) -> str:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = value
        if high is None:
            return f">={low}"
        if low is None:
            return f"<={high}"
        return f"{low}-{high}"
    return str(value)
