"""A document's header: title, issuer, place, date and byline, read from the lines a desk reads first.

Documents arrive without a manifest, but each opens as its kind of document does: wire copy with a headline, a
byline and a dateline ("TRIPOLI, Libya, March 4, 2019 (Reuters) -"), a press release with a letterhead or a label
("Harbour Police — press statement, 9 May 2021", "Statement by the International Committee of the Red Cross"),
a report with "X said in a statement issued on ...". Each field found is an `Inferred` with its span and rule, so
a reviewer can see why the table gives a statement's own voice to its issuer.

Regular expressions over the raw lines are the exception here and on purpose: headers are layout (line breaks,
capitals, brackets, dashes), which the parser reads poorly; the letterhead that no shape identifies is left to
spaCy's NER after annotation (`reconcile.nlp.statements.name_issuers`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reconcile.ingest.bylines import agency_line, byline, field_line
from reconcile.ingest.datelines import dated_line, dateline
from reconcile.ingest.header_layout import Line, header_lines, is_body, lines_of
from reconcile.ingest.header_words import is_label_line, is_not_issuer
from reconcile.ingest.lead_issuers import issuer_informs, press_service_informs, said_in_statement, told_outlet
from reconcile.ingest.letterheads import letterhead, statement_label
from reconcile.model import Document, Inferred


def read_header(text: str) -> tuple[Inferred, ...]:
    """Every header field found in `text`, first rule first: the first value of a field is the one used."""
    lines = list(lines_of(text))
    found: list[Inferred] = []
    for i, line in enumerate(lines):
        body = is_body(line.text)
        found += dateline(line)
        if body:
            found += said_in_statement(line) or press_service_informs(line) or issuer_informs(line) or told_outlet(line)
            break
        found += (field_line(line) or byline(line) or agency_line(line) or statement_label(line)
                  or letterhead(line, i, lines) or dated_line(line) or issuer_informs(line))
    title = _title(lines, found)
    return tuple(([title] if title else []) + found)


def apply_header(document: Document) -> Document:
    """The document with the fields its header gives and no reader or manifest set, and their `inferred` trail."""
    chosen: dict[str, Inferred] = {}
    for item in read_header(document.text):
        if document.speaker is not None and item.field == "title":
            continue  # a post or a spreadsheet row has no headline: its first line is what its author says
        if item.field == "published" and item.value.startswith("--"):
            chosen.setdefault("published_day", item)  # completed by `complete_years` from the other documents
        elif item.field not in Document.__dataclass_fields__ or getattr(document, item.field) is None:
            chosen.setdefault(item.field, item)  # "place" has no Document field: kept for the case's anchor
    if not chosen:
        return document
    if "published" in chosen or document.published is not None:
        chosen.pop("published_day", None)
    if not chosen:
        return document
    fields: dict[str, Any] = {f: i.value for f, i in chosen.items() if f in Document.__dataclass_fields__}
    return replace(document, **fields, inferred=document.inferred + tuple(chosen.values()))


def _title(lines: list[Line], found: list[Inferred]) -> Inferred | None:
    """The first header line no other rule used (the headline), else the first line when it is short."""
    used = {(i.start, i.end) for i in found}
    for line in lines:
        if is_body(line.text):
            break
        taken = any(line.start <= start < line.end for start, _ in used)
        if (not taken and len(line.text.split()) >= 3 and not is_not_issuer(line.text) and _headline(line.text)
                and not is_label_line(line.text)):
            return Inferred("title", line.text, line.start, line.end, "headline")
    if (lines and _headline(lines[0].text) and not any(i.start < lines[0].end for i in found)
            and not is_label_line(lines[0].text)):
        return Inferred("title", lines[0].text, lines[0].start, lines[0].end, "first line")
    return None


def next_title(text: str, after: int) -> Inferred | None:
    """The first headline-like header line after character `after`: the title when the line above it turned out
    to be the issuer's name."""
    lines = [line for line in header_lines(text) if line.start > after]
    used = {(i.start, i.end) for i in read_header(text) if i.field != "title"}
    for line in lines:
        taken = any(line.start <= start < line.end for start, _ in used)
        if not taken and len(line.text.split()) >= 3 and _headline(line.text) and not is_not_issuer(line.text):
            return Inferred("title", line.text, line.start, line.end, "headline under the letterhead")
    return None


def _headline(text: str) -> bool:
    """A headline is short and ends without a full stop; a line that ends with one is a sentence of the body."""
    return len(text) <= 200 and not text.rstrip().endswith(".")
