"""One long document: a 1,000,000-character news text through the full run, against a normal-sized baseline.

Builds one text of `--chars` characters (the corpus of `corpus.py`, its reports joined with blank lines, so the
text reads as one very long article), writes it to a temporary folder and measures in fresh subprocesses:

- long: `ingest`, `extract_documents` and `assemble` of that one file (spaCy sees it in paragraph-aligned pieces
  of at most `reconcile.nlp.chunks.CHUNK_CHARS`; see that module);
- baseline: the same run over the same text cut into files of about 5,000 characters, the size of a news report.

Prints each run's wall-clock and CPU seconds, characters/second, peak RSS, and the ratio long / baseline of both
time and memory. Targets (issue 19): the long run in < 60 s and < 1.5 GB peak RSS.

Example: python benchmarks/long_document.py --chars 1000000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from corpus import build_corpus
from machine import describe, load

TARGET_SECONDS = 60.0
TARGET_GB = 1.5
BASELINE_CHARS = 5_000


def long_text(chars: int, seed: int = 2026) -> str:
    """At least `chars` characters of news text cut to exactly `chars` at a paragraph break (or a space)."""
    docs, text = 50, ""
    while len(text) < chars:
        text = "\n\n".join(d.text.strip() for d in build_corpus(docs, seed=seed) if d.author is None)
        docs *= 2
    cut = text.rfind("\n\n", 0, chars)
    text = text[:chars]
    return text if cut < 0 else text[:cut] + " " * (chars - cut)


def split_text(text: str, size: int = BASELINE_CHARS) -> list[str]:
    """The text in pieces of about `size` characters, cut at paragraph breaks."""
    out, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start + size)
        cut = len(text) if cut < 0 else cut
        out.append(text[start:cut])
        start = cut
    return out


def measure(folder: str) -> dict:
    """Runs in a child process: the full run over the folder; returns timings, counts and peak RSS."""
    from reconcile.evidence import assemble
    from reconcile.ingest import ingest
    from reconcile.nlp import load_pipeline
    from reconcile.pipeline import extract_documents

    nlp = load_pipeline()
    nlp("Warm up. The ministry said three people died.")
    wall, cpu = time.perf_counter(), time.process_time()
    documents, problems, case = ingest([folder])
    extraction = extract_documents(documents, problems, case, nlp=nlp)
    evidence = assemble(extraction)
    return {
        "seconds": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "chars": sum(len(d.text) for d in documents),
        "documents": len(documents),
        "skipped": len(extraction.problems),
        "claims": len(extraction.claims),
        "rows": len(evidence.rows),
        "peak_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2,
    }


def _child(folder: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _line(name: str, r: dict) -> str:
    return (
        f"{name:9s} {r['documents']:4d} document(s) {r['chars']:>9,} chars  {r['seconds']:6.1f} s wall "
        f"{r['cpu']:6.1f} s cpu  {r['chars'] / r['seconds']:8,.0f} chars/s  peak {r['peak_gb']:.2f} GB  "
        f"claims {r['claims']}  skipped {r['skipped']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    print(describe(), f"load {load():.2f}")
    text = long_text(args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        long_dir, base_dir = Path(tmp, "long"), Path(tmp, "baseline")
        long_dir.mkdir()
        base_dir.mkdir()
        (long_dir / "long.txt").write_text(text, encoding="utf-8")
        for i, piece in enumerate(split_text(text)):
            (base_dir / f"part{i:04d}.txt").write_text(piece, encoding="utf-8")
        long, base = _child(long_dir), _child(base_dir)
    print(_line("long", long))
    print(_line("baseline", base))
    print(f"time ratio long/baseline {long['seconds'] / base['seconds']:.2f}; "
          f"memory ratio {long['peak_gb'] / base['peak_gb']:.2f}")
    met = long["seconds"] < TARGET_SECONDS and long["peak_gb"] < TARGET_GB
    print(f"long document: {long['seconds']:.1f} s (target < {TARGET_SECONDS:.0f} s), "
          f"{long['peak_gb']:.2f} GB (target < {TARGET_GB} GB): {'met' if met else 'NOT met'}")
    print(f"end load {load():.2f}")


if __name__ == "__main__":
    main()
