"""The Evidence page: what is in dispute first, then the table (by source or by value) with filters, and one
cell's claims shown in their documents."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from reconcile.app.passage import passage_html
from reconcile.digest import NO_DISPUTE, Line, Position, by_value_frame, digest
from reconcile.model import Claim, Evidence, Row, RowStatus, Source, claims_by_id
from reconcile.store import Review
from reconcile.table import Party, parties, source_headers, sources_with_values, to_frame

if TYPE_CHECKING:  # what st.column_config's builders return; Streamlit exports no public name for it
    from streamlit.elements.lib.column_types import ColumnConfig

BADGES = {
    RowStatus.CONFLICT: "⚠ conflict",
    RowStatus.AGREE: "✓ agree",
    RowStatus.SINGLE: "· single",
    RowStatus.UNCLEAR: "? unclear",
}
COLOURS = {"conflict": "#ffd6d6", "agree": "#d9f7d9", "single": "#f0f0f0", "unclear": "#fff2c2"}


VIEWS = ("By source", "By value")
BY_VALUE_SOURCES = 6
"""With more sources than this, the table opens by value."""


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


def shown_rows(evidence: Evidence, facets: list[str], statuses: list[str]) -> list[Row]:
    return [r for r in evidence.rows if (not facets or r.facet in facets) and (not statuses or r.status in statuses)]


def party_column(party: Party) -> str:
    return f"{party.label} ({len(party.sources)} sources, folded)"


def table_frame(
    evidence: Evidence,
    review: Review,
    facets: list[str],
    statuses: list[str],
    kinds: list[str],
    *,
    folded: Sequence[str] = (),
    show_empty: bool = False,
) -> pd.DataFrame:
    """to_frame with review columns and filtered rows; source columns grouped by party ("Party › Name (kind,
    reliability)"), a folded party as one column of its values, sources with nothing in the shown rows left out."""
    frame = to_frame(evidence)
    headers = source_headers(evidence)
    rows = shown_rows(evidence, facets, statuses)
    frame.insert(2, "credibility", [str(review.credibility.get(f, "")) for f in frame["facet"]])
    frame.insert(3, "verdict", [review.verdicts.get(f, {}).get("rating", "") for f in frame["facet"]])
    frame = frame[frame["facet"].isin([r.facet for r in rows])].reset_index(drop=True)
    candidates = [s for s in evidence.sources if not kinds or str(s.kind) in kinds]
    if not show_empty:
        candidates = sources_with_values(rows, candidates)
    fixed = ["facet", "status", "credibility", "verdict", "reason", "note", "support"]
    out = frame[fixed].copy()
    for party in parties(candidates):
        if party.label in folded:
            names = [headers[s.id] for s in party.sources]
            out[party_column(party)] = [
                "; ".join(f"{n}: {rec[n].split(' — ')[0]}" for n in names if rec[n]) for rec in frame.to_dict("records")
            ]
            continue
        for source in party.sources:
            out[f"{party.label} › {source_label(source, review)}"] = frame[headers[source.id]]
    return out


def _styled(frame: pd.DataFrame) -> pd.io.formats.style.Styler:
    shown = frame.assign(status=[BADGES.get(RowStatus(s), s) for s in frame["status"]])
    colour = [f"background-color: {COLOURS.get(s, '')}" for s in frame["status"]]
    return shown.style.apply(lambda _: colour, subset=["status"], axis=0)


def _position(position: Position) -> str:
    backers = ", ".join(
        html.escape(b.name) + (f' <span class="via">via {html.escape(b.via)}</span>' if b.via else "")
        for b in position.backers
    )
    return (
        f'<span class="pos"><b class="v">{html.escape(position.value)}</b> — {backers} '
        f'<span class="n">({position.independent} independent)</span></span>'
    )


def _lines(lines: Sequence[Line]) -> str:
    items = []
    for line in lines:
        join = ' <span class="vs">vs</span> ' if line.status == RowStatus.CONFLICT else "; "
        why = f' <span class="why">{html.escape(line.reason)}</span>' if line.reason else ""
        held = join.join(_position(p) for p in line.positions)
        items.append(f'<li data-facet="{html.escape(line.facet)}"><b>{html.escape(line.label)}</b>{why}: {held}</li>')
    return "".join(items)


DIGEST_CSS = """<style>
.reconcile-conflicts ul, .reconcile-digest ul { list-style: none; padding: 0; margin: .2rem 0 .6rem; }
.reconcile-conflicts li { background: #fdecec; border-left: 4px solid #c62828; padding: .3rem .6rem; margin: .2rem 0; }
.reconcile-digest li { padding: .1rem 0; font-size: .92rem; }
.reconcile-conflicts .v, .reconcile-digest .v {
  background: #fff; border: 1px solid #d9a3a3; border-radius: .3rem; padding: 0 .3rem; }
.reconcile-conflicts .vs { color: #b71c1c; font-weight: 700; font-size: .8rem; }
.reconcile-conflicts .why { color: #8a3b3b; font-size: .85rem; }
.reconcile-conflicts .n, .reconcile-conflicts .via, .reconcile-digest .n, .reconcile-digest .via {
  color: #5b6270; font-size: .8rem; }
</style>"""


def conflicts(evidence: Evidence) -> None:
    """In dispute first: one line per conflicting row, each value with its sources (as text, not on the canvas
    of the grid, so it can be read, searched and tested); then agreed, said by one source, not comparable."""
    found = digest(evidence)
    st.markdown(DIGEST_CSS, unsafe_allow_html=True)
    heading = f"⚠️ In dispute ({len(found.disputed)})" if found.disputed else NO_DISPUTE
    title = f'<b style="color:#b71c1c">{heading}</b>'
    st.markdown(
        f'<div class="reconcile-conflicts">{title}<ul>{_lines(found.disputed)}</ul></div>',
        unsafe_allow_html=True,
    )
    rest = [(heading, lines) for name, heading, lines in found.sections() if name != "disputed" and lines]
    if rest:
        title = " · ".join(f"{heading} ({len(lines)})" for heading, lines in rest)
        with st.expander(title):
            body = "".join(f"<b>{h}</b><ul>{_lines(lines)}</ul>" for h, lines in rest)
            st.markdown(f'<div class="reconcile-digest">{body}</div>', unsafe_allow_html=True)


def _pinned(frame: pd.DataFrame) -> dict[str, ColumnConfig]:
    return {name: st.column_config.TextColumn(name, pinned=True) for name in ("facet", "status") if name in frame}


def evidence_table(evidence: Evidence, review: Review) -> None:
    """The digest, then the table by source (grouped, foldable, empty columns hidden) or by value."""
    conflicts(evidence)
    facets, statuses, kinds = filters(evidence)
    many = len(evidence.sources) > BY_VALUE_SOURCES
    cols = st.columns([2, 5, 2])
    view = cols[0].radio("View", VIEWS, index=1 if many else 0, horizontal=True, key="table_view")
    if view == "By value":
        frame = by_value_frame(evidence, shown_rows(evidence, facets, statuses))
        st.dataframe(_styled(frame), hide_index=True, key="value_table", column_config=_pinned(frame))
        return
    labels = [p.label for p in parties(evidence.sources)]
    folded = cols[1].pills("Fold parties", labels, selection_mode="multi", key="fold_parties") or []
    show_empty = cols[2].checkbox("Show empty columns", key="show_empty")
    frame = table_frame(evidence, review, facets, statuses, kinds, folded=folded, show_empty=show_empty)
    st.dataframe(_styled(frame), hide_index=True, key="evidence_table", column_config=_pinned(frame))


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
    claims = claims_by_id(evidence.claims)
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
