"""A run in the store: the documents' evidentiary copies, and the extraction that replaces the previous one."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile import __version__
from reconcile.errors import StoreError
from reconcile.model import Document, Extraction
from reconcile.store import records

_PART_SUFFIX = re.compile(r"#[a-z]+=\d+$")


@dataclass(frozen=True)
class Run:
    """One saved run: when, by which version, and how much it found."""

    id: int
    saved_at: str
    version: str
    documents: int
    sources: int
    claims: int


def copies(
    conn: sqlite3.Connection, documents: Sequence[Document], raw: Mapping[str, bytes]
) -> list[tuple[str, int, bytes]]:
    """(sha256, size, bytes) of each file not yet stored, read from disk (or `raw`) and checked against its hash.

    A document's file is its path without the "#row=N" / "#tweet=N" suffix of a multi-account file.
    """
    stored = {row[0] for row in conn.execute("SELECT sha256 FROM blobs")}
    found: dict[str, tuple[str, int, bytes]] = {}
    for doc in documents:
        if doc.sha256 in stored or doc.sha256 in found:
            continue
        path = _PART_SUFFIX.sub("", doc.path)
        data = raw[doc.sha256] if doc.sha256 in raw else _read(path)
        actual = hashlib.sha256(data).hexdigest()
        if actual != doc.sha256:
            raise StoreError(
                f"{path} has changed since it was read (SHA-256 {actual[:12]}…, not {doc.sha256[:12]}…); "
                "run again so the stored copy is the one the claims come from"
            )
        found[doc.sha256] = (doc.sha256, len(data), data)
    return list(found.values())


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise StoreError(
            f"Cannot keep a copy of {path} ({err.strerror}); run from the folder it was read from"
        ) from err


def insert(conn: sqlite3.Connection, extraction: Extraction, saved_at: str) -> int:
    """Write the extraction as a new run and drop the older runs' rows (not their copies); returns its id.

    Call inside a transaction, so that a crash leaves the previous run in place.
    """
    run_id: int = conn.execute(  # type: ignore[assignment]  # an INSERT always sets lastrowid
        "INSERT INTO runs (saved_at, version, case_json, problems, n_documents, n_sources, n_claims)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            saved_at,
            __version__,
            records.dumps(extraction.case),
            records.dumps(extraction.problems),
            len(extraction.documents),
            len(extraction.sources),
            len(extraction.claims),
        ),
    ).lastrowid
    conn.executemany(
        "INSERT INTO documents (run_id, position, id, sha256, path, json) VALUES (?, ?, ?, ?, ?, ?)",
        [(run_id, i, d.id, d.sha256, d.path, records.dumps(d)) for i, d in enumerate(extraction.documents)],
    )
    conn.executemany(
        "INSERT INTO sources (run_id, position, id, name, json) VALUES (?, ?, ?, ?, ?)",
        [(run_id, i, s.id, s.name, records.dumps(s)) for i, s in enumerate(extraction.sources)],
    )
    conn.executemany(
        'INSERT INTO claims (run_id, position, id, document_id, source_id, start, "end", json)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (run_id, i, c.id, c.document_id, c.source_id, c.start, c.end, records.dumps(c))
            for i, c in enumerate(extraction.claims)
        ],
    )
    conn.execute("DELETE FROM runs WHERE id < ?", (run_id,))
    return run_id


def latest_info(conn: sqlite3.Connection) -> Run | None:
    """The latest run's id, time and counts, or None before the first run."""
    row = conn.execute(
        "SELECT id, saved_at, version, n_documents, n_sources, n_claims FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return Run(*row) if row else None


def latest(conn: sqlite3.Connection) -> Extraction | None:
    """The extraction of the latest run, as the machine made it, or None before the first run."""
    run = conn.execute("SELECT id, case_json, problems FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    if run is None:
        return None
    run_id, case_json, problems = run

    def rows(table: str) -> list[dict]:
        sql = f"SELECT json FROM {table} WHERE run_id = ? ORDER BY position"  # table: one of three literals
        return [records.loads(row[0]) for row in conn.execute(sql, (run_id,))]

    return Extraction(
        documents=tuple(records.document(d) for d in rows("documents")),
        sources=tuple(records.source(s) for s in rows("sources")),
        claims=tuple(records.claim(c) for c in rows("claims")),
        problems=records.problems(records.loads(problems)),
        case=records.case_info(records.loads(case_json)),
    )
