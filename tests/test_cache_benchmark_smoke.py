"""The parse-cache benchmark runs end to end on tiny inputs and prints every figure; timings are not asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).parents[1] / "benchmarks" / "parse_cache.py"


@pytest.mark.slow
def test_parse_cache_benchmark_prints_each_ratio_and_checks_the_outputs_agree(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--docs", "3", "--case-docs", "2", "--json", str(tmp_path / "f.json")],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "3 of 3 documents from the parse cache, 0 parsed" in out and "2 of 2 documents" in out
    assert "warm / cold" in out and "(target <= 0.25)" in out and "(target <= 0.5)" in out
    assert "speed-up" in out and "(target >= 1.4)" in out
    assert out.count("evidence.json identical") == 3
    assert "KB a document" in out and "app: AppCase.run of the example" in out
    assert (tmp_path / "f.json").read_text("utf-8").count("_s") >= 6
