"""The store under stress: concurrent writers, a writer killed mid-run, and files that are not case stores."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from case_fixture import make_extraction

from reconcile.errors import StoreError
from reconcile.model import Extraction
from reconcile.store import CaseStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses fork and SIGKILL")

FORK = multiprocessing.get_context("fork") if os.name == "posix" else None
DECISIONS_PER_WRITER = 50


def _write_decisions(path: str, reviewer: str, barrier, spans) -> None:
    with CaseStore.open(path) as store:
        barrier.wait()
        started = time.monotonic()
        for i in range(DECISIONS_PER_WRITER):
            facet = ("victim.age", "victim.name")[i % 2]
            store.decide("credibility", facet, {"rating": i % 6 + 1}, reviewer=reviewer)
            time.sleep(0.001)
        spans.put((started, time.monotonic()))


def test_two_processes_deciding_at_once_lose_nothing(tmp_path):
    path = tmp_path / "case.sqlite"
    with CaseStore.create(path) as store:
        store.save_run(make_extraction(tmp_path))
    barrier, spans = FORK.Barrier(2), FORK.Queue()
    writers = [
        FORK.Process(target=_write_decisions, args=(str(path), f"w{n}", barrier, spans)) for n in (1, 2)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=60)
    assert [w.exitcode for w in writers] == [0, 0]
    (start1, end1), (start2, end2) = spans.get(timeout=5), spans.get(timeout=5)
    assert start1 < end2 and start2 < end1, "the writers did not overlap in time; the test exercised nothing"
    with CaseStore.open(path) as store:
        decisions, log = store.decisions(), [e for e in store.log() if e.action != "run"]
    assert len(decisions) == len(log) == 2 * DECISIONS_PER_WRITER
    assert [e.decision_id for e in log] == [d.id for d in decisions]
    assert sorted(d.reviewer for d in decisions) == ["w1"] * 50 + ["w2"] * 50
    assert [e.after["credibility"] for e in log if e.reviewer == "w1"] == [i % 6 + 1 for i in range(50)]


def big(extraction: Extraction, copies: int) -> Extraction:
    """The extraction with each claim repeated `copies` times (a run that takes a while to write)."""
    claims = tuple(dataclasses.replace(c, id=f"{c.id}-{n}") for n in range(copies) for c in extraction.claims)
    return dataclasses.replace(extraction, claims=claims)


def _save_forever(path: str, folder: str) -> None:
    extraction = make_extraction(Path(folder))
    runs = [big(extraction, 300), big(extraction, 500)]
    with CaseStore.open(path) as store:
        for n in range(10_000):
            store.save_run(runs[n % 2])


def test_a_writer_killed_mid_run_leaves_the_last_complete_run(tmp_path):
    path = tmp_path / "case.sqlite"
    extraction = make_extraction(tmp_path)
    with CaseStore.create(path) as store:
        store.save_run(extraction)
    child = FORK.Process(target=_save_forever, args=(str(path), str(tmp_path)))
    child.start()
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if probe.execute("SELECT max(id) FROM runs").fetchone()[0] >= 4 and _writing(probe):
            break  # the child is inside a save_run transaction: kill it there
        time.sleep(0.005)
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    probe.close()
    assert child.exitcode == -signal.SIGKILL
    with CaseStore.open(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        run = store.latest_run_info()
        latest = store.latest_run()
        assert run.id >= 4
        assert latest in (big(extraction, 300), big(extraction, 500))
        assert (run.documents, run.sources, run.claims) == (3, 4, len(latest.claims))
        assert store.log()[-1].after == {"run": run.id, "documents": 3, "claims": len(latest.claims)}


def _writing(probe: sqlite3.Connection) -> bool:
    """Whether another connection holds the write lock (BEGIN IMMEDIATE fails at once)."""
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    probe.execute("ROLLBACK")
    return False


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.commit()
    conn.close()


def damaged_store(path: Path) -> None:
    with CaseStore.create(path) as store:
        store.save_run(make_extraction(path.parent))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_text("notes about the case\n", encoding="utf-8"), "is not a reconcile case store"),
        (lambda p: p.write_bytes(PNG), "is not a reconcile case store"),
        (foreign_sqlite, r"is an SQLite database of another program \(tables: contacts\)"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(4000)), "cannot be read"),
        (damaged_store, "cannot be read .* damaged"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
    ids=["text", "png", "foreign-sqlite", "garbage-after-header", "damaged-pages", "folder"],
)
@pytest.mark.parametrize("create", [False, True])
def test_a_file_that_is_not_a_case_store_is_refused_by_name(tmp_path, make, message, create):
    path = tmp_path / "given.sqlite"
    make(path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(StoreError, match=message) as caught:
        CaseStore.open(path, create=create)
    assert str(path) in str(caught.value)
    assert (path.read_bytes() if path.is_file() else None) == before


def test_an_empty_file_becomes_a_store_only_when_creating(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(StoreError, match="is an empty file"):
        CaseStore.open(path)
    with CaseStore.open(path, create=True) as store:
        assert store.latest_run() is None
