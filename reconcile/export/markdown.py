"""evidence.md: what is in dispute, agreed and said by one source, then the evidence table as a Markdown pipe table,
row notes, other events, sources and documents.

With more than six sources the table is laid out by value (one cell per distinct value, listing its sources) and
the quotes follow it, so the table stays narrow enough to read and to paste.

Document text is escaped so it cannot break the table or turn into markup: `|`, brackets, `<`, `>`, `*`, backticks
and backslashes get a backslash, and line breaks become `<br>`.
"""

from __future__ import annotations

import re

from reconcile.digest import NO_DISPUTE, Line, by_value_frame, case_title, digest
from reconcile.model import Evidence, Row, RowStatus, claims_by_id
from reconcile.table import ROW_COLUMNS, cell_text, parties, source_headers, sources_with_values, to_frame

BY_VALUE_SOURCES = 6
"""With more sources than this, the table is laid out by value."""

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
    return [f"# {md_escape(case_title(evidence))}", "", " · ".join(facts), ""]


def _line(line: Line) -> str:
    join = " **vs** " if line.status == RowStatus.CONFLICT else "; "
    held = join.join(
        f"**{md_escape(p.value)}** — "
        + ", ".join(md_escape(str(b)) for b in p.backers)
        + f" · {p.independent} independent"
        for p in line.positions
    )
    why = f" ({md_escape(line.reason)})" if line.reason else ""
    return f"- **{md_escape(line.label)}**{why}: {held}"


def _digest(evidence: Evidence) -> list[str]:
    lines: list[str] = []
    for name, heading, found in digest(evidence).sections():
        if not found and name != "disputed":
            continue
        lines += [f"## {heading}", ""]
        lines += [_line(line) for line in found] or [f"{NO_DISPUTE}."]
        lines.append("")
    return lines


def _by_value(evidence: Evidence) -> list[str]:
    frame = by_value_frame(evidence)
    values = [column for column in frame.columns if column.startswith("value ")]
    header = ["Facet", "Status"] + [column.capitalize() for column in values]
    lines = ["## Evidence table by value", "", _table_line(header), _table_line(["---"] * len(header))]
    for record in frame.to_dict("records"):
        status = f"**{record['status']}**" if record["status"] == RowStatus.CONFLICT else record["status"]
        lines.append(_table_line([md_escape(record["facet"]), status] + [md_escape(record[v]) for v in values]))
    return lines + [""]


def _quotes(evidence: Evidence) -> list[str]:
    """Each row's cells with their quotes, for the table by value (which names the sources but quotes nothing)."""
    names = {source.id: source.name for source in evidence.sources}
    claims = claims_by_id(evidence.claims)
    lines = ["## Quotes", ""]
    for row in evidence.rows:
        lines.append(f"- **{md_escape(row.facet)}**")
        for cell in row.cells:
            name = names.get(cell.source_id, cell.source_id)
            lines.append(f"  - {md_escape(name)}: {md_escape(cell_text(cell, claims))}")
    return lines + [""]


def _table(evidence: Evidence) -> list[str]:
    """Facets x sources; the columns grouped by party, those with nothing on the rows left out."""
    frame = to_frame(evidence)
    headers = source_headers(evidence)
    shown = [s for party in parties(sources_with_values(evidence.rows, evidence.sources)) for s in party.sources]
    kinds = {headers[source.id]: f"{headers[source.id]} ({source.kind})" for source in shown}
    sources = [headers[source.id] for source in shown]
    sources += [c for c in frame.columns if c not in ROW_COLUMNS and c not in headers.values()]  # unknown sources
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
    claims = claims_by_id(evidence.claims)
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
    """evidence.md's bytes (UTF-8): heading, digest, table (by value, with quotes, past six sources), notes, other
    events, sources, documents, problems."""
    lines = _heading(evidence) + _digest(evidence)
    if len(evidence.sources) > BY_VALUE_SOURCES:
        lines += _by_value(evidence) + _quotes(evidence)
    else:
        lines += _table(evidence)
    lines += _notes(evidence.rows)
    if evidence.other_rows:
        lines += _other_events(evidence)
    lines += _sources(evidence) + _documents(evidence)
    if evidence.problems:
        lines += _problems(evidence)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")
