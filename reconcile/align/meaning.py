"""Free-text values compared by their content words, folded to a stem and a synonym set."""

from __future__ import annotations

import functools

from spacy.lang.en.stop_words import STOP_WORDS

from reconcile.align.comparison import Comparison, Relation
from reconcile.model import Reason
from reconcile.resources import lexicon

TEXT_SIMILARITY = 0.5
"""Share of content words (after folding synonyms) two free-text values must have in common to agree; on the
development cases 0.5 separates "herding sheep"/"grazing his sheep" (1.0) from "walking"/"herding sheep" (0.0)."""


@functools.cache
def _synonyms() -> dict[str, int]:
    table: dict[str, int] = {}
    for i, group in enumerate(lexicon("compatibility")["synonyms"]["sets"]):
        for word in group:
            table[word] = i
    return table


def meaning_words(text: str) -> set[str]:
    """Content words folded to a stem and a synonym set: "grazing his sheep" -> {graze-set, sheep-set}."""
    out = set()
    for word in str(text).lower().replace("-", " ").split():
        word = word.strip(".,;:!?\"'“”‘’()[]—")
        if not word or word in STOP_WORDS:
            continue
        stem = _stem(word)
        syn = next((_synonyms()[w] for w in (word, stem, stem + "e") if w in _synonyms()), None)
        out.add(f"#{syn}" if syn is not None else stem)
    return out


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def text_similarity(a: object, b: object) -> float:
    wa, wb = meaning_words(str(a)), meaning_words(str(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def text_rule(a: object, b: object) -> Comparison:
    if text_similarity(a, b) >= TEXT_SIMILARITY:
        return Comparison(Relation.COMPATIBLE, Reason.MEANING)
    return Comparison(Relation.DIFFERENT, Reason.MEANING)
