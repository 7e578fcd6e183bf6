"""Alignment: one row per facet, each source's values side by side, and whether they agree or conflict.

Disagreement is kept, never resolved: a row says which values clash and why, and leaves the verdict to the editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.align.statements import statement_rows
from reconcile.align.status import row_for
from reconcile.model import Claim, FacetValue, Row, Source
from reconcile.resources import lexicon

__all__ = ["align", "facet_order"]


def facet_order() -> list[str]:
    return list(lexicon("facets")["facets"])


def align(claims: Sequence[Claim], sources: Sequence[Source]) -> list[Row]:
    """Rows in the facet order of facets.toml; claims are blocked by facet, then by source, before comparing."""
    by_facet: dict[str, list[tuple[Claim, FacetValue]]] = {}
    for claim in claims:
        for fv in claim.facets:
            by_facet.setdefault(fv.facet, []).append((claim, fv))
    names = {s.id: s.name for s in sources}
    order = facet_order()
    facets = sorted(by_facet, key=lambda f: (order.index(f) if f in order else len(order), f))
    rows = [row_for(facet, by_facet[facet], names, [s.id for s in sources]) for facet in facets]
    return rows + statement_rows(claims, names)
