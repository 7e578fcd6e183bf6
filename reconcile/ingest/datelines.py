"""Datelines and dated lines: "TRIPOLI, Libya, March 4, 2019 (Reuters) - ", "Beit Seraj, 12 February 2024"."""

from __future__ import annotations

import re

from reconcile.ingest.header_dates import DATE, date_at, dates_in
from reconcile.ingest.header_layout import Line, inferred_span
from reconcile.ingest.header_words import has_organisation_word, is_place_name, name_shaped, title_case
from reconcile.model import Inferred

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\-/ ]*[A-Z](?:,\s*[A-Z][A-Za-z'’.\- ]+?)?)"
    rf"(?:,\s*(?P<date>{DATE.pattern}))?\s*(?:\((?P<agency>[^()\n]{{2,40}})\)\s*)?[-–—]{{1,2}}\s",
)
DATELINE_MIXED = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2}(?:,\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,2})?)"
    rf"\s*(?:,\s*(?P<date>{DATE.pattern.replace('?P<y', '?P<d_y')})"
    rf"|\((?P<pdate>{DATE.pattern.replace('?P<y', '?P<p_y')})\))"
    r"\s*[-–—]{1,2}\s",
)
"""A press release's dateline in mixed case: "Geneva, 12 September 2023 – ", "Lendra (3 May 2024) - "."""


def dateline(line: Line) -> list[Inferred]:
    """"TRIPOLI, Libya, March 4, 2019 (Reuters) - ", "GENEVA (12 September 2023) - ", "Geneva, 12 September 2023 - "."""
    match = DATELINE.match(line.text)
    if not match or not (match.group("date") or match.group("agency")) or not _caps_place(match.group("place")):
        return _mixed_dateline(line)
    place = ", ".join(title_case(part) for part in match.group("place").split(","))
    found = [inferred_span(line, match, "place", "place", "dateline", value=place)]
    agency = match.group("agency")
    if agency and DATE.fullmatch(agency.strip()):
        found += date_at(line, match.start("agency"), agency.strip(), "dateline date")  # "GENEVA (12 May 2023) -"
    elif agency:
        found.append(inferred_span(line, match, "agency", "publisher", "dateline agency"))
    if match.group("date"):
        found += date_at(line, match.start("date"), match.group("date"), "dateline date")
    return found


def _mixed_dateline(line: Line) -> list[Inferred]:
    match = DATELINE_MIXED.match(line.text)
    if not match or not is_place_name(match.group("place")):
        return []
    group = "date" if match.group("date") else "pdate"
    return [inferred_span(line, match, "place", "place", "dateline")] + date_at(
        line, match.start(group), match.group(group), "dateline date")


def dated_line(line: Line) -> list[Inferred]:
    """A short line that dates the document: "18 April 2024", "Issued: 22 May 2024", "Beit Seraj, 12 February 2024",
    "News code 1043 - 3 Mehr 1401 (25 September 2022)" (numbers and codes are no words of a sentence)."""
    match = DATE.search(line.text)
    if match is None:
        return _outlet_and_day(line)
    if len(_words(line.text[: match.start()] + " " + line.text[match.end():])) > 4:
        return []  # "Preliminary statement: Karsa election, 2 June 2024" dates the election, not the document
    found = dates_in(line, "header date")
    place = line.text[: match.start()].rstrip(" ,")
    if found and (outlet := _outlet_before_place(place)) is not None:
        name, at = outlet  # "Altiplano Semanal — Juliaca, Saturday 14 January 2023", "Kochani Denes - 19.03"
        found.append(Inferred("publisher", name, line.start, line.start + len(name), "outlet line, place and date"))
        place = place[at:]
        if place and is_place_name(place):
            found.append(Inferred("place", place, line.start + at, line.start + at + len(place), "header place"))
    elif found and is_place_name(place):
        found.append(Inferred("place", place, line.start, line.start + len(place), "header place"))
    return found


def _outlet_and_day(line: Line) -> list[Inferred]:
    """"Kochani Denes - 19.03": a portal's name and the day and month it posted, the whole line; the month of a
    day.month pair is 1-12, which a clock time past 12 minutes is not always, so only a line of nothing else."""
    match = re.fullmatch(r"\s*(?P<name>[^\d\-–—]+?)\s+[-–—]\s+(?P<date>(?P<day>\d{1,2})\.(?P<month>\d{1,2}))\.?\s*",
                         line.text)
    if match is None or not name_shaped(match.group("name")) or not 1 < len(match.group("name").split()) <= 5:
        return []
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return []
    return [inferred_span(line, match, "name", "publisher", "outlet line, day and month"),
            inferred_span(line, match, "date", "published", "header date", value=f"--{month:02d}-{day:02d}")]


def _outlet_before_place(text: str) -> tuple[str, int] | None:
    """The outlet of a dated line that names it and then, after a dash, the place it writes from (or nothing):
    its name, and where the place starts; None when the line holds no dash between two names."""
    parts = re.split(r"\s+[-–—]\s*", text, maxsplit=1)
    if len(parts) != 2:
        return None
    name, rest = parts[0].strip(), parts[1].strip()
    if not name_shaped(name) or not 1 < len(name.split()) <= 5 or rest and (
            not is_place_name(rest) or has_organisation_word(rest)):  # "President of Russia - Kremlin press service"
        return None
    return name, len(text) - len(parts[1].lstrip()) if rest else len(text)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’]*", text)


def _caps_place(place: str) -> bool:
    head = place.split(",")[0]
    return sum(c.isalpha() for c in head) >= 3 and head.isupper()
