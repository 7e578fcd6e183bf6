"""pandas frames over an Evidence: the wide evidence table (facets x sources) and the long claims table.

Every exporter and the terminal view read the same words from here, so a value looks the same in the CSV,
the spreadsheet, the Markdown and the HTML report.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import pandas as pd

from reconcile.model import Cell, Claim, Evidence, FacetValue, Row, Source, claims_by_id
from reconcile.resources import lexicon

ROW_COLUMNS = ("facet", "status", "reason", "note", "support")
CLAIM_COLUMNS = (
    "claim_id",
    "source",
    "source_kind",
    "document",
    "document_sha256",
    "published",
    "start",
    "end",
    "text",
    "quote",
    "cue",
    "certainty",
    "polarity",
    "via",
    "facets",
    "other_event",
)


def format_value(value: Any) -> str:
    """One facet value as a reader sees it: ranges as `lo–hi`, dates in ISO form, missing as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        if len(value) == 2:
            return f"{format_value(value[0])}–{format_value(value[1])}"
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={format_value(v)}" for k, v in value.items())
    return str(value)


def quoted(text: str) -> str:
    """A claim's words between typographic quotes, as the table shows them."""
    return f"“{text}”"


def cell_text(cell: Cell, claims: Mapping[str, Claim]) -> str:
    """Values joined with '; ', then ' — ' and each claim's words in quotes (several claims joined with ' / ')."""
    values = "; ".join(format_value(v) for v in cell.values)
    quotes = " / ".join(quoted(claims[cid].text) for cid in dict.fromkeys(cell.claim_ids) if cid in claims)
    return " — ".join(part for part in (values, quotes) if part)


def support_text(support: Mapping[str, int]) -> str:
    """Independent sources per value, e.g. '56: 1; 60: 1', in the row's own order."""
    return "; ".join(f"{value}: {count}" for value, count in support.items())


def facets_text(facets: Iterable[FacetValue]) -> str:
    """A claim's facets as 'facet=value; ...' in claim order; a negated value reads 'facet=not value'."""
    parts = []
    for fv in facets:
        value = format_value(fv.value)
        parts.append(f"{fv.facet}=not {value}" if fv.negated else f"{fv.facet}={value}")
    return "; ".join(parts)


def source_headers(evidence: Evidence) -> dict[str, str]:
    """Column header per source id: its name, or 'name (id)' when the name is taken by a column or source."""
    headers: dict[str, str] = {}
    taken = set(ROW_COLUMNS)
    for source in evidence.sources:
        header = source.name if source.name not in taken else f"{source.name} ({source.id})"
        headers[source.id] = header
        taken.add(header)
    return headers


@dataclass(frozen=True)
class Party:
    """A group of source columns: the body the sources speak for (their affiliation), else their kind."""

    key: str
    """A stable id made of letters, digits and '-', for anchors and toggles."""
    label: str
    sources: tuple[Source, ...]


def parties(sources: Sequence[Source]) -> list[Party]:
    """Sources grouped by affiliation when set, else by kind; groups in data/report.toml's party order, sources
    in table order within a group, so the military's columns stand together and apart from the victim's family's."""
    names = lexicon("report")["parties"]
    order = {kind: i for i, kind in enumerate(lexicon("report")["party_order"])}
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault((source.affiliation or "").strip() or f"kind:{source.kind}", []).append(source)
    found = []
    for key, members in groups.items():
        kind = str(members[0].kind)
        label = names.get(kind, kind) if key.startswith("kind:") else key
        slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "party"
        found.append((order.get(kind, len(order)), len(found), Party(f"{slug}-{len(found)}", label, tuple(members))))
    return [party for *_, party in sorted(found, key=lambda f: f[:2])]


def sources_with_values(rows: Iterable[Row], sources: Sequence[Source]) -> list[Source]:
    """The sources that have a cell in `rows`, in their given order: the columns worth showing for those rows."""
    used = {cell.source_id for row in rows for cell in row.cells}
    return [source for source in sources if source.id in used]


