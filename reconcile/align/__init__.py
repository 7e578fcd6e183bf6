"""Alignment: one row per facet, each source's values side by side, and whether they agree or conflict.

Disagreement is kept, never resolved: a row says which values clash and why, and leaves the verdict to the editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.align.current import day_of
from reconcile.align.statements import statement_rows
from reconcile.align.status import row_for
from reconcile.align.victims import several_victims
from reconcile.model import Claim, Document, FacetValue, Row, Source
from reconcile.resources import lexicon

__all__ = ["align", "facet_order"]


def facet_order() -> list[str]:
    return list(lexicon("facets")["facets"])


def align(claims: Sequence[Claim], sources: Sequence[Source], *, documents: Sequence[Document] = (),
          latest_only: bool = True) -> list[Row]:
    """Rows in the facet order of facets.toml; claims are blocked by facet, then by source, before comparing.

    Args:
        documents: the case's documents, whose publication days order a source's figures so that only its latest
            count is its account; without them all of a source's documents count as one day.
        latest_only: a revised count's cell shows only the source's latest day (False for other events' rows).
    """
    by_facet: dict[str, list[tuple[Claim, FacetValue]]] = {}
    for claim in claims:
        for fv in claim.facets:
            by_facet.setdefault(fv.facet, []).append((claim, fv))
    names = {s.id: s.name for s in sources}
    order = facet_order()
    facets = sorted(by_facet, key=lambda f: (order.index(f) if f in order else len(order), f))
    dates = {d.id: day for d in documents if (day := day_of(d.published))}
    order_ids = [s.id for s in sources]
    several = several_victims(claims)
    rows = [row_for(facet, by_facet[facet], names, order_ids, dates=dates, latest_only=latest_only,
                    several_victims=several) for facet in facets]
    return rows + statement_rows(claims, names)
