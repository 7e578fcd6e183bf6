"""The Evidence page: the facets x sources table with filters, and one cell's claims shown in their documents."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from reconcile.app.passage import passage_html
from reconcile.model import Claim, Evidence, Row, RowStatus, Source
from reconcile.store import Review
from reconcile.table import source_headers, to_frame

BADGES = {
    RowStatus.CONFLICT: "⚠ conflict",
    RowStatus.AGREE: "✓ agree",
    RowStatus.SINGLE: "· single",
    RowStatus.UNCLEAR: "? unclear",
}
COLOURS = {"conflict": "#ffd6d6", "agree": "#d9f7d9", "single": "#f0f0f0", "unclear": "#fff2c2"}


def source_label(source: Source, review: Review) -> str:
    """A column header: "Name (kind, reliability)"."""
    return f"{source.name} ({source.kind}, {review.reliability.get(source.id, '–')})"


def filters(evidence: Evidence) -> tuple[list[str], list[str], list[str]]:
    cols = st.columns(3)
    facets = cols[0].multiselect("Facets", [r.facet for r in evidence.rows], key="filter_facets")
    statuses = cols[1].multiselect("Status", [str(s) for s in RowStatus], key="filter_status")
    kinds = sorted({str(s.kind) for s in evidence.sources})
    chosen = cols[2].multiselect("Source kinds", kinds, key="filter_kinds")
    return facets, statuses, chosen


def table_frame(
    evidence: Evidence, review: Review, facets: list[str], statuses: list[str], kinds: list[str]
) -> pd.DataFrame:
    """to_frame with badges, review columns, labelled source columns, filtered rows and columns."""
    frame = to_frame(evidence)
    headers = source_headers(evidence)
    kept = [s for s in evidence.sources if not kinds or str(s.kind) in kinds]
    frame = frame.rename(columns={headers[s.id]: source_label(s, review) for s in evidence.sources})
    frame.insert(2, "credibility", [str(review.credibility.get(f, "")) for f in frame["facet"]])
    frame.insert(3, "verdict", [review.verdicts.get(f, {}).get("rating", "") for f in frame["facet"]])
    if facets:
        frame = frame[frame["facet"].isin(facets)]
    if statuses:
        frame = frame[frame["status"].isin(statuses)]
    if kinds:
        wanted = [source_label(s, review) for s in kept]
        fixed = [c for c in frame.columns if c not in {source_label(s, review) for s in evidence.sources}]
        frame = frame[fixed + wanted]
    return frame.reset_index(drop=True)


def _styled(frame: pd.DataFrame) -> pd.io.formats.style.Styler:
    shown = frame.assign(status=[BADGES.get(RowStatus(s), s) for s in frame["status"]])
    colour = [f"background-color: {COLOURS.get(s, '')}" for s in frame["status"]]
    return shown.style.apply(lambda _: colour, subset=["status"], axis=0)


def conflicts(evidence: Evidence) -> None:
    """The conflicting rows as text (the grid draws on a canvas; this list can be read and searched)."""
    rows = [r for r in evidence.rows if r.status == RowStatus.CONFLICT]
    if not rows:
        return
    items = "".join(
        f"<li><b>{html.escape(r.facet)}</b> ({html.escape(str(r.reason))}): {html.escape(r.note)}</li>"
        for r in rows
    )
    st.markdown(
        f'<div class="reconcile-conflicts">⚠️ {len(rows)} conflict(s)<ul>{items}</ul></div>',
        unsafe_allow_html=True,
    )


def evidence_table(evidence: Evidence, review: Review) -> None:
    facets, statuses, kinds = filters(evidence)
    frame = table_frame(evidence, review, facets, statuses, kinds)
    conflicts(evidence)
    st.dataframe(_styled(frame), hide_index=True, key="evidence_table")


def _provenance(claim: Claim, evidence: Evidence) -> str:
    doc = next(d for d in evidence.documents if d.id == claim.document_id)
    via = next((s.name for s in evidence.sources if s.id == claim.via), claim.via or "–")
    parts = {
        "certainty": claim.certainty,
        "polarity": claim.polarity,
        "quote": claim.quote,
        "cue": claim.cue or "–",
        "via": via,
        "document": doc.path,
        "offsets": f"{claim.start}–{claim.end}",
        "sha256": doc.sha256[:12],
        "published": doc.published or "–",
        "claim": claim.id,
    }
    return " · ".join(f"<b>{k}</b> {html.escape(str(v))}" for k, v in parts.items())


def pick_cell(evidence: Evidence) -> tuple[Row, Source] | None:
    """A row and one of its sources, chosen with two selectboxes (the first conflict row by default)."""
    rows = {r.facet: r for r in evidence.rows}
    if not rows:
        return None
    facets = list(rows)
    first = next((i for i, r in enumerate(evidence.rows) if r.status == RowStatus.CONFLICT), 0)
    cols = st.columns(2)
    facet = cols[0].selectbox("Row", facets, index=first, key="context_row")
    sources = {s.id: s for s in evidence.sources}
    ids = [c.source_id for c in rows[facet].cells if c.source_id in sources]
    if not ids:
        return None
    source_id = cols[1].selectbox("Source", ids, format_func=lambda i: sources[i].name, key="context_source")
    return rows[facet], sources[source_id or ids[0]]


def cell_claims(evidence: Evidence, row: Row, source: Source) -> list[Claim]:
    claims = {c.id: c for c in evidence.claims}
    cell = next(c for c in row.cells if c.source_id == source.id)
    return [claims[i] for i in dict.fromkeys(cell.claim_ids) if i in claims]


def context(evidence: Evidence, row: Row, source: Source) -> list[Claim]:
    """Every claim behind the cell, in its passage with content, cue and speaker marked."""
    docs = {d.id: d for d in evidence.documents}
    sources = {s.id: s for s in evidence.sources}
    claims = cell_claims(evidence, row, source)
    for claim in claims:
        with st.container(border=True):
            st.markdown(
                passage_html(claim, docs[claim.document_id], sources.get(claim.source_id)),
                unsafe_allow_html=True,
            )
            st.markdown(
                f'<p style="font-size:0.8em">{_provenance(claim, evidence)}</p>', unsafe_allow_html=True
            )
    return claims
