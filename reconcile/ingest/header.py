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
from datetime import date, datetime
from typing import Any

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
    rf"|(?P<y3>\d{{4}})-\d{{2}}-\d{{2}}|\b\d{{1,2}}\.\d{{1,2}}\.(?P<y4>\d{{4}})\b)",
    re.I,
)
"""Calendar shapes only (the month names are the calendar's, not a word list): "9 May 2021", "March 4, 2019",
"2021-05-09", and the day-first "09.05.2021" of European and South Asian notices (dots are never month-first)."""
DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
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
FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(?P<value>\S.{0,80})$")
BYLINE = re.compile(
    r"^(?:(?P<label>[A-Za-z]+(?:\s+[a-z]+)?)\s+)?(?i:by)\s+(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,4}))?"
)
""""By Jane Doe", "Interview by Jane Doe for the Verano Post", "Reporting by Jane Doe"."""
STATEMENT_BY = re.compile(r"^(?:\w+\s+)?statement\s+(?:by|from|of)\s+(?:the\s+)?(?P<name>[A-Z][^,:;|\n]*?)"
                          r"(?=\s+(?:on|regarding|about|concerning|following)\s|\s*[,:;|]|\s*$)", re.I)
SAID_IN_STATEMENT = re.compile(r"(?:^|(?<=[.!?]\s))(?i:the\s+)?(?P<name>[A-Z][\w'’&.\-]*(?:\s+(?:of|for|and|the|[A-Z]"
                               r"[\w'’&.\-]*))*)\s+said\s+in\s+a\s+(?:\w+\s+)?statement\s+(?:issued|released|published)")
NAME_UNDER_LABEL = "name under a document label"
"""The rule of a mixed-case letterhead ("NEWS RELEASE" over "Dunmore County Sheriff's Office"), which a title-case
headline also matches: `reconcile.nlp.statements.name_issuers` drops it when the parse finds a verb in it."""
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
            found += _said_in_statement(line) or _press_service_informs(line) or _told_outlet(line)
            break
        found += (_field_line(line) or _byline(line) or _agency_line(line) or _statement_label(line)
                  or _letterhead(line, i, lines) or _dated_line(line))
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


def complete_years(documents: list[Document]) -> list[Document]:
    """Year-less header dates ("NERASI, April 18 (Meridian) -") get the year that puts them nearest the newest
    other document's date: a follow-up weeks later ("July 10" beside accounts of 2 July 2024) is of the same year,
    one dated "Jan 3" beside accounts of late December is of the next. A follow-up's own days never become the
    event's: the dateline's date is the document's (`when.find_when` skips it), and "on Friday" in it resolves
    against that date."""
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
    try:
        candidates = [date(year, month, day) for year in (newest.year - 1, newest.year, newest.year + 1)]
    except ValueError:  # 29 February in a year without one
        return document
    full = min(candidates, key=lambda d: abs((d - newest).days)).isoformat()
    completed = replace(partial, value=full, rule=f"{partial.rule}, the year nearest the newest other document")
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
    if len(words) < BODY_WORDS and _quoted_headline(text):
        return False  # "\"We did not refuse help. We begged for it.\"": an interview's headline quotes its subject
    return len(words) >= BODY_WORDS or (len(words) >= 8 and text.rstrip().endswith((".", "!", "?", '"', "”")))


def _quoted_headline(text: str) -> bool:
    """The line is one quotation and nothing else: a feature's or an interview's headline."""
    stripped = text.strip()
    inner = stripped[1:-1]
    return (len(stripped) > 2 and stripped[0] in "\"“" and stripped[-1] in "\"”"
            and not any(mark in inner for mark in "\"“”"))


def _dateline(line: Line) -> list[Inferred]:
    """"TRIPOLI, Libya, March 4, 2019 (Reuters) - ", "GENEVA (12 September 2023) - ", "Geneva, 12 September 2023 - "."""
    match = DATELINE.match(line.text)
    if not match or not (match.group("date") or match.group("agency")) or not _caps_place(match.group("place")):
        return _mixed_dateline(line)
    place = ", ".join(_title_case(part) for part in match.group("place").split(","))
    found = [_span(line, match, "place", "place", "dateline", value=place)]
    agency = match.group("agency")
    if agency and DATE.fullmatch(agency.strip()):
        found += _date(line, match.start("agency"), agency.strip(), "dateline date")  # "GENEVA (12 May 2023) -"
    elif agency:
        found.append(_span(line, match, "agency", "publisher", "dateline agency"))
    if match.group("date"):
        found += _date(line, match.start("date"), match.group("date"), "dateline date")
    return found


