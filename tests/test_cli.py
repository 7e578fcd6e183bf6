"""The command as a user runs it: exit codes, one-line errors, files written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT


def reconcile(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reconcile", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_run_writes_every_export_and_prints_the_table(tmp_path):
    result = reconcile("run", str(EXAMPLE), "--out", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    for name in ("evidence.json", "evidence.csv", "claims.csv", "evidence.md", "report.html", "evidence.xlsx"):
        assert (tmp_path / name).stat().st_size > 0
    assert "victim.age" in result.stdout and "conflict" in result.stdout
    evidence = json.loads((tmp_path / "evidence.json").read_text(encoding="utf-8"))
    assert {"reconcile_version", "event", "documents", "sources", "claims", "rows"} <= set(evidence)


def test_missing_path_is_a_usage_error_in_one_line(tmp_path):
    result = reconcile("run", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "nowhere" in lines[0] and "Traceback" not in result.stderr


def test_folder_with_nothing_readable_exits_2(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = reconcile("run", str(tmp_path))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_one_bad_file_is_skipped_and_the_rest_processed(tmp_path):
    (tmp_path / "good.txt").write_text('"The bridge was closed at noon," the mayor said.', encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"author": "x", "text": ', encoding="utf-8")
    result = reconcile("run", str(tmp_path), "--format", "json", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "bad.json" in result.stderr
    assert json.loads(result.stdout)["documents"][0]["path"].endswith("good.txt")


@pytest.mark.parametrize(
    "argv, words",
    [
        (("run", "--bogus"), "No such option: --bogus"),
        (("review", "accept"), "Missing argument"),
    ],
)
def test_bad_usage_is_one_line_with_exit_2(argv, words):
    result = reconcile(*argv)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0] and "unexpected" not in lines[0], result.stderr


def test_unknown_format_is_a_usage_error(tmp_path):
    result = reconcile("run", str(EXAMPLE), "--format", "pdf")
    assert result.returncode == 2 and "--format" in result.stderr


def test_missing_model_says_how_to_install(tmp_path):
    result = reconcile("run", str(EXAMPLE), "--model", "xx_no_such_model")
    assert result.returncode == 1
    assert "pip install" in result.stderr and "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path):
    result = reconcile("--debug", "run", str(EXAMPLE), "--model", "xx_no_such_model")
    assert "Traceback" in result.stderr


def test_every_command_is_documented():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    result = reconcile("--help")
    panel = result.stdout.split("Commands", 1)[1]
    commands = [line.split()[1] for line in panel.splitlines() if line.startswith("│ ") and line[2:3].isalpha()]
    assert commands, result.stdout
    for command in commands:
        assert f"reconcile {command}" in doc, command
