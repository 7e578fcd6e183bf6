"""Which values back another in a row's support counts: a value that says as much or more, never one that says less.

"Dozens of dead" does not contradict "43 dead" or "47 dead", yet it backs neither: counted as support it would show
each of two rival figures as held by every source that said "dozens". Support is what a value entails: 43 backs
"dozens", "10 March" backs "March", a Hellfire backs "a missile"; not the other way. Two estimates of one size (two
overlapping ranges, "thousands" and "between 2,000 and 5,000") back each other, as do values the row can only call
compatible (a drone and the missile it fired; two spellings of a place).
"""

from __future__ import annotations

from reconcile.claims.hierarchy import is_under, lineage

TREES = {"weapon": "weapon", "event.type": "event_type", "category": "event_type"}


def backs(kind: str, backer: object, backed: object) -> bool:
    """Whether `backer`, a value that agrees with `backed`, also says what `backed` says (comparison `kind`)."""
    if backer == backed:
        return True
    if kind in {"number", "range"}:
        return not _span(backer) or _span(backed)  # an exact figure backs any; a range backs only a range
    if kind == "date":
        return str(backer).startswith(str(backed))  # "2025-03-10" backs "2025-03"
    if kind in TREES:
        section, a, b = TREES[kind], str(backer).lower(), str(backed).lower()
        if lineage(section, a) and lineage(section, b) and is_under(section, b, a):
            return a == b  # a broader kind ("missile") does not back a narrower one ("hellfire")
    return True


def _span(value: object) -> bool:
    """A count given as a range or a bound ("dozens", "at least 50"), not one figure."""
    return isinstance(value, (list, tuple))
