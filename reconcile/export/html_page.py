"""report.html: one self-contained page (inline CSS, no scripts, no external assets) for reading the evidence.

Every piece of document-derived text goes through html.escape, so a document quoting `<script>` shows it as
text; a URL becomes a link only when it starts with http:// or https://.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import NamedTuple

from reconcile.links import web_url
from reconcile.model import Cell, Claim, Document, Evidence, Row, Source
from reconcile.table import claims_by_id, format_value, support_text, timeline

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2330; background: #fafafa; }
header, main, footer { padding: 0 1.5rem; }
h1 { font-size: 1.5rem; margin: 1.2rem 0 .3rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #d8dbe2; padding-bottom: .2rem; }
.meta, footer { color: #5b6270; font-size: .9rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d8dbe2; padding: .45rem .55rem; vertical-align: top; text-align: left; }
thead th { background: #eef0f4; position: sticky; top: 0; }
table.evidence td { min-width: 14rem; max-width: 28rem; }
tr.status-conflict > * { background: #fde8e8; }
.kind { font-weight: normal; color: #5b6270; font-size: .85rem; }
.badge { display: inline-block; border-radius: .7rem; padding: .05rem .55rem; font-size: .8rem; font-weight: 600; }
.badge-conflict { background: #c62828; color: #fff; }
.badge-agree { background: #2e7d32; color: #fff; }
.badge-single { background: #e0e0e0; color: #333; }
.badge-unclear { background: #f9a825; color: #222; }
.reason, .support, .prov { color: #5b6270; font-size: .8rem; }
.value { font-weight: 600; }
blockquote { margin: .3rem 0 .1rem; padding-left: .5rem; border-left: 3px solid #c5cad3; }
.prov { margin-bottom: .5rem; overflow-wrap: anywhere; }
code { font-size: .8rem; overflow-wrap: anywhere; }
"""
DOCUMENT_COLUMNS = ("Path", "Title", "Publisher", "Published", "Characters", "sha256", "URL")


class _Lookup(NamedTuple):
    claims: dict[str, Claim]
    documents: dict[str, Document]
    sources: dict[str, Source]


def esc(value: object) -> str:
    """Text made inert for HTML (quotes included, so it is safe inside attributes too)."""
    return html.escape("" if value is None else str(value), quote=True)


def provenance(claim: Claim, documents: Mapping[str, Document], sources: Mapping[str, Source]) -> str:
    """'path · chars start–end · sha256[:12] · published date', plus via and certainty when they matter."""
    doc = documents.get(claim.document_id)
    parts = [doc.path if doc else claim.document_id, f"chars {claim.start}–{claim.end}"]
    if doc:
        parts.append(doc.sha256[:12])
        parts.append(f"published {doc.published}" if doc.published else "publication date unknown")
    if claim.via:
        parts.append("via " + (sources[claim.via].name if claim.via in sources else claim.via))
    if claim.certainty != "certain":
        parts.append(str(claim.certainty))
    return esc(" · ".join(parts))


def _cell(cell: Cell, look: _Lookup) -> str:
    out = [f'<div class="value">{esc("; ".join(format_value(v) for v in cell.values))}</div>']
    for claim_id in dict.fromkeys(cell.claim_ids):
        claim = look.claims.get(claim_id)
        if claim is None:
            continue
        out.append(f"<blockquote><i>“{esc(claim.text)}”</i></blockquote>")
        out.append(f'<div class="prov">{provenance(claim, look.documents, look.sources)}</div>')
    return "".join(out)


