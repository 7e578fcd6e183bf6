"""Event words that name a reaction to another event in the same phrase, so never the case's own kind.

Issue 15: "a building collapse is read as a protest". Residents who "marched to the town hall to demand answers about
the collapse" or "rallied outside the ministry after the tragedy" answer the event; their march is not it. A word of a
kind that answers (hierarchy.toml [event_reactions]: protest and what lies under it) whose own phrase names another
event (an event noun or verb of another kind, or a word such as "tragedy" or "disaster") names a reaction, unless the
case is itself of the reacting kind ("protests over the killing" in a protest case are the case's own).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from reconcile.claims.context import facet
from reconcile.claims.hierarchy import in_one_line, lineage
from reconcile.resources import lexicon


@functools.cache
def _reactions() -> frozenset[str]:
    return frozenset(lexicon("hierarchy").get("event_reactions", {}).get("kinds", ()))


@functools.cache
def _answered_words() -> dict[str, str]:
    """Every one-word event noun and event verb lemma of facets.toml, with its kind."""
    spec = facet("event.type")
    nouns = {w: kind for kind, words in spec["terms"].items() for w in words if " " not in w}
    verbs = {w: kind for kind, words in spec["verbs"].items() for w in words}
    return {**verbs, **nouns}


def a_reaction_to_another(word: Token, label: str, kind: str | None) -> bool:
    """True when `word`, an event word of a reacting kind (`label`), holds in its own phrase a word of an event of
    another kind: "marched ... to demand answers about the collapse" (a protest that answers a collapse), "rallied
    after the tragedy". False in a case whose kind reacts (a protest case) or for a word of a non-reacting kind."""
    reactions = _reactions()
    if not set(lineage("event_type", label)) & reactions:
        return False
    if kind is not None and set(lineage("event_type", kind)) & reactions:
        return False
    known = _answered_words()
    for token in word.subtree:
        if token.i == word.i or token.pos_ not in {"NOUN", "VERB"}:
            continue
        other = known.get(token.lemma_.lower())
        if other is not None and not set(lineage("event_type", other)) & reactions:
            return True
    return False


def others_of_another_kind(word: Token, label: str, kind: str | None) -> bool:
    """A plural event noun of a kind outside the case's line names other events of that kind, not this one: "air
    defences were repelling these attacks" in a case about an air crash, "strikes had hit the town for weeks" in one
    about an explosion. The case's own kind in the plural ("the attacks" of a coordinated attack) stays, and so
    does any word while the case's kind is unknown."""
    if kind is None or word.pos_ != "NOUN" or word.tag_ != "NNS":
        return False
    return not in_one_line("event_type", label, kind)
