"""A night given by the two days it spans ("the night of Saturday to Sunday", "overnight Saturday into Sunday", "the
night of 1 to 2 July"): the event's day is the later one, the day its hours after midnight fall in.

The NER tags such a night as a time running into the first day ("the night of Saturday to") and leaves the second
untagged or tags it alone; read alone, either day could be taken, and the first is wrong for an event after midnight.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

NIGHT_WORDS = frozenset({"night", "overnight"})
"""A night's words; "the early hours of Sunday" names one day and is read as that day."""
LINKS = frozenset({"to", "into", "and", "-", "–"})
"""The words between the two days ("Saturday to Sunday", "1-2 July")."""
WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
MONTHS = frozenset(month.lower() for month in calendar.month_name if month)


@dataclass(frozen=True)
class Night:
    """A night's words (`tokens`, "night of Saturday to Sunday") and the later day as written ("Sunday", "2 July")."""

    tokens: list[Token]
    later: str


def nights(span: Span) -> Iterator[Night]:
    """Each night in `span` given by the two days it spans."""
    doc = span.doc
    for token in span:
        if token.lower_ not in NIGHT_WORDS:
            continue
        i = token.i + 1 + (token.i + 1 < span.end and doc[token.i + 1].lower_ == "of")
        first = _day_at(span, i)
        if first is None or first >= span.end or doc[first].lower_ not in LINKS:
            continue
        second = _day_at(span, first + 1)
        if second is None:
            continue
        month = doc[first - 1].lower_ not in WEEKDAYS and (second >= span.end or doc[second].lower_ not in MONTHS)
        if month:
            continue  # "the night of 1 to ..." with no month after the second day is no date
        end = second + (second < span.end and doc[second].lower_ in MONTHS)
        later = doc[first + 1 : end].text
        yield Night(list(doc[token.i : end]), later)


def _day_at(span: Span, i: int) -> int | None:
    """The index after a weekday ("Saturday") or a day of the month ("1") starting at `i`, else None."""
    if i >= span.end:
        return None
    word = span.doc[i]
    if word.lower_ in WEEKDAYS or (word.is_digit and 1 <= int(word.text) <= 31):
        return i + 1
    return None
