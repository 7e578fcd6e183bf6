"""The case store: one SQLite file per case holding the documents' raw bytes, the latest run, every decision.

Example:
    with CaseStore.at(case="syria-strike", create=True) as store:
        store.save_run(extraction)
        store.decide("verdict", "victim.age", {"rating": "disputed"}, comment="Family and White Helmets differ")
        evidence, review = store.reviewed()
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from reconcile.cache import ParseCache
from reconcile.errors import CaseError, StoreError, StoreFileError
from reconcile.evidence import assemble
from reconcile.model import Document, Evidence, Extraction
from reconcile.store import records, runs
from reconcile.store.database import STORE_SUFFIXES, case_file, connect, home, rollback, store_failure
from reconcile.store.decisions import Decision, Edit, Review, apply_decisions, apply_review
from reconcile.store.resolve import draft, parse_value, state_of
from reconcile.store.runs import Run

__all__ = [
    "AuditEntry",
    "CaseStore",
    "Decision",
    "Edit",
    "Review",
    "Run",
    "apply_decisions",
    "apply_review",
    "case_file",
    "home",
    "parse_value",
    "reviewer_name",
    "store_failure",
]


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log: who changed what, when, and the target's state before and after."""

    id: int
    at: str
    reviewer: str
    action: str
    target: str
    before: Any
    after: Any
    decision_id: int | None = None


def reviewer_name(reviewer: str | None = None) -> str:
    """Who is deciding: the argument, else $RECONCILE_REVIEWER, else the operating-system user."""
    if reviewer and reviewer.strip():
        return reviewer.strip()
    if os.environ.get("RECONCILE_REVIEWER", "").strip():
        return os.environ["RECONCILE_REVIEWER"].strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _store_path(path_or_name: str | os.PathLike[str]) -> Path:
    """`path_or_name` as a store file: a plain word is a case's name (see `case_file`), anything else a path."""
    if isinstance(path_or_name, str):
        looks_like_path = "/" in path_or_name or os.sep in path_or_name or path_or_name.endswith(STORE_SUFFIXES)
        if not looks_like_path and not Path(path_or_name).is_file():
            return case_file(path_or_name)
    return Path(path_or_name)


