"""evidence.xlsx: sheet "table" (the wide table, conflict rows filled light red) and sheet "claims".

Written with openpyxl through pandas; cells neutralised like the CSV (see csv_file.safe_cell). openpyxl stamps
the save time into the file, so the archive is rewritten with fixed dates to give identical bytes on every run.
"""

from __future__ import annotations

import io
import re
import zipfile

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from reconcile.export.csv_file import safe_frame
from reconcile.model import Evidence, RowStatus
from reconcile.table import claims_frame, to_frame

CONFLICT_FILL = PatternFill(fill_type="solid", start_color="FFFFC7CE", end_color="FFFFC7CE")
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_PROPERTY_TIME = "1980-01-01T00:00:00Z"
_PROPERTY_TIME = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
WIDTHS = {"facet": 18, "status": 10, "reason": 10, "note": 40, "support": 16}
SOURCE_WIDTH = 45


def _legal(value: object) -> object:
    """Text with each control character openpyxl refuses (a PDF's form feed, an ESC) shown as U+FFFD."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value) if isinstance(value, str) else value


def _sheet_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame neutralised like the CSV (see csv_file.safe_cell), holding only characters a sheet can."""
    sheet = safe_frame(frame).map(_legal)
    sheet.columns = [_legal(column) for column in sheet.columns]
    return sheet


def _style_table(sheet: Worksheet, frame: pd.DataFrame) -> None:
    sheet.freeze_panes = "B2"
    for index, column in enumerate(frame.columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = WIDTHS.get(str(column), SOURCE_WIDTH)
    wrap = Alignment(wrap_text=True, vertical="top")
    rows = sheet.iter_rows(min_row=2, max_row=len(frame) + 1, max_col=len(frame.columns))  # not sheet[n]: it
    for status, cells in zip(frame["status"], rows, strict=True):  # recounts the sheet's columns on every row
        for cell in cells:
            cell.alignment = wrap
            if status == RowStatus.CONFLICT:
                cell.fill = CONFLICT_FILL


def _fixed_dates(data: bytes) -> bytes:
    """The same workbook with every archive entry and the created/modified properties at one fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _PROPERTY_TIME.sub(rb"\g<1>" + FIXED_PROPERTY_TIME.encode() + rb"\g<3>", content)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, content)
    return out.getvalue()


def render(evidence: Evidence) -> bytes:
    """evidence.xlsx's bytes, identical for the same Evidence."""
    table = to_frame(evidence)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _sheet_frame(table).to_excel(writer, sheet_name="table", index=False)
        _sheet_frame(claims_frame(evidence)).to_excel(writer, sheet_name="claims", index=False)
        _style_table(writer.sheets["table"], table)
        writer.sheets["claims"].freeze_panes = "A2"
    return _fixed_dates(buffer.getvalue())
