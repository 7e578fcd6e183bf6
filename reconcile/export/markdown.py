"""evidence.md: the evidence table as a Markdown pipe table, with row notes, other events, sources and documents.

Document text is escaped so it cannot break the table or turn into markup: `|`, brackets, `<`, `>`, `*`, backticks
and backslashes get a backslash, and line breaks become `<br>`.
"""

from __future__ import annotations

import re

from reconcile.model import Evidence, Row, RowStatus
from reconcile.table import ROW_COLUMNS, cell_text, claims_by_id, source_headers, to_frame

_SPECIAL = re.compile(r"([\\`*\[\]<>|])")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def md_escape(text: str) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return _NEWLINE.sub("<br>", _SPECIAL.sub(r"\\\1", text.strip()))


def _table_line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _heading(evidence: Evidence) -> list[str]:
    facts = [f"Date: {md_escape(evidence.event_date)}"] if evidence.event_date else []
    facts += [f"Place: {md_escape(evidence.event_place)}"] if evidence.event_place else []
    counts = (
        f"{len(evidence.documents)} documents, {len(evidence.sources)} sources, {len(evidence.claims)} claims"
    )
    facts += [counts, f"reconcile {md_escape(evidence.version)}"]
    return [f"# {md_escape(evidence.event_title or 'Evidence table')}", "", " · ".join(facts), ""]


def _table(evidence: Evidence) -> list[str]:
    frame = to_frame(evidence)
    headers = source_headers(evidence)
    kinds = {headers[source.id]: f"{headers[source.id]} ({source.kind})" for source in evidence.sources}
    sources = [column for column in frame.columns if column not in ROW_COLUMNS]
    header = ["Facet", "Status", "Support"] + [md_escape(kinds.get(name, name)) for name in sources]
    lines = ["## Evidence table", "", _table_line(header), _table_line(["---"] * len(header))]
    for record in frame.to_dict("records"):
        status = f"**{record['status']}**" if record["status"] == RowStatus.CONFLICT else record["status"]
        cells = [md_escape(record["facet"]), status, md_escape(record["support"])]
        lines.append(_table_line(cells + [md_escape(record[name]) for name in sources]))
    return lines + [""]


def _notes(rows: tuple[Row, ...]) -> list[str]:
    lines = ["## Notes", ""]
    for row in rows:
        lines.append(f"- **{md_escape(row.facet)}** ({row.status}, {row.reason}): {md_escape(row.note)}")
    return lines + [""]


def _other_events(evidence: Evidence) -> list[str]:
    names = {source.id: source.name for source in evidence.sources}
    claims = claims_by_id(evidence)
    lines = [
        "## Other events mentioned",
        "",
        "Not part of this event: the documents recall them, and they are kept out of the table above.",
        "",
    ]
    for row in evidence.other_rows:
        lines.append(f"- **{md_escape(row.facet)}** ({row.status}): {md_escape(row.note)}")
        for cell in row.cells:
            name = names.get(cell.source_id, cell.source_id)
            lines.append(f"  - {md_escape(name)}: {md_escape(cell_text(cell, claims))}")
    return lines + [""]


def _sources(evidence: Evidence) -> list[str]:
    paths = {doc.id: doc.path for doc in evidence.documents}
    lines = ["## Sources", ""]
    for source in evidence.sources:
        parts = [f"- **{md_escape(source.name)}** ({source.kind})"]
        if source.aliases:
            parts.append("also named: " + ", ".join(md_escape(alias) for alias in source.aliases))
        if source.merged_because:
            parts.append("merged because: " + "; ".join(md_escape(note) for note in source.merged_because))
        parts.append("in: " + ", ".join(md_escape(paths.get(doc_id, doc_id)) for doc_id in source.documents))
        lines.append("; ".join(parts))
    return lines + [""]


def _documents(evidence: Evidence) -> list[str]:
    lines = ["## Documents", ""]
    for doc in evidence.documents:
        facts = [f"“{md_escape(doc.title)}”"] if doc.title else []
        facts += [md_escape(doc.publisher)] if doc.publisher else []
        facts += [f"published {md_escape(doc.published)}"] if doc.published else []
        facts.append(f"sha256 {doc.sha256[:12]}")
        lines.append(f"- {md_escape(doc.path)} — " + ", ".join(facts))
    return lines + [""]


def _problems(evidence: Evidence) -> list[str]:
    lines = ["## Problems", ""]
    lines += [f"- {md_escape(p.path)}: {md_escape(p.message)}" for p in evidence.problems]
    return lines + [""]


def render(evidence: Evidence) -> bytes:
    """evidence.md's bytes (UTF-8): heading, table, notes, other events, sources, documents, problems."""
    lines = _heading(evidence) + _table(evidence) + _notes(evidence.rows)
    if evidence.other_rows:
        lines += _other_events(evidence)
    lines += _sources(evidence) + _documents(evidence)
    if evidence.problems:
        lines += _problems(evidence)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")