def _mixed_dateline(line: Line) -> list[Inferred]:
    match = DATELINE_MIXED.match(line.text)
    if not match or not _is_place_name(match.group("place")):
        return []
    group = "date" if match.group("date") else "pdate"
    return [_span(line, match, "place", "place", "dateline")] + _date(
        line, match.start(group), match.group(group), "dateline date")


def _field_line(line: Line) -> list[Inferred]:
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
        return _dates_in(line, f"'{match.group('key')}:' field")
    value = re.sub(r"^the\s+", "", match.group("value").strip(" *_.,"), flags=re.I)
    if not value or not value[0].isupper() or len(value.split()) > 10:
        return []
    at = line.text.index(value, match.start("value"))
    return [Inferred(field, value, line.start + at, line.start + at + len(value), f"'{match.group('key')}:' field")]


def _byline(line: Line) -> list[Inferred]:
    """"By Jane Doe" and "Interview by Jane Doe for the Verano Post, 5 July": the author, and the outlet she
    works for, which issues the piece; the words before "by" are a byline's ("interview", "reporting"), never a
    label of the document ("Statement by the ministry" names an issuer)."""
    match = BYLINE.match(line.text)
    label = (match.group("label") or "").lower() if match else ""
    if not match or len(line.text.split()) > 12 or (label and label not in lexicon("headers")["byline_words"]):
        return []
    found = [_span(line, match, "name", "author", "byline")]
    if match.group("outlet"):
        found.append(_span(line, match, "outlet", "publisher", "byline outlet"))
    elif credit := re.match(r",\s*(?P<credit>[A-Z][\w'’&.\- ]{1,40}?)\s*$", line.text[match.end():]):
        if _is_agency(credit.group("credit")) or _is_outlet(credit.group("credit")):  # "By Jane Doe, Reuters"
            at = match.end() + credit.start("credit")
            value = credit.group("credit")
            found.append(Inferred("publisher", value, line.start + at, line.start + at + len(value), "byline outlet"))
    return found + _dates_in(line, "byline date")


def _agency_line(line: Line) -> list[Inferred]:
    """"Associated Press" on its own line under a byline: the wire agency that issued the story."""
    name = line.text.strip(" -–—()")
    if not _is_agency(name):
        return []
    at = line.text.index(name)
    return [Inferred("publisher", name, line.start + at, line.start + at + len(name), "agency credit")]


def _statement_label(line: Line) -> list[Inferred]:
    """"Harbour Police — press statement, 9 May 2021", "Statement by X on ...", "Press release, 9 May 2021"."""
    found: list[Inferred] = []
    if labelled := _labelled_by(line) or _label_acronym(line) or _piped_issuer(line):
        found.append(labelled)
    elif (label := _label_at(line.text)) is not None:
        issuer = line.text[:label].rstrip(" -–—|:,")
        named = issuer and ":" not in issuer and issuer.split()[-1].lower() not in {"a", "an", "the", "our", "this"}
        if named and issuer[0].isupper() and len(issuer.split()) <= 10 and issuer.lower() not in _labels():
            credit = issuer.split()[-1].lower() in _staff_words() and line.text[label:].lower().startswith("report")
            outlet = re.sub(r"\s+\S+$", "", issuer) if credit else ""
            value, rule = (outlet, "outlet credit") if outlet else (issuer, "issuer — label")
            found.append(Inferred("publisher", _title_case(value), line.start, line.start + len(value), rule))
        elif not issuer and not DATE.search(line.text):
            return []
    else:
        return []
    found += _dates_in(line, "header date")
    return found + _label_place(line)


