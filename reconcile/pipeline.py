"""The whole path in order: ingest -> nlp -> statements -> sources -> claims -> (review) -> align -> Evidence.

`extract` does the machine's reading; `assemble` builds the table from (possibly reviewed) claims, so an editor's
decisions can be applied in between without re-reading any document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from reconcile import __version__
from reconcile.align import align
from reconcile.claims import extract_claims
from reconcile.ingest import CaseInfo, ingest
from reconcile.model import Claim, Document, Evidence, Problem, Source
from reconcile.nlp import annotate, load_pipeline
from reconcile.nlp.statements import attribute
from reconcile.sources import AliasRules, load_aliases, merge_sources

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Extraction:
    """What the machine read, before alignment: the input to review and to `assemble`."""

    documents: tuple[Document, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...]
    case: CaseInfo


def extract(
    paths: Sequence[str | Path],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    aliases: str | Path | AliasRules | None = None,
    format: str | None = None,
    progress: Progress | None = None,
    n_process: int = 1,
) -> Extraction:
    """Read the documents and find who said what and which facts each statement carries."""
    documents, problems, case = ingest(paths, format=format)
    return extract_documents(documents, problems, case, nlp=nlp, model=model, aliases=aliases, progress=progress,
                             n_process=n_process)


def extract_documents(
    documents: Sequence[Document],
    problems: Sequence[Problem] = (),
    case: CaseInfo | None = None,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    aliases: str | Path | AliasRules | None = None,
    progress: Progress | None = None,
    n_process: int = 1,
) -> Extraction:
    """As `extract`, for documents already ingested (the app's uploads, the case store's copies)."""
    case = case or CaseInfo()
    nlp = nlp or load_pipeline(model)
    rules = _rules(aliases if aliases is not None else case.aliases_file)
    docs = []
    for i, doc in enumerate(annotate(documents, nlp, n_process=n_process), start=1):
        docs.append(doc)
        if progress:
            progress(i, len(documents))
    statements = list(attribute(documents, docs))
    alias_pairs = [pair for doc in docs for pair in (doc._.alias_pairs or [])]
    groups, source_of = merge_sources(statements, alias_pairs=alias_pairs, rules=rules)
    sources = tuple(
        Source(g.id, g.name, g.aliases, g.kind, g.documents, g.kind_evidence, g.notes) for g in groups
    )
    claims = tuple(extract_claims(statements, docs, documents, source_of, event_date=case.date, event_place=case.place))
    return Extraction(tuple(documents), sources, claims, tuple(problems), case)


def assemble(extraction: Extraction) -> Evidence:
    """Align the claims into rows and package everything the exports and the app need."""
    main = [c for c in extraction.claims if c.other_event is None]
    other = [c for c in extraction.claims if c.other_event is not None]
    used = {c.source_id for c in extraction.claims} | {c.via for c in extraction.claims if c.via}
    sources = tuple(s for s in extraction.sources if s.id in used)
    return Evidence(
        version=__version__,
        event_title=extraction.case.title,
        documents=extraction.documents,
        sources=sources,
        claims=extraction.claims,
        rows=tuple(align(main, sources)),
        other_rows=tuple(align(other, sources)),
        problems=extraction.problems,
        event_date=extraction.case.date,
        event_place=extraction.case.place,
    )


def run(paths: Sequence[str | Path], **options: object) -> Evidence:
    """Documents in, evidence table out: `extract` then `assemble`."""
    return assemble(extract(paths, **options))  # type: ignore[arg-type]


def _rules(aliases: str | Path | AliasRules | None) -> AliasRules | None:
    if aliases is None or isinstance(aliases, AliasRules):
        return aliases
    return load_aliases(aliases)


def with_claims(extraction: Extraction, claims: Sequence[Claim], sources: Sequence[Source] | None = None) -> Extraction:
    """The same extraction with reviewed claims (and sources), for `assemble`."""
    return replace(extraction, claims=tuple(claims), sources=tuple(sources) if sources is not None else extraction.sources)
