"""Causes compared by the mechanism they name and its kind (data/causes.toml), or by their words."""

from __future__ import annotations

import functools

from reconcile.align.comparison import Comparison, Relation
from reconcile.align.meaning import TEXT_SIMILARITY, meaning_words, text_similarity
from reconcile.model import Reason
from reconcile.resources import lexicon


@functools.cache
def _mechanisms() -> tuple[tuple[frozenset[str], str, str], ...]:
    """(content words of a phrase, mechanism, kind), longest phrase first (data/causes.toml)."""
    found = []
    for name, (kind, *phrases) in lexicon("causes")["mechanisms"].items():
        for phrase in {name, *phrases}:
            words = frozenset(meaning_words(phrase))
            if words:
                found.append((words, name, kind))
    return tuple(sorted(found, key=lambda entry: (-len(entry[0]), entry[1])))


def mechanism_of(cause: str) -> tuple[str, str] | None:
    """The mechanism a cause names and its kind: "collision with birds" -> ("bird strike", "natural"); None when the
    table knows no phrase all of whose words the cause holds."""
    words = meaning_words(cause)
    return next(((name, kind) for phrase, name, kind in _mechanisms() if phrase <= words), None)


@functools.cache
def _kind_conflicts() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lexicon("causes")["kinds"]["conflicts"])


def cause_rule(a: object, b: object) -> Comparison:
    """Two causes agree when they name one mechanism in any words ("bird strike", "a collision with birds"), or share
    their words when the table knows neither; they conflict when they name two mechanisms of one kind (an electrical
    fault and a gas leak) or of kinds that exclude each other (sabotage and a technical fault, a storm and
    negligence). A denial ("not arson") conflicts with the cause it denies. Anything else is not comparable: a
    technical fault and the neglect behind it can both be true."""
    text_a, text_b = str(a), str(b)
    neg_a, neg_b = text_a.startswith("not "), text_b.startswith("not ")
    text_a, text_b = text_a.removeprefix("not "), text_b.removeprefix("not ")
    intent_a, intent_b = _intent(text_a), _intent(text_b)
    if intent_a and intent_b and not (neg_a or neg_b):  # "unintentional strike" against "deliberate targeting"
        return Comparison(Relation.COMPATIBLE if intent_a == intent_b else Relation.CONFLICT, Reason.MEANING)
    if intent_a and intent_b:
        same_intent = (intent_a == intent_b) == (neg_a == neg_b)  # "not deliberate strike" is an unintended one
        return Comparison(Relation.COMPATIBLE if same_intent else Relation.CONFLICT, Reason.NEGATION)
    mech_a = _meant(intent_a) if intent_a else mechanism_of(text_a)
    mech_b = _meant(intent_b) if intent_b else mechanism_of(text_b)
    if mech_a and mech_b:
        same = mech_a[0] == mech_b[0]
    else:
        same = text_a == text_b or (
            text_similarity(text_a, text_b) >= TEXT_SIMILARITY and not _other_kinds_of(text_a, text_b)
        )
    if neg_a or neg_b:
        if not same:
            return Comparison(Relation.DIFFERENT, Reason.MEANING)
        return Comparison(Relation.SAME if neg_a == neg_b else Relation.CONFLICT, Reason.NEGATION)
    if same:
        return Comparison(Relation.COMPATIBLE, Reason.MEANING)
    if mech_a and mech_b and (mech_a[1] == mech_b[1] or frozenset((mech_a[1], mech_b[1])) in _kind_conflicts()):
        return Comparison(Relation.CONFLICT, Reason.MEANING)
    return Comparison(Relation.DIFFERENT, Reason.MEANING)


def _intent(cause: str) -> str | None:
    """ "deliberate" or "unintentional" for a cause that says whether the act was meant (claims/intent.py)."""
    first = cause.split(" ", 1)[0]
    return first if first in {"deliberate", "unintentional"} else None


def _meant(intent: str | None) -> tuple[str, str] | None:
    """The mechanism an act's intent names: a deliberate strike is an attack; an unintended one names none, as a
    strike not meant is still a strike ("shot down the airliner, unintentionally" is no error of the crew's)."""
    return ("attack", "deliberate") if intent == "deliberate" else None


def _other_kinds_of(a: str, b: str) -> bool:
    """ "excess floors" and "unauthorised floors", "excavation work" and "excavation next door": two causes that share
    one word and each say more about it in words the other does not have name two kinds of one thing, and the table
    cannot tell whether they agree ("floors" alone agrees with either)."""
    wa, wb = meaning_words(a), meaning_words(b)
    return len(wa & wb) == 1 and len(wa) >= 2 and len(wb) >= 2
