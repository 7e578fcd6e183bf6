"""What kind of source a speaker is (family, witness, military, ngo, media, company, expert, government, unnamed
officials), from the words of its name, title or description as data/kinds.toml lists them.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from spacy.tokens import Token

from reconcile.model import SourceKind
from reconcile.resources import lexicon, word_set


class _Match(NamedTuple):
    """One listed phrase found in a speaker's words; the smallest match decides the kind."""

    words: int
    """Minus the phrase's length in words: the longest phrase wins."""
    rank: tuple[int, int]
    """The kind's place in `order`, then the phrase's place in its list: the tie-break between phrases as long."""
    kind: SourceKind
    phrase: str


@functools.lru_cache(maxsize=65536)  # a speaker's words recur through a case, and the lists are long
def source_kind(phrase: str, *, named_person: bool = False, head: str = "") -> tuple[SourceKind, str]:
    """The kind of source the words of its name or description point to, with the words that decided.

    The longest phrase found wins, so that "the fire brigade" is a fire service, not a military unit, and the
    "Norwegian Refugee Council" an aid group, not a town council; between phrases as long, the kind listed first.
    Unnamed officials are recognised by the head noun ("a defense official with direct knowledge"), so that an
    official merely mentioned inside a longer description does not make its speaker anonymous.
    """
    if not named_person and head in word_set("kinds", "anonymous", "heads"):
        return SourceKind.OFFICIAL_ANONYMOUS, head
    found = [*_listed(phrase.lower()), *_endings(phrase.lower()), *_mastheads(phrase)]
    if not found:
        return SourceKind.OTHER, ""
    best = min(found)
    return best.kind, best.phrase


@functools.lru_cache(maxsize=65536)
def masthead(phrase: str) -> str:
    """The word that makes a capitalised name a newspaper's or an agency's ("gazette" in "Harwick Gazette", "press"
    in "Atlas Press"); empty when there is none."""
    found = _mastheads(phrase)
    return min(found).phrase if found else ""


def witnessed(head: Token) -> str:
    """The verb of a relative clause that makes its noun a witness ("a fisherman who saw the collision": "saw");
    empty when there is none."""
    verbs = word_set("kinds", "witness", "verbs")
    return next((c.text for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs), "")


def has_word(text: str, word: str) -> bool:
    """`word` (lowercase, one word or a phrase) appears in `text` as whole words."""
    return _word_pattern(word).search(text) is not None


def _listed(text: str) -> list[_Match]:
    """Every phrase of [words] in `text`; where two start at one place, only the longer."""
    entries, pattern = _lexicon_pattern()
    return [entries[m.group(0)]._replace(phrase=m.group(0)) for m in pattern.finditer(text)]


def _endings(text: str) -> list[_Match]:
    """Words ending as [endings] lists: "hydrologist", "seismologists"."""
    found = []
    for position, index, kind, pattern in _ending_patterns():
        for m in pattern.finditer(text):
            found.append(_Match(-1, (position, 10_000 + index), kind, m.group(0)))
    return found


@functools.cache
def _ending_patterns() -> tuple[tuple[int, int, SourceKind, re.Pattern[str]], ...]:
    """For each of [endings], in order: the kind's place, the ending's place and a pattern for words ending so."""
    return tuple(
        (position, index, SourceKind(kind), re.compile(r"(?<![\w])\w+" + re.escape(ending) + r"(?![\w])"))
        for position, kind in enumerate(lexicon("kinds")["order"])
        for index, ending in enumerate(lexicon("kinds").get("endings", {}).get(kind, []))
    )


def _mastheads(phrase: str) -> list[_Match]:
    """Words of [names] that end a capitalised name: "Gazette" in "The Northern Gazette said" or "the Post's
    reporting", not "post" in "the post office" or "Post" in "Post Office"."""
    words = [re.sub(r"['’]s$", "", w.strip(".,;:()\"“”")).strip("'’") for w in phrase.split()]
    found = []
    for position, kind, names in _masthead_names():
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < len(words) else ""
            if word.lower() in names and word[:1].isupper() and not following[:1].isupper():
                found.append(_Match(-1, (position, 20_000 + names.index(word.lower())), kind, word.lower()))
    return found


@functools.cache
def _masthead_names() -> tuple[tuple[int, SourceKind, list[str]], ...]:
    """For each kind, in order: its place and its [names], lowercase."""
    return tuple(
        (position, SourceKind(kind), [w.lower() for w in lexicon("kinds").get("names", {}).get(kind, [])])
        for position, kind in enumerate(lexicon("kinds")["order"])
    )


@functools.cache
def _lexicon_pattern() -> tuple[dict[str, _Match], re.Pattern[str]]:
    """Every phrase of [words] with its kind, and one pattern that finds any of them, longer alternatives first."""
    entries: dict[str, _Match] = {}
    for position, kind in enumerate(lexicon("kinds")["order"]):
        for index, word in enumerate(lexicon("kinds")["words"].get(kind, [])):
            entries.setdefault(word.lower(), _Match(-len(word.split()), (position, index), SourceKind(kind), word))
    alternatives = sorted(entries, key=len, reverse=True)
    return entries, re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in alternatives) + r")(?![\w])")


@functools.cache
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])")
