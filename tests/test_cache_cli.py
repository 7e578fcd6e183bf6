"""`run` and `eval` with the parse cache and --jobs, and `reconcile cache clear`, as a user runs them."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLE, ROOT
from reconcile.cache import file_in
from reconcile.cli import app

GOLD = ROOT / "data" / "gold" / "drone-strike-beit-seraj-2024"
runner = CliRunner()
INGESTED_AT = re.compile(rb'"ingested_at": "[^"]*"')


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("RECONCILE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def reconcile(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result


def evidence_bytes(folder) -> bytes:
    """evidence.json with its documents' ingest times blanked: each run reads the files anew, at its own second,
    and that time is the only part of the file a run's clock decides."""
    return INGESTED_AT.sub(b'"ingested_at": ""', (folder / "evidence.json").read_bytes())


def test_a_second_run_reads_the_cache_and_writes_the_same_evidence(tmp_path, home):
    first = reconcile("run", str(EXAMPLE), "--out", str(tmp_path / "a"), "--format", "json")
    assert "0 of 2 documents from the parse cache, 2 parsed" in first.stderr
    assert file_in(home).exists()
    second = reconcile("run", str(EXAMPLE), "--out", str(tmp_path / "b"), "--format", "json")
    assert "2 of 2 documents from the parse cache, 0 parsed" in second.stderr
    assert evidence_bytes(tmp_path / "b") == evidence_bytes(tmp_path / "a")
    assert json.loads(second.stdout)["rows"] == json.loads(first.stdout)["rows"]


def test_no_cache_neither_reads_nor_writes_it(tmp_path, home):
    result = reconcile("run", str(EXAMPLE), "--no-cache", "--format", "json")
    assert not file_in(home).exists() and "parse cache" not in result.stderr
    reconcile("run", str(EXAMPLE), "--format", "json")
    again = reconcile("run", str(EXAMPLE), "--no-cache", "--out", str(tmp_path / "a"), "--format", "json")
    assert "parse cache" not in again.stderr


def test_jobs_two_writes_the_same_evidence_json_as_one(tmp_path):
    reconcile("run", str(GOLD / "docs"), "--jobs", "1", "--no-cache", "--out", str(tmp_path / "one"), "-q")
    two = reconcile("run", str(GOLD / "docs"), "--jobs", "2", "--out", str(tmp_path / "two"))
    assert "parsed in 2 processes" in two.stderr
    assert evidence_bytes(tmp_path / "two") == evidence_bytes(tmp_path / "one")


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(jobs):
    result = runner.invoke(app, ["run", str(EXAMPLE), "--jobs", jobs])
    assert result.exit_code == 2 and "--jobs" in result.output


def test_cache_clear_empties_the_shared_cache_and_a_cases(tmp_path, home):
    reconcile("run", str(EXAMPLE), "-q", "--format", "json")
    reconcile("run", str(EXAMPLE), "-q", "--format", "json", "--case", "syria")
    assert "removed 2 cached parse(s) from" in reconcile("cache", "clear").stdout
    assert "removed 0 cached parse(s)" in reconcile("cache", "clear").stdout
    cleared = reconcile("cache", "clear", "--case", "syria").stdout
    assert "removed 2 cached parse(s)" in cleared and "syria.sqlite" in cleared
    rerun = reconcile("run", str(EXAMPLE), "--format", "json", "--case", "syria")
    assert "0 of 2 documents from the parse cache" in rerun.stderr


def test_a_damaged_cache_file_is_reported_and_the_run_goes_on(tmp_path, home):
    file_in(home).parent.mkdir(parents=True)
    file_in(home).write_bytes(b"this is not a database" * 40)
    result = reconcile("run", str(EXAMPLE), "--out", str(tmp_path / "a"), "--format", "json")
    assert "parse cache not used" in result.stderr and "reconcile cache clear" in result.stderr
    reconcile("cache", "clear")
    reconcile("run", str(EXAMPLE), "--out", str(tmp_path / "b"), "--format", "json")
    assert evidence_bytes(tmp_path / "b") == evidence_bytes(tmp_path / "a")


def test_eval_scores_the_same_from_the_cache(tmp_path):
    gold = str(GOLD / "gold.json")
    (tmp_path / "none.toml").write_text("[floors]\n", "utf-8")  # one case is not the seven the floors are for
    options = ("--floors", str(tmp_path / "none.toml"), "--json")
    reconcile("eval", gold, *options, str(tmp_path / "first.json"), "--jobs", "1")
    reconcile("eval", gold, *options, str(tmp_path / "cached.json"))
    reconcile("eval", gold, *options, str(tmp_path / "uncached.json"), "--no-cache", "--jobs", "2")
    first = (tmp_path / "first.json").read_text("utf-8")
    assert first == (tmp_path / "cached.json").read_text("utf-8") == (tmp_path / "uncached.json").read_text("utf-8")
    assert "attribution" in first
