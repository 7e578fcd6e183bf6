"""Throughput and memory: the bare spaCy pipeline against the full `reconcile run` on the same news corpus.

One command builds the corpus of `corpus.py` (about 750 words a document), writes it to a temporary folder and
measures, each in a fresh subprocess so that neither warms the other and each has its own peak RSS:

- bare: `spacy.load` of the model reconcile uses, without reconcile's components, `nlp.pipe` over the texts
  with the batch size reconcile's `annotate` uses (spaCy's default of 256 is slower here and peaks near 3 GB);
- full: `ingest` of the folder, `extract_documents` (spaCy with reconcile's components, statements, sources,
  claims) and `assemble` (alignment), i.e. `reconcile run` minus the exports.

Loading the model and a warm-up on three texts are not timed, in either. Words are whitespace-separated words
of the corpus texts. Prints words/second for each, their ratio (target >= 0.70), the stages of the full run
and its peak RSS (target < 1.5 GB).

Example: python benchmarks/throughput.py --docs 200 --n-process 1
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import io
import json
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from corpus import build_corpus, word_count, write_corpus
from machine import describe, load

from reconcile.nlp import annotate

BATCH_SIZE = inspect.signature(annotate).parameters["batch_size"].default
RATIO_TARGET = 0.70
RSS_TARGET_GB = 1.5
WARM_UP = [
    "The minister said on Tuesday that 12 people were killed.",
    '"We heard it," a witness said.',
    "According to the police, about 2,000 people marched in Lyon.",
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the corpus (default 200)")
    parser.add_argument("--n-process", type=int, default=1, help="processes for nlp.pipe, in both runs")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--model", help="spaCy pipeline name (default: the one reconcile loads)")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also print the N functions of the full run with the most own time (cProfile)",
    )
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--measure", choices=["bare", "full"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(_measure(args)))
        return 0
    model = args.model or _default_model()
    corpus = build_corpus(args.docs, seed=args.seed)
    words = word_count(corpus)
    print(describe())
    print(
        f"corpus: {len(corpus)} documents ({sum(d.author is not None for d in corpus)} tweets),"
        f" {words:,} words;"
        f" model {model}; n_process={args.n_process}"
    )
    with tempfile.TemporaryDirectory(prefix="reconcile-bench-") as tmp:
        write_corpus(corpus, Path(tmp))
        bare = _child("bare", args, model, Path(tmp))
        _print_bare(bare)
        full = _child("full", args, model, Path(tmp))
    figures = _report(bare, full, words)
    print(f"load average at the end {load():.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True), encoding="utf-8")
    return 0


def _default_model() -> str:
    import spacy

    from reconcile.nlp import DEFAULT_MODELS

    return next((name for name in DEFAULT_MODELS if spacy.util.is_package(name)), DEFAULT_MODELS[-1])


def _child(kind: str, args: argparse.Namespace, model: str, folder: Path) -> dict:
    command = [
        sys.executable,
        __file__,
        "--measure",
        kind,
        "--folder",
        str(folder),
        "--docs",
        str(args.docs),
        "--seed",
        str(args.seed),
        "--n-process",
        str(args.n_process),
        "--model",
        model,
        "--profile",
        str(args.profile),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        error = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no message"
        sys.exit(f"the {kind} run failed (exit {done.returncode}): {error}\n\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure(args: argparse.Namespace) -> dict:
    """One timed run in this (fresh) process; returns seconds, words and peak RSS."""
    if args.measure == "bare":
        import spacy

        texts = [d.text for d in build_corpus(args.docs, seed=args.seed)]
        nlp = spacy.load(args.model)
        list(nlp.pipe(WARM_UP))
        start, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=args.n_process):
            pass
        result = {
            "seconds": time.perf_counter() - start,
            "cpu_seconds": _cpu_seconds() - cpu,
            "words": word_count(texts),
            "pipes": nlp.pipe_names,
            "batch_size": BATCH_SIZE,
        }
    else:
        result = _full(args)
    result["rss_gb"] = _peak_rss_gb(resource.RUSAGE_SELF)
    result["worker_rss_gb"] = _peak_rss_gb(resource.RUSAGE_CHILDREN)
    return result


def _full(args: argparse.Namespace) -> dict:
    from reconcile.ingest import ingest
    from reconcile.nlp import load_pipeline
    from reconcile.pipeline import assemble, extract_documents

    nlp = load_pipeline(args.model)
    list(nlp.pipe(WARM_UP))
    marks: dict[str, float] = {}

    def tick(done: int, total: int) -> None:
        marks["nlp"] = time.perf_counter()

    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    start, cpu = time.perf_counter(), _cpu_seconds()
    documents, problems, case = ingest([args.folder])
    marks["ingest"] = time.perf_counter()
    extraction = extract_documents(
        documents, problems, case, nlp=nlp, progress=tick, n_process=args.n_process
    )
    marks["claims"] = time.perf_counter()
    evidence = assemble(extraction)
    marks["align"], cpu = time.perf_counter(), _cpu_seconds() - cpu
    if profiler:
        profiler.disable()
    stages = {
        "ingest": marks["ingest"] - start,
        "nlp": marks["nlp"] - marks["ingest"],
        "statements, sources, claims": marks["claims"] - marks["nlp"],
        "align": marks["align"] - marks["claims"],
    }
    return {
        "seconds": marks["align"] - start,
        "cpu_seconds": cpu,
        "words": word_count([d.text for d in documents]),
        "stages": stages,
        "pipes": nlp.pipe_names,
        "documents": len(documents),
        "problems": len(problems),
        "claims": len(extraction.claims),
        "sources": len(extraction.sources),
        "rows": len(evidence.rows),
        "profile": _top(profiler, args.profile) if profiler else "",
    }


def _top(profiler: cProfile.Profile, count: int) -> str:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(count)
    return out.getvalue()


def _cpu_seconds() -> float:
    """User and system time of this process and its finished children (the nlp.pipe workers)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _peak_rss_gb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024**2  # Linux reports kilobytes


