"""Spreadsheets of accounts: one account per row, with `source` (who said it) and `text` (what they said).

Newsrooms collect quotes from calls and social media into a sheet; each row is one speaker's account, so each
row becomes a Document with `speaker` = the source cell and path `file.csv#row=N` (N counts data rows from 1).
Headers are matched case-insensitively and stripped; `date`, `url` and `title` are read when present and every
other column is ignored. A quoted cell may span lines. A row with an empty text cell is skipped; a row with
text but no source is reported, since an account nobody gave cannot be weighed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime

from reconcile.errors import InputError
from reconcile.ingest.decoding import decode
from reconcile.ingest.received import MAX_DOCUMENT_BYTES, Received
from reconcile.model import Document, Problem

REQUIRED = ("source", "text")
OPTIONAL = {"date": "published", "url": "url", "title": "title"}
MAX_ROWS = 100_000
"""As for tweets: more accounts than one case can hold, and a sheet of tiny rows could otherwise exhaust memory."""

# The csv module refuses cells over 128 KiB by default; a whole article pasted into a cell is longer.
csv.field_size_limit(max(csv.field_size_limit(), MAX_DOCUMENT_BYTES))


def read_spreadsheet(received: Received) -> list[Document | Problem]:
    """Reads each row of a CSV (or, for a .tsv file, tab-separated) sheet as one account."""
    text = decode(received.data, received.shown)
    delimiter = "\t" if received.suffix == ".tsv" else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(rows, [])
        columns = _columns(header, received.shown)
        results = [_row(received, number, row, columns) for number, row in _numbered(rows, received.shown)]
    except csv.Error as err:
        raise InputError(
            received.shown,
            f"is not a readable CSV file ({err}, line {rows.line_num})",
            "fix that line or export it again",
        ) from err
    readings = [result for result in results if result is not None]
    if not any(isinstance(result, Document) for result in readings):
        raise InputError(
            received.shown, "has no row with text", "fill the 'text' column, one account per row"
        )
    return readings


def _numbered(rows: Iterator[list[str]], shown: str) -> Iterator[tuple[int, list[str]]]:
    """Data rows numbered from 1, stopping with an error past MAX_ROWS before more Documents are built."""
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            raise InputError(
                shown, f"has over {MAX_ROWS:,} rows, the limit for one file", "split it into smaller files"
            )
        yield number, row


def _columns(header: list[str], shown: str) -> dict[str, int]:
    """Column index by lower-cased name; the first of two same-named columns wins."""
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        columns.setdefault(name.strip().lower(), index)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        found = ", ".join(repr(name) for name in header) or "none"
        raise InputError(
            shown,
            f"has no {' or '.join(repr(name) for name in missing)} column (columns found: {found})",
            "name the speaker's column 'source' and the account's column 'text' in the first row",
        )
    return columns


def _row(
    received: Received, number: int, row: list[str], columns: dict[str, int]
) -> Document | Problem | None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else ""

    text = cell("text")
    if not text.strip():
        return None
    source = cell("source").strip()
    if not source:
        where = f"{received.shown}#row={number}"
        return Problem(
            where, str(InputError(where, "has text but no source", "fill in who gave this account"))
        )
    fields = {field: cell(name).strip() or None for name, field in OPTIONAL.items()}
    fields["published"] = _published(fields["published"])
    return received.document(text, "csv_row", index=number, anchor="row", speaker=source, **fields)


def _published(value: str | None) -> str | None:
    """YYYY-MM-DD when the cell holds an ISO date or timestamp; otherwise the cell as written."""
    if value is None:
        return None
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(value).isoformat()[:10]
        except ValueError:
            continue
    return value
