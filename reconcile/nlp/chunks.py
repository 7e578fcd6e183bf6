"""Long texts: parse in paragraph-aligned chunks and stitch them back into one Doc over the original text.

spaCy refuses a text longer than `nlp.max_length` (E088), and its parser's memory grows with the text it is
given: a 990,000-character article took 190 s and 4 GB in one piece (issue 19). A text longer than CHUNK_CHARS is
cut at paragraph breaks (else line breaks, sentence ends, spaces, and as a last resort anywhere) into pieces of at
most CHUNK_CHARS whose concatenation is the text itself; each piece is tagged, parsed and given its entities on
its own, the pieces are joined with `Doc.from_docs` (no whitespace added, so every character offset of the joined
Doc is the offset in the original text), and only then does the attribution component run, once, over the whole
Doc, so speakers carried from one paragraph to the next are still found across a cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

CHUNK_CHARS = 100_000
"""Longest piece given to spaCy's parser at once; well below max_length (1,000,000) so memory is bounded by it."""

ATTRIBUTION = "reconcile_attribution"
"""The component that needs the whole Doc (it resolves speakers across paragraphs); it runs after stitching."""

_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),  # a paragraph break
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"(?<=[.!?])\s+"),  # a sentence end
    re.compile(r"\s+"),  # any space
)
"""Where a text may be cut, best first: each match's end is a cut point, so the break stays with the piece before."""


def cut_points(text: str, limit: int = CHUNK_CHARS) -> list[int]:
    """Offsets at which `text` is cut into pieces of at most `limit` characters (the last one is len(text))."""
    points, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_cut(window)
        cut = start + (cut if cut > 0 else limit)
        points.append(cut)
        start = cut
    points.append(len(text))
    return points


def _last_cut(window: str) -> int:
    """The end of the last break of the best kind in the window's second half, or 0 when none is there."""
    floor = len(window) // 2
    for pattern in _CUTS:
        last = 0
        for match in pattern.finditer(window, floor):
            if match.end() < len(window):
                last = match.end()
        if last:
            return last
    return 0


def pieces(text: str, limit: int = CHUNK_CHARS) -> Iterator[str]:
    """The text cut at `cut_points`; "".join(pieces(text)) == text."""
    start = 0
    for end in cut_points(text, limit):
        yield text[start:end]
        start = end


def is_long(text: str, limit: int = CHUNK_CHARS) -> bool:
    return len(text) > limit


def parse_long(nlp: Language, text: str, *, limit: int = CHUNK_CHARS) -> Doc:
    """One Doc over `text` however long (within the ingest limit), parsed piece by piece.

    Returns:
        A Doc whose text is `text` exactly, parsed and with entities, attribution not yet run: the caller sets the
        Doc's `._` attributes it needs (document id, default speaker) and then calls `attribute_whole`.
    """
    disabled = [name for name in nlp.pipe_names if name == ATTRIBUTION]
    parsed = [
        doc
        for doc in nlp.pipe((piece for piece in pieces(text, limit)), batch_size=1, disable=disabled)
    ]
    doc = Doc.from_docs(parsed, ensure_whitespace=False)
    if doc.text != text:  # from_docs keeps every token's whitespace, so this only guards against a spaCy change
        raise ValueError("the stitched parse does not reproduce the text")
    return doc


def attribute_whole(nlp: Language, doc: Doc) -> Doc:
    """Run the attribution component (if the pipeline has it) over a stitched Doc."""
    if ATTRIBUTION in nlp.pipe_names:
        doc = nlp.get_pipe(ATTRIBUTION)(doc)
    return doc
