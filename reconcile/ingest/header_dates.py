"""A header's dates: the calendar shapes a header writes, parsed to a day, and the years a dateline leaves out."""

from __future__ import annotations

import functools
import re
import warnings
from dataclasses import replace
from datetime import date, datetime

from reconcile.ingest.header_layout import Line
from reconcile.model import Document, Inferred

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE = re.compile(
    rf"{_WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<y3>\d{{4}})-\d{{2}}-\d{{2}}|\b\d{{1,2}}\.\d{{1,2}}\.(?P<y4>\d{{4}})\b)",
    re.I,
)
"""Calendar shapes only (the month names are the calendar's, not a word list): "9 May 2021", "March 4, 2019",
"2021-05-09", and the day-first "09.05.2021" of European and South Asian notices (dots are never month-first)."""
DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def complete_years(documents: list[Document]) -> list[Document]:
    """Year-less header dates ("NERASI, April 18 (Meridian) -") get the year that puts them nearest another
    document's date: a follow-up weeks later ("July 10" beside accounts of 2 July 2024) is of the same year, one
    dated "Jan 3" beside accounts of late December is of the next, and a wire's "April 8" beside posts of 8 April
    2022 is of 2022 although a report of February 2023 is the newest document (nearest the newest, it was April
    2023, after every document). A follow-up's own days never become the event's: the dateline's date is the
    document's (`when.find_when` skips it), and "on Friday" in it resolves against that date."""
    known = [d.published[:10] for d in documents if d.published and re.match(r"\d{4}-\d{2}-\d{2}", d.published)]
    if not known:
        return documents
    days = sorted({date.fromisoformat(day) for day in known})
    return [_with_year(d, days) for d in documents]


def _with_year(document: Document, days: list[date]) -> Document:
    partial = next((i for i in document.inferred if i.field == "published" and i.value.startswith("--")), None)
    if partial is None or document.published is not None:
        return document
    month, day = int(partial.value[2:4]), int(partial.value[5:7])
    years = sorted({d.year + shift for d in days for shift in (-1, 0, 1)})
    try:
        candidates = [date(year, month, day) for year in years]
    except ValueError:  # 29 February in a year without one
        return document
    full = min(candidates, key=lambda d: (min(abs((d - known).days) for known in days), -d.year)).isoformat()
    completed = replace(partial, value=full, rule=f"{partial.rule}, the year nearest another document's date")
    inferred = tuple(completed if i is partial else i for i in document.inferred)
    return replace(document, published=full, inferred=inferred)


def dates_in(line: Line, rule: str) -> list[Inferred]:
    match = DATE.search(line.text)
    return date_at(line, match.start(), match.group(0), rule) if match else []


def date_at(line: Line, at: int, text: str, rule: str) -> list[Inferred]:
    """A full date as YYYY-MM-DD; a year-less one ("April 18" in a dateline) as --MM-DD for the case to complete."""
    day = parse_day(text)
    if day is None:
        return []
    has_year = re.search(r"\b\d{4}\b", text) is not None
    value = day.isoformat() if has_year else f"--{day.month:02d}-{day.day:02d}"
    return [Inferred("published", value, line.start + at, line.start + at + len(text), rule)]


@functools.lru_cache(maxsize=1024)
def parse_day(text: str) -> date | None:
    """A calendar date in a header's words; the year, when absent, is dropped by the caller."""
    import dateparser

    if dotted := DOTTED.fullmatch(text.strip()):
        day, month, year = (int(g) for g in dotted.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(
            re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text), languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": _LEAP_BASE},
        )
    return parsed.date() if parsed else None


_LEAP_BASE = datetime(2024, 12, 31)
"""A fixed leap year for year-less dates, so "29 February" parses and nothing depends on today's date."""
