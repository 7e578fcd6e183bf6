"""An annotated Doc to bytes and back, with what the stages after the parse read, and nothing they rebuild.

Bytes are a spaCy `DocBin` of one Doc: every token attribute the parse sets (tags, lemmas, morphology, heads and
dependencies, so sentence bounds; entities), the span groups (`doc.spans["attributions"]`) and the `._` values
declared in `reconcile.nlp.extensions` (the attribution spans' cue and speaker offsets, speaker, kind, quote kind,
via; the Doc's alias pairs and quote regions). Per-Doc indexes that helpers keep in `user_data` under their own
names (entity bounds, sentence starts, proper nouns) are left out: they are rebuilt from the tokens on first use.
"""

from __future__ import annotations

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from reconcile.nlp.extensions import register_extensions

EXTENSION_PREFIX = "._."
"""How spaCy keys `._` values in `Doc.user_data`: ("._.", name, start, end, ...)."""


class CorruptEntry(ValueError):
    """Stored bytes that do not read back as the Doc of the expected text."""


def drop_indexes(doc: Doc) -> Doc:
    """The Doc without the indexes helpers keep in `user_data` (the `._` values stay).

    A Doc back from one of spaCy's worker processes has them through msgpack, lists where tuples were, which
    `bisect` cannot compare; rebuilt from the tokens they are the same in every process and after the cache.
    """
    for key in [key for key in doc.user_data if not _is_extension(key)]:
        del doc.user_data[key]
    return doc


def to_bytes(doc: Doc) -> bytes:
    """The Doc's annotations and `._` values as one DocBin's bytes."""
    kept = {key: value for key, value in doc.user_data.items() if _is_extension(key)}
    saved, doc.user_data = doc.user_data, kept
    try:
        return DocBin(store_user_data=True, docs=[doc]).to_bytes()
    finally:
        doc.user_data = saved


def from_bytes(data: bytes, vocab: Vocab, text: str) -> Doc:
    """The Doc stored in `data`; CorruptEntry unless it reads back whole, as the parse of exactly `text`."""
    register_extensions()
    try:
        docs = list(DocBin().from_bytes(data).get_docs(vocab))
    except Exception as err:  # noqa: BLE001 - zlib, msgpack, numpy and spaCy each raise their own on damaged bytes
        raise CorruptEntry(f"unreadable ({err.__class__.__name__})") from err
    if len(docs) != 1:
        raise CorruptEntry(f"holds {len(docs)} Docs, not 1")
    doc = docs[0]
    if doc.text != text:
        raise CorruptEntry("holds another text")
    return doc


def _is_extension(key: object) -> bool:
    return isinstance(key, tuple) and bool(key) and key[0] == EXTENSION_PREFIX
