"""What a source blames: the headline "residents blame digging next door" makes the blamed words the whole
statement, its cue outside it. A named body, a doer or a pronoun blamed is the actor (claims/actors.py); anything
else blamed is the cause (claims/causes.py), an organiser or a pilot standing for their failing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reconcile.claims.causal_clues import asked
from reconcile.claims.cause_clauses import WHO
from reconcile.claims.context import Context, facet


def blamed_fragment(span: Span, ctx: Context) -> Span | None:
    """The words a source blames when the statement is only what is blamed: the headline "residents blame digging
    next door" makes "digging next door" the residents' statement, its cue "blame" left outside it. A clause (with a
    subject) is no such fragment. As for "blamed the organisers for the crush" (causes.py), a named body, a doer or
    a pronoun blamed is the actor (claims/actors.py), anything else the cause."""
    statement = ctx.statement
    if statement is None or statement.cue_start is None or statement.cue_end is None:
        return None
    cue = span.doc.char_span(statement.cue_start, statement.cue_end, alignment_mode="expand")
    if cue is None or cue.root.lemma_.lower() != "blame" or span.start <= cue.start < span.end:
        return None
    root = span.root
    if root.pos_ not in {"NOUN", "PROPN", "VERB"} or (root.pos_ == "VERB" and root.tag_ != "VBG"):
        return None
    if any(t.dep_ in {"nsubj", "nsubjpass"} for t in span) or asked(root):
        return None
    return span


def blamed_actor(noun: Token) -> bool:
    """A blamed named body, pronoun or doer ("blamed the army", "blamed Hamas") is the actor (claims/actors.py); a
    blamed organiser, owner or pilot stands for their failing, the cause."""
    return noun.pos_ == "PRON" or noun.ent_type_ in WHO or noun.lemma_.lower() in facet("actor")["doers"]


def fragment_text(span: Span) -> str:
    """The blamed words without articles and without what they are blamed for ("blocked drains for the flood")."""
    blamed_for = {t.i for c in span.root.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
    kept = [t for t in span if t.dep_ not in {"det", "poss"} and not t.is_punct and t.i not in blamed_for]
    return " ".join(t.lower_ for t in kept)
