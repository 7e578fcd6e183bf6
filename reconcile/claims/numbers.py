"""Numbers as people write them: digits, words, vague quantities and bounds, as a [low, high] range or an int."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from reconcile.resources import lexicon

Value = int | list


@functools.cache
def _table() -> dict:
    return lexicon("compatibility")["numbers"]


def number_at(token: Token) -> int | None:
    """The integer a number token stands for ("10", "8,000", "ten", "1.5" with "million" after it)."""
    text = token.lower_.replace(",", "")
    words = _table()["words"]
    value: float | None
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in words and text not in {"a", "an"}:
        value = float(words[text])
    else:
        return None
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in {"thousand", "million", "hundred"}:
        value *= words[nxt.lower_]
    return int(value)


def quantity(token: Token) -> Value | None:
    """The number or range a count token expresses, with the bound words before it ("at least 5" -> [5, None])."""
    doc = token.doc
    vague = _vague_at(token)
    if vague is not None:
        return vague
    value = number_at(token)
    if value is None:
        return None
    between = _between(token)
    if between is not None:
        return between
    before = " ".join(t.lower_ for t in doc[max(0, token.i - 3) : token.i])
    table = _table()
    if any(before.endswith(p) for p in table["at_least"]):
        return [value, None]
    if any(before.endswith(p) for p in table["at_most"]):
        return [None, value]
    if any(before.endswith(p) for p in table["about"]):
        margin = table["about_margin"]
        return [int(value * (1 - margin)), int(round(value * (1 + margin)))]
    return value


@functools.cache
def _vague_starts() -> frozenset[str]:
    """Every word sequence a vague phrase begins with ("a", "a few"): a token that begins none starts no phrase."""
    starts = set()
    for phrase in _table()["vague"]:
        starts.update(phrase[:i] for i, char in enumerate(phrase) if char == " ")
        starts.add(phrase)
    return frozenset(starts)


def _vague_at(token: Token) -> list | None:
    doc = token.doc
    vague = _table()["vague"]
    for width in (4, 3, 1) if token.lower_ in _vague_starts() else ():  # each phrase begins with this token
        phrase = " ".join(t.lower_ for t in doc[token.i : token.i + width])
        if phrase in vague and phrase not in {"some", "many", "few", "several"}:
            return list(vague[phrase])
    if token.lower_ in {"several", "few"} and token.dep_ in {"amod", "nummod"}:
        return list(vague[token.lower_])
    return None


def _between(token: Token) -> list | None:
    """"between 100 and 300", "100 to 300", "100-300"."""
    doc = token.doc
    if token.i >= 1 and doc[token.i - 1].lower_ == "between":
        for j in range(token.i + 1, min(len(doc), token.i + 4)):
            if doc[j].lower_ == "and" and j + 1 < len(doc):
                high = number_at(doc[j + 1])
                if high is not None:
                    return [number_at(token), high]
    if token.i + 2 < len(doc) and doc[token.i + 1].text in {"to", "-", "–"}:
        high = number_at(doc[token.i + 2])
        low = number_at(token)
        if high is not None and low is not None and high > low:
            return [low, high]
    return None


def is_count(token: Token) -> bool:
    return number_at(token) is not None or _vague_at(token) is not None

