"""The parse cache's table: one row per parsed document, in a case store or in a file of its own.

A row holds the Doc's bytes (see `codec`) and their SHA-256, written with them and checked on every read, so a
damaged row is never trusted: it reads as a miss and the document is parsed again. In a case store the table
comes with the schema (migration 2); a run without a case uses a file of its own, `cache/parses.sqlite` under
RECONCILE_HOME, created on first use. Nothing in this table is evidence: losing it costs only a re-parse.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

TABLE = "parse_cache"
TABLE_SQL = """
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
)"""
"""The table as a file of its own creates it. A case store gets it from its migration 2, which must stay as it
was written: a change here needs a new migration there too."""
FILE_APPLICATION_ID = 0x52435043
"""PRAGMA application_id of a stand-alone cache file ("RCPC"), so a foreign database there is not written to."""
FILE_SCHEMA_VERSION = 1
"""A stand-alone file of another version is dropped and rebuilt: it holds nothing but parses."""
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 10.0


class CacheUnusable(Exception):
    """The cache file cannot be used; the run goes on without it (see `reason`)."""


@dataclass(frozen=True)
class Entry:
    """One parse to store: its key, the document it came from and the Doc's bytes."""

    key: str
    text_sha: str
    sha256: str
    model: str
    components: str
    data: bytes


@dataclass(frozen=True)
class Usage:
    """How many parses a cache holds and their total size in bytes."""

    entries: int
    size: int


class ParseCache:
    """Parses in an SQLite table. Reads check each row's checksum; writes are one transaction, and a write that
    fails (a busy or read-only store) is recorded in `problems` rather than raised: the run is still right."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, prune: bool = False) -> None:
        """Args:
        prune: after a run stores its parses, drop the entries it did not use (a case store keeps only the
            parses of its latest run; a shared file keeps every parse until `reconcile cache clear`).
        """
        self.conn = conn
        self.path = path
        self.prune = prune
        self.problems: list[str] = []

    @classmethod
    def open_file(cls, path: Path) -> ParseCache:
        """The stand-alone cache file at `path`, created if missing; CacheUnusable if it is not one or is damaged."""
        return cls(_connect_file(path), path)

    def close(self) -> None:
        self.conn.close()

    def read(self, keys: Iterable[str]) -> tuple[dict[str, bytes], list[str]]:
        """The stored bytes of those `keys` that are present, and the keys whose row failed its checksum."""
        wanted = sorted(set(keys))
        found: dict[str, bytes] = {}
        damaged: list[str] = []
        try:
            for chunk in _chunks(wanted, 500):
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT key, checksum, data FROM {TABLE} WHERE key IN ({marks})", chunk
                ).fetchall()
                for key, checksum, data in rows:
                    if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == checksum:
                        found[key] = data
                    else:
                        damaged.append(key)
        except sqlite3.Error as err:
            self.problems.append(f"cannot read the parse cache in {self.path} ({err})")
            return {}, []
        return found, damaged

    def write(self, entries: Sequence[Entry], *, used: Iterable[str] = ()) -> None:
        """Store `entries` (replacing rows of the same key) in one transaction; with `prune`, drop other rows
        than those of `entries` and `used`."""
        if not entries and not self.prune:
            return
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [
            (e.key, e.text_sha, e.sha256, e.model, e.components, hashlib.sha256(e.data).hexdigest(), len(e.data),
             e.data, now)
            for e in entries
        ]
        keep = {e.key for e in entries} | set(used)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.executemany(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                if self.prune:
                    stale = [k for (k,) in self.conn.execute(f"SELECT key FROM {TABLE}") if k not in keep]
                    self.conn.executemany(f"DELETE FROM {TABLE} WHERE key = ?", [(k,) for k in stale])
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            self.problems.append(f"cannot write the parse cache in {self.path} ({err}); the next run parses again")

    def clear(self) -> int:
        """Remove every entry; returns how many there were."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            removed = self.conn.execute(f"DELETE FROM {TABLE}").rowcount
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return removed

    def usage(self) -> Usage:
        entries, size = self.conn.execute(f"SELECT count(*), coalesce(sum(size), 0) FROM {TABLE}").fetchone()
        return Usage(entries, size)

    def sizes(self) -> Mapping[str, int]:
        """key -> stored size in bytes, for the benchmarks' size per document."""
        return dict(self.conn.execute(f"SELECT key, size FROM {TABLE}"))


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _connect_file(path: Path) -> sqlite3.Connection:
    try:
        if path.exists():
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
            if header and header != SQLITE_HEADER:
                raise CacheUnusable(f"{path} is not an SQLite file")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except (OSError, sqlite3.Error) as err:
        raise CacheUnusable(f"cannot open {path} ({err})") from err
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id not in (0, FILE_APPLICATION_ID) or (app_id == 0 and tables):
            raise CacheUnusable(f"{path} is another program's database")
        if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise CacheUnusable(f"{path} is damaged")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("PRAGMA user_version").fetchone()[0] != FILE_SCHEMA_VERSION:
            conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
            conn.execute(TABLE_SQL)
            conn.execute(f"PRAGMA user_version = {FILE_SCHEMA_VERSION:d}")
            conn.execute(f"PRAGMA application_id = {FILE_APPLICATION_ID:d}")
        conn.execute("COMMIT")
    except sqlite3.Error as err:
        conn.close()
        raise CacheUnusable(f"{path} cannot be read ({err})") from err
    except BaseException:
        conn.close()
        raise
    return conn


def clear_file(path: Path) -> int:
    """Delete the stand-alone cache file (and its WAL files); returns the entries it held (0 if unreadable).

    Deleting, not emptying, also repairs a damaged file: the next run creates a new one.
    """
    if not path.exists():
        return 0
    try:
        cache = ParseCache.open_file(path)
        removed = cache.usage().entries
        cache.close()
    except (CacheUnusable, sqlite3.Error):
        removed = 0
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return removed
