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

import functools
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from reconcile.model import Document, Inferred
from reconcile.resources import lexicon

HEADER_CHARS = 1500
"""Headers end well before this; a body sentence further down is never read as a header."""
BODY_WORDS = 16
"""A line this long with a sentence end is body text, not a header line."""

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE = re.compile(
    rf"{_WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<y3>\d{{4}})-\d{{2}}-\d{{2}})",
    re.I,
)
"""Calendar shapes only (the month names are the calendar's, not a word list): "9 May 2021", "March 4, 2019"."""
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\- ]*[A-Z](?:,\s*[A-Z][A-Za-z'’.\- ]+?)?)"
    rf"(?:,\s*(?P<date>{DATE.pattern}))?\s*(?:\((?P<agency>[^()\n]{{2,40}})\)\s*)?[-–—]{{1,2}}\s",
)
BYLINE = re.compile(r"^by\s+(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})", re.I)
STATEMENT_BY = re.compile(r"^(?:\w+\s+)?statement\s+(?:by|from|of)\s+(?:the\s+)?(?P<name>[A-Z][^,:;|\n]*?)"
                          r"(?=\s+(?:on|regarding|about|concerning|following)\s|\s*[,:;|]|\s*$)", re.I)
SAID_IN_STATEMENT = re.compile(r"(?:^|(?<=[.!?]\s))(?i:the\s+)?(?P<name>[A-Z][\w'’&.\-]*(?:\s+(?:of|for|and|the|[A-Z]"
                               r"[\w'’&.\-]*))*)\s+said\s+in\s+a\s+(?:\w+\s+)?statement\s+(?:issued|released|published)")
_MARKS = re.compile(r"^[#>*_\s]+|[*_\s]+$")


@dataclass(frozen=True)
class Line:
    """One line of the header with its place in the text; `text` is without Markdown marks."""

    text: str
    start: int
    bold: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def read_header(text: str) -> tuple[Inferred, ...]:
    """Every header field found in `text`, first rule first: the first value of a field is the one used."""
    lines = list(_lines(text))
    found: list[Inferred] = []
    for i, line in enumerate(lines):
        body = _is_body(line.text)
        found += _dateline(line)
        if body:
            found += _said_in_statement(line)
            break
        found += _byline(line) or _statement_label(line) or _letterhead(line, i, lines) or _dated_line(line)
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
    fields = {f: i.value for f, i in chosen.items() if f in Document.__dataclass_fields__}
    return replace(document, **fields, inferred=document.inferred + tuple(chosen.values()))


def complete_years(documents: list[Document]) -> list[Document]:
    """Year-less header dates ("NERASI, April 18 (Meridian) -") get the year that puts them nearest the other
    documents' dates, never after the newest of them: a dateline's date is the day of publication."""
    known = [d.published[:10] for d in documents if d.published and re.match(r"\d{4}-\d{2}-\d{2}", d.published)]
    if not known:
        return documents
    newest = date.fromisoformat(max(known))
    return [_with_year(d, newest) for d in documents]


def _with_year(document: Document, newest: date) -> Document:
    partial = next((i for i in document.inferred if i.field == "published" and i.value.startswith("--")), None)
    if partial is None or document.published is not None:
        return document
    month, day = int(partial.value[2:4]), int(partial.value[5:7])
    year = newest.year
    try:
        if date(year, month, day) > newest + timedelta(days=2):
            year -= 1
        full = date(year, month, day).isoformat()
    except ValueError:  # 29 February in a year without one
        return document
    completed = replace(partial, value=full, rule=f"{partial.rule}, year of the newest other document")
    inferred = tuple(completed if i is partial else i for i in document.inferred)
    return replace(document, published=full, inferred=inferred)


def header_lines(text: str) -> list[Line]:
    """The lines before the first body paragraph: where a letterhead can stand."""
    lines: list[Line] = []
    for line in _lines(text):
        if _is_body(line.text):
            break
        lines.append(line)
    return lines


def _lines(text: str) -> Iterator[Line]:
    offset = 0
    for raw in text[:HEADER_CHARS].split("\n"):
        stripped = _MARKS.sub("", raw)
        if stripped:
            lead = len(raw) - len(raw.lstrip("#>*_ \t"))
            yield Line(stripped, offset + lead, raw.strip().startswith(("**", "__")))
        offset += len(raw) + 1


def _is_body(text: str) -> bool:
    words = text.split()
    return len(words) >= BODY_WORDS or (len(words) >= 8 and text.rstrip().endswith((".", "!", "?", '"', "”")))


def _dateline(line: Line) -> list[Inferred]:
    match = DATELINE.match(line.text)
    if not match or not (match.group("date") or match.group("agency")) or not _caps_place(match.group("place")):
        return []
    place = ", ".join(_title_case(part) for part in match.group("place").split(","))
    found = [_span(line, match, "place", "place", "dateline", value=place)]
    if match.group("agency"):
        found.append(_span(line, match, "agency", "publisher", "dateline agency"))
    if match.group("date"):
        found += _date(line, match.start("date"), match.group("date"), "dateline date")
    return found


def _byline(line: Line) -> list[Inferred]:
    match = BYLINE.match(line.text)
    if not match or len(line.text.split()) > 8:
        return []
    return [_span(line, match, "name", "author", "byline")] + _dates_in(line, "byline date")


def _statement_label(line: Line) -> list[Inferred]:
    """"Harbour Police — press statement, 9 May 2021", "Statement by X on ...", "Press release, 9 May 2021"."""
    found: list[Inferred] = []
    if match := STATEMENT_BY.match(line.text):
        found.append(_span(line, match, "name", "publisher", "statement by"))
    elif (label := _label_at(line.text)) is not None:
        issuer = line.text[:label].rstrip(" -–—|:,")
        if issuer and issuer[0].isupper() and len(issuer.split()) <= 10 and issuer.lower() not in _labels():
            found.append(Inferred("publisher", _title_case(issuer), line.start, line.start + len(issuer), "issuer — label"))
        elif not issuer and not DATE.search(line.text):
            return []
    else:
        return []
    found += _dates_in(line, "header date")
    return found


def _letterhead(line: Line, index: int, lines: list[Line]) -> list[Inferred]:
    """A short line in capitals or bold that holds an organisation's head word, or "X, 3 June 2024" / "X | date"."""
    words = line.text.split()
    if len(words) > 12 or _is_not_issuer(line.text):
        return []
    date_match = DATE.search(line.text)
    name = line.text[: date_match.start()].rstrip(" ,|–—-*_") if date_match else line.text
    name = re.sub(r"\s*\([A-Z]{2,}\)$", "", name)  # "Wadi Kharun Medical Relief (WKMR)": the acronym is an alias
    shaped = line.text.isupper() or line.bold or (date_match is not None and name != line.text)
    if not name or not shaped or not _has_organisation_word(name) or index > 4:
        return []
    found = [Inferred("publisher", _title_case(name), line.start, line.start + len(name), "letterhead")]
    return found + _dates_in(line, "header date")


def _dated_line(line: Line) -> list[Inferred]:
    """A short line that dates the document: "18 April 2024", "Issued: 22 May 2024", "Beit Seraj, 12 February 2024"."""
    match = DATE.search(line.text)
    if match is None or len((line.text[: match.start()] + line.text[match.end():]).split()) > 4:
        return []  # "Preliminary statement: Karsa election, 2 June 2024" dates the election, not the document
    found = _dates_in(line, "header date")
    place = line.text[: match.start()].rstrip(" ,") if match else ""
    if found and place and place[0].isupper() and len(place.split()) <= 4 and ":" not in place and not re.search(
        r"\d|issued|updated|release|published", place, re.I
    ):
        found.append(Inferred("place", place, line.start, line.start + len(place), "header place"))
    return found


def _said_in_statement(line: Line) -> list[Inferred]:
    match = SAID_IN_STATEMENT.search(line.text)
    if not match or not _has_organisation_word(match.group("name")):
        return []
    return [_span(line, match, "name", "publisher", "said in a statement issued")] + _dates_in(line, "statement date")


def _title(lines: list[Line], found: list[Inferred]) -> Inferred | None:
    """The first header line no other rule used (the headline), else the first line when it is short."""
    used = {(i.start, i.end) for i in found}
    for line in lines:
        if _is_body(line.text):
            break
        taken = any(line.start <= start < line.end for start, _ in used)
        if not taken and len(line.text.split()) >= 3 and not _is_not_issuer(line.text) and _headline(line.text):
            return Inferred("title", line.text, line.start, line.end, "headline")
    if lines and _headline(lines[0].text) and not any(i.start < lines[0].end for i in found):
        return Inferred("title", lines[0].text, lines[0].start, lines[0].end, "first line")
    return None


def _headline(text: str) -> bool:
    """A headline is short and ends without a full stop; a line that ends with one is a sentence of the body."""
    return len(text) <= 200 and not text.rstrip().endswith(".")


def _dates_in(line: Line, rule: str) -> list[Inferred]:
    match = DATE.search(line.text)
    return _date(line, match.start(), match.group(0), rule) if match else []


def _date(line: Line, at: int, text: str, rule: str) -> list[Inferred]:
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

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(
            re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text), languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": _LEAP_BASE},
        )
    return parsed.date() if parsed else None


