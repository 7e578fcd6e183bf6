"""Whether the act was meant, as the cause a statement gives for it: "Israeli forces had unintentionally struck
innocent people" -> "unintentional strike", "the team was targeted deliberately" -> "deliberate targeting", "a
deliberate attack", "the strike was not intentional" -> "not deliberate strike".

Sources of a strike on civilians often dispute exactly this, in words of intent said of the act (an adverb on its
verb, an adjective on its noun or after "was"); the words and the act nouns are data (causes.toml [intent]).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reconcile.claims.context import is_negated
from reconcile.resources import lexicon


@cache
def _intent_words() -> dict[str, str]:
    """Word of intent -> "deliberate" or "unintentional"."""
    table = lexicon("causes")["intent"]
    return {word: kind for kind in ("deliberate", "unintentional") for word in table[kind]}


@cache
def _act_nouns() -> dict[str, str]:
    return dict(lexicon("causes")["intent"]["acts"])


def intended(word: Token) -> tuple[list[Token], str, bool] | None:
    """(the words, the value, negated) when `word` says whether the act was meant, else None: an adverb on a verb of
    the act ("deliberately targeted"), an adjective on a noun of the act ("a deliberate attack"), or an adjective after
    "was" whose subject is one ("the strike was unintentional")."""
    kind = _intent_words().get(word.lower_)
    if kind is None:
        return None
    act = _act_of(word)
    if act is None:
        return None
    noun = _act_nouns().get(act.lemma_.lower())
    if noun is None:
        return None
    negated = is_negated(word) or (word.dep_ == "acomp" and is_negated(word.head)) or is_negated(act)
    value = f"{kind} {noun}"
    return sorted({word, act}, key=lambda t: t.i), f"not {value}" if negated else value, negated


def _act_of(word: Token) -> Token | None:
    """The verb or noun of the act the word of intent is said of."""
    head = word.head
    acts = _act_nouns()
    if word.dep_ == "advmod" and head.pos_ == "VERB" and head.lemma_.lower() in acts:
        return head  # "unintentionally struck", "was targeted deliberately"
    if word.dep_ == "amod" and head.pos_ == "NOUN" and head.lemma_.lower() in acts:
        return head  # "a deliberate attack"
    if word.dep_ == "acomp" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in acts and subject.pos_ == "NOUN":
            return subject  # "the strike was not intentional"
    return None

