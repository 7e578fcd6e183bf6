"""The last step before the exports: align a (reviewed) extraction's claims into rows and package the Evidence.

Kept apart from `pipeline` so the case store can rebuild the table after a review without depending on the
ingest and NLP stages.
"""

from __future__ import annotations

from reconcile import __version__
from reconcile.align import align
from reconcile.model import Evidence, Extraction


def assemble(extraction: Extraction) -> Evidence:
    """Align the claims into rows and package everything the exports and the app need."""
    main = [c for c in extraction.claims if c.other_event is None]
    other = [c for c in extraction.claims if c.other_event is not None]
    used = {c.source_id for c in extraction.claims} | {c.via for c in extraction.claims if c.via}
    sources = tuple(s for s in extraction.sources if s.id in used)
    return Evidence(
        version=__version__,
        event_title=extraction.case.title,
        documents=extraction.documents,
        sources=sources,
        claims=extraction.claims,
        rows=tuple(align(main, sources, documents=extraction.documents)),
        other_rows=tuple(align(other, sources, documents=extraction.documents, latest_only=False)),
        problems=extraction.problems,
        event_date=extraction.case.date,
        event_place=extraction.case.place,
        event_type=extraction.case.event_type,
        event_evidence=extraction.case.evidence,
    )