def _labelled_by(line: Line) -> Inferred | None:
    """"Statement by X on ...", "Statement attributed to the Spokesperson for X", "Briefing notes by the spokesperson
    for OHCHR, Marta Hurtado", "Message of the press center of the State Emergency Service": a document's kind word,
    "by"/"from"/"of"/"attributed to", then who issues it; a press office or spokesperson speaks for the body named
    after it, and a name after a comma stays only when it is a body ("the Medical Director, St Aldric's Hospital")."""
    match = _LABELLED_BY().match(line.text)
    if not match:
        return None
    name, start = _without_press_office(match.group("name"), match.start("name"))
    rest = line.text[match.end("name"):]
    if more := re.match(r",\s*(?P<body>[A-Z][^,:;|\n]*?)\s*$", rest):
        if _has_organisation_word(more.group("body")) and not DATE.search(more.group("body")):
            name += rest[: more.end("body")]
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if not any(word[0].isupper() for word in name.split()):
        return None  # "Statement of facts" names no one; "Statement from the family of Amir Haddad" does
    at = line.text.index(name, start)
    return Inferred("publisher", name, line.start + at, line.start + at + len(name), "statement by")


@functools.cache
def _LABELLED_BY() -> re.Pattern[str]:
    heads = "|".join(re.escape(w) for w in lexicon("headers")["label_heads"])
    return re.compile(rf"^(?:(?:[\w'’]+\s+){{0,2}}?(?:{heads})\s+(?:by|from|of|attributed\s+to)"
                      r"|from\s+the\s+(?:desk|office)\s+of)\s+(?:the\s+)?"
                      r"(?P<name>[A-Z][^,:;|\n]*?)(?=\s+(?:on|regarding|about|concerning|following|to)\s|\s*[,:;|]|\s*$)",
                      re.I)


def _without_press_office(name: str, start: int) -> tuple[str, int]:
    """"spokesperson for OHCHR" -> "OHCHR": who speaks for a body is not the body (headers.toml [press_offices])."""
    offices = lexicon("headers")["press_offices"] + lexicon("headers")["spokespersons"]
    for office in sorted(offices, key=len, reverse=True):
        if match := re.match(rf"(?:the\s+)?{re.escape(office)}\s+(?:of|for|to)\s+(?:the\s+)?(?=\S)", name, re.I):
            return name[match.end():], start + match.end()
    return name, start


def _label_acronym(line: Line) -> Inferred | None:
    """"Flash Update #3 (OCHA)", "Situation report No. 4 (IFRC)": a label line that ends with its issuer in brackets."""
    match = re.search(r"\((?P<name>[A-Z][\w&.\- ]{1,30})\)\s*$", line.text)
    if not match or not _is_label_line(line.text[: match.start()]) or DATE.fullmatch(match.group("name")):
        return None
    return _span(line, match, "name", "publisher", "label (issuer)")


def _piped_issuer(line: Line) -> Inferred | None:
    """"Report | Coastal Rights Watch | March 2024": in a line of parts, one a label, the named part is the issuer."""
    parts = [(m.start(), m.group().strip()) for m in re.finditer(r"[^|]+", line.text)]
    if len(parts) < 2 or not any(_is_label_line(text) for _, text in parts):
        return None
    for at, text in parts:
        if text and text[0].isupper() and not _is_label_line(text) and not re.search(r"\d", text) and (
                _has_organisation_word(text) or _name_shaped(text)) and len(text.split()) <= 8:
            at = at + line.text[at:].index(text)
            return Inferred("publisher", text, line.start + at, line.start + at + len(text), "issuer | label")
    return None


def _is_label_line(text: str) -> bool:
    """The line names only a kind of document ("PRESS RELEASE — FOR IMMEDIATE RELEASE", "Communiqué No. 12"):
    no headline, and no issuer."""
    rest = re.sub(r"\b(?:no|n°|nr|number)\.?\s*\d+\b|#\s*\d+|\d+", " ", text.lower())
    for label in _labels():
        rest = re.sub(rf"(?:^|(?<=[\s\-–—|:,.]))({re.escape(label)})\b", " ", rest)
    return bool(text.strip()) and not re.search(r"\w", rest)


