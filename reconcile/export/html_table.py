"""The report's tables: facets x sources with source columns grouped by party, and facets x distinct values.

The page has no scripts, so a party's columns fold with CSS alone: a hidden checkbox per party before the table,
a <label> for it in the party's header, and `:has(#box:checked)` rules (made by `party_css`) that swap the party's
source columns for one summary column. Facet and status columns are pinned (`position: sticky`), and sources with
no value in the table's rows get no column at all, only a mention under it.

Every piece of document-derived text goes through `esc`; in-page links point only at ids made here.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from reconcile.digest import Position, facet_label, positions, reason_words
from reconcile.model import Cell, Claim, Document, Evidence, Row, Source, claims_by_id
from reconcile.table import Party, format_value, parties, sources_with_values, support_text


class Lookup(NamedTuple):
    claims: dict[str, Claim]
    documents: dict[str, Document]
    sources: dict[str, Source]

    @classmethod
    def of(cls, evidence: Evidence) -> Lookup:
        return cls(
            claims_by_id(evidence.claims),
            {doc.id: doc for doc in evidence.documents},
            {source.id: source for source in evidence.sources},
        )


def esc(value: object) -> str:
    """Text made inert for HTML (quotes included, so it is safe inside attributes too)."""
    return html.escape("" if value is None else str(value), quote=True)


def cell_id(prefix: str, index: int, source_id: str) -> str:
    """The id of one cell of a table, e.g. 'main-7-3fa2c1d0e9b8', so the digest can link to its evidence."""
    return f"{prefix}-{index}-{''.join(ch for ch in source_id if ch.isalnum())}"


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


def _cell(cell: Cell, look: Lookup) -> str:
    out = [f'<div class="value">{esc("; ".join(format_value(v) for v in cell.values))}</div>']
    for claim_id in dict.fromkeys(cell.claim_ids):
        claim = look.claims.get(claim_id)
        if claim is None:
            continue
        out.append(f"<blockquote><i>“{esc(claim.text)}”</i></blockquote>")
        out.append(f'<div class="prov">{provenance(claim, look.documents, look.sources)}</div>')
    return "".join(out)


def _party_summary(party: Party, cells: Mapping[str, Cell]) -> str:
    """A folded party's cell: each member's values, without the quotes."""
    said = [
        f'<div><span class="value">{esc("; ".join(format_value(v) for v in cells[s.id].values))}</span> '
        f'<span class="kind">{esc(s.name)}</span></div>'
        for s in party.sources
        if s.id in cells
    ]
    return "".join(said)


def status_cell(row: Row, *, support: bool = True) -> str:
    """The badge, the reason in words for a dispute, and (unless left out) the independent support per value."""
    why = reason_words(row)
    return (
        f'<span class="badge badge-{esc(row.status)}">{esc(row.status)}</span>'
        + (f'<div class="reason">{esc(why)}</div>' if why else "")
        + (f'<div class="support">support: {esc(support_text(row.support))}</div>' if support else "")
    )


def party_css(prefix: str, groups: Sequence[Party]) -> str:
    """The rules that fold each party of table `prefix` when its checkbox is ticked."""
    rules = []
    for party in groups:
        box, cls = f"#{prefix}-fold-{party.key}:checked", f".{prefix}-{party.key}"
        rules.append(f"#{prefix}-table:has({box}) {cls}.open {{ display: none; }}")
        rules.append(f"#{prefix}-table:has({box}) {cls}.shut {{ display: table-cell; }}")
    return "\n".join(rules)


def shown_parties(rows: Sequence[Row], evidence: Evidence) -> list[Party]:
    """The parties of the sources with a value in `rows` (columns with nothing in them are left out)."""
    return parties(sources_with_values(rows, evidence.sources))


def _head(prefix: str, groups: Sequence[Party]) -> list[str]:
    top, names = [], []
    for party in groups:
        cls, box, count = f"{prefix}-{party.key}", f"{prefix}-fold-{party.key}", len(party.sources)
        top.append(
            f'<th colspan="{count}" class="party {cls} open"><label for="{box}" title="fold these columns">'
            f"▾ {esc(party.label)}</label></th>"
            f'<th class="party {cls} shut"><label for="{box}" title="show each source">▸ {esc(party.label)}</label></th>'
        )
        names += [
            f'<th class="{cls} open">{esc(s.name)}<br><span class="kind">{esc(s.kind)}</span></th>' for s in party.sources
        ]
        names.append(f'<th class="{cls} shut"><span class="kind">{count} source{"s" if count > 1 else ""}</span></th>')
    return [
        '<thead><tr><th rowspan="2" class="pin pin-facet">Facet</th><th rowspan="2" class="pin pin-status">Status</th>'
        + "".join(top)
        + '<th rowspan="2">Note</th></tr>',
        "<tr>" + "".join(names) + "</tr></thead>",
    ]


def sources_table(rows: Sequence[Row], evidence: Evidence, *, prefix: str) -> list[str]:
    """Facets x sources, grouped and foldable by party, facet and status pinned, empty columns left out."""
    look = Lookup.of(evidence)
    groups = shown_parties(rows, evidence)
    boxes = "".join(f'<input type="checkbox" class="fold" id="{prefix}-fold-{p.key}">' for p in groups)
    lines = [f'<div class="table-wrap" id="{prefix}-table">{boxes}<div class="scroll"><table class="evidence">']
    lines += _head(prefix, groups)
    lines.append("<tbody>")
    for index, row in enumerate(rows):
        cells = {cell.source_id: cell for cell in row.cells}
        tds = []
        for party in groups:
            cls = f"{prefix}-{party.key}"
            tds += [
                f'<td id="{cell_id(prefix, index, s.id)}" class="{cls} open">{_cell(cells[s.id], look) if s.id in cells else ""}</td>'
                for s in party.sources
            ]
            tds.append(f'<td class="{cls} shut">{_party_summary(party, cells)}</td>')
        lines.append(
            f'<tr id="{prefix}-row-{index}" class="status-{esc(row.status)}">'
            f'<th scope="row" class="pin pin-facet">{esc(facet_label(row.facet))}<div class="facet-key">{esc(row.facet)}</div></th>'
            f'<td class="pin pin-status">{status_cell(row)}</td>'
            + "".join(tds)
            + f"<td>{esc(row.note)}</td></tr>"
        )
    lines.append("</tbody></table></div></div>")
    shown = {s.id for p in groups for s in p.sources}
    hidden = [s.name for s in evidence.sources if s.id not in shown]
    if hidden:
        lines.append(f'<p class="meta">No column for {len(hidden)} source(s) with nothing on these rows: {esc(", ".join(hidden))}.</p>')
    return lines


def backers_html(position: Position, prefix: str, index: int) -> str:
    """'The family via CNN, White Helmets', each name linked to its cell in the table `prefix`."""
    names = []
    for backer in position.backers:
        via = f' <span class="via">via {esc(backer.via)}</span>' if backer.via else ""
        names.append(f'<a href="#{cell_id(prefix, index, backer.source_id)}">{esc(backer.name)}</a>{via}')
    return ", ".join(names)


def values_table(rows: Sequence[Row], evidence: Evidence, *, prefix: str) -> list[str]:
    """Facets x distinct values: one cell per value with the sources that give it, linked to their quotes."""
    claims = claims_by_id(evidence.claims)
    found = [positions(row, evidence, claims=claims) for row in rows]
    width = max((len(p) for p in found), default=0)
    head = "".join(f"<th>Value {i}</th>" for i in range(1, width + 1))
    lines = [
        '<div class="scroll"><table class="evidence by-value">',
        f'<thead><tr><th class="pin pin-facet">Facet</th><th class="pin pin-status">Status</th>{head}</tr></thead><tbody>',
    ]
    for index, (row, held) in enumerate(zip(rows, found)):
        tds = "".join(
            f'<td><div class="value">{esc(p.value)}</div><div>{backers_html(p, prefix, index)}</div>'
            f'<div class="support">{p.independent} independent</div></td>'
            for p in held
        )
        tds += "<td></td>" * (width - len(held))
        lines.append(
            f'<tr class="status-{esc(row.status)}"><th scope="row" class="pin pin-facet">{esc(facet_label(row.facet))}'
            f'<div class="facet-key">{esc(row.facet)}</div></th><td class="pin pin-status">{status_cell(row, support=False)}</td>{tds}</tr>'
        )
    return lines + ["</tbody></table></div>"]
