"""Faults while writing exports: a crash leaves the previous set of exports whole (never a mix of new and old
files), and a folder that cannot be written or a full disk is one clear line, never a traceback or a half-written
file."""

from __future__ import annotations

import errno
import io
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import EXAMPLE
from evidence_fixture import build_evidence

from reconcile import cli
from reconcile import export as exports
from reconcile.errors import OutputError
from reconcile.export import FILENAMES, RENDERERS, write_all
from reconcile.model import Evidence

ORDER = list(FILENAMES)
"""json, csv, claims-csv, md, html, xlsx: the order write_all writes them in."""


@pytest.fixture(scope="module")
def evidence() -> Evidence:
    return build_evidence()


@pytest.fixture(scope="module")
def expected(evidence) -> dict[str, bytes]:
    return {fmt: RENDERERS[fmt](evidence) for fmt in ORDER}


def leftovers(folder: Path) -> list[str]:
    """Temporary files in the folder, and staging folders left beside it."""
    inside = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] if folder.exists() else []
    beside = [p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.export-")]
    return sorted(inside + beside)


def assert_previous_set(folder: Path, before: bytes | None = None) -> None:
    """Every export is as it was before the failed write_all (absent, or `before`), and nothing is left over."""
    for fmt in ORDER:
        path = folder / FILENAMES[fmt]
        assert (path.read_bytes() if path.exists() else None) == before, fmt
    assert leftovers(folder) == []


# A crash part-way through write_all.


@pytest.mark.parametrize("failed", ORDER)
def test_a_renderer_crashing_leaves_no_export_written(evidence, expected, tmp_path, monkeypatch, failed):
    def crash(_evidence):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(RENDERERS, failed, crash)
    with pytest.raises(RuntimeError, match="renderer crashed"):
        write_all(evidence, tmp_path)
    assert_previous_set(tmp_path)


def half_writing(number: int, then) -> object:
    """An os.fdopen whose `number`-th file writes half of what it is given and then calls `then` (which raises or
    hangs); every other file opens as usual."""
    real_fdopen = os.fdopen
    opened = []

    class HalfWriter(io.RawIOBase):
        def __init__(self, fd, mode):
            self.file = real_fdopen(fd, mode)

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            self.file.flush()
            then()

        def close(self):
            self.file.close()

    def fdopen(fd, mode):
        opened.append(fd)
        return HalfWriter(fd, mode) if len(opened) == number else real_fdopen(fd, mode)

    return fdopen


def failing_on(monkeypatch, number: int, error: BaseException) -> None:
    """Make the `number`-th file write_all opens write half its bytes, then raise `error`."""

    def fail() -> None:
        raise error

    monkeypatch.setattr(exports.os, "fdopen", half_writing(number, fail))


@pytest.mark.parametrize(
    "error, raised",
    [
        (RuntimeError("bug"), RuntimeError),
        (KeyboardInterrupt(), KeyboardInterrupt),
        (OSError(errno.EIO, "Input/output error"), OutputError),
    ],
    ids=["exception", "ctrl-c", "io-error"],
)
@pytest.mark.parametrize("failed", ["claims-csv", "xlsx"])
def test_a_crash_in_the_middle_of_a_file_leaves_the_set_unwritten(
    evidence, expected, tmp_path, monkeypatch, error, raised, failed
):
    failing_on(monkeypatch, ORDER.index(failed) + 1, error)
    with pytest.raises(raised):
        write_all(evidence, tmp_path)
    assert_previous_set(tmp_path)


def test_a_crash_over_a_previous_run_keeps_the_previous_set_whole(evidence, expected, tmp_path, monkeypatch):
    for name in FILENAMES.values():
        (tmp_path / name).write_bytes(b"previous run")
    failing_on(monkeypatch, ORDER.index("html") + 1, RuntimeError("bug"))
    with pytest.raises(RuntimeError):
        write_all(evidence, tmp_path)
    assert_previous_set(tmp_path, before=b"previous run")


def test_a_complete_write_replaces_the_whole_previous_set(evidence, expected, tmp_path):
    for name in FILENAMES.values():
        (tmp_path / name).write_bytes(b"previous run")
    write_all(evidence, tmp_path)
    for fmt in ORDER:
        assert (tmp_path / FILENAMES[fmt]).read_bytes() == expected[fmt], fmt
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("moved", [1, 3, 6])
def test_a_rename_failing_part_way_puts_the_previous_files_back(evidence, tmp_path, monkeypatch, moved):
    for name in FILENAMES.values():
        (tmp_path / name).write_bytes(b"previous run")
    real, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if Path(dst).parent == tmp_path and len([c for c in calls if Path(c).parent == tmp_path]) == moved:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(exports.os, "replace", replace)
    with pytest.raises(OutputError, match="No space left on device"):
        write_all(evidence, tmp_path)
    assert_previous_set(tmp_path, before=b"previous run")


def _write_all_then_hang_in_html(folder: str, ready) -> None:
    """In a child process: write the exports, stopping for good half-way through report.html."""

    def hang() -> None:
        ready.set()
        time.sleep(600)

    exports.os.fdopen = half_writing(ORDER.index("html") + 1, hang)
    write_all(build_evidence(), folder)


@pytest.mark.skipif(os.name != "posix", reason="uses fork and SIGKILL")
def test_a_process_killed_while_writing_leaves_no_partial_export(expected, tmp_path):
    fork = multiprocessing.get_context("fork")
    ready = fork.Event()
    child = fork.Process(target=_write_all_then_hang_in_html, args=(str(tmp_path), ready))
    child.start()
    try:
        assert ready.wait(timeout=60), "the child never reached report.html"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    assert child.exitcode == -signal.SIGKILL
    assert list(tmp_path.iterdir()) == []  # the half-written set stays in a hidden folder beside, never the output
    assert len(leftovers(tmp_path)) == 1


# A full disk: every system call that can meet ENOSPC ends in one OutputError that says to free space.


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def fail_third(real):
    calls = []

    def call(*args, **kwargs):
        calls.append(args)
        return no_space() if len(calls) == 3 else real(*args, **kwargs)

    return call


@pytest.mark.parametrize(
    "target, patch, failed",
    [
        (exports.os, "replace", "claims-csv"),
        (exports.os, "fsync", "claims-csv"),
        (exports.os, "open", "claims-csv"),
    ],
    ids=["rename", "fsync", "create-temp"],
)
def test_a_full_disk_is_one_output_error_about_space(
    evidence, expected, tmp_path, monkeypatch, target, patch, failed
):
    monkeypatch.setattr(target, patch, fail_third(getattr(target, patch)))
    with pytest.raises(OutputError) as caught:
        write_all(evidence, tmp_path)
    message = str(caught.value)
    assert message.startswith(f"Cannot write {tmp_path / FILENAMES[failed]}: No space left on device; ")
    assert "free some space" in message and "\n" not in message
    assert caught.value.exit_code == 1
    assert_previous_set(tmp_path)


def test_a_full_disk_while_writing_bytes_is_an_output_error(evidence, expected, tmp_path, monkeypatch):
    failing_on(monkeypatch, ORDER.index("xlsx") + 1, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(OutputError, match="evidence.xlsx: No space left on device; .*free some space"):
        write_all(evidence, tmp_path)
    assert_previous_set(tmp_path)


def test_a_full_disk_when_making_the_staging_folder_is_an_output_error(evidence, tmp_path, monkeypatch):
    monkeypatch.setattr(exports.tempfile, "mkdtemp", no_space)
    with pytest.raises(OutputError, match=r"Cannot write .*out: No space left on device; .*free some space"):
        write_all(evidence, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_full_disk_when_making_the_folder_is_an_output_error(evidence, tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "mkdir", no_space)
    with pytest.raises(OutputError, match=r"Cannot write .*new: No space left on device; .*free some space"):
        write_all(evidence, tmp_path / "new")


def test_a_full_disk_reaches_the_user_as_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(exports.os, "replace", no_space)
    monkeypatch.setattr(sys, "argv", ["reconcile", "run", str(EXAMPLE), "--out", str(tmp_path), "--quiet"])
    with pytest.raises(SystemExit) as caught:
        cli.main()
    assert caught.value.code == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: Cannot write "), err
    assert "No space left on device" in lines[0] and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


# A folder that cannot be written, even by root: through the command, exit 1 and one line.


def sys_is_read_only() -> bool:
    try:
        fd, name = tempfile.mkstemp(dir="/sys")
    except OSError:
        return True
    os.close(fd)
    os.unlink(name)
    return False


@pytest.mark.skipif(not sys_is_read_only(), reason="needs a folder no one can write to (/sys on Linux)")
def test_an_unwritable_output_folder_is_one_line_from_the_command(tmp_path):
    blocker = tmp_path / "report.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    outs = {"sys": "/sys", "under-a-file": str(blocker / "out")}
    runs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "reconcile", "run", str(EXAMPLE), "--out", out, "--quiet"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, out in outs.items()
    }
    for name, process in runs.items():
        stdout, stderr = process.communicate(timeout=300)
        lines = [line for line in stderr.splitlines() if line.strip()]
        assert process.returncode == 1, stderr
        assert len(lines) == 1 and "Traceback" not in stderr, stderr
        assert lines[0].startswith(f"Error: Cannot write {outs[name]}"), lines[0]
        assert "choose a folder you can write to" in lines[0]
        assert stdout == ""
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


# A real full disk: a small tmpfs that holds the previous set but not the new one beside it.

PAGE = 4096


def mount_tmpfs(folder: Path, size: int) -> bool:
    """Mount a tmpfs of `size` bytes on `folder`; False where this machine does not allow it (not root, no mount)."""
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def test_a_disk_filling_mid_export_on_a_small_tmpfs_keeps_the_previous_set(evidence, expected, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    pages = sum(-(-len(data) // PAGE) for data in expected.values())
    if not mount_tmpfs(disk, PAGE * (len(ORDER) + 2 + pages // 2)):
        pytest.skip("cannot mount a tmpfs here; the simulated ENOSPC tests above cover this")
    try:
        out = disk / "out"
        out.mkdir()
        for name in FILENAMES.values():
            (out / name).write_bytes(b"previous run")
        with pytest.raises(OutputError, match="No space left on device"):
            write_all(evidence, out)
        assert_previous_set(out, before=b"previous run")
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, timeout=30)
