"""What a reader needs first: the rows in dispute, then agreed, then said by one source, each value with its backers.

The report, the Markdown export and the app open with this digest ("Age: 56 — The family (via CNN); 60 — White
Helmets"), because an editor with ten seconds wants the disagreement, not a table of thirteen columns. The same
positions (a value and the sources behind it) make the "by value" table, one cell per distinct value, which stays
narrow however many sources a case has. Also here: the title of a case when no manifest names it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from reconcile.model import Claim, Evidence, Row, RowStatus, Source, claims_by_id
from reconcile.resources import lexicon
from reconcile.table import format_value

SECTIONS = (
    ("disputed", "In dispute"),
    ("agreed", "Agreed"),
    ("single", "Said by one source"),
    ("unclear", "Not comparable"),
)
"""Digest field -> heading, in the order a reader gets them."""
NO_DISPUTE = "No row where the sources disagree"
"""What every rendering says in place of the disputes when there are none."""

_SECTION_OF = {
    RowStatus.CONFLICT: "disputed",
    RowStatus.AGREE: "agreed",
    RowStatus.SINGLE: "single",
    RowStatus.UNCLEAR: "unclear",
}


@dataclass(frozen=True)
class Backer:
    """A source holding a value, and the outlet it reached us through (None when it spoke to us directly)."""

    source_id: str
    name: str
    via: str | None = None

    def __str__(self) -> str:
        return f"{self.name} (via {self.via})" if self.via else self.name


@dataclass(frozen=True)
class Position:
    """One distinct value of a row and who holds it."""

    value: str
    backers: tuple[Backer, ...]
    independent: int
    """Independent sources behind this value or one compatible with it (the row's support; relays do not count)."""


@dataclass(frozen=True)
class Line:
    """One row told in a line: its label, status, why, and each competing value with its backers."""

    index: int
    """The row's place in evidence.rows, so a line can link to its evidence."""
    facet: str
    label: str
    status: RowStatus
    reason: str
    positions: tuple[Position, ...]


@dataclass(frozen=True)
class Digest:
    disputed: tuple[Line, ...]
    agreed: tuple[Line, ...]
    single: tuple[Line, ...]
    unclear: tuple[Line, ...]

    def sections(self) -> list[tuple[str, str, tuple[Line, ...]]]:
        """(field, heading, lines) of each section, in reading order, empty ones included."""
        return [(name, heading, getattr(self, name)) for name, heading in SECTIONS]


def facet_label(facet: str) -> str:
    """A facet as a reader names it ("victim.age" -> "Age"), from data/report.toml, else the facet tidied."""
    label = lexicon("report")["facets"].get(facet)
    if label:
        return label
    words = facet.replace(".", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def reason_words(row: Row) -> str:
    """Why a row is in dispute or unclear, in words ("the numbers differ"); '' for agreeing and single rows."""
    if row.status not in (RowStatus.CONFLICT, RowStatus.UNCLEAR):
        return ""
    return lexicon("report")["reasons"].get(str(row.reason), str(row.reason))


def _vias(claims: Sequence[Claim], sources: Mapping[str, Source], holder: str) -> str | None:
    """The outlets a source's claims came through; None when one of them reached us directly (its own tweet)."""
    if any(not c.via or c.via == holder for c in claims):
        return None
    names = [sources[c.via].name if c.via in sources else c.via for c in claims if c.via and c.via != holder]
    return ", ".join(dict.fromkeys(n for n in names if n)) or None


def positions(row: Row, evidence: Evidence, *, claims: Mapping[str, Claim] | None = None) -> tuple[Position, ...]:
    """The row's distinct values, most backers first (then in table order), each with its backers.

    A backer's `via` comes from the claims that carry that very value, else from any claim of its cell (a value a
    reviewer edited has no claim carrying it).
    """
    claims = claims if claims is not None else claims_by_id(evidence.claims)
    sources = {s.id: s for s in evidence.sources}
    held: dict[str, list[Backer]] = {}
    for cell in row.cells:
        cell_claims = [claims[i] for i in dict.fromkeys(cell.claim_ids) if i in claims]
        name = sources[cell.source_id].name if cell.source_id in sources else cell.source_id
        for value in dict.fromkeys(format_value(v) for v in cell.values):
            carrying = [
                c
                for c in cell_claims
                if any(fv.facet == row.facet and format_value(fv.value) == value for fv in c.facets)
            ]
            backer = Backer(cell.source_id, name, _vias(carrying or cell_claims, sources, cell.source_id))
            held.setdefault(value, []).append(backer)
    order = {value: i for i, value in enumerate(held)}
    ranked = sorted(held, key=lambda v: (-len(held[v]), order[v]))
    return tuple(Position(v, tuple(held[v]), row.support.get(v, len(held[v]))) for v in ranked)


def digest(evidence: Evidence) -> Digest:
    """Every main row as a Line, sorted into disputed, agreed, said by one source and not comparable."""
    claims = claims_by_id(evidence.claims)
    found: dict[str, list[Line]] = {name: [] for name, _ in SECTIONS}
    for index, row in enumerate(evidence.rows):
        line = Line(index, row.facet, facet_label(row.facet), row.status, reason_words(row),
                    positions(row, evidence, claims=claims))
        found[_SECTION_OF.get(row.status, "unclear")].append(line)
    return Digest(**{name: tuple(lines) for name, lines in found.items()})


def position_text(position: Position) -> str:
    """'56 — The family (via CNN)': a value and its backers, as the Markdown export and the app write it."""
    return f"{position.value} — " + ", ".join(str(b) for b in position.backers)


def line_text(line: Line) -> str:
    """'Age: 56 — The family (via CNN); 60 — White Helmets (via CNN)'."""
    return f"{line.label}: " + "; ".join(position_text(p) for p in line.positions)


def case_title(evidence: Evidence) -> str:
    """The case's title: the manifest's, else the headline of its most-quoted document, else what, where, when."""
    if evidence.event_title and evidence.event_title.strip():
        return evidence.event_title.strip()
    return headline(evidence) or description(evidence)


def headline(evidence: Evidence) -> str | None:
    """The title of the document most claims come from (the main report rather than a tweet it quotes)."""
    counts: dict[str, int] = {}
    for claim in evidence.claims:
        counts[claim.document_id] = counts.get(claim.document_id, 0) + 1
    titled = [
        (-counts.get(d.id, 0), i, d.title.strip())
        for i, d in enumerate(evidence.documents)
        if d.title and d.title.strip()
    ]
    return min(titled)[2] if titled else None


def _top_value(evidence: Evidence, facet: str) -> str | None:
    row = next((r for r in evidence.rows if r.facet == facet), None)
    found = positions(row, evidence) if row else ()
    return found[0].value if found else None


def description(evidence: Evidence) -> str:
    """'Strike in syria (north-west), 2023-05-03' from the event's type, place and date, or a count of documents."""
    what = _top_value(evidence, "event.type")
    where = evidence.event_place or _top_value(evidence, "event.location")
    when = evidence.event_date or _top_value(evidence, "event.date")
    if not (what or where or when):
        count = len(evidence.documents)
        return f"Accounts from {count} document{'s' if count != 1 else ''}"
    text = (what or "Event") + (f" in {where}" if where else "") + (f", {when}" if when else "")
    return text[:1].upper() + text[1:]


def by_value_frame(evidence: Evidence, rows: Sequence[Row] | None = None) -> pd.DataFrame:
    """Rows = facets, one cell per distinct value listing its sources: narrow however many sources a case has.

    Returns:
        Columns facet, status, then "value 1" .. "value N" (N = the most values of any row), all text.
    """
    rows = evidence.rows if rows is None else rows
    claims = claims_by_id(evidence.claims)
    records = []
    for row in rows:
        record = {"facet": row.facet, "status": str(row.status)}
        for i, position in enumerate(positions(row, evidence, claims=claims), start=1):
            record[f"value {i}"] = position_text(position)
        records.append(record)
    width = max((len(r) - 2 for r in records), default=0)
    columns = ["facet", "status"] + [f"value {i}" for i in range(1, width + 1)]
    return pd.DataFrame(records, columns=columns).fillna("")
