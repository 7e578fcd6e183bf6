"""evidence.csv (the wide table) and claims.csv (one line per claim), ready to open in a spreadsheet.

UTF-8 with a byte-order mark, so Excel shows curly quotes and accents right. Text that a spreadsheet would run
as a formula is neutralised first (OWASP, "CSV Injection": prefix cells starting with = + - @ tab or CR with ').
"""

from __future__ import annotations

import re

import pandas as pd

from reconcile.model import Evidence
from reconcile.table import claims_frame, to_frame

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
_CARRIAGE_RETURN = re.compile(r"\r\n?")


def safe_cell(value: object) -> object:
    """The value, or for text a spreadsheet would run as a formula, the text behind a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with safe_cell applied to every cell and every column header."""
    safe = frame.map(safe_cell)
    safe.columns = [safe_cell(str(column)) for column in frame.columns]
    return safe


def line_feeds(value: object) -> object:
    """Text with each CR or CRLF made LF: the csv module quotes a cell only for the line terminator's
    characters, so a bare CR would end the row early in a spreadsheet and the next row could start a formula."""
    return _CARRIAGE_RETURN.sub("\n", value) if isinstance(value, str) else value


def frame_to_csv(frame: pd.DataFrame) -> bytes:
    """A frame as CSV bytes: BOM, header line, '\\n' line ends, quoting only where needed."""
    safe = safe_frame(frame).map(line_feeds)
    safe.columns = [line_feeds(column) for column in safe.columns]
    text = safe.to_csv(index=False, lineterminator="\n")
    return (BOM + text).encode("utf-8")


def render_wide(evidence: Evidence) -> bytes:
    """evidence.csv: facet, status, reason, note, support, then one column per source."""
    return frame_to_csv(to_frame(evidence))


def render_claims(evidence: Evidence) -> bytes:
    """claims.csv: one line per claim with its source, document provenance, offsets and facets."""
    return frame_to_csv(claims_frame(evidence))
