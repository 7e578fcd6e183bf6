"""What a cached parse depends on, folded into one key: the text, its speaker, the model and reconcile's components.

A parse is reused only when every input that could change it is the same: the exact text handed to spaCy (its
SHA-256), the speaker the attribution component gives a whole text to, the spaCy model's name and version, spaCy's
own version, the pipe names, and the version of reconcile's components. The components' version is reconcile's
release plus a digest of the code and word lists the components are built from, so an edited cue list or rule
misses the cache even before a release.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources

import spacy
from spacy.language import Language

from reconcile import __version__
from reconcile.model import Document

COMPONENT_SOURCES = ("nlp/*.py", "data/*.toml", "model.py", "resources.py", "cache/codec.py")
"""Files of the reconcile package the components' version digests: the components' code, every word list (not
only those the components read today: a needless miss costs one parse, a stale hit would change the output), and
the codec, so a change to what an entry holds never reads an entry of the old shape."""


@dataclass(frozen=True)
class Parser:
    """The pipeline that made a parse, as far as the result depends on it."""

    model: str
    model_version: str
    spacy_version: str
    pipes: str
    components: str

    @property
    def label(self) -> str:
        """'en_core_web_sm 3.8.0', as stored beside an entry for people reading the table."""
        return f"{self.model} {self.model_version}"


def parser_of(nlp: Language) -> Parser:
    """The identity of `nlp`: model name and version from its meta, spaCy's version, pipes, components."""
    meta = nlp.meta
    return Parser(
        model=f"{meta.get('lang', '')}_{meta.get('name', '')}",
        model_version=str(meta.get("version", "")),
        spacy_version=spacy.__version__,
        pipes=",".join(nlp.pipe_names),
        components=components_version(),
    )


@functools.cache
def components_version() -> str:
    """reconcile's version and a digest of the files its components are built from: '0.1.0+3f2a9c1b04de'."""
    root = resources.files("reconcile")
    digest = hashlib.sha256()
    for pattern in COMPONENT_SOURCES:
        folder, _, glob = pattern.rpartition("/")
        base = root.joinpath(folder) if folder else root
        suffix = glob.removeprefix("*")
        names = sorted(f.name for f in base.iterdir() if f.is_file() and f.name.endswith(suffix)) if "*" in glob else [glob]
        for name in names:
            digest.update(f"{pattern}:{name}\x00".encode())
            digest.update(base.joinpath(name).read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def text_digest(document: Document) -> str:
    """SHA-256 of the exact text the parser reads (offsets point into it)."""
    return hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()


def entry_key(document: Document, parser: Parser) -> str:
    """The cache key of `document` parsed by `parser`: a SHA-256 over every input the parse depends on."""
    parts = (
        text_digest(document),
        document.speaker or "",
        parser.model,
        parser.model_version,
        parser.spacy_version,
        parser.pipes,
        parser.components,
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
