"""The evidence table in a terminal, with rich: status in colour, each cell's value over a short dim quote.

Document text is passed as rich Text, never as markup, so a quote containing `[bold]` prints as written.
Columns wrap; when the terminal is too narrow for one column per source, each facet is printed as its own
small table of source -> what it says, so nothing is squeezed to nothing.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from reconcile.digest import NO_DISPUTE, digest, line_text
from reconcile.model import Cell, Claim, Evidence, Row, claims_by_id
from reconcile.table import format_value, support_text

STATUS_STYLES = {"conflict": "bold red", "agree": "green", "single": "dim", "unclear": "yellow"}
QUOTE_CHARS = 60
MIN_COLUMN_WIDTH = 14
"""Below this many terminal columns per table column, rows are stacked instead of laid side by side."""


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The quote in typographic quotes, cut at a word boundary to about `limit` characters with '…'."""
    text = " ".join(text.split())
    if len(text) > limit:
        head = text[:limit]
        cut = head.rsplit(" ", 1)[0] if " " in head else head
        text = cut.rstrip(" ,;:") + "…"
    return f"“{text}”"


def cell_renderable(cell: Cell, claims: dict[str, Claim], indent: str = "") -> Text:
    """The value in plain weight, then each claim's short quote dimmed on its own line."""
    text = Text("; ".join(format_value(v) for v in cell.values))
    for claim_id in dict.fromkeys(cell.claim_ids):
        if claim_id in claims:
            text.append("\n" + indent + short_quote(claims[claim_id].text), style="dim")
    return text


def status_text(row: Row) -> Text:
    """The row's status word in its colour."""
    return Text(str(row.status), style=STATUS_STYLES.get(str(row.status), ""))


def facet_text(row: Row) -> Text:
    """The facet name, with the independent support per value dimmed below it."""
    text = Text(row.facet, style="bold")
    if row.support:
        text.append("\n" + support_text(row.support), style="dim")
    return text


def evidence_table(evidence: Evidence) -> Table:
    """A rich Table: facet, status, one column per source headed 'Name (kind)', then the note."""
    claims = claims_by_id(evidence.claims)
    table = Table(title=evidence.event_title, show_lines=True)
    table.add_column("facet", overflow="fold", ratio=1)
    table.add_column("status", no_wrap=True)
    for source in evidence.sources:
        table.add_column(Text(f"{source.name} ({source.kind})"), overflow="fold", ratio=2)
    table.add_column("note", overflow="fold", ratio=2)
    for row in evidence.rows:
        cells = {cell.source_id: cell for cell in row.cells}
        by_source = [
            cell_renderable(cells[s.id], claims) if s.id in cells else Text("") for s in evidence.sources
        ]
        table.add_row(facet_text(row), status_text(row), *by_source, Text(row.note))
    return table


def stacked_tables(evidence: Evidence) -> list[Table]:
    """One two-column table per facet (source, what it says), for terminals too narrow for the wide table."""
    claims = claims_by_id(evidence.claims)
    sources = {source.id: source for source in evidence.sources}
    tables = []
    for row in evidence.rows:
        title = Text(f"{row.facet} · ")
        title.append_text(status_text(row))
        caption = Text(row.note)
        if row.support:
            caption.append(("\n" if row.note else "") + "support: " + support_text(row.support), style="dim")
        table = Table(title=title, box=box.SIMPLE, show_header=False, caption=caption)
        table.add_column("source", overflow="fold", ratio=1)
        table.add_column("says", overflow="fold", ratio=2)
        for cell in row.cells:
            source = sources.get(cell.source_id)
            name = f"{source.name} ({source.kind})" if source else cell.source_id
            table.add_row(Text(name, style="bold"), cell_renderable(cell, claims))
        tables.append(table)
    return tables


def _other_events(evidence: Evidence) -> Text:
    names = {source.id: source.name for source in evidence.sources}
    claims = claims_by_id(evidence.claims)
    text = Text("Other events mentioned (not part of this event)", style="bold")
    for row in evidence.other_rows:
        text.append(f"\n• {row.facet}: ")
        text.append(row.note, style="italic")
        for cell in row.cells:
            text.append(f"\n    {names.get(cell.source_id, cell.source_id)}: ")
            text.append_text(cell_renderable(cell, claims, indent="    "))
    return text


def render_table(evidence: Evidence, console: Console) -> None:
    """Print what is in dispute, then the evidence table, then other events the documents mention, then any problems.

    The disputes come first, as in the report and the app: an editor reads the disagreement before the detail."""
    console.print(disputes(evidence))
    if console.width >= MIN_COLUMN_WIDTH * (len(evidence.sources) + 3):
        console.print(evidence_table(evidence))
    else:
        if evidence.event_title:
            console.print(Text(evidence.event_title, style="bold"))
        for table in stacked_tables(evidence):
            console.print(table)
    if evidence.other_rows:
        console.print(_other_events(evidence))
    if evidence.problems:
        console.print(Text("Problems", style="bold yellow"))
        for problem in evidence.problems:
            console.print(Text(f"• {problem.path}: {problem.message}"))


def disputes(evidence: Evidence) -> Text:
    """'In dispute' and one line per conflict row with each competing value and its sources ("Age: 56 — The family
    (via CNN); 60 — White Helmets (via CNN)"), or a line saying there is none."""
    lines = digest(evidence).disputed
    text = Text(f"In dispute ({len(lines)})\n", style="bold red")
    for line in lines:
        text.append(f"• {line_text(line)}\n", style="")
    if not lines:
        text.append(f"{NO_DISPUTE}.\n", style="")
    return text
