"""Where the quotation marks are: the regions of a text inside them.

This scans characters rather than tokens because quote marks are typography, not words: the tokenizer sometimes
glues a straight quote to a word ("said,\"We") and the parser gives them no reliable role.
"""

from __future__ import annotations

OPENING = {"“": "”", "„": "”", "«": "»", "‟": "”"}
CLOSING = {"”", "»"}
STRAIGHT = '"'


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the text inside each pair of double quotes, marks excluded.

    A quote left open at the end of a paragraph closes there: news style reopens a long quote in each paragraph
    and closes it only in the last one.
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    text = text.replace("``", "\u201c ").replace("''", ' "')  # NYT-style marks, replaced at the same length
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None and text[i + 1 : i + 2] == "\n":
            _close(regions, text, open_at, i)
            open_at = None
        elif open_at is None and (ch in OPENING or ch == STRAIGHT):
            open_at = i + 1
        elif open_at is not None and (ch in CLOSING or ch == STRAIGHT):
            _close(regions, text, open_at, i)
            open_at = None
        elif open_at is not None and ch in OPENING:
            open_at = i + 1  # a stray opening mark: the earlier one was never closed
    if open_at is not None:
        _close(regions, text, open_at, len(text))
    return regions


def _close(regions: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        regions.append((start, end))
