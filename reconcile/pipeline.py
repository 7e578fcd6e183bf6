"""The whole path in order: ingest -> nlp -> statements -> sources -> claims -> (review) -> align -> Evidence.

`extract` does the machine's reading; `assemble` builds the table from (possibly reviewed) claims, so an editor's
decisions can be applied in between without re-reading any document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from spacy.language import Language

from reconcile.cache import Counts, ParseCache, parse
from reconcile.claims import extract_claims
from reconcile.claims.anchor import infer_anchor, with_anchor
from reconcile.evidence import assemble
from reconcile.ingest import ingest
from reconcile.model import CaseInfo, Document, Evidence, Extraction, Problem, Source
from reconcile.nlp import load_pipeline
from reconcile.nlp.statements import attribute, name_issuers
from reconcile.sources import AliasRules, load_aliases, merge_sources
from reconcile.sources.case_bodies import by_case_body
from reconcile.sources.issuer import by_issuer
from reconcile.sources.speaking import speaking
from reconcile.sources.unnamed import lone_officials

Progress = Callable[[int, int], None]


def extract(
    paths: Sequence[str | Path],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    aliases: str | Path | AliasRules | None = None,
    format: str | None = None,
    progress: Progress | None = None,
    n_process: int | None = 1,
    cache: ParseCache | None = None,
    counts: Counts | None = None,
) -> Extraction:
    """Read the documents and find who said what and which facts each statement carries."""
    documents, problems, case = ingest(paths, format=format)
    return extract_documents(documents, problems, case, nlp=nlp, model=model, aliases=aliases, progress=progress,
                             n_process=n_process, cache=cache, counts=counts)


def extract_documents(
    documents: Sequence[Document],
    problems: Sequence[Problem] = (),
    case: CaseInfo | None = None,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    aliases: str | Path | AliasRules | None = None,
    progress: Progress | None = None,
    n_process: int | None = 1,
    cache: ParseCache | None = None,
    counts: Counts | None = None,
) -> Extraction:
    """As `extract`, for documents already ingested (the app's uploads, the case store's copies).

    Args:
        n_process: processes for spaCy's parse; None chooses by the number of documents to parse (see
            `reconcile.cache.default_jobs`). The result is the same for any number.
        cache: parses to reuse and to add to (see `reconcile.cache`); the result is the same with or without.
        counts: filled in with what the cache did (documents read from it, parsed, damaged).
    """
    case = case or CaseInfo()
    nlp = nlp or load_pipeline(model)
    rules = _rules(aliases if aliases is not None else case.aliases_file)
    docs, read, problems = [], [], list(problems)
    parsed = parse(documents, nlp, cache=cache, jobs=n_process, progress=progress, counts=counts)
    for document, doc in zip(documents, parsed, strict=True):
        if isinstance(doc, Problem):  # skipped with its reason; the rest of the batch goes on
            problems.append(doc)
        else:
            docs.append(doc)
            read.append(document)
    documents = name_issuers(read, docs)
    by_id = {d.id: doc for d, doc in zip(documents, docs, strict=True)}
    statements, notes = by_issuer(lone_officials(speaking(attribute(documents, docs), by_id), by_id))
    statements, more = by_case_body(statements, by_id)
    notes = {key: [*notes.get(key, []), *more.get(key, [])] for key in dict.fromkeys([*notes, *more])}
    alias_pairs = [pair for doc in docs for pair in (doc._.alias_pairs or [])]
    groups, source_of = merge_sources(statements, alias_pairs=alias_pairs, rules=rules, docs=by_id, notes=notes)
    sources = tuple(
        Source(g.id, g.name, g.aliases, g.kind, g.documents, g.kind_evidence, g.notes, g.affiliation) for g in groups
    )
    anchor = infer_anchor(docs, documents, date=case.date, place=case.place)
    claims = tuple(extract_claims(statements, docs, documents, source_of, anchor=anchor))
    case = with_anchor(case, anchor, docs)
    return Extraction(tuple(documents), sources, claims, tuple(problems), case)


def run(paths: Sequence[str | Path], **options: object) -> Evidence:
    """Documents in, evidence table out: `extract` then `assemble`."""
    return assemble(extract(paths, **options))  # type: ignore[arg-type]


def _rules(aliases: str | Path | AliasRules | None) -> AliasRules | None:
    if aliases is None or isinstance(aliases, AliasRules):
        return aliases
    return load_aliases(aliases)
