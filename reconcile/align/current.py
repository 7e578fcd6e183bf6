"""A source's current account of a row: the values it still stands by, and the day it last gave them.

A rescue service that posts "3 dead", then "the death toll has risen to six", then "Final toll: 14 dead" stands by
14; its earlier figures are steps of its count, not a second opinion, and must not make a conflict with another
source's 14. Only counts a source revises as it learns more (compatibility.toml [counts] revised) are treated so:
for them a source's values from its latest day replace those of its earlier days, and on one day a figure that
lies wholly below another of its figures is an earlier step (tolls grow) or a part of the whole ("21 injured, four
of them in intensive care" keeps both, as one claim's parts; a later "23 injured" replaces them). Figures are
ordered only by documents: two figures of one source in one report both stand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from reconcile.model import Claim, FacetValue
from reconcile.resources import lexicon

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Account:
    """What one source currently says on a row: `keys` are its current values (as the row keys them), `date` the
    day of its latest dated document on the row (None when none is dated), `earlier` the values it replaced."""

    source: str
    keys: frozenset[str]
    date: str | None = None
    earlier: tuple[str, ...] = ()
    parts: frozenset[frozenset[str]] = frozenset()
    """The current values one claim gives together ("38 of the 67 people", "Jameel Awad, 41, and his sons Ahmad, 12,
    and Omar, 9"): parts of one statement, not competing answers."""


@functools.cache
def _counts() -> dict:
    return dict(lexicon("compatibility").get("counts", {}))


def is_revised(facet: str) -> bool:
    """A count a source updates as it learns more: only its latest figure is its account."""
    return facet in _counts().get("revised", ())


def day_of(published: str | None) -> str | None:
    """The ISO day a document was published ("2024-07-02T09:00" -> "2024-07-02"); None when no whole day is known."""
    match = _DAY.match(published or "")
    return match.group(0) if match else None


def current_accounts(
    facet: str,
    cells: Mapping[str, Sequence[tuple[Claim, FacetValue]]],
    dates: Mapping[str, str],
    key: Callable[[object], str],
) -> dict[str, Account]:
    """Each source's account of one row.

    Args:
        cells: source id -> its (claim, value) pairs on the row.
        dates: document id -> the day it was published; documents without one cannot be ordered and stay current.
        key: how the row keys a value (its display form).
    """
    accounts = {}
    for source, items in cells.items():
        days = [day_of(dates.get(claim.document_id)) for claim, _ in items]
        latest = max((d for d in days if d), default=None)
        if not is_revised(facet):
            kept = list(items)
        else:
            kept = without_steps([item for item, day in zip(items, days, strict=True) if day in (None, latest)])
        keys = frozenset(key(fv.value) for _, fv in kept)
        earlier = tuple(dict.fromkeys(k for k in (key(fv.value) for _, fv in items) if k not in keys))
        accounts[source] = Account(source, keys, latest, earlier, _parts(kept, key))
    return accounts


def _parts(items: Sequence[tuple[Claim, FacetValue]], key: Callable[[object], str]) -> frozenset[frozenset[str]]:
    together: dict[str, set[str]] = {}
    for claim, fv in items:
        together.setdefault(claim.id, set()).add(key(fv.value))
    return frozenset(frozenset(keys) for keys in together.values() if len(keys) > 1)


def without_steps(items: Sequence[tuple[Claim, FacetValue]]) -> list[tuple[Claim, FacetValue]]:
    """Drops the claims whose every figure lies below a figure the source gave in another document of the same day
    (its updates that day: a count grows). Two figures in one document stay: a report tells a toll's story out of
    order and its figures may count different people. A denial ("not 500") never replaces anything."""
    by_claim: dict[str, list[tuple[Claim, FacetValue]]] = {}
    for claim, fv in items:
        by_claim.setdefault(claim.id, []).append((claim, fv))
    floors = {
        (cid, group[0][0].document_id): max(_bounds(fv)[0] for _, fv in group if not fv.negated)
        for cid, group in by_claim.items()
        if any(not fv.negated for _, fv in group)
    }
    kept = []
    for group in by_claim.values():
        asserted = [fv for _, fv in group if not fv.negated]
        ceiling = max((_bounds(fv)[1] for fv in asserted), default=float("inf"))
        document = group[0][0].document_id
        if not asserted or not any(floor > ceiling for (_, doc), floor in floors.items() if doc != document):
            kept.extend(group)
    return kept


def _bounds(fv: FacetValue) -> tuple[float, float]:
    """The lowest and highest figure a count value allows ([20, None] -> 20, inf); a value that is no count has
    none, so it neither replaces nor is replaced."""
    value = fv.value
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = value
        return (float("-inf") if low is None else float(low), float("inf") if high is None else float(high))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), float(value)
    return float("-inf"), float("inf")