def _name_shaped(text: str) -> bool:
    """Every word capitalised but the small ones: "Dunmore County Sheriff's Office", "General Staff of the Armed
    Forces" (a headline in sentence case is not: "Boil-water notice lifted in eastern districts")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]
    small = {"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le", "el", "al", "y", "et", "di"}
    return bool(words) and all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


def _label_place(line: Line) -> list[Inferred]:
    """"Press note - Bhubaneswar, 4 June 2023": the place between the label and the date."""
    span = _label_span(line.text)
    rest = line.text[span[1]:] if span else ""
    stripped = rest.lstrip(" ,.-–—|:")
    match = _place_date(stripped.rstrip())
    if span is None or match is None:
        return []
    at = span[1] + len(rest) - len(stripped) + match.start("place")
    place = match.group("place")
    return [Inferred("place", place, line.start + at, line.start + at + len(place), "label place")]


def _letterhead(line: Line, index: int, lines: list[Line]) -> list[Inferred]:
    """A short line in capitals or bold that holds an organisation's head word, or "X, 3 June 2024" / "X | date"."""
    words = line.text.split()
    if len(words) > 12 or _is_not_issuer(line.text):
        return []
    date_match = DATE.search(line.text)
    name = line.text[: date_match.start()].rstrip(" ,|–—-*_") if date_match else line.text
    name = re.sub(r"\s*\([A-Z]{2,}\)$", "", name)  # "Wadi Kharun Medical Relief (WKMR)": the acronym is an alias
    shaped = line.text.isupper() or line.bold or (date_match is not None and name != line.text)
    under_label = _name_shaped(name) and any(_is_label_line(other.text) for other in _header_part(lines))
    if not name or not (shaped or under_label) or not (_has_organisation_word(name) or _is_outlet(name)) or index > 5:
        return []
    lead = _issuing_prefix(name)
    name = name[lead:]
    rule = "letterhead" if _has_organisation_word(name) else "outlet line"  # "Caspian Review, 27 December"
    rule = NAME_UNDER_LABEL if under_label and not shaped else rule
    found = [Inferred("publisher", _title_case(name), line.start + lead, line.start + lead + len(name), rule)]
    return found + _dates_in(line, "header date")


def _header_part(lines: list[Line]) -> list[Line]:
    """The lines before the first body line."""
    part: list[Line] = []
    for line in lines:
        if _is_body(line.text):
            break
        part.append(line)
    return part


def _issuing_prefix(name: str) -> int:
    """Characters of "ISSUED BY THE " / "From the desk of the " before a letterhead's name (headers.toml)."""
    for prefix in sorted(lexicon("headers")["issuing_prefixes"], key=len, reverse=True):
        if match := re.match(rf"{re.escape(prefix)}\s+(?:the\s+)?(?=[A-Z])", name, re.I):
            return match.end()
    return 0


def _dated_line(line: Line) -> list[Inferred]:
    """A short line that dates the document: "18 April 2024", "Issued: 22 May 2024", "Beit Seraj, 12 February 2024",
    "News code 1043 - 3 Mehr 1401 (25 September 2022)" (numbers and codes are no words of a sentence)."""
    match = DATE.search(line.text)
    if match is None or len(_words(line.text[: match.start()] + " " + line.text[match.end():])) > 4:
        return []  # "Preliminary statement: Karsa election, 2 June 2024" dates the election, not the document
    found = _dates_in(line, "header date")
    place = line.text[: match.start()].rstrip(" ,")
    if found and _is_place_name(place):
        found.append(Inferred("place", place, line.start, line.start + len(place), "header place"))
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’]*", text)


def _is_place_name(text: str) -> bool:
    """"Beit Seraj" before a date is where the document was written; "Issued", "Updated 3 May" are not places."""
    return bool(text) and text[0].isupper() and len(text.split()) <= 4 and ":" not in text and not re.search(
        r"\d|issued|updated|release|published", text, re.I
    )


def _said_in_statement(line: Line) -> list[Inferred]:
    match = SAID_IN_STATEMENT.search(line.text)
    if not match or not _has_organisation_word(match.group("name")):
        return []
    return [_span(line, match, "name", "publisher", "said in a statement issued")] + _dates_in(line, "statement date")


