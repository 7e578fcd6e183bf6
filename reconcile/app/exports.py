"""The Timeline (who said what when) and the Export downloads."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from reconcile.export import RENDERERS, claimreview
from reconcile.model import Evidence
from reconcile.store import Review
from reconcile.table import facets_text

DOWNLOADS = {
    "csv": ("CSV", "evidence.csv", "text/csv"),
    "xlsx": ("XLSX", "evidence.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "json": ("JSON", "evidence.json", "application/json"),
    "md": ("Markdown", "evidence.md", "text/markdown"),
    "html": ("HTML report", "report.html", "text/html"),
    "claimreview": ("ClaimReview", "claimreview.json", "application/ld+json"),
}


def timeline_frame(evidence: Evidence) -> pd.DataFrame:
    """One point per claim: when its document was published (else read), its source, its words."""
    docs = {d.id: d for d in evidence.documents}
    sources = {s.id: s.name for s in evidence.sources}
    records = []
    for claim in evidence.claims:
        doc = docs.get(claim.document_id)
        when = (doc.published or doc.ingested_at) if doc else None
        records.append(
            {
                "date": pd.to_datetime(when, errors="coerce", utc=True),
                "source": sources.get(claim.source_id, claim.source_id),
                "claim": claim.text[:200],
                "facets": facets_text(claim.facets),
                "document": doc.path.rsplit("/", 1)[-1] if doc else "",
            }
        )
    return pd.DataFrame(records, columns=["date", "source", "claim", "facets", "document"]).dropna(
        subset=["date"]
    )


def timeline(evidence: Evidence) -> None:
    frame = timeline_frame(evidence)
    if frame.empty:
        st.info("No dated claims yet.")
        return
    chart = (
        alt.Chart(frame)
        .mark_circle(size=120, opacity=0.7)
        .encode(
            x=alt.X("date:T", title="published"),
            y=alt.Y("source:N", title=None),
            color=alt.Color("source:N", legend=None),
            tooltip=["source", "claim", "facets", "document", alt.Tooltip("date:T", format="%Y-%m-%d")],
        )
        .properties(height=max(200, 28 * frame["source"].nunique()))
    )
    st.altair_chart(chart, width="stretch")


def downloads(evidence: Evidence, review: Review) -> None:
    """One download button per export format; ClaimReview carries the reviewers' verdicts."""
    cols = st.columns(len(DOWNLOADS))
    for col, (fmt, (label, name, mime)) in zip(cols, DOWNLOADS.items(), strict=True):
        data = (
            claimreview.render(evidence, review.verdicts)
            if fmt == "claimreview"
            else RENDERERS[fmt](evidence)
        )
        col.download_button(label, data, file_name=name, mime=mime, key=f"download_{fmt}")
