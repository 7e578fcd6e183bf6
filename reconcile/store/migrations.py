"""Numbered schema migrations: `PRAGMA user_version` says how many of MIGRATIONS a store has had.

Migration 1 is schema.sql. A change to the schema is a new entry at the end of MIGRATIONS (SQL text), never an
edit of an old one, so every store reaches the same schema whatever version it started from.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from importlib import resources

APPLICATION_ID = 0x52434E4C
"""PRAGMA application_id of a case store ("RCNL"), so a foreign SQLite file is told apart from an empty one."""


@cache
def schema() -> str:
    """The text of schema.sql (migration 1)."""
    return resources.files("reconcile.store").joinpath("schema.sql").read_text(encoding="utf-8")


PARSE_CACHE = """
-- The parse cache (reconcile.cache): annotated Docs of this case's documents, so a re-run skips spaCy.
-- Not evidence: rows are replaced, pruned and cleared freely; each carries the SHA-256 of its data.
CREATE TABLE IF NOT EXISTS parse_cache (
    key        TEXT PRIMARY KEY CHECK (length(key) = 64),
    text_sha   TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    model      TEXT NOT NULL,
    components TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    stored_at  TEXT NOT NULL
);
"""
"""Migration 2: the same table as `reconcile.cache.entries.TABLE_SQL` (a test keeps the two alike)."""

MIGRATIONS: tuple[str, ...] = (schema(), PARSE_CACHE)
"""MIGRATIONS[n - 1] takes a store from user_version n - 1 to n."""

LATEST = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """The complete SQL statements of a script, in order (a trigger's body stays one statement)."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        found.append(pending.strip())
    return found


def migrate(conn: sqlite3.Connection) -> int:
    """Brings the store up to LATEST in one immediate transaction; returns the version it started at.

    The version is read inside the transaction, so two processes creating one store at once migrate it once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        start = conn.execute("PRAGMA user_version").fetchone()[0]
        for version in range(start + 1, LATEST + 1):
            for statement in statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
        if start == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        conn.execute("COMMIT")
    except BaseException:
        try:  # a failed ROLLBACK must not hide why the migration failed
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        raise
    return start