def _counts(run: Run | None) -> dict[str, int] | None:
    return None if run is None else {"run": run.id, "documents": run.documents, "claims": run.claims}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class CaseStore:
    """A case's SQLite file. Every write is one `BEGIN IMMEDIATE` transaction, so concurrent writers queue."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path_or_name: str | os.PathLike[str], *, create: bool = False) -> CaseStore:
        """Open a store by file path, or by case name (a plain word such as "syria-2023": see `case_file`).

        A Path, or a string with a folder separator or a .sqlite/.db suffix, or naming an existing file, is a path.
        StoreError names the file if it is missing (and not `create`), foreign or damaged.
        """
        path = _store_path(path_or_name)
        return cls(connect(path, create=create), path)

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> CaseStore:
        """Open the store at `path`, creating the file and its folder if missing."""
        return cls.open(path, create=True)

    @classmethod
    def at(
        cls, case: str | None = None, store: str | os.PathLike[str] | None = None, *, create: bool = False
    ) -> CaseStore:
        """Open the store given as --store PATH, else the one of case NAME under $RECONCILE_HOME/cases."""
        return cls.open(case_file(case, store), create=create)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise store_failure(self.path, err) from err
        try:
            yield self.conn
        except sqlite3.Error as err:
            rollback(self.conn)
            raise store_failure(self.path, err) from err
        except BaseException:
            rollback(self.conn)
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            rollback(self.conn)
            raise store_failure(self.path, err) from err

    # Runs

    def save_run(
        self, extraction: Extraction, *, reviewer: str | None = None, raw: Mapping[str, bytes] | None = None
    ) -> int:
        """Store a run's extraction as the latest, with a copy of every document's raw bytes; returns its id.

        Args:
            raw: sha256 -> bytes for documents that have no readable file (uploads); others are read from
                Document.path (without its "#row=N" suffix) and must still hash to Document.sha256.
        """
        copies = runs.copies(self.conn, extraction.documents, raw or {})
        who = reviewer_name(reviewer)
        with self._transaction() as db:
            db.executemany("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", copies)
            before = _counts(runs.latest_info(db))
            previous = runs.latest(db) if before is not None else None
            run_id = runs.insert(db, extraction, _now())
            self._audit(who, "run", f"#{run_id}", before, _counts(runs.latest_info(db)), run_id=run_id)
            self._audit_reanchored(who, previous, extraction, run_id)
        return run_id

    def _audit_reanchored(self, who: str, previous: Extraction | None, new: Extraction, run_id: int) -> None:
        """One "reanchor" audit row per decision whose quote was found at a new place in an edited document.

        Only changes are logged: a decision re-anchored to the same place as after the previous run is not repeated.
        """
        decisions = self.decisions()
        if not decisions:
            return
        earlier = {}
        if previous is not None:
            earlier = {r.decision.id: r.after() for r in apply_review(previous, decisions)[1].reanchored}
        for moved in apply_review(new, decisions)[1].reanchored:
            after = moved.after()
            if earlier.get(moved.decision.id) != after:
                before = earlier.get(moved.decision.id) or moved.before()
                self._audit(who, "reanchor", moved.decision.label, before, after,
                            decision_id=moved.decision.id, run_id=run_id)

    def latest_run_info(self) -> Run | None:
        """The latest run's id, time and counts, or None before the first run."""
        return runs.latest_info(self.conn)

    def latest_run(self) -> Extraction | None:
        """The extraction of the latest run, as the machine made it (no decisions applied), or None."""
        return runs.latest(self.conn)

    def _require_run(self) -> Extraction:
        extraction = self.latest_run()
        if extraction is None:
            raise StoreError(
                f"Case store {self.path} has no run yet; run 'reconcile run --case NAME FILES' first"
            )
        return extraction

    def documents(self) -> tuple[Document, ...]:
        """The latest run's documents, in reading order."""
        extraction = self.latest_run()
        return extraction.documents if extraction else ()

    def raw_bytes(self, document_id: str) -> bytes:
        """The bytes of the file `document_id` was read from, exactly as received (checked against its hash)."""
        row = self.conn.execute(
            "SELECT b.sha256, b.data FROM documents d JOIN blobs b ON b.sha256 = d.sha256"
            " WHERE d.id = ? ORDER BY d.run_id DESC LIMIT 1",
            (document_id,),
        ).fetchone()
        if row is None:
            raise CaseError(
                f"No document {document_id!r} in case store {self.path}; copy an id from 'reconcile review show'"
            )
        sha, data = row
        if hashlib.sha256(data).hexdigest() != sha:
            raise StoreFileError(
                f"The stored copy of document {document_id} no longer matches its SHA-256; restore "
                f"{self.path} from a backup"
            )
        return data

    def parse_cache(self) -> ParseCache:
        """The case's parse cache, in this file; it keeps the parses of the latest run only."""
        return ParseCache(self.conn, self.path, prune=True)

    # Decisions

    def decide(
        self,
        action: str,
        target: str,
        payload: Mapping[str, Any] | None = None,
        *,
        reviewer: str | None = None,
        comment: str | None = None,
    ) -> Decision:
        """Record one decision and its audit row in one transaction; returns it with its id.

        Args:
            action: one of model.Action.
            target: a claim id or prefix (accept, reject, reassign, edit), a source id, prefix or name (merge, split,
                reliability), a facet (credibility, verdict), or a document id or prefix (add).
            payload: reassign {"source"}, edit {"facet", "value"}, merge {"other"}, split {"alias", "claims"?},
                add {"start", "end", "source", "facet"?, "value"?}, reliability/credibility/verdict {"rating"}.
            comment: why; required for a verdict.
        """
        who = reviewer_name(reviewer)
        with self._transaction() as db:
            base, earlier = self._require_run(), self.decisions()
            old, old_review = apply_review(base, earlier)
            decision = draft(
                action,
                target,
                payload or {},
                old,
                old_review,
                reviewer=who,
                comment=comment,
                decided_at=_now(),
            )
            new, new_review = apply_review(base, [*earlier, decision])
            if any(orphan is decision for orphan in new_review.orphans):
                raise CaseError(
                    f"The {action} of {decision.label} does not fit the latest run; re-run and retry"
                )
            decision_id = db.execute(
                "INSERT INTO decisions (action, target, payload, label, reviewer, comment, decided_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    action,
                    records.dumps(decision.target),
                    records.dumps(decision.payload),
                    decision.label,
                    who,
                    comment,
                    decision.decided_at,
                ),
            ).lastrowid
            decision = replace(decision, id=decision_id)
            before, after = state_of(decision, old, old_review), state_of(decision, new, new_review)
            self._audit(
                who, action, decision.label, before, after, decision_id=decision_id, at=decision.decided_at
            )
        return decision

    def decisions(self) -> list[Decision]:
        """Every decision ever recorded, in the order they were taken (orphans included)."""
        rows = self.conn.execute(
            "SELECT action, target, payload, reviewer, comment, decided_at, label, id FROM decisions ORDER BY id"
        )
        return [
            Decision(action, records.loads(target), records.loads(payload), reviewer, comment, at, label, id_)
            for action, target, payload, reviewer, comment, at, label, id_ in rows
        ]

    def _audit(
        self,
        who: str,
        action: str,
        target: str,
        before: Any,
        after: Any,
        *,
        at: str | None = None,
        decision_id: int | None = None,
        run_id: int | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO audit_log (at, reviewer, action, target, before, after, decision_id, run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                at or _now(),
                who,
                action,
                target,
                records.dumps(before),
                records.dumps(after),
                decision_id,
                run_id,
            ),
        )

    def log(self) -> list[AuditEntry]:
        """The audit log, oldest first."""
        rows = self.conn.execute(
            "SELECT id, at, reviewer, action, target, before, after, decision_id FROM audit_log ORDER BY id"
        )
        return [
            AuditEntry(id_, at, who, action, target, records.loads(before), records.loads(after), decision_id)
            for id_, at, who, action, target, before, after, decision_id in rows
        ]

    # Reviewed results

    def reviewed(self) -> tuple[Evidence, Review]:
        """The latest run with every decision applied, aligned into Evidence, and the Review beside it."""
        extraction, review = apply_review(self._require_run(), self.decisions())
        return assemble(extraction), review

    def evidence(self) -> Evidence:
        """The evidence table as reviewed (see `reviewed`)."""
        return self.reviewed()[0]

    def review(self) -> Review:
        """Verdicts, credibility, reliability, claim statuses, edits and orphans of the latest run."""
        return apply_review(self._require_run(), self.decisions())[1]

    def orphans(self) -> list[Decision]:
        """The decisions that fit nothing in the latest run (kept in the store all the same)."""
        return list(self.review().orphans)
