"""Opening a case store file: refuse what is not one, set WAL and foreign keys, bring the schema up to date."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from reconcile.errors import CaseError, StoreError, StoreFileError
from reconcile.store.migrations import APPLICATION_ID, LATEST, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 30.0
"""How long a writer waits for another process's transaction before giving up."""

_CASE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def home() -> Path:
    """reconcile's folder: $RECONCILE_HOME, else ~/.reconcile."""
    return Path(os.environ.get("RECONCILE_HOME") or Path.home() / ".reconcile")


STORE_SUFFIXES = (".sqlite", ".db")
"""File names with these endings are case stores, never folders of them."""


def case_file(
    case: str | None = None,
    store: str | os.PathLike[str] | None = None,
    *,
    cases: str | os.PathLike[str] | None = None,
) -> Path:
    """The file a case lives in: the one rule the CLI, the app and `CaseStore.open` share.

    Args:
        case: the case's name, a plain word such as "syria-2023" (letters, digits, '.', '-', '_').
        store: the store file itself (--store PATH); it wins over everything else.
        cases: where the app keeps cases (RECONCILE_STORE): a store file (a .sqlite/.db name or an existing file)
            is used as is, any other path is a folder of <case>.sqlite files. Default: <home>/cases.

    Raises:
        CaseError: no case and no store given, or an invalid case name.
    """
    if store is not None:
        return Path(store)
    if cases is not None and _names_a_file(Path(cases)):
        return Path(cases)
    if case is None:
        raise CaseError("No case given; name it with --case NAME or point at its file with --store PATH")
    if not _CASE_NAME.fullmatch(case):
        raise CaseError(
            f"Case name {case!r} is invalid; use letters, digits, '.', '-' and '_' (or pass --store PATH)"
        )
    folder = Path(cases) if cases is not None else home() / "cases"
    return folder / f"{case}.sqlite"


def _names_a_file(path: Path) -> bool:
    return path.suffix in STORE_SUFFIXES or path.is_file()


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """A connection to the case store at `path`, migrated to the latest schema.

    Raises:
        StoreError: the file is missing (and `create` is false), not SQLite, another program's SQLite database,
            from a newer reconcile, or damaged.
    """
    _check_file(path, create=create)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as err:
        raise StoreError(
            f"Cannot open case store {path} ({err}); check the path and its permissions"
        ) from err
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        _check_contents(conn, path, create=create)
        problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if problem != "ok":
            raise sqlite3.DatabaseError(problem)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as err:
        conn.close()
        raise _damaged(path, err) from err
    except BaseException:
        conn.close()
        raise
    return conn


def _check_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StoreFileError(
            f"{path} is a folder, not a case store; pass --store with a file path such as case.sqlite"
        )
    if not path.exists():
        if not create:
            raise StoreFileError(
                f"No case store at {path}; create it with 'reconcile run --case NAME FILES' (or --store PATH)"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                f"Cannot create the folder for case store {path} ({err.strerror}); "
                "pass --store with a path you can write to"
            ) from err
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as err:
        raise StoreFileError(f"Cannot read case store {path} ({err.strerror}); check its permissions") from err
    if header and header != SQLITE_HEADER:
        raise StoreFileError(
            f"{path} is not a reconcile case store (it is not an SQLite database); "
            "pass --store with a file written by reconcile, or a new path"
        )


def _check_contents(conn: sqlite3.Connection, path: Path, *, create: bool) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = [
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    if app_id == APPLICATION_ID:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            raise StoreFileError(
                f"{path} was written by a newer reconcile (schema {version}, this one knows {LATEST}); "
                "upgrade reconcile"
            )
        return
    if app_id == 0 and not tables:
        if not create:
            raise StoreFileError(f"{path} is an empty file; run 'reconcile run --store {path} FILES' to fill it")
        return
    shown = ", ".join(tables[:6]) + (", ..." if len(tables) > 6 else "")
    raise StoreFileError(
        f"{path} is an SQLite database of another program (tables: {shown or 'none'}), not a reconcile case "
        "store; pass --store with a new path"
    )


def _damaged(path: Path, err: sqlite3.DatabaseError) -> StoreError:
    if _cause(err) in _ADVICE:  # full, read-only, locked: the file is fine, its surroundings are not
        return store_failure(path, err, "open")
    reason = " ".join(str(err).replace("*** in database main ***", "").split())
    return StoreFileError(
        f"Case store {path} cannot be read ({reason}); it may be damaged: "
        "restore it from a backup or pass a new --store"
    )


_ADVICE = {
    "SQLITE_FULL": "the disk holding it is full: free some space there and run again",
    "SQLITE_READONLY": "it or its folder is read-only: check their permissions, or pass --store with a writable path",
    "SQLITE_BUSY": "another reconcile is writing to it: wait for that one to finish and run again",
    "SQLITE_LOCKED": "another reconcile is writing to it: wait for that one to finish and run again",
    "SQLITE_IOERR": "the disk reported an input/output error: check the disk (and free space) and run again",
    "SQLITE_CANTOPEN": "the file or its folder cannot be opened: check the path and its permissions",
    "SQLITE_PERM": "access was refused: check the permissions of the file and its folder",
}
"""SQLite's primary result code -> what the user should do (see https://sqlite.org/rescode.html)."""


def _cause(err: sqlite3.Error) -> str:
    """SQLite's primary result code name ("SQLITE_FULL" for "SQLITE_FULL" and its extended forms), or ""."""
    name = getattr(err, "sqlite_errorname", "") or ""
    for primary in _ADVICE:
        if name == primary or name.startswith(primary + "_"):
            return primary
    text = str(err).casefold()
    words = {"full": "SQLITE_FULL", "readonly": "SQLITE_READONLY", "locked": "SQLITE_BUSY", "i/o": "SQLITE_IOERR"}
    return next((code for word, code in words.items() if word in text), "")


def store_failure(path: Path | None, err: sqlite3.Error, doing: str = "write to") -> StoreError:
    """The real SQLite cause of a failed store operation, in one line with what to do."""
    where = f"case store {path}" if path is not None else "the case store"
    advice = _ADVICE.get(_cause(err), "check the disk and the file's permissions, then run again")
    return StoreError(f"Cannot {doing} {where} ({err}): {advice}")


def rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction; a failed ROLLBACK (none active, disk gone) never hides the error being raised."""
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
