"""The benchmarks run end to end on tiny inputs and print their lines; their timings are not asserted."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_benchmark", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_corpus_is_the_same_for_the_same_seed_and_reads_back_word_for_word(tmp_path):
    from reconcile.ingest import ingest

    corpus = _load("corpus")
    documents = corpus.build_corpus(5)
    assert documents == corpus.build_corpus(5) != corpus.build_corpus(5, seed=1)
    assert len(documents) == 5 and documents[0].name.startswith("shipped_")
    corpus.write_corpus(documents, tmp_path)
    read, problems, _ = ingest([tmp_path])
    assert problems == [] and corpus.word_count([d.text for d in read]) == corpus.word_count(documents)


@pytest.mark.slow
def test_throughput_prints_both_rates_the_ratio_and_peak_rss():
    out = _run("throughput.py", "--docs", "5")
    assert "corpus: 5 documents" in out
    assert "bare spaCy (" in out and "full run (ingest + extract + assemble):" in out
    assert out.count("words/s") == 2 and "stages: ingest" in out
    assert "(target >= 0.70)" in out and "ratio " in out
    assert "peak RSS" in out and "(target < 1.5 GB)" in out


@pytest.mark.parametrize(
    "sizes, lines",
    [("200", ["200 claims ("]), ("100,200", ["100 claims (", "per-claim time 100 -> 200"])],
)
def test_align_scaling_prints_each_size_and_the_growth(sizes, lines):
    out = _run("align_scaling.py", "--sizes", sizes)
    for line in lines:
        assert line in out
    assert "us/claim" in out
