"""Every `._` attribute reconcile sets on spaCy objects, declared in one place."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

SPAN_KEY = "attributions"
OWN_VOICE_KEY = "own-voice"
"""`speaker_key` of a view the text holds without naming its holder ("seems", "is believed to"): the statements
stage gives it to the document's own speaker."""

_SPAN_PROPERTIES = {
    "cue": "the cue words (\"said\", \"according to\"), or None for a quote with no cue",
    "source_span": "the speaker as written at this place (\"he\", \"a defense official\")",
}
"""Spans kept as character offsets, so a Doc still pickles (spaCy's `n_process` sends Docs between processes and a
Span holding its Doc cannot go); read and written as Spans."""
_SPAN_EXTENSIONS = {
    "speaker": None,  # display name of the resolved speaker
    "speaker_key": None,  # canonical key grouping the mentions of one source
    "speaker_kind": None,  # SourceKind value
    "kind_evidence": "",  # the words that decided the kind
    "quote_kind": None,  # QuoteKind value: direct / indirect
    "via": None,  # speaker_key of the outlet a statement was given to ("told CNN")
}
_DOC_EXTENSIONS = {
    "document_id": None,
    "default_speaker": None,  # who speaks the whole text (a tweet's author)
    "publisher": None,  # the outlet whose own voice the narration is
    "quote_regions": None,  # list of (start_char, end_char) of text inside quote marks
    "alias_pairs": None,  # list of (name, alias) pairs stated in the text ("X, also known as Y")
}


def register_extensions() -> None:
    """Declare the extensions once; re-running is harmless."""
    for name in _SPAN_PROPERTIES:
        if not Span.has_extension(name):
            Span.set_extension(f"{name}_chars", default=None)
            Span.set_extension(name, getter=_span_getter(name), setter=_span_setter(name))
    for name, default in _SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _span_getter(name: str) -> Callable[[Span], Span | None]:
    def get(span: Span) -> Span | None:
        chars = getattr(span._, f"{name}_chars")
        return None if chars is None else span.doc.char_span(*chars)

    return get


def _span_setter(name: str) -> Callable[[Span, Span | None], None]:
    def set_(span: Span, value: Span | None) -> None:
        setattr(span._, f"{name}_chars", None if value is None else (value.start_char, value.end_char))

    return set_


def copy_span_extensions(source: Span, target: Span, shift: int) -> None:
    """Give `target` (the same words in a longer Doc, `shift` characters later) every `._` value of `source`.

    Used when pieces of a long text are stitched into one Doc (`reconcile.nlp.chunks`): the character offsets of
    the cue and the speaker move by `shift`, everything else is copied as it is.
    """
    for name in _SPAN_PROPERTIES:
        chars = getattr(source._, f"{name}_chars")
        setattr(target._, f"{name}_chars", None if chars is None else (chars[0] + shift, chars[1] + shift))
    for name in _SPAN_EXTENSIONS:
        setattr(target._, name, getattr(source._, name))


def join_doc_extensions(pieces: list[tuple[Doc, int]], target: Doc) -> None:
    """Set the Doc-level values the attribution component wrote on each piece (at its character offset) on the
    stitched Doc: quote regions shifted, alias pairs joined; per-document values are left to the caller."""
    target._.quote_regions = [(s + shift, e + shift) for doc, shift in pieces for s, e in (doc._.quote_regions or [])]
    target._.alias_pairs = [pair for doc, _ in pieces for pair in (doc._.alias_pairs or [])]
