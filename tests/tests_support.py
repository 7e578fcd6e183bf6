"""Small readers over an Evidence for the tests: a row by facet, a cell's values by a part of a source's name."""

from __future__ import annotations


def row(evidence, facet):
    return next(r for r in evidence.rows if r.facet == facet)


def values_of(evidence, r, name_part):
    """Every value on row `r` from sources whose name or an alias contains `name_part` (case-insensitive)."""
    wanted = {
        s.id for s in evidence.sources if any(name_part.lower() in n.lower() for n in (s.name, *s.aliases))
    }
    return [v for cell in r.cells if cell.source_id in wanted for v in cell.values]