_LEAP_BASE = datetime(2024, 12, 31)
"""A fixed leap year for year-less dates, so "29 February" parses and nothing depends on today's date."""


def _label_at(text: str, *, anywhere: bool = True) -> int | None:
    """Where a document label ("press statement") starts in `text`, when it ends the issuer part of the line."""
    for label in _labels():
        for match in re.finditer(rf"(?:^|[\s\-–—|:,])({re.escape(label)})\b", text, re.I):
            if match.start(1) == 0 or anywhere:
                rest = text[match.end(1):].strip(" ,.-–—|:")
                if not rest or DATE.match(rest) or rest.lower().startswith(("issued", "dated")):
                    return match.start(1)
    return None


@functools.cache
def _labels() -> tuple[str, ...]:
    return tuple(sorted(lexicon("headers")["labels"], key=len, reverse=True))


def _has_organisation_word(text: str) -> bool:
    lowered = f" {text.lower()} "
    return any(f" {w} " in re.sub(r"[^\w\s]", " ", lowered) for w in lexicon("headers")["organisation_words"])


def _is_not_issuer(text: str) -> bool:
    return text.strip().lower() in lexicon("headers")["not_issuers"]


def _caps_place(place: str) -> bool:
    head = place.split(",")[0]
    return sum(c.isalpha() for c in head) >= 3 and head.isupper()


def _title_case(text: str) -> str:
    """"NERASI CITY MUNICIPALITY" -> "Nerasi City Municipality"; text in mixed case is kept as written."""
    if not text.isupper():
        return text.strip()
    small = {"of", "and", "the", "for", "in", "on", "at", "to"}
    words = text.strip().lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _span(line: Line, match: re.Match, group: str, field: str, rule: str, *, value: str | None = None) -> Inferred:
    start, end = line.start + match.start(group), line.start + match.end(group)
    return Inferred(field, value if value is not None else match.group(group).strip(), start, end, rule)
