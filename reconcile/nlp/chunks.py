"""Long texts: parse in paragraph-aligned chunks and stitch them back into one Doc over the original text.

spaCy refuses a text longer than `nlp.max_length` (E088), and its parser's memory grows with the text it is
given: a 990,000-character article took 190 s and 4 GB in one piece (issue 19). A text longer than CHUNK_CHARS is
cut at paragraph breaks (else line breaks, sentence ends, spaces, and as a last resort anywhere) into pieces of at
most CHUNK_CHARS whose concatenation is the text itself; each piece is tagged, parsed and given its entities on
its own by the whole pipeline, attribution included, and the pieces are joined with `Doc.from_docs` (no whitespace
added, so every character offset of the joined Doc is the offset in the original text); the statements, with their
cue and speaker offsets moved by the piece's start, are copied onto it.

Attribution runs per piece because several of its passes compare each statement with the others in its Doc: on a
1,000,000-character text in one Doc they took three times as long as the same text in news-sized files. The cost
is at the cuts only: a pronoun at the start of a piece whose speaker was named in the piece before stays
unresolved, as it would at the start of a separate article (one cut every 100,000 characters, about 15,000 words).
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from reconcile.nlp.extensions import SPAN_KEY, copy_span_extensions, join_doc_extensions

CHUNK_CHARS = 100_000
"""Longest piece given to spaCy's parser at once; well below max_length (1,000,000) so memory is bounded by it."""

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
    """One annotated Doc over `text` however long (within the ingest limit), read piece by piece.

    Returns:
        A Doc whose text is `text` exactly, with the parse, the entities and the attributions of every piece at
        their offsets in `text`; the caller sets the per-document `._` values (document id, default speaker).
    """
    parsed = list(nlp.pipe(pieces(text, limit), batch_size=1))
    shifts = list(itertools.accumulate((len(doc.text) for doc in parsed[:-1]), initial=0))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy warns of each user_data key it leaves out: all are rebuilt below
        doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["user_data"])
    if doc.text != text:  # from_docs keeps every token's whitespace, so this only guards against a spaCy change
        raise ValueError("the stitched parse does not reproduce the text")
    _copy_attributions(list(zip(parsed, shifts)), doc)
    return doc


def _copy_attributions(parsed: list[tuple[Doc, int]], doc: Doc) -> None:
    """Every piece's attribution spans, with their `._` values, at their place in the stitched Doc."""
    olds = [(span, shift) for piece, shift in parsed for span in piece.spans.get(SPAN_KEY, [])]
    news = list(doc.spans.get(SPAN_KEY, []))
    if len(olds) != len(news):
        raise ValueError("a statement span was lost when the pieces were stitched")
    for (old, shift), new in zip(olds, news):
        copy_span_extensions(old, new, shift)
    join_doc_extensions(parsed, doc)
