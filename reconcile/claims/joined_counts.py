"""Counts joined by "and": "three officers and two demonstrators were killed" is one toll of 5, counted with the
first noun, and the words of a count with the noun it counts."""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.count_parts import is_state
from reconcile.claims.numbers import Amount, Value, amount_at, is_count


def conjoined(amount: Amount, noun: Token) -> tuple[Value, list[Token]]:
    """"Three officers and two demonstrators were killed": the sum of the counted nouns joined to `noun` (5), with
    the words of all of them, so the cell's text keeps the parts; "and a demonstrator" adds one. When a joined noun
    has no count of its own the number counts them all ("17 men, women and children"): (value, []) as for a noun
    with nothing joined to it."""
    joined = [c for c in noun.conjuncts if c.i >= amount.end and c.pos_ in {"NOUN", "PROPN"}]
    if not joined or amount.start <= noun.i < amount.end:
        return amount.value, []
    if any(t.pos_ in {"VERB", "AUX"} for t in noun.doc[noun.i : max(joined, key=lambda t: t.i).i]):
        return amount.value, []  # "40 dead, injuring 100 others": two counts of two verbs, whatever the parse
    if any(is_state(t) for t in (noun, *joined)):
        return amount.value, []  # "11,300 dead and 10,100 missing": two tolls, not one
    total = _interval(amount.value)
    for other in joined:
        part = _own_count(other)
        if part is None:
            return amount.value, []
        more = _interval(part)
        total = (_add(total[0], more[0]), _add(total[1], more[1]))
    low, high = total
    summed: Value = low if low is not None and low == high else [low, high]
    return summed, count_tokens(amount, max(joined, key=lambda t: t.i))


def _own_count(noun: Token) -> Value | None:
    """The count a noun carries itself ("two demonstrators" -> 2, "a demonstrator" -> 1), or None."""
    numbers = [c for c in noun.children if c.dep_ in {"nummod", "quantmod"} and is_count(c)]
    if numbers:
        part = amount_at(numbers[0])
        return None if part is None else part.value
    single = noun.tag_ in {"NN", "NNP"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    return 1 if single else None


def counted_before(noun: Token) -> bool:
    """A joined noun that the count of the first noun sums with it (`conjoined`): it is counted there."""
    if noun.dep_ != "conj":
        return False
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    numbers = [c for c in first.children if c.dep_ in {"nummod", "quantmod"} and is_count(c)]
    amount = amount_at(numbers[0]) if numbers else None
    summed = conjoined(amount, first)[1] if amount is not None else []
    return bool(summed) and noun.i <= summed[-1].i


def _interval(value_: Value) -> tuple[int | float | None, int | float | None]:
    return (value_[0], value_[1]) if isinstance(value_, list) else (value_, value_)


def _add(a: int | float | None, b: int | float | None) -> int | float | None:
    return None if a is None or b is None else a + b


def count_tokens(amount: Amount, noun: Token) -> list[Token]:
    """The phrase with the noun it counts: "more than 40,000 people", "a crowd of 5,000"."""
    doc = noun.doc
    return list(doc[min(amount.start, noun.i) : max(amount.end - 1, noun.i) + 1])