def _press_service_informs(line: Line) -> list[Inferred]:
    """"The press service of the Ministry of Emergency Situations informs that ...": a translated notice opens by
    naming the office that speaks for its issuer (headers.toml [press_offices], [informing_verbs])."""
    offices = "|".join(re.escape(w) for w in sorted(lexicon("headers")["press_offices"], key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in lexicon("headers")["informing_verbs"])
    match = re.match(rf"(?i:the\s+)?(?i:{offices})\s+(?i:of|for)\s+(?i:the\s+)?(?P<name>[A-Z][^,;:\n]{{2,80}}?)"
                     rf"\s+(?i:{verbs})\b", line.text)
    if not match or not _has_organisation_word(match.group("name")):
        return []
    return [_span(line, match, "name", "publisher", "press service informs")]


def _told_outlet(line: Line) -> list[Inferred]:
    """"Mayor Jon Ellis told the Northgate Herald in an interview": the lead names the outlet that did the
    interview, which publishes it."""
    match = re.search(r"\btold\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.\-]*(?:\s+[A-Z][\w'’&.\-]*){0,4})\s+in\s+an?\s+"
                      r"(?:\w+\s+)?interview", line.text)
    if not match or not (_is_outlet(match.group("name")) or _is_agency(match.group("name"))):
        return []
    return [_span(line, match, "name", "publisher", "told in an interview")]


def _title(lines: list[Line], found: list[Inferred]) -> Inferred | None:
    """The first header line no other rule used (the headline), else the first line when it is short."""
    used = {(i.start, i.end) for i in found}
    for line in lines:
        if _is_body(line.text):
            break
        taken = any(line.start <= start < line.end for start, _ in used)
        if (not taken and len(line.text.split()) >= 3 and not _is_not_issuer(line.text) and _headline(line.text)
                and not _is_label_line(line.text)):
            return Inferred("title", line.text, line.start, line.end, "headline")
    if (lines and _headline(lines[0].text) and not any(i.start < lines[0].end for i in found)
            and not _is_label_line(lines[0].text)):
        return Inferred("title", lines[0].text, lines[0].start, lines[0].end, "first line")
    return None


def next_title(text: str, after: int) -> Inferred | None:
    """The first headline-like header line after character `after`: the title when the line above it turned out
    to be the issuer's name."""
    lines = [line for line in header_lines(text) if line.start > after]
    used = {(i.start, i.end) for i in read_header(text) if i.field != "title"}
    for line in lines:
        taken = any(line.start <= start < line.end for start, _ in used)
        if not taken and len(line.text.split()) >= 3 and _headline(line.text) and not _is_not_issuer(line.text):
            return Inferred("title", line.text, line.start, line.end, "headline under the letterhead")
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


def _label_at(text: str) -> int | None:
    """Where a document label ("press statement") starts in `text`, when it ends the issuer part of the line."""
    span = _label_span(text)
    return span[0] if span else None


def _label_span(text: str) -> tuple[int, int] | None:
    """The label's characters, when what follows it is nothing, a date, "issued ...", or a place and a date
    ("interview, Malakasa camp, 21 June")."""
    for label in _labels():
        for match in re.finditer(rf"(?:^|[\s\-–—|:,])({re.escape(label)})\b", text, re.I):
            rest = text[match.end(1):].strip(" ,.-–—|:")
            if not rest or DATE.match(rest) or rest.lower().startswith(("issued", "dated")) or _place_date(rest):
                return match.start(1), match.end(1)
    return None


def _place_date(text: str) -> re.Match | None:
    """"Bhubaneswar, 4 June 2023" after a label: the place the document was issued from, then its date."""
    match = re.match(rf"(?P<place>[A-Z][^,\d]{{1,40}}?),\s*(?P<date>{DATE.pattern})\s*$", text, re.I)
    return match if match and _is_place_name(match.group("place")) else None


@functools.cache
def _staff_words() -> frozenset[str]:
    return frozenset(lexicon("headers")["staff_words"])


@functools.cache
def _labels() -> tuple[str, ...]:
    return tuple(sorted(lexicon("headers")["labels"], key=len, reverse=True))


def has_organisation_word(text: str) -> bool:
    """The text holds an issuing body's head word ("ministry", "police", "council")."""
    return _has_organisation_word(text)


def _has_organisation_word(text: str) -> bool:
    lowered = f" {text.lower()} "
    return any(f" {w} " in re.sub(r"[^\w\s]", " ", lowered) for w in lexicon("headers")["organisation_words"])


def _is_outlet(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and name[0].isupper() and words[-1].strip(".,") in lexicon("headers")["outlet_words"]


def _is_agency(name: str) -> bool:
    return name.strip().lower() in lexicon("headers")["agencies"]


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
    titled = " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return re.sub(r"/(\w)", lambda m: "/" + m.group(1).upper(), titled)  # "KOLKATA/BALASORE": two places


def _span(line: Line, match: re.Match, group: str, field: str, rule: str, *, value: str | None = None) -> Inferred:
    start, end = line.start + match.start(group), line.start + match.end(group)
    return Inferred(field, value if value is not None else match.group(group).strip(), start, end, rule)
