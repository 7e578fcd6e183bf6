"""Letterheads and document labels that name the issuer: "HARBOUR POLICE", "Statement by X on ...",
"Harbour Police — press statement, 9 May 2021", "Report | Coastal Rights Watch | March 2024"."""

from __future__ import annotations

import functools
import re

from reconcile.ingest.header_dates import DATE, dates_in
from reconcile.ingest.header_layout import Line, header_part, inferred_span
from reconcile.ingest.header_words import (
    document_labels,
    has_organisation_word,
    is_label_line,
    is_not_issuer,
    is_outlet,
    is_place_name,
    name_shaped,
    title_case,
)
from reconcile.model import Inferred
from reconcile.resources import lexicon

NAME_UNDER_LABEL = "name under a document label"
"""The rule of a mixed-case letterhead ("NEWS RELEASE" over "Dunmore County Sheriff's Office"), which a title-case
headline also matches: `reconcile.nlp.statements.name_issuers` drops it when the parse finds a verb in it."""


def statement_label(line: Line) -> list[Inferred]:
    """"Harbour Police — press statement, 9 May 2021", "Statement by X on ...", "Press release, 9 May 2021"."""
    found: list[Inferred] = []
    if labelled := _labelled_by(line) or _label_acronym(line) or _piped_issuer(line):
        found.append(labelled)
    elif (label := _label_at(line.text)) is not None:
        issuer = line.text[:label].rstrip(" -–—|:,")
        named = issuer and ":" not in issuer and issuer.split()[-1].lower() not in {"a", "an", "the", "our", "this"}
        if named and issuer[0].isupper() and len(issuer.split()) <= 10 and issuer.lower() not in document_labels():
            credit = issuer.split()[-1].lower() in _staff_words() and line.text[label:].lower().startswith("report")
            outlet = re.sub(r"\s+\S+$", "", issuer) if credit else ""
            value, rule = (outlet, "outlet credit") if outlet else (issuer, "issuer — label")
            found.append(Inferred("publisher", title_case(value), line.start, line.start + len(value), rule))
        elif not issuer and not DATE.search(line.text):
            return []
    else:
        return []
    found += dates_in(line, "header date")
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
        if has_organisation_word(more.group("body")) and not DATE.search(more.group("body")):
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
    if not match or not is_label_line(line.text[: match.start()]) or DATE.fullmatch(match.group("name")):
        return None
    return inferred_span(line, match, "name", "publisher", "label (issuer)")


def _piped_issuer(line: Line) -> Inferred | None:
    """"Report | Coastal Rights Watch | March 2024": in a line of parts, one a label, the named part is the issuer."""
    parts = [(m.start(), m.group().strip()) for m in re.finditer(r"[^|]+", line.text)]
    if len(parts) < 2 or not any(is_label_line(text) for _, text in parts):
        return None
    for at, text in parts:
        text = text.strip("*_ ")  # "**World Central Kitchen (WCK)** | Statement": Markdown's bold is no part of it
        if text and text[0].isupper() and not is_label_line(text) and not re.search(r"\d", text) and (
                has_organisation_word(text) or name_shaped(text)) and len(text.split()) <= 8:
            at = at + line.text[at:].index(text)
            return Inferred("publisher", text, line.start + at, line.start + at + len(text), "issuer | label")
    return None


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


def letterhead(line: Line, index: int, lines: list[Line]) -> list[Inferred]:
    """A short line in capitals or bold that holds an organisation's head word, or "X, 3 June 2024" / "X | date"."""
    words = line.text.split()
    if len(words) > 12 or is_not_issuer(line.text):
        return []
    date_match = DATE.search(line.text)
    name = line.text[: date_match.start()].rstrip(" ,|–—-*_") if date_match else line.text
    name = name.split(" | ")[0].rstrip(" *_")  # "**Amnesty International** | Index: AMR 46/6761/2023": its first part
    name = re.sub(r"\s*\([A-Z]{2,}\)$", "", name)  # "Wadi Kharun Medical Relief (WKMR)": the acronym is an alias
    shaped = line.text.isupper() or line.bold or (date_match is not None and name != line.text)
    under_label = name_shaped(name) and any(is_label_line(other.text) for other in header_part(lines))
    if not name or not (shaped or under_label) or not (has_organisation_word(name) or is_outlet(name)) or index > 5:
        return []
    lead = _issuing_prefix(name)
    name = name[lead:]
    rule = "letterhead" if has_organisation_word(name) else "outlet line"  # "Caspian Review, 27 December"
    rule = NAME_UNDER_LABEL if under_label and not shaped else rule
    found = [Inferred("publisher", title_case(name), line.start + lead, line.start + lead + len(name), rule)]
    return found + dates_in(line, "header date")


def _issuing_prefix(name: str) -> int:
    """Characters of "ISSUED BY THE " / "From the desk of the " before a letterhead's name (headers.toml)."""
    for prefix in sorted(lexicon("headers")["issuing_prefixes"], key=len, reverse=True):
        if match := re.match(rf"{re.escape(prefix)}\s+(?:the\s+)?(?=[A-Z])", name, re.I):
            return match.end()
    return 0


def _label_at(text: str) -> int | None:
    """Where a document label ("press statement") starts in `text`, when it ends the issuer part of the line."""
    span = _label_span(text)
    return span[0] if span else None


def _label_span(text: str) -> tuple[int, int] | None:
    """The label's characters, when what follows it is nothing, a date, "issued ...", or a place and a date
    ("interview, Malakasa camp, 21 June")."""
    for label in document_labels():
        for match in re.finditer(rf"(?:^|[\s\-–—|:,])({re.escape(label)})\b", text, re.I):
            rest = text[match.end(1):].strip(" ,.-–—|:")
            if not rest or DATE.match(rest) or rest.lower().startswith(("issued", "dated")) or _place_date(rest):
                return match.start(1), match.end(1)
    return None


def _place_date(text: str) -> re.Match | None:
    """"Bhubaneswar, 4 June 2023" after a label: the place the document was issued from, then its date."""
    match = re.match(rf"(?P<place>[A-Z][^,\d]{{1,40}}?),\s*(?P<date>{DATE.pattern})\s*$", text, re.I)
    return match if match and is_place_name(match.group("place")) else None


@functools.cache
def _staff_words() -> frozenset[str]:
    return frozenset(lexicon("headers")["staff_words"])