def _rows_table(rows: tuple[Row, ...], evidence: Evidence) -> list[str]:
    look = _Lookup(
        claims_by_id(evidence),
        {doc.id: doc for doc in evidence.documents},
        {source.id: source for source in evidence.sources},
    )
    head = "".join(
        f'<th>{esc(s.name)}<br><span class="kind">{esc(s.kind)}</span></th>' for s in evidence.sources
    )
    lines = [
        '<div class="scroll"><table class="evidence">',
        f"<thead><tr><th>Facet</th><th>Status</th>{head}<th>Note</th></tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        cells = {cell.source_id: cell for cell in row.cells}
        tds = "".join(
            f"<td>{_cell(cells[s.id], look)}</td>" if s.id in cells else "<td></td>" for s in evidence.sources
        )
        lines.append(
            f'<tr class="status-{esc(row.status)}">'
            f'<th scope="row">{esc(row.facet)}<div class="support">support: {esc(support_text(row.support))}</div></th>'
            f'<td><span class="badge badge-{esc(row.status)}">{esc(row.status)}</span>'
            f'<div class="reason">{esc(row.reason)}</div></td>'
            f"{tds}<td>{esc(row.note)}</td></tr>"
        )
    return lines + ["</tbody></table></div>"]


def _link(url: str | None) -> str:
    if not url:
        return ""
    if web_url(url):
        return f'<a href="{esc(url.strip())}" rel="noopener noreferrer">{esc(url)}</a>'
    return esc(url)  # shown as text, never a link


def _documents(evidence: Evidence) -> list[str]:
    head = "".join(f"<th>{name}</th>" for name in DOCUMENT_COLUMNS)
    lines = [
        '<h2 id="documents">Documents</h2>',
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>',
    ]
    for doc in evidence.documents:
        lines.append(
            f"<tr><td>{esc(doc.path)}</td><td>{esc(doc.title)}</td><td>{esc(doc.publisher)}</td>"
            f"<td>{esc(doc.published)}</td><td>{len(doc.text)}</td><td><code>{esc(doc.sha256)}</code></td>"
            f"<td>{_link(doc.url)}</td></tr>"
        )
    return lines + ["</tbody></table></div>"]


def _header(evidence: Evidence) -> list[str]:
    facts = [f"Date: {evidence.event_date}"] if evidence.event_date else []
    facts += [f"Place: {evidence.event_place}"] if evidence.event_place else []
    facts.append(
        f"{len(evidence.documents)} documents, {len(evidence.sources)} sources, {len(evidence.claims)} claims"
    )
    title = esc(evidence.event_title or "Evidence table")
    return [f"<header><h1>{title}</h1>", f'<p class="meta">{esc(" · ".join(facts))}</p></header>']


def _timeline(evidence: Evidence) -> list[str]:
    """Who said what when: one line per source and document, oldest first within each source."""
    entries = timeline(evidence)
    if not entries:
        return []
    rows = "".join(
        f"<tr><td>{esc(e['source'])}</td><td>{esc(e['date'] or 'undated')}</td><td>{esc(e['document'])}</td>"
        f"<td>{esc('; '.join(e['said']) or '(no facet values)')}</td></tr>"
        for e in entries
    )
    head = "<thead><tr><th>Source</th><th>Date</th><th>Document</th><th>Said</th></tr></thead>"
    return ['<h2 id="timeline">Timeline: who said what when</h2>', f'<div class="scroll"><table>{head}<tbody>{rows}</tbody></table></div>']


def render(evidence: Evidence) -> bytes:
    """report.html's bytes (UTF-8): header, evidence table, other events, documents, problems."""
    title = esc(evidence.event_title or "Evidence table")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="reconcile {esc(evidence.version)}">',
        f"<title>{title} — evidence</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        *_header(evidence),
        "<main>",
        '<h2 id="table">Evidence table</h2>',
        *_rows_table(evidence.rows, evidence),
    ]
    if evidence.other_rows:
        lines += ['<h2 id="other-events">Other events mentioned (not part of this event)</h2>']
        lines += _rows_table(evidence.other_rows, evidence)
    lines += _timeline(evidence)
    lines += _documents(evidence)
    if evidence.problems:
        items = "".join(f"<li>{esc(p.path)}: {esc(p.message)}</li>" for p in evidence.problems)
        lines += ['<h2 id="problems">Problems</h2>', f"<ul>{items}</ul>"]
    lines += [
        "</main>",
        f"<footer><p>Made with reconcile {esc(evidence.version)}.</p></footer>",
        "</body></html>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")
