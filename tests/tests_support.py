"""Small readers over an Evidence for the tests: a row by facet, a cell's values by source name."""

from __future__ import annotations


def row(evidence, facet):
    return next(r for r in evidence.rows if r.facet == facet)


def cell_values(evidence, r):
    """Values by lowercase source name and by every lowercase alias, so tests can name a source as the text does."""
    names = {s.id: [s.name.lower(), *(a.lower() for a in s.aliases)] for s in evidence.sources}
    out: dict[str, list] = {}
    for cell in r.cells:
        for name in names[cell.source_id]:
            for key in {name, *(["family"] if "family" in name else []), *(["central command"] if "central command" in name else [])}:
                out.setdefault(key, []).extend(cell.values)
    return out
