"""evidence.csv (the wide table) and claims.csv (one line per claim), ready to open in a spreadsheet.

UTF-8 with a byte-order mark, so Excel shows curly quotes and accents right. Text that a spreadsheet would run
as a formula is neutralised first (OWASP, "CSV Injection": prefix cells starting with = + - @ tab or CR with ').
"""

from __future__ import annotations

import pandas as pd

from reconcile.model import Evidence
from reconcile.table import claims_frame, to_frame

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


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


def frame_to_csv(frame: pd.DataFrame) -> bytes:
    """A frame as CSV bytes: BOM, header line, '\\n' line ends, quoting only where needed."""
    text = safe_frame(frame).to_csv(index=False, lineterminator="\n")
    return (BOM + text).encode("utf-8")


def render_wide(evidence: Evidence) -> bytes:
    """evidence.csv: facet, status, reason, note, support, then one column per source."""
    return frame_to_csv(to_frame(evidence))


def render_claims(evidence: Evidence) -> bytes:
    """claims.csv: one line per claim with its source, document provenance, offsets and facets."""
    return frame_to_csv(claims_frame(evidence))
