"""Bylines and credit lines: "By Jane Doe, Reuters", "Associated Press", "Source: Coastal Relief Network"."""

from __future__ import annotations

import re

from reconcile.ingest.header_dates import dates_in
from reconcile.ingest.header_layout import Line, inferred_span
from reconcile.ingest.header_words import is_agency, is_outlet
from reconcile.model import Inferred
from reconcile.resources import lexicon

FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(?P<value>\S.{0,80})$")
BYLINE = re.compile(
    r"^(?:(?P<label>[A-Za-z]+(?:\s+[a-z]+)?)\s+)?(?i:by)\s+(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,4}))?"
)
""""By Jane Doe", "Interview by Jane Doe for the Verano Post", "Reporting by Jane Doe"."""


def field_line(line: Line) -> list[Inferred]:
    """"Source: Coastal Relief Network", "Issued by: the Ministry of Health", "Date: 3 May 2024": a header's own
    field names (headers.toml [fields]) say what the value is."""
    match = FIELD.match(line.text)
    if not match:
        return []
    key = match.group("key").strip().lower()
    field = next((f for f, keys in lexicon("headers")["fields"].items() if key in keys), None)
    if field is None:
        return []
    if field == "published":
        return dates_in(line, f"'{match.group('key')}:' field")
    value = re.sub(r"^the\s+", "", match.group("value").strip(" *_.,"), flags=re.I)
    if not value or not value[0].isupper() or len(value.split()) > 10:
        return []
    at = line.text.index(value, match.start("value"))
    return [Inferred(field, value, line.start + at, line.start + at + len(value), f"'{match.group('key')}:' field")]


def byline(line: Line) -> list[Inferred]:
    """"By Jane Doe" and "Interview by Jane Doe for the Verano Post, 5 July": the author, and the outlet she
    works for, which issues the piece; the words before "by" are a byline's ("interview", "reporting"), never a
    label of the document ("Statement by the ministry" names an issuer)."""
    match = BYLINE.match(line.text)
    label = (match.group("label") or "").lower() if match else ""
    if not match or len(line.text.split()) > 12 or (label and label not in lexicon("headers")["byline_words"]):
        return []
    found = [inferred_span(line, match, "name", "author", "byline")]
    if match.group("outlet"):
        found.append(inferred_span(line, match, "outlet", "publisher", "byline outlet"))
    elif credit := re.match(r",\s*(?P<credit>[A-Z][\w'’&.\- ]{1,40}?)\s*$", line.text[match.end():]):
        if is_agency(credit.group("credit")) or is_outlet(credit.group("credit")):  # "By Jane Doe, Reuters"
            at = match.end() + credit.start("credit")
            value = credit.group("credit")
            found.append(Inferred("publisher", value, line.start + at, line.start + at + len(value), "byline outlet"))
    return found + dates_in(line, "byline date")


def agency_line(line: Line) -> list[Inferred]:
    """"Associated Press" on its own line under a byline: the wire agency that issued the story."""
    name = line.text.strip(" -–—()")
    if not is_agency(name):
        return []
    at = line.text.index(name)
    return [Inferred("publisher", name, line.start + at, line.start + at + len(name), "agency credit")]
