"""Amounts as people write them: one phrase, one value.

A phrase is a run of number words read as one number ("three hundred and twelve", "1.03 million", "1.4m"), with the
words around it that make it an estimate ("about", "some"), a value just under it ("nearly", "almost"), a bound ("more
than", "up to") or a range ("between 500,000 and 800,000", "200 to 300", "200-300"), or a vague quantity ("tens of
thousands"). The value is an int, or [low, high] with None for an open end; which noun it counts is the caller's
business (claims/counts.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from reconcile.claims.numerals import read_number, scales
from reconcile.resources import lexicon

Value = int | float | list

_SMALL = 100
"""After "and" a number word continues the number only when it is smaller than this and follows a scale word
("three hundred and twelve"); otherwise "and" joins two numbers ("between five hundred and eight hundred")."""


_DASHED = re.compile(r"(\d[\d,]*)[\u2013\u2014](\d[\d,]*)")
"""A range written with an en or em dash in one token ("120\u2013150"): the tokenizer splits a hyphen, not these."""


@dataclass(frozen=True)
class Amount:
    """One amount phrase: its value and where it lies (token indices, bound and range words included)."""

    value: Value
    start: int
    end: int
    root: Token
    """The number word that attaches the phrase to the parse: its head is the noun counted ("killed 10 civilians")."""
    number_end: int
    """One past the last token of the (first) number itself, before any range: the words after it say its unit."""

    @property
    def exact(self) -> bool:
        """One figure (an estimate's included: "about 300" is 300), not a bound, range or vague quantity."""
        return not isinstance(self.value, list)


@functools.cache
def _table() -> dict:
    return lexicon("numbers")


def amount_at(token: Token) -> Amount | None:
    """The amount phrase whose number starts at `token`, or None when no number starts there."""
    doc = token.doc
    vague = _vague_at(token)
    if vague is not None:
        value, end = vague
        start = _bound_start(doc, token.i)
        return Amount(_bounded(doc, start, token.i, value) if start < token.i else value, start, end,
                      _root(doc, token.i, end), end)
    dashed = _dashed(token)
    if dashed is not None:
        return Amount(dashed, token.i, token.i + 1, token, token.i + 1)
    run = _run(doc, token.i)
    if run is None:
        return None
    end, number = run
    start = _bound_start(doc, token.i)
    ranged = _range_after(doc, token.i, end, number, start)
    if ranged is not None:
        value, range_end, start = ranged
        return Amount(value, start, range_end, _root(doc, token.i, range_end), end)
    return Amount(_bounded(doc, start, token.i, number), start, end, _root(doc, token.i, end), end)


def quantity(token: Token) -> Value | None:
    """The number or range the phrase starting at `token` expresses ("at least 5" -> [5, None])."""
    amount = amount_at(token)
    return None if amount is None else amount.value


def is_count(token: Token) -> bool:
    return _vague_at(token) is not None or _run(token.doc, token.i) is not None


def starts_number(token: Token) -> bool:
    """Whether `token` can begin a number: a figure, a number word, or "a"/"an" before a scale ("a dozen")."""
    if token.like_num or read_number(token.text) is not None:
        if token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ == "no":
            return False  # "no one was killed" counts nobody
        return token.lower_ not in {"a", "an"}
    if token.lower_ in {"a", "an"} and token.i + 1 < len(token.doc):
        return token.doc[token.i + 1].lower_ in scales()
    return False


def _run(doc: Doc, i: int, *, first: bool = True) -> tuple[int, float | int] | None:
    """The end of the longest run of words from `i` that reads as one number, and its value. With `first`, a word
    that continues a number begun before it starts none ("hundred" in "three hundred")."""
    if not starts_number(doc[i]) or (first and i > 0 and _continues(doc, i - 1, i)):
        return None
    spaced = _spaced_thousands(doc, i)
    if spaced is not None:
        return spaced
    full = i + 1
    while full < len(doc) and _continues(doc, full - 1, full):
        full += 1
    for end in range(full, i, -1):
        value = read_number(doc[i:end].text)
        if value is not None and _and_joins(doc, i, end, full):
            return end, _whole(value)
    return None


def _dashed(token: Token) -> list | None:
    """ "120\u2013150" written as one token -> [120, 150]; None for anything else (or a second figure not above
    the first)."""
    match = _DASHED.fullmatch(token.text)
    if match is None:
        return None
    low, high = (read_number(part) for part in match.groups())
    return [_whole(low), _whole(high)] if low is not None and high is not None and low < high else None


def _spaced_thousands(doc: Doc, i: int) -> tuple[int, int] | None:
    """ "12 000 people", "1 250 000": thousands grouped by spaces, as translated and European text writes them
    (end of the run, value); None unless one to three digits are followed by groups of exactly three."""
    first = doc[i]
    if not (first.text.isdigit() and len(first.text) <= 3 and first.text[0] != "0"):
        return None
    end = i + 1
    while end < len(doc) and _a_spaced_group(doc, end - 1, end):
        end += 1
    return (end, int("".join(t.text for t in doc[i:end]))) if end > i + 1 else None


def _a_spaced_group(doc: Doc, prev: int, i: int) -> bool:
    a, b = doc[prev], doc[i]
    return a.whitespace_ == " " and a.text.isdigit() and len(b.text) == 3 and b.text.isdigit()


def _continues(doc: Doc, prev: int, i: int) -> bool:
    """Whether word `i` goes on the number that word `prev` is part of ("three hundred", "forty-two", "1.4 m")."""
    a, b = doc[prev], doc[i]
    if _a_spaced_group(doc, prev, i) and _spaced_thousands(doc, _group_start(doc, prev)) is not None:
        return True  # the "000" of "12 000"
    if _half_continues(doc, prev, i):
        return True
    if b.lower_ in scales() and b.lower_ not in {"k", "m", "mn", "mln", "bn"}:
        return _is_number_word(a) or a.like_num or a.lower_ in {"a", "an", "half"}
    if b.lower_ in scales():  # "1.4 m" only when written together ("1.4m"): "10 m" is ten metres
        return a.like_num and not a.whitespace_ and a.text[:1].isdigit()
    if b.text in {"-", "and"} and i + 1 < len(doc):
        return _is_number_word(a) and _is_number_word(doc[i + 1]) and (b.text == "-" or a.lower_ in scales())
    if _is_number_word(b) and a.text in {"-", "and"} and prev > 0:
        return _is_number_word(doc[prev - 1])
    return _is_number_word(a) and _is_number_word(b)


def _group_start(doc: Doc, i: int) -> int:
    """The first word of the space-grouped figure that word `i` ends ("12" of "12 000 000")."""
    while i > 0 and _a_spaced_group(doc, i - 1, i):
        i -= 1
    return i


def _half_continues(doc: Doc, prev: int, i: int) -> bool:
    """Whether word `i` goes on "two and a half lakh" / "one and half million": the words from "and" to "half",
    taken only when a scale word follows "half" (a half of no scale is no count)."""
    words = [t.lower_ for t in doc[max(prev - 2, 0) : i + 3]]
    tail = " ".join(t.lower_ for t in doc[i : i + 4])
    a, b = doc[prev], doc[i]
    if b.lower_ == "and" and (a.like_num or _is_number_word(a)):
        after = tail.split()
        after = after[1:] if after[1:2] in (["a"], ["an"]) else after
        return after[1:2] == ["half"] and after[2:3] != [] and after[2] in scales()
    if b.lower_ in {"a", "half"} and a.lower_ in {"and", "a"}:
        return "half" in words and i + 2 <= len(doc) and (doc[i + 1].lower_ in scales() or tail.startswith("a half "))
    return False


def _is_number_word(token: Token) -> bool:
    return token.is_alpha and (token.like_num or token.lower_ in scales()) and token.lower_ not in {"a", "an"}


def _and_joins(doc: Doc, start: int, end: int, full: int) -> bool:
    """An "and" inside the run adds a small number to a scaled one ("three hundred and twelve"), never a scaled
    number to another ("five hundred and eight hundred", read to the end `full` of the number words)."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ == "and" and doc[k + 1].lower_ in {"a", "half"}:
            continue  # "two and a half lakh": read whole by read_number
        if doc[k].lower_ == "and":
            after = read_number(doc[k + 1 : full].text)
            if after is None or after >= _SMALL or doc[k - 1].lower_ not in scales():
                return False
    return True


def _whole(value: float) -> int | float:
    return int(round(value)) if abs(value - round(value)) < 1e-6 else value


def _root(doc: Doc, start: int, end: int) -> Token:
    """The word that attaches the number to the parse: the one word of the phrase whose head lies outside it.

    In "three million people" that is "million", whose head is the noun counted ("three" hangs on "million"); a
    one-word number is its own root, and when the parse hangs several words outside the phrase the first is taken.
    """
    outside = [t for t in doc[start:end] if not start <= t.head.i < end]
    return outside[0] if len(outside) == 1 else doc[start]


def _phrase_before(doc: Doc, i: int, table: str) -> int | None:
    """The start of the longest phrase of `table` that ends right before word `i`."""
    for width, phrases in _by_width(table):
        if i - width >= 0 and " ".join(t.lower_ for t in doc[i - width : i]) in phrases:
            return i - width
    return None


@functools.cache
def _by_width(table: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The phrases of `table` grouped by their width in words, widest first: one join of the words before a number
    per width, not one per phrase."""
    widths: dict[int, set[str]] = {}
    for phrase in _table()[table]:
        widths.setdefault(len(phrase.split()), set()).add(phrase)
    return tuple((width, frozenset(widths[width])) for width in sorted(widths, reverse=True))


def _bound_start(doc: Doc, i: int) -> int:
    """Where the estimate or bound words before the number begin ("more than 20"), or `i` when there are none."""
    tables = ("at_least", "at_most", "nearly", "about")
    found = [s for s in (_phrase_before(doc, i, t) for t in tables) if s is not None]
    return min(found) if found else i


def _bounded(doc: Doc, start: int, i: int, value: Value) -> Value:
    """The value as the words before it frame it: a bound, an estimate, or just under it."""
    if start == i:
        return value
    low, high = (value[0], value[1]) if isinstance(value, list) else (value, value)
    for table in ("at_least", "at_most"):
        if _phrase_before(doc, i, table) == start:
            return [low, None] if table == "at_least" else [None, high]
    # "about 300", "some 2,000", "nearly 500": the figure the source gives, as an editor quotes it (and as the gold
    # writes it); the align stage reads a round figure as a round one (compatibility.toml [numbers] rounding_share)
    return value


def _range_after(doc: Doc, i: int, end: int, low: float, start: int) -> tuple[list, int, int] | None:
    """"200 to 300", "200-300", "two or three", "between 500,000 and 800,000", "from 20 to 30": ([low, high], end of
    the range, start of the phrase with "between" or "from")."""
    if end + 1 >= len(doc):
        return None
    joiner = doc[end].lower_
    between = start == i and i > 0 and doc[i - 1].lower_ in {"between", "from"}
    if between and doc[i - 1].lower_ == "from" and is_change(doc[i - 1].head):
        return None  # "rose from 3 to 6": a figure replaced by another, not a range
    if i > 0 and doc[i - 1].lower_ == "by" and joiner == "to":
        return None  # "rose by 7 to 45": the step and the new figure, not a range
    if joiner not in _table()["range_joiners"] and not (joiner == "and" and between and doc[i - 1].lower_ == "between"):
        return None
    second = _run(doc, end + 1, first=False)
    if second is None:
        return None
    range_end, high = second
    last = doc[range_end - 1].lower_
    if low < high / 10 and last in scales() and doc[end - 1].lower_ not in scales():
        low = _whole(low * scales()[last])  # "two to three million": the scale is shared
    if not low < high:
        return None  # "24-7", "3 or 2": not a range
    return [low, high], range_end, i - 1 if between else start


def is_change(word: Token) -> bool:
    """A word of a figure changing ("rose", "revised", "up", "down"): its "from" gives the figure replaced."""
    changes = _table()["counts"]["changes"]
    return word.lemma_.lower() in changes or word.lower_ in changes


@functools.cache
def _vague_starts() -> frozenset[str]:
    """Every word sequence a vague phrase begins with: a token that begins none starts no phrase."""
    starts: set[str] = set()
    for phrase in _table()["vague"]:
        starts.update(phrase[:i] for i, char in enumerate(phrase) if char == " ")
        starts.add(phrase)
    return frozenset(starts)


def _vague_at(token: Token) -> tuple[list, int] | None:
    """A vague quantity starting at `token` ("tens of thousands", "dozens"), with the end of its words."""
    doc = token.doc
    vague = _table()["vague"]
    for width in (4, 3, 1) if token.lower_ in _vague_starts() else ():
        phrase = " ".join(t.lower_ for t in doc[token.i : token.i + width])
        if phrase in vague and phrase not in {"some", "many", "few", "several"}:
            return [*vague[phrase], None][:2], token.i + width  # [low] has no upper end
    if token.lower_ in {"several", "few"} and token.dep_ in {"amod", "nummod"}:
        return list(vague[token.lower_]), token.i + 1
    return None
