"""The parse cache: a document's annotated Doc is kept, and a re-run of unchanged documents skips spaCy.

spaCy's parse is most of a run, and every re-run of a case (a review decision in the app, `reconcile run --case`
with new rules) reads the same documents again. `parse` looks each document up by its key (see `keys`), parses
only the misses, in `jobs` processes, and stores their Docs; a row that fails its checksum or does not read back
as the parse of the same text is parsed again, never trusted. The stages after the parse run as before, on Docs
that hold the same annotations, so a cached run writes the same evidence.json as an uncached one.

Example:
    cache = ParseCache.open_file(file_in(home()))
    docs = parse(documents, nlp, cache=cache, jobs=None)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from reconcile.cache.codec import CorruptEntry, drop_indexes, from_bytes, to_bytes
from reconcile.cache.entries import CacheUnusable, Entry, ParseCache, Usage, clear_file
from reconcile.cache.keys import Parser, entry_key, parser_of, text_digest
from reconcile.model import Document, Problem
from reconcile.nlp import annotate

__all__ = ["CacheUnusable", "Counts", "ParseCache", "Usage", "clear_file", "default_jobs", "file_in", "parse"]

CACHE_FILE = Path("cache") / "parses.sqlite"
"""The cache of runs without a case, under RECONCILE_HOME."""
PARALLEL_FROM = 20
"""Fewer documents to parse than this are parsed in one process: starting workers would cost more than it saves."""
MAX_JOBS = 4
"""More processes than this gain little with the small English model and multiply the memory."""


@dataclass
class Counts:
    """What the cache did in one run: documents read from it, parsed, found damaged; problems writing it."""

    cached: int = 0
    parsed: int = 0
    damaged: int = 0
    jobs: int = 1
    problems: list[str] = field(default_factory=list)


def file_in(home: Path) -> Path:
    """The stand-alone cache file under reconcile's home folder."""
    return home / CACHE_FILE


def default_jobs(documents: int, cpus: int | None = None) -> int:
    """Processes for parsing `documents`: one below PARALLEL_FROM, else the CPUs this process may use, at most
    MAX_JOBS."""
    if documents < PARALLEL_FROM:
        return 1
    if cpus is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, MAX_JOBS))


def parse(
    documents: Sequence[Document],
    nlp: Language,
    *,
    cache: ParseCache | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    counts: Counts | None = None,
) -> list[Doc | Problem]:
    """The annotated Doc of each document, in order: from `cache` where it holds a sound parse, else parsed.

    A document the language model cannot read gets the Problem `annotate` gives it in its place; it is not cached.

    Args:
        cache: where parses are looked up and stored; None parses everything and stores nothing.
        jobs: processes for spaCy's `nlp.pipe(n_process=...)`; None chooses by the number of documents to parse
            (`default_jobs`).
        counts: filled in with what the cache did.
    """
    total = len(documents)
    parser = parser_of(nlp) if cache is not None else None
    keys = [entry_key(d, parser) for d in documents] if parser else []
    counts = counts if counts is not None else Counts()
    problems_before = len(cache.problems) if cache is not None else 0
    docs = _lookup(documents, keys, nlp, cache, counts) if cache is not None else [None] * total
    misses = [i for i, doc in enumerate(docs) if doc is None]
    counts.jobs = jobs if jobs is not None else default_jobs(len(misses))
    parsed = annotate([documents[i] for i in misses], nlp, n_process=counts.jobs) if misses else iter(())
    entries: list[Entry] = []
    results: list[Doc | Problem | None] = list(docs)
    for i in range(total):
        if results[i] is None:
            result = next(parsed)
            counts.parsed += 1
            if isinstance(result, Doc):
                result = drop_indexes(result)
                if parser is not None:
                    entries.append(_entry(keys[i], documents[i], parser, result))
            results[i] = result
        else:
            counts.cached += 1
        if progress:
            progress(i + 1, total)
    if cache is not None:
        cache.write(entries, used=keys)
        counts.problems = cache.problems[problems_before:]
    return results  # type: ignore[return-value]


def _lookup(
    documents: Sequence[Document], keys: Sequence[str], nlp: Language, cache: ParseCache, counts: Counts
) -> list[Doc | None]:
    """Each document's Doc from the cache, or None where it has none or its row is damaged (counted)."""
    found, damaged = cache.read(keys)
    counts.damaged = len(damaged)
    docs: list[Doc | None] = []
    for document, key in zip(documents, keys):
        doc = _cached(found[key], nlp, document) if key in found else None
        counts.damaged += key in found and doc is None
        docs.append(doc)
    return docs


def _cached(data: bytes, nlp: Language, document: Document) -> Doc | None:
    """The stored Doc, with the document's own id (two accounts may share a text), or None if it is unsound."""
    try:
        doc = from_bytes(data, nlp.vocab, document.text)
    except CorruptEntry:
        return None
    doc._.document_id = document.id
    doc._.default_speaker = document.speaker
    return doc


def _entry(key: str, document: Document, parser: Parser, doc: Doc) -> Entry:
    return Entry(key, text_digest(document), document.sha256, parser.label, parser.components, to_bytes(doc))
