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


def source_named(sources, name: str):
    """The one source named `name` or carrying it as an alias (fails, listing every source, when not exactly one)."""
    found = [s for s in sources if s.name == name or name in s.aliases]
    assert len(found) == 1, [(s.name, s.aliases) for s in sources]
    return found[0]
