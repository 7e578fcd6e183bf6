"""A header's lines: where each stands in the text, where the header ends, and which line is body text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reconcile.model import Inferred

HEADER_CHARS = 1500
"""Headers end well before this; a body sentence further down is never read as a header."""
BODY_WORDS = 16
"""A line this long with a sentence end is body text, not a header line."""
HEADLINE_WORDS = 30
"""Most words of a headline, which ends with no sentence end however long it runs."""
SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", "’", ")", ":", ";", "…")


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


def header_lines(text: str) -> list[Line]:
    """The lines before the first body paragraph: where a letterhead can stand."""
    lines: list[Line] = []
    for line in lines_of(text):
        if is_body(line.text):
            break
        lines.append(line)
    return lines


def lines_of(text: str) -> Iterator[Line]:
    offset = 0
    for raw in text[:HEADER_CHARS].split("\n"):
        stripped = _MARKS.sub("", raw)
        if stripped:
            lead = len(raw) - len(raw.lstrip("#>*_ \t"))
            yield Line(stripped, offset + lead, raw.strip().startswith(("**", "__")))
        offset += len(raw) + 1


def is_body(text: str) -> bool:
    words = text.split()
    if len(words) < BODY_WORDS and _quoted_headline(text):
        return False  # "\"We did not refuse help. We begged for it.\"": an interview's headline quotes its subject
    ended = text.rstrip().endswith(SENTENCE_ENDS)
    if len(words) >= BODY_WORDS and not ended and len(words) < HEADLINE_WORDS:
        return False  # "Seven aid workers killed in strike on convoy in Gaza; Israel says it is reviewing": a headline
    return len(words) >= BODY_WORDS or (len(words) >= 8 and text.rstrip().endswith((".", "!", "?", '"', "”")))


def _quoted_headline(text: str) -> bool:
    """The line is one quotation and nothing else: a feature's or an interview's headline."""
    stripped = text.strip()
    inner = stripped[1:-1]
    return (len(stripped) > 2 and stripped[0] in "\"“" and stripped[-1] in "\"”"
            and not any(mark in inner for mark in "\"“”"))


def header_part(lines: list[Line]) -> list[Line]:
    """The lines before the first body line."""
    part: list[Line] = []
    for line in lines:
        if is_body(line.text):
            break
        part.append(line)
    return part


def inferred_span(
    line: Line, match: re.Match, group: str, field: str, rule: str, *, value: str | None = None
) -> Inferred:
    start, end = line.start + match.start(group), line.start + match.end(group)
    return Inferred(field, value if value is not None else match.group(group).strip(), start, end, rule)