def to_frame(evidence: Evidence, *, other_events: bool = False) -> pd.DataFrame:
    """The wide evidence table: one row per facet, then one column per source, all in evidence order.

    Args:
        other_events: build the table of rows about other events the documents recall instead of the main one.
    Returns:
        Columns facet, status, reason, note, support, then one per source (headed by its name); all text.
    """
    headers = source_headers(evidence)
    claims = claims_by_id(evidence.claims)
    rows: tuple[Row, ...] = evidence.other_rows if other_events else evidence.rows
    records = []
    for row in rows:
        record = {
            "facet": row.facet,
            "status": str(row.status),
            "reason": str(row.reason),
            "note": row.note,
            "support": support_text(row.support),
        }
        record.update(dict.fromkeys(headers.values(), ""))
        for cell in row.cells:
            header = headers.get(cell.source_id, cell.source_id)
            record[header] = cell_text(cell, claims)
        records.append(record)
    columns = list(ROW_COLUMNS) + list(headers.values())
    columns += [key for record in records for key in record if key not in columns]  # cells of unknown sources
    return pd.DataFrame(records, columns=list(dict.fromkeys(columns))).fillna("")


def claims_frame(evidence: Evidence) -> pd.DataFrame:
    """The long claims table: one row per claim with its source, document provenance, offsets and facets.

    Missing text fields (no cue, no via, no publication date) are '' so every text column stays text.
    """
    sources = {source.id: source for source in evidence.sources}
    documents = {doc.id: doc for doc in evidence.documents}
    records = []
    for claim in evidence.claims:
        source = sources.get(claim.source_id)
        doc = documents.get(claim.document_id)
        via = sources.get(claim.via) if claim.via else None
        records.append(
            {
                "claim_id": claim.id,
                "source": source.name if source else claim.source_id,
                "source_kind": str(source.kind) if source else "",
                "document": doc.path if doc else claim.document_id,
                "document_sha256": doc.sha256 if doc else "",
                "published": (doc.published or "") if doc else "",
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "quote": str(claim.quote),
                "cue": claim.cue or "",
                "certainty": str(claim.certainty),
                "polarity": str(claim.polarity),
                "via": via.name if via else (claim.via or ""),
                "facets": facets_text(claim.facets),
                "other_event": claim.other_event or "",
            }
        )
    return pd.DataFrame(records, columns=list(CLAIM_COLUMNS))


def timeline(evidence: Evidence) -> list[dict[str, Any]]:
    """What each source said when: one entry per source and document, dated by the document's publication (a
    tweet's time, a report's date), with the facet values it gave there, so a change of story shows up.

    Claims about other events are left out; undated documents come last in a source's lane.
    """
    sources = {s.id: s for s in evidence.sources}
    documents = {d.id: d for d in evidence.documents}
    lanes: dict[tuple[str, str], dict[str, Any]] = {}
    for claim in evidence.claims:
        if claim.other_event is not None or claim.source_id not in sources:
            continue
        doc = documents.get(claim.document_id)
        entry = lanes.setdefault((claim.source_id, claim.document_id), {
            "source_id": claim.source_id,
            "source": sources[claim.source_id].name,
            "date": (doc.published or "") if doc else "",
            "document_id": claim.document_id,
            "document": doc.path if doc else claim.document_id,
            "claim_ids": [],
            "said": [],
        })
        entry["claim_ids"].append(claim.id)
        for fv in claim.facets:
            said = f"{fv.facet}={format_value(fv.value)}"
            if said not in entry["said"]:
                entry["said"].append(said)
    order = {s.id: i for i, s in enumerate(evidence.sources)}
    return sorted(lanes.values(), key=lambda e: (order[e["source_id"]], e["date"] == "", e["date"], e["document"]))


def timeline_frame(evidence: Evidence) -> pd.DataFrame:
    """The timeline as a table: source, date, document, and the facet values given there."""
    records = [{"source": e["source"], "date": e["date"], "document": e["document"], "claims": len(e["claim_ids"]),
                "said": "; ".join(e["said"])} for e in timeline(evidence)]
    return pd.DataFrame.from_records(records, columns=["source", "date", "document", "claims", "said"])
