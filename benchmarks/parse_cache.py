"""The parse cache and parallel parsing: what a re-run and a second process save, as ratios measured in one run.

Every figure is a whole `reconcile run FOLDER --format json` in a fresh process, start-up and model loading
included, timed from the outside, so it is what a user waits for (without `--out`: writing the six exports is
the same work cached or not). On the corpus of `corpus.py` written to a temporary folder:

- cold vs warm: `reconcile run FOLDER --store S --jobs 1` on a new case store (parse everything, fill the cache),
  then the same command again (every parse read back): warm / cold, target <= 0.25 on 200 documents;
- jobs: `--jobs 1` and `--jobs 2` with `--no-cache`: time(1) / time(2), target >= 1.4 on 2 cores;
- the done-when figure: the same cold and warm pair on a 40-document case, target <= 0.5;
- size: bytes the cache stores per document (from the case store), beside the bytes of the document's text;
- the app: `AppCase.run` of the shipped example, first and again (model loaded once, as in the app's server).

Each run's evidence.json (printed by `--format json`) is compared with the cold run's, ingest times blanked
(each run reads the files at its own second), so a figure is never bought with a different output.

Example: python benchmarks/parse_cache.py --docs 200 --case-docs 40
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from corpus import build_corpus, word_count, write_corpus
from machine import describe, load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "syria-strike-2023"
WARM_TARGET = 0.25
JOBS_TARGET = 1.4
DONE_WHEN_TARGET = 0.5
PARTS = ("large", "jobs", "case", "app")
_INGESTED_AT = re.compile(r'"ingested_at": "[^"]*"')


@dataclass(frozen=True)
class Timed:
    """One `reconcile run` in its own process: wall-clock and CPU seconds (its workers included), its output."""

    seconds: float
    cpu_seconds: float
    evidence: str
    stderr: str


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents of the large case (default 200)")
    parser.add_argument("--case-docs", type=int, default=40, help="documents of the done-when case (default 40)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument(
        "--only", action="append", choices=PARTS, help="measure only these parts (repeatable; default all)"
    )
    args = parser.parse_args(argv)
    parts = set(args.only or PARTS)
    print(describe())
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="reconcile-cache-bench-") as tmp:
        work = Path(tmp)
        large, small = work / "large", work / "small"
        corpus = build_corpus(args.docs, seed=args.seed)
        write_corpus(corpus, large)
        write_corpus(build_corpus(args.case_docs, seed=args.seed + 1), small)
        print(f"corpus: {args.docs} documents, {word_count(corpus):,} words; case: {args.case_docs} documents")
        if "large" in parts:
            figures |= _cold_warm(large, work / "large.sqlite", "large", WARM_TARGET)
            figures |= _size(work / "large.sqlite", large)
        if "jobs" in parts:
            figures |= _jobs(large, work)
        if "case" in parts:
            figures |= _cold_warm(small, work / "small.sqlite", "case", DONE_WHEN_TARGET)
        if "app" in parts:
            figures |= _app(work)
    print(f"load average at the end {load():.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True), encoding="utf-8")
    return 0


def _run(folder: Path, work: Path, *options: str) -> Timed:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RECONCILE_HOME=str(work / "home"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reconcile", "run", str(folder), "--format", "json", *options],
        capture_output=True, text=True, env=env, check=False,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"reconcile run {' '.join(options)} failed (exit {done.returncode}): {done.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    evidence = _INGESTED_AT.sub('"ingested_at": ""', done.stdout)
    return Timed(seconds, cpu, evidence, done.stderr)


def _line(label: str, timed: Timed) -> str:
    cache = next((line for line in timed.stderr.splitlines() if "parse cache" in line), "no cache")
    cores = timed.cpu_seconds / timed.seconds
    return f"  {label}: {timed.seconds:.1f} s (CPU {timed.cpu_seconds:.1f} s, {cores:.2f} cores busy); {cache}"


def _verdict(value: float, target: float, *, at_most: bool) -> str:
    met = value <= target if at_most else value >= target
    return f"(target {'<=' if at_most else '>='} {target}): {'met' if met else 'missed'}"


def _same(a: Timed, b: Timed, what: str) -> str:
    if a.evidence != b.evidence:
        sys.exit(f"{what}: evidence.json differs from the cold run's; the cache changed the output")
    return "evidence.json identical"


def _cold_warm(folder: Path, store: Path, name: str, target: float) -> dict[str, float]:
    work = store.parent
    cold = _run(folder, work, "--store", str(store), "--jobs", "1")
    warm = _run(folder, work, "--store", str(store), "--jobs", "1")
    ratio = warm.seconds / cold.seconds
    print(f"{name}: cold and warm `reconcile run --store` (start-up included)")
    print(_line("cold", cold))
    print(_line("warm", warm))
    print(
        f"  warm / cold {ratio:.2f} {_verdict(ratio, target, at_most=True)};"
        f" by CPU time {warm.cpu_seconds / cold.cpu_seconds:.2f}; {_same(cold, warm, name)}"
    )
    return {f"{name}_cold_s": cold.seconds, f"{name}_warm_s": warm.seconds, f"{name}_warm_over_cold": ratio}


def _size(store: Path, folder: Path) -> dict[str, float]:
    with sqlite3.connect(store) as conn:
        entries, stored = conn.execute("SELECT count(*), sum(size) FROM parse_cache").fetchone()
    text = sum(len(p.read_bytes()) for p in folder.iterdir())
    per_doc, text_per_doc = stored / entries, text / entries
    print(
        f"cache size: {entries} parses, {stored / 1024**2:.1f} MB; {per_doc / 1024:.1f} KB a document"
        f" ({per_doc / text_per_doc:.1f}x its file's {text_per_doc / 1024:.1f} KB)"
    )
    return {"cache_bytes_per_document": per_doc, "cache_over_text": per_doc / text_per_doc}


def _jobs(folder: Path, work: Path) -> dict[str, float]:
    one = _run(folder, work, "--no-cache", "--jobs", "1")
    two = _run(folder, work, "--no-cache", "--jobs", "2")
    speedup = one.seconds / two.seconds
    print(f"jobs: `reconcile run --no-cache` in 1 and 2 processes ({os.cpu_count()} cores)")
    print(_line("--jobs 1", one))
    print(_line("--jobs 2", two))
    print(f"  speed-up {speedup:.2f} {_verdict(speedup, JOBS_TARGET, at_most=False)}; {_same(one, two, 'jobs')}")
    print("  (two processes can only gain when the machine gives this run both cores: see 'cores busy')")
    return {"jobs1_s": one.seconds, "jobs2_s": two.seconds, "jobs_speedup": speedup}


def _app(work: Path) -> dict[str, float]:
    from reconcile.app.boundary import DOCUMENTS_ENV

    os.environ["RECONCILE_HOME"] = str(work / "home")
    os.environ[DOCUMENTS_ENV] = str(EXAMPLE.parent)  # the app reads server folders only where allowed
    from reconcile.app.case import AppCase
    from reconcile.nlp import load_pipeline

    nlp = load_pipeline()
    case = AppCase.open("bench", store_env=str(work / "app"))
    case.add_path(EXAMPLE)
    start = time.perf_counter()
    case.run(nlp=nlp)
    first = time.perf_counter() - start
    start = time.perf_counter()
    case.run(nlp=nlp)
    again = time.perf_counter() - start
    print(
        f"app: AppCase.run of the example {first:.2f} s, re-run {again:.2f} s"
        f" (re-run / first {again / first:.2f}; the model loaded once, as in the app's server)"
    )
    return {"app_first_s": first, "app_rerun_s": again}


if __name__ == "__main__":
    sys.exit(main())
