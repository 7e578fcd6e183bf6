"""What reaches the user's terminal: no control characters from documents, a quiet end on a closed pipe, and
store errors that name SQLite's real cause with the exit code the README gives."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from case_fixture import make_extraction
from rich.text import Text

from conftest import EXAMPLE
from reconcile.cli.console import SafeConsole, printable
from reconcile.errors import StoreError, StoreFileError
from reconcile.store import CaseStore

HOSTILE = "\x1b]0;owned\x07Colonel \x1b[2JRuth\x9b31m Adebayo\u202e"
"""A window title, a clear screen, a C1 CSI and a right-to-left override around a speaker's name."""


def reconcile(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reconcile", *args], capture_output=True, text=True, timeout=300,
                          **kwargs)


def assert_clean(text: str) -> None:
    for sequence in ("\x1b]0;", "\x1b[2J", "\x07", "\x9b", "\u202e"):
        assert sequence not in text, repr(sequence)


def test_printable_drops_control_characters_and_keeps_the_words():
    assert printable(HOSTILE) == "]0;ownedColonel [2JRuth31m Adebayo"
    assert printable("tab\tand\nnewline, café, 東京") == "tab\tand\nnewline, café, 東京"


def test_the_console_keeps_its_own_styling_but_not_the_documents_sequences():
    console = SafeConsole(file=io.StringIO(), force_terminal=True, color_system="standard", highlight=False)
    console.print(Text(HOSTILE, style="bold"))
    written = console.file.getvalue()
    assert "\x1b[1m" in written  # rich's bold
    assert_clean(written)


def test_an_escape_sequence_in_a_speaker_name_never_reaches_the_terminal(tmp_path):
    tweet = {"author": HOSTILE, "text": "Three people were killed in the strike on the market on Tuesday."}
    (tmp_path / "tweet.json").write_text(json.dumps(tweet), encoding="utf-8")
    store = tmp_path / "case.sqlite"
    run = reconcile("run", str(tmp_path / "tweet.json"), "--store", str(store), "--quiet")
    assert run.returncode == 0, run.stderr
    assert "Adebayo" in run.stdout
    assert_clean(run.stdout + run.stderr)
    show = reconcile("review", "show", "--store", str(store))
    assert show.returncode == 0, show.stderr
    assert "Adebayo" in show.stdout
    assert_clean(show.stdout + show.stderr)


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_a_closed_pipe_ends_quietly(fmt):
    command = f"{sys.executable} -m reconcile run {EXAMPLE} --quiet --format {fmt} | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and len(done.stdout.splitlines()) == 1


def test_a_file_that_is_not_a_case_store_exits_2(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("my notes, not a database", encoding="utf-8")
    done = reconcile("review", "show", "--store", str(bad))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("Error: ") and "not a reconcile case store" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_full_disk_under_the_store_reports_the_real_cause(tmp_path, monkeypatch):
    path = tmp_path / "case.sqlite"
    with CaseStore.create(path) as store:
        store.save_run(make_extraction(tmp_path))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: not one more page
        with pytest.raises(StoreError) as caught:
            store.save_run(make_extraction(tmp_path))
        message = str(caught.value)
        assert "database or disk is full" in message and "free some space" in message, message
        assert "rollback" not in message and "\n" not in message
        assert caught.value.exit_code == 1
        assert store.latest_run_info().id == 1  # the earlier run is intact


def test_a_locked_store_says_to_wait(tmp_path, monkeypatch):
    path = tmp_path / "case.sqlite"
    with CaseStore.create(path) as store:
        store.save_run(make_extraction(tmp_path))
    with CaseStore.open(path) as store:
        store.conn.execute("PRAGMA busy_timeout = 50")
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="database is locked.*wait for that one to finish"):
                store.decide("credibility", "victim.age", {"rating": 2})
        finally:
            holder.execute("ROLLBACK")
            holder.close()


def test_a_read_only_store_says_to_check_permissions(tmp_path):
    path = tmp_path / "case.sqlite"
    with CaseStore.create(path) as store:
        store.save_run(make_extraction(tmp_path))
    with CaseStore.open(path) as store:
        store.conn.execute("PRAGMA query_only = ON")  # as a read-only file would: every write refused
        with pytest.raises(StoreError, match="readonly.*check their permissions"):
            store.decide("credibility", "victim.age", {"rating": 2})


def test_a_damaged_store_is_a_bad_file(tmp_path):
    path = tmp_path / "case.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    with pytest.raises(StoreFileError) as caught:
        CaseStore.open(path)
    assert caught.value.exit_code == 2
