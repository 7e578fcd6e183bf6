"""evidence.json: the whole Evidence as plain JSON, following a stable contract, and back again.

Contract (extra keys may be added, none renamed or removed): reconcile_version, event {title, date, place},
documents, sources, claims (with facets), rows, other_event_rows, problems. Numbers stay numbers, a range is a
[lo, hi] list, keys are sorted, and non-ASCII text is written as is.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from reconcile.errors import InputError
from reconcile.model import (
    Cell,
    Certainty,
    Claim,
    Document,
    Evidence,
    FacetValue,
    Polarity,
    Problem,
    QuoteKind,
    Reason,
    Row,
    RowStatus,
    Source,
    SourceKind,
)
from reconcile.table import timeline


def json_value(value: Any) -> Any:
    """A facet value as JSON: tuples become lists (a range is [lo, hi]), dates ISO strings, enums their word."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (tuple, list)):
        return [json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def python_value(value: Any) -> Any:
    """The inverse of json_value for what JSON keeps: lists become tuples again (dates stay ISO strings)."""
    if isinstance(value, list):
        return tuple(python_value(v) for v in value)
    if isinstance(value, dict):
        return {k: python_value(v) for k, v in value.items()}
    return value


def _document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "sha256": doc.sha256,
        "chars": len(doc.text),
        "size": doc.size,
        "ingested_at": doc.ingested_at,
        "url": doc.url,
        "format": doc.format,
        "author": doc.author,
        "speaker": doc.speaker,
        "text": doc.text,
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "name": source.name,
        "aliases": list(source.aliases),
        "kind": str(source.kind),
        "documents": list(source.documents),
        "kind_evidence": source.kind_evidence,
    }


def _facet(fv: FacetValue) -> dict[str, Any]:
    return {
        "facet": fv.facet,
        "value": json_value(fv.value),
        "text": fv.text,
        "start": fv.start,
        "end": fv.end,
        "negated": fv.negated,
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "source_id": claim.source_id,
        "document_id": claim.document_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "cue": claim.cue,
        "quote": str(claim.quote),
        "certainty": str(claim.certainty),
        "polarity": str(claim.polarity),
        "via": claim.via,
        "facets": [_facet(fv) for fv in claim.facets],
        "other_event": claim.other_event,
    }


def _row(row: Row) -> dict[str, Any]:
    return {
        "facet": row.facet,
        "status": str(row.status),
        "reason": str(row.reason),
        "note": row.note,
        "support": {str(value): count for value, count in row.support.items()},
        "cells": [
            {
                "source_id": cell.source_id,
                "values": json_value(cell.values),
                "claim_ids": list(cell.claim_ids),
                "texts": list(cell.texts),
            }
            for cell in row.cells
        ],
    }


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    """The Evidence as the plain dict that evidence.json holds (see the module docstring for the contract)."""
    return {
        "reconcile_version": evidence.version,
        "event": {"title": evidence.event_title, "date": evidence.event_date, "place": evidence.event_place},
        "documents": [_document(doc) for doc in evidence.documents],
        "sources": [_source(source) for source in evidence.sources],
        "claims": [_claim(claim) for claim in evidence.claims],
        "rows": [_row(row) for row in evidence.rows],
        "other_event_rows": [_row(row) for row in evidence.other_rows],
        "problems": [{"path": p.path, "message": p.message} for p in evidence.problems],
        "timeline": timeline(evidence),
    }


def _read_row(d: dict[str, Any]) -> Row:
    cells = tuple(
        Cell(
            source_id=c["source_id"],
            values=python_value(c["values"]),
            claim_ids=tuple(c["claim_ids"]),
            texts=tuple(c.get("texts", ())),
        )
        for c in d["cells"]
    )
    return Row(
        facet=d["facet"],
        status=RowStatus(d["status"]),
        reason=Reason(d["reason"]),
        note=d["note"],
        cells=cells,
        support=dict(d["support"]),
    )


def _read_claim(d: dict[str, Any]) -> Claim:
    facets = tuple(
        FacetValue(
            facet=f["facet"],
            value=python_value(f["value"]),
            text=f["text"],
            start=f["start"],
            end=f["end"],
            negated=f.get("negated", False),
        )
        for f in d["facets"]
    )
    return Claim(
        id=d["id"],
        source_id=d["source_id"],
        document_id=d["document_id"],
        start=d["start"],
        end=d["end"],
        text=d["text"],
        quote=QuoteKind(d["quote"]),
        cue=d["cue"],
        certainty=Certainty(d["certainty"]),
        polarity=Polarity(d["polarity"]),
        via=d["via"],
        facets=facets,
        other_event=d["other_event"],
    )


def evidence_from_dict(d: dict[str, Any]) -> Evidence:
    """The Evidence that evidence_to_dict(d) came from; raises KeyError or ValueError on a malformed dict."""
    documents = tuple(
        Document(
            id=doc["id"],
            path=doc["path"],
            text=doc["text"],
            sha256=doc["sha256"],
            size=doc["size"],
            ingested_at=doc["ingested_at"],
            format=doc["format"],
            title=doc["title"],
            publisher=doc["publisher"],
            author=doc.get("author"),
            published=doc["published"],
            url=doc["url"],
            speaker=doc.get("speaker"),
        )
        for doc in d["documents"]
    )
    sources = tuple(
        Source(
            id=s["id"],
            name=s["name"],
            aliases=tuple(s["aliases"]),
            kind=SourceKind(s["kind"]),
            documents=tuple(s["documents"]),
            kind_evidence=s.get("kind_evidence", ""),
        )
        for s in d["sources"]
    )
    event = d["event"]
    return Evidence(
        version=d["reconcile_version"],
        event_title=event["title"],
        documents=documents,
        sources=sources,
        claims=tuple(_read_claim(c) for c in d["claims"]),
        rows=tuple(_read_row(r) for r in d["rows"]),
        other_rows=tuple(_read_row(r) for r in d["other_event_rows"]),
        problems=tuple(Problem(path=p["path"], message=p["message"]) for p in d["problems"]),
        event_date=event["date"],
        event_place=event["place"],
    )


def render(evidence: Evidence) -> bytes:
    """evidence.json's bytes: sorted keys, indent 2, UTF-8 text as is, one final newline."""
    text = json.dumps(evidence_to_dict(evidence), sort_keys=True, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def read(path: str | Path) -> Evidence:
    """The Evidence saved in an evidence.json file (as written by `render`)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return evidence_from_dict(data)
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})", "check the path") from err
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise InputError(
            path,
            f"is not an evidence.json file ({type(err).__name__}: {err})",
            "pass a file written by 'reconcile run' or re-run the case",
        ) from err
