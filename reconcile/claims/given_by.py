"""A figure that the statement reports another party giving: "Police said 14 people died, while hospital sources put
the toll at 19" is the police's 14; the 19 is the hospital sources' figure, not the police's.

The attribution component splits a sentence at verbs of saying; a figure given with a verb of giving a figure ("put",
"estimate", "count", numbers.toml `counts.estimating`) by a subject of its own, inside another speaker's words, is left
inside them. Such a figure belongs to no cell rather than to the wrong one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from reconcile.resources import lexicon
from reconcile.sources.speaking import can_speak

_CLAUSES = {"advcl", "conj", "ccomp", "parataxis", "relcl"}
"""How a clause hangs inside another: "while X put ...", "and X estimated ...", "but X counted ..."."""


def given_by_another(root: Token, span: Span) -> bool:
    """Whether the figure at `root` is given, inside `span`, by a speaker other than the span's own: the first verb of
    giving above it has a nominal subject that can speak and is itself a clause of another verb within the span."""
    giving = set(lexicon("numbers")["counts"]["estimating"])
    for node in root.ancestors:
        if not span.start <= node.i < span.end:
            return False
        if node.pos_ not in {"VERB", "AUX"} or node.lemma_.lower() not in giving:
            continue
        if node.dep_ not in _CLAUSES or not span.start <= node.head.i < span.end:
            return False  # the span's own verb: "the ministry put the toll at 19" in its own voice
        subjects = [c for c in node.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        return any(can_speak(span.doc[s.left_edge.i : s.i + 1], "") for s in subjects)
    return False
