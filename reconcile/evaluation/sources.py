"""Which predicted column stands for which gold source, by fuzzy matching of their names and aliases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from reconcile.evaluation.gold import GoldSource
from reconcile.model import Source

THRESHOLD = 85
"""Least rapidfuzz token_set_ratio at which two folded names count as the same source."""


@dataclass(frozen=True)
class SourceMap:
    """How predicted sources map onto gold sources.

    gold_of: predicted source id -> the one gold source it stands for (its best match).
    matches: predicted source id -> the gold sources its names, one by one, match best (two or more = merged).
    """

    gold_of: dict[str, str]
    matches: dict[str, tuple[str, ...]]

    def columns(self, gold_source: str) -> tuple[str, ...]:
        """Ids of the predicted sources mapped to `gold_source` (more than one = split)."""
        return tuple(sorted(pid for pid, name in self.gold_of.items() if name == gold_source))


def name_key(name: str) -> str:
    """Fold a source name for matching: lowercase, no "the", no possessive, punctuation as spaces."""
    text = name.lower().replace("’", "'")
    text = re.sub(r"'s\b|'\B", "", text)
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)
    return " ".join(word for word in re.split(r"[\W_]+", text) if word and word != "the")


def map_sources(predicted: Sequence[Source], gold: Sequence[GoldSource]) -> SourceMap:
    """Map each predicted source to the gold source its names match best (token_set_ratio >= THRESHOLD).

    A predicted source maps to at most one gold source: the highest token_set_ratio over all pairs of names, ties
    broken by the plain ratio (closer whole strings), then by gold order. It counts as merged when its names, each
    taken alone, best match two or more gold sources ("Mohammed" and "local official" in one column). Judging name by
    name keeps a token subset from faking a merge: token_set_ratio("military", "military spokesman nassar") is 100,
    but the name "military spokesman nassar" matches the gold alias "military spokesman col karim nassar" better.
    """
    gold_keys = [(source.name, _keys((source.name, *source.aliases))) for source in gold]
    gold_of: dict[str, str] = {}
    matches: dict[str, tuple[str, ...]] = {}
    for source in predicted:
        keys = _keys((source.name, *source.aliases))
        if best := _best_gold(keys, gold_keys):
            gold_of[source.id] = best
            per_name = (_best_gold([key], gold_keys) for key in keys)
            matches[source.id] = tuple(dict.fromkeys(name for name in per_name if name))
    return SourceMap(gold_of, matches)


def _best_gold(keys: list[str], gold_keys: list[tuple[str, list[str]]]) -> str | None:
    """The gold source whose names best match `keys`, or None when none reaches THRESHOLD."""
    scored = [(_best(keys, theirs), -order, name) for order, (name, theirs) in enumerate(gold_keys)]
    hits = [item for item in scored if item[0][0] >= THRESHOLD]
    return max(hits)[2] if hits else None


def _keys(names: Sequence[str]) -> list[str]:
    return [key for key in dict.fromkeys(name_key(name) for name in names) if key]


def _best(ours: list[str], theirs: list[str]) -> tuple[float, float]:
    return max(
        ((fuzz.token_set_ratio(a, b), fuzz.ratio(a, b)) for a in ours for b in theirs),
        default=(0.0, 0.0),
    )
