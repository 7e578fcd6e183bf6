"""One number as written, in words or digits, read into its value; text2num does the word work.

text2num was chosen over numerizer and number-parser by the phrases in tests/test_numbers.py: all three read
"three hundred and twelve", "forty-two" and "fifteen hundred", but only text2num refuses what is not one number
("five hundred and eight hundred", "nineteen eighty"), where number-parser answers None without saying which part
failed and numerizer rewrites the text around its guesses ("500 and 800"). Refusing lets the caller split a run of
number words at the right place. Digits, thousands separators and scale suffixes ("1,500", "1.03 million", "1.4m")
are not words and are read here.
"""

from __future__ import annotations

import functools
import re

from text_to_num import text2num

from reconcile.resources import lexicon

_FIGURE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
"""Digits with or without separators ("1,500", "1500", "1.03"); a regex because spaCy keeps "1.4m" as one word."""
_WORD_SCALES = frozenset({"hundred", "thousand", "million", "billion"})
"""The scale words text2num reads itself; any other ("dozen", "lakh", "crore") is multiplied in here."""


@functools.cache
def scales() -> dict[str, int]:
    """Scale words and suffixes with their size: "million" -> 1000000, "bn" -> 1000000000."""
    return dict(lexicon("numbers")["scales"])


@functools.lru_cache(maxsize=16384)
def read_number(text: str) -> float | None:
    """The value of one number ("three hundred and twelve" -> 312, "1,500" -> 1500, "1.03 million" -> 1030000,
    "1.4m" -> 1400000, "a dozen" -> 12), or None when the text is not exactly one number. Cached: every word of
    every statement is asked whether it starts a number, and a case repeats its words."""
    words = text.lower().replace("\u2011", "-").split()
    if not words:
        return None
    if len(words) == 1 and words[0] in lexicon("numbers")["words"]:
        return float(lexicon("numbers")["words"][words[0]])
    half = _half(words)
    if half is not None:
        return half
    scale = 1
    while len(words) > 1 and words[-1] in scales():  # "two million", "1.5 billion", "three dozen"
        if words[-1] not in _WORD_SCALES or _FIGURE.fullmatch(words[-2]) or words[-2] in scales():
            scale *= scales()[words.pop()]
        else:
            break
    figure = _figure(words[0]) if len(words) == 1 else None
    if figure is not None:
        return figure * scale
    if words[-1].isalpha() and words[-1].endswith("s") and words[-1] not in scales():
        return None  # "the wounded ones", "in twos and threes": a plural number word counts nothing (text2num reads it)
    if words[0] in {"a", "an"}:
        if len(words) == 1:
            return float(scale) if scale != 1 else None  # "a dozen"; "a" alone is no number
        words[0] = "one"  # "a hundred"
    try:
        return float(text2num(" ".join(words), "en")) * scale
    except ValueError:
        return None


def _figure(word: str) -> float | None:
    """"1,500" -> 1500, "1.03" -> 1.03, "1.4m" -> 1400000, "2bn" -> 2000000000."""
    match = _FIGURE.match(word)
    if match is None:
        return None
    rest = word[match.end() :]
    if rest and rest not in scales():
        return None
    return float(match.group(1).replace(",", "") + (match.group(2) or "")) * (scales()[rest] if rest else 1)


def _half(words: list[str]) -> float | None:
    """"two and a half lakh" -> 250000, "one and half million" -> 1500000 (machine translation drops the "a"): the
    whole number, plus a half, times the scale after it."""
    if "half" not in words or "and" not in words:
        return None
    at = words.index("and")
    rest = words[at + 1 :]
    rest = rest[1:] if rest[:1] in (["a"], ["an"]) else rest
    if rest[:1] != ["half"] or len(rest) < 2 or not all(w in scales() for w in rest[1:]) or at == 0:
        return None
    whole = read_number(" ".join(words[:at]))
    if whole is None:
        return None
    size = 1
    for word in rest[1:]:
        size *= scales()[word]
    return (whole + 0.5) * size