def _print_bare(bare: dict) -> None:
    print(
        f"bare spaCy ({', '.join(bare['pipes'])}; batch {bare['batch_size']}): {bare['seconds']:.1f} s"
        f" (CPU {bare['cpu_seconds']:.1f} s), {bare['words'] / bare['seconds']:,.0f} words/s,"
        f" peak RSS {bare['rss_gb']:.2f} GB"
    )


def _report(bare: dict, full: dict, words: int) -> dict:
    if full["words"] != words:
        print(f"note: the full run read {full['words']:,} words, the corpus holds {words:,}")
    bare_rate, full_rate = bare["words"] / bare["seconds"], full["words"] / full["seconds"]
    ratio = full_rate / bare_rate
    cpu_ratio = bare["cpu_seconds"] / full["cpu_seconds"]
    rss = full["rss_gb"]
    print(
        f"full run (ingest + extract + assemble): {full['seconds']:.1f} s (CPU {full['cpu_seconds']:.1f} s),"
        f" {full_rate:,.0f} words/s, peak RSS {rss:.2f} GB"
    )
    print("  stages: " + ", ".join(f"{name} {secs:.1f} s" for name, secs in full["stages"].items()))
    print(
        f"  {full['documents']} documents, {full['sources']} sources, {full['claims']:,} claims,"
        f" {full['rows']} rows, {full['problems']} skipped"
    )
    if full["worker_rss_gb"]:
        print(f"  largest nlp worker peak RSS {full['worker_rss_gb']:.2f} GB (not included above)")
    print(
        f"ratio {ratio:.2f} (target >= {RATIO_TARGET:.2f}): {'met' if ratio >= RATIO_TARGET else 'missed'};"
        f" by CPU time {cpu_ratio:.2f}"
    )
    print(
        f"peak RSS {rss:.2f} GB (target < {RSS_TARGET_GB} GB): {'met' if rss < RSS_TARGET_GB else 'missed'}"
    )
    if full["profile"]:
        print(full["profile"])
    return {
        "words": words,
        "bare": bare,
        "full": full,
        "bare_words_per_s": bare_rate,
        "full_words_per_s": full_rate,
        "ratio": ratio,
        "cpu_ratio": cpu_ratio,
    }


if __name__ == "__main__":
    sys.exit(main())
