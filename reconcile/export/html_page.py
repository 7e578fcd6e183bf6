"""report.html: one self-contained page (inline CSS, no scripts, no external assets) for reading the evidence.

It opens with what an editor needs in ten seconds: the rows in dispute, each competing value with its sources
(linked to their quotes in the table), then what is agreed and what one source alone says. Then the tables (see
html_table), other events, the timeline and the documents with their titles, issuers and dates.

Every piece of document-derived text goes through html.escape, so a document quoting `<script>` shows it as
text; a URL becomes a link only when it starts with http:// or https://; other links point at ids of this page.
"""

from __future__ import annotations

from reconcile.digest import NO_DISPUTE, Line, case_title, digest
from reconcile.export.html_table import (
    backers_html,
    esc,
    party_css,
    provenance,
    shown_parties,
    sources_table,
    values_table,
)
from reconcile.links import web_url
from reconcile.model import Evidence, Inferred
from reconcile.table import timeline

__all__ = ["esc", "provenance", "render"]

BY_VALUE_SOURCES = 6
"""With more sources than this, the table by value comes before the table by source."""

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; \
color: #1d2330; background: #fafafa; }
header, main, footer { padding: 0 1.5rem; }
h1 { font-size: 1.45rem; margin: 1rem 0 .2rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d8dbe2; padding-bottom: .2rem; }
.meta, footer { color: #5b6270; font-size: .9rem; margin: .2rem 0; }
.digest h2 { margin: .9rem 0 .3rem; font-size: 1.05rem; }
.digest h2 .count { color: #5b6270; font-weight: normal; }
.digest h2.lead { color: #b71c1c; border-color: #e8b4b4; }
.lines { list-style: none; margin: 0; padding: 0; }
.lines li { padding: .18rem 0; }
.lines-disputed li { padding: .35rem .6rem; margin: .25rem 0; background: #fdecec; border-left: 4px solid #c62828; }
.lines-agreed li, .lines-single li, .lines-unclear li { font-size: .9rem; }
.lines .label { font-weight: 700; color: inherit; }
.lines .why { color: #8a3b3b; font-size: .85rem; }
.pos { white-space: normal; }
.pos .v { background: #fff; border: 1px solid #d9a3a3; border-radius: .3rem; padding: 0 .3rem; }
.lines-agreed .pos .v, .lines-single .pos .v, .lines-unclear .pos .v { border-color: #c5cad3; }
.vs { color: #b71c1c; font-weight: 700; font-size: .8rem; margin: 0 .25rem; }
.n, .via { color: #5b6270; font-size: .8rem; }
.scroll { overflow-x: auto; }
table { border-collapse: separate; border-spacing: 0; background: #fff; }
th, td { border: 1px solid #d8dbe2; border-width: 0 1px 1px 0; padding: .45rem .55rem; \
vertical-align: top; text-align: left; }
tr > :first-child { border-left-width: 1px; }
thead tr:first-child > * { border-top-width: 1px; }
thead th { background: #eef0f4; }
table.evidence td { min-width: 14rem; max-width: 28rem; }
table.by-value td { min-width: 10rem; max-width: 20rem; }
a { color: #1a4d8f; text-decoration: none; }
a:hover { text-decoration: underline; }
table.evidence .pin { position: sticky; z-index: 1; box-sizing: border-box; background: #fff; }
table.evidence .pin-facet { left: 0; width: 10rem; min-width: 10rem; max-width: 10rem; }
table.evidence .pin-status { left: 10rem; width: 9rem; min-width: 9rem; max-width: 9rem; }
table.evidence thead .pin { background: #eef0f4; z-index: 2; }
tr.status-conflict > * { background: #fde8e8; }
tr.status-conflict > .pin { background: #fbdcdc; }
.party label { cursor: pointer; font-weight: 700; }
.fold { display: none; }
.shut { display: none; }
.kind, .facet-key { font-weight: normal; color: #5b6270; font-size: .8rem; }
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
DOCUMENT_COLUMNS = ("Title", "Issuer", "Date", "File", "Characters", "sha256", "URL", "Read from the text")


def shorten(text: str, limit: int = 90) -> str:
    """A value cut at a word to fit a digest line (a statement row's value is a whole sentence)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"


def _line(line: Line, prefix: str) -> str:
    """One row of the digest: label, why, then each value with its backers (linked to their quotes)."""
    join = ' <span class="vs">vs</span> ' if line.positions and line.status == "conflict" else "; "
    held = join.join(
        f'<span class="pos"><b class="v">{esc(shorten(p.value))}</b> — {backers_html(p, prefix, line.index)} '
        f'<span class="n" title="independent sources behind this value or a compatible one">'
        f"({p.independent} independent)</span></span>"
        for p in line.positions
    )
    why = f' <span class="why">{esc(line.reason)}</span>' if line.reason else ""
    return f'<li><a class="label" href="#{prefix}-row-{line.index}">{esc(line.label)}</a>{why}: {held}</li>'


def _digest(evidence: Evidence) -> list[str]:
    lines = ['<section class="digest" id="digest">']
    for name, heading, found in digest(evidence).sections():
        if not found and name != "disputed":
            continue
        lead = ' class="lead"' if name == "disputed" else ""
        lines.append(f'<h2 id="{name}"{lead}>{heading} <span class="count">({len(found)})</span></h2>')
        if not found:
            lines.append(f'<p class="meta">{NO_DISPUTE}.</p>')
            continue
        lines.append(f'<ul class="lines lines-{name}">' + "".join(_line(line, "main") for line in found) + "</ul>")
    return lines + ["</section>"]


def _link(url: str | None) -> str:
    if not url:
        return ""
    if web_url(url):
        return f'<a href="{esc(url.strip())}" rel="noopener noreferrer">{esc(url)}</a>'
    return esc(url)  # shown as text, never a link


def _issuer(doc) -> str:
    return doc.publisher or doc.author or doc.speaker or ""


def _documents(evidence: Evidence) -> list[str]:
    """Each document with its title (or headline), who issued it and when, then its file and fingerprint."""
    head = "".join(f"<th>{name}</th>" for name in DOCUMENT_COLUMNS)
    lines = [
        '<h2 id="documents">Documents</h2>',
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>',
    ]
    for doc in evidence.documents:
        title = esc(doc.title) if doc.title else '<span class="kind">(no title)</span>'
        lines.append(
            f"<tr><td>{title}</td><td>{esc(_issuer(doc))}</td><td>{esc(doc.published)}</td>"
            f"<td>{esc(doc.path)}</td><td>{len(doc.text)}</td><td><code>{esc(doc.sha256)}</code></td>"
            f"<td>{_link(doc.url)}</td><td>{esc(_inferred(doc.inferred))}</td></tr>"
        )
    return lines + ["</tbody></table></div>"]


def _inferred(items: tuple[Inferred, ...]) -> str:
    """"publisher: letterhead, chars 0–24": which fields the machine read, how and where (not from case.toml)."""
    return "; ".join(f"{i.field}: {i.rule}, chars {i.start}–{i.end}" for i in items)


def _header(evidence: Evidence) -> list[str]:
    facts = [f"Date: {evidence.event_date}"] if evidence.event_date else []
    facts += [f"Place: {evidence.event_place}"] if evidence.event_place else []
    facts += [f"Event: {evidence.event_type}"] if evidence.event_type else []
    facts += [f"Read from the documents: {_inferred(evidence.event_evidence)}"] if evidence.event_evidence else []
    facts.append(
        f"{len(evidence.documents)} documents, {len(evidence.sources)} sources, {len(evidence.claims)} claims"
    )
    return [f"<header><h1>{esc(case_title(evidence))}</h1>", f'<p class="meta">{esc(" · ".join(facts))}</p></header>']


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
    return [
        '<h2 id="timeline">Timeline: who said what when</h2>',
        f'<div class="scroll"><table>{head}<tbody>{rows}</tbody></table></div>',
    ]


def _tables(evidence: Evidence) -> list[str]:
    by_source = ['<h2 id="table">Table by source</h2>', *sources_table(evidence.rows, evidence, prefix="main")]
    by_value = ['<h2 id="by-value">Table by value</h2>', *values_table(evidence.rows, evidence, prefix="main")]
    if len(evidence.sources) > BY_VALUE_SOURCES:
        return by_value + by_source
    return by_source


def _style(evidence: Evidence) -> str:
    rules = [STYLE, party_css("main", shown_parties(evidence.rows, evidence))]
    if evidence.other_rows:
        rules.append(party_css("other", shown_parties(evidence.other_rows, evidence)))
    return "\n".join(rules)


def render(evidence: Evidence) -> bytes:
    """report.html's bytes (UTF-8): header, digest, tables, other events, timeline, documents, problems."""
    title = esc(case_title(evidence))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="reconcile {esc(evidence.version)}">',
        f"<title>{title} — evidence</title>",
        f"<style>{_style(evidence)}</style></head>",
        "<body>",
        *_header(evidence),
        "<main>",
        *_digest(evidence),
        *_tables(evidence),
    ]
    if evidence.other_rows:
        lines += ['<h2 id="other-events">Other events mentioned (not part of this event)</h2>']
        lines += sources_table(evidence.other_rows, evidence, prefix="other")
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
