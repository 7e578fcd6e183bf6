"""Extractions for the store tests: evidence_fixture's documents written to real files, plus re-run variants.

`make_extraction(folder)` is what `pipeline.extract` would return for the three fixture files in `folder`; the
variants change it the ways a new run can: one more document, a claim's span shifted, a source renamed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from evidence_fixture import build_evidence, make_claim, make_document

from reconcile.model import CaseInfo, Claim, Extraction, QuoteKind, Source, SourceKind, short_hash

FAMILY_NOTE = "His brother said Loutfi Hassan Mesto was 57 and had never held a weapon.\n"


def make_extraction(folder: Path) -> Extraction:
    """The fixture's 3 documents (saved under `folder`), 4 sources and 8 claims, as the machine read them."""
    evidence = build_evidence()
    docs = []
    for doc in evidence.documents:
        path = folder / doc.path
        path.write_bytes(doc.text.encode("utf-8"))
        docs.append(dataclasses.replace(doc, path=str(path)))
    case = CaseInfo(title=evidence.event_title, date="2023-05-03", place="Syria")
    return Extraction(tuple(docs), evidence.sources, evidence.claims, (), case)


def by_source(extraction: Extraction, name: str) -> Source:
    return next(s for s in extraction.sources if s.name == name)


def claims_of(extraction: Extraction, name: str) -> list[Claim]:
    source = by_source(extraction, name)
    return [c for c in extraction.claims if c.source_id == source.id]


def claim_with(extraction: Extraction, words: str) -> Claim:
    return next(c for c in extraction.claims if words in c.text)


def with_added_document(extraction: Extraction, folder: Path) -> Extraction:
    """A re-run that found one more account: the brother's note, a new claim from a new source."""
    doc = make_document(
        str(folder / "brother_note.txt"), FAMILY_NOTE, "txt", title="Note from Mesto's brother"
    )
    (folder / "brother_note.txt").write_bytes(FAMILY_NOTE.encode("utf-8"))
    brother = Source(
        short_hash("source", "brother"), "His brother", (), SourceKind.FAMILY, (doc.id,), "brother"
    )
    claim = make_claim(
        doc,
        brother,
        "Loutfi Hassan Mesto was 57",
        {"victim.age": (57, "57")},
        quote=QuoteKind.INDIRECT,
        cue="said",
    )
    return dataclasses.replace(
        extraction,
        documents=(doc, *extraction.documents),
        sources=(*extraction.sources, brother),
        claims=(claim, *extraction.claims),
    )


def with_changed_extractor(extraction: Extraction) -> Extraction:
    """A re-run by a changed extractor: every claim's span moved by a few characters (so its id changed), the
    White Helmets renamed "Syrian Civil Defence" with a new id (its old name dropped, its aliases kept) and the
    order of claims reversed."""
    old = by_source(extraction, "White Helmets")
    renamed = dataclasses.replace(
        old, id=short_hash("source", "syrian civil defence"), name="Syrian Civil Defence", aliases=old.aliases
    )
    docs = {d.id: d for d in extraction.documents}
    claims = []
    for claim in reversed(extraction.claims):
        start = claim.start + 3 if claim.end - claim.start > 20 else claim.start
        end = min(claim.end + 2, len(docs[claim.document_id].text))
        claims.append(
            dataclasses.replace(
                claim,
                id=short_hash(claim.document_id, start, end),
                start=start,
                end=end,
                text=docs[claim.document_id].text[start:end],
                source_id=renamed.id if claim.source_id == old.id else claim.source_id,
            )
        )
    sources = tuple(renamed if s.id == old.id else s for s in extraction.sources)
    return dataclasses.replace(extraction, sources=sources, claims=tuple(claims))
