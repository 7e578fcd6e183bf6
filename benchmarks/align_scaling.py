"""Alignment scaling: `reconcile.align.align` on 1k, 10k and 50k synthetic claims about one event.

The claims look like a big case's: 25 claims per source (so 40 sources at 1k, 2,000 at 50k), 50 per document,
one to three facet values each, drawn over all seventeen facets with their real value types (rounded counts
and [low, high] ranges as lists, ISO dates and months, HH:MM times, places with a direction, names with
spelling variants, victim status with negations, weapons, investigations, free-text activities and causes).
Most sources repeat the event's values and about one in four gives another, as in a real case; a quarter of
the claims are narration, so the relay rule of independent support has work to do. The same seed yields the
same claims.

Prints each size's wall-clock and CPU seconds and CPU microseconds per claim, the growth of the per-claim time
from one size to the next (1.0 is linear, 10.0 over a tenfold size is quadratic) and whether 10,000 claims
align in under 2 seconds. Growth and target use CPU time, which other processes on a shared machine do not
inflate (`align` runs in one thread, so on an idle machine the two agree).

Example: python benchmarks/align_scaling.py --sizes 1000,10000,50000
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import itertools

from machine import describe, load

from reconcile.align import align
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, Source, SourceKind

CLAIMS_PER_SOURCE = 25
CLAIMS_PER_DOCUMENT = 50
CHANGED_VALUE = 0.25
TARGET_CLAIMS, TARGET_SECONDS = 10_000, 2.0
QUOTES = [QuoteKind.INDIRECT] * 2 + [QuoteKind.DIRECT, QuoteKind.NARRATION]


def _count(base: int) -> Callable[[random.Random], object]:
    """A count as reported: the event's figure, or another one rounded as people round ("about 15,000")."""

    def draw(rng: random.Random) -> object:
        value = base if rng.random() > CHANGED_VALUE else _round(base + rng.randint(-base // 3, base // 3))
        shape = rng.random()
        if shape < 0.2:
            return [value, None]  # "at least 40"
        if shape < 0.35:
            return [round(value * 0.9), round(value * 1.1)]  # "about 40"
        return value

    return draw


def _round(value: int) -> int:
    """Two significant figures from 100 up: 13,472 people becomes 13,000."""
    return value if value < 100 else round(value, 2 - len(str(value)))


def _pick(common: object, others: Sequence[object]) -> Callable[[random.Random], object]:
    return lambda rng: common if rng.random() > CHANGED_VALUE else rng.choice(others)


FACETS: dict[str, Callable[[random.Random], object]] = {
    "event.type": _pick("strike", ["explosion", "shooting", "fire", "attack"]),
    "event.date": _pick("2024-05-03", ["2024-05-04", "2024-05", "2024-05-02", "2024"]),
    "event.time": _pick("11:42", ["11:50", "13:16", "03:45", "11:30"]),
    "event.location": _pick("idlib", ["syria (north-west)", "aleppo", "beit seraj", "kabul", "syria"]),
    "actor": _pick("central command", ["the army", "coalition aircraft", "unidentified gunmen"]),
    "target": _pick("senior al qaeda leader", ["al qaeda member", "civilian", "farmer"]),
    "victim.name": _pick(
        "Loutfi Hassan Mesto", ["Lutfi Hassan Mesto", "Routfi Mesto", "Karim Nassar", "Mesto"]
    ),
    "victim.age": _pick(56, [60, 57, 58, 45]),
    "victim.status": _pick(
        "civilian", ["senior al qaeda leader", "farmer", "not civilian", "unarmed", "armed"]
    ),
    "victim.activity": _pick(
        "herding sheep", ["grazing his sheep", "walking home", "driving", "tending goats"]
    ),
    "casualties.killed": _count(40),
    "casualties.injured": _count(120),
    "casualties.children": _count(7),
    "crowd.size": _count(20_000),
    "weapon": _pick("drone", ["missile", "bomb", "knife", "artillery"]),
    "investigation": _pick(
        "review: under way", ["review: not launched", "inquiry: under way", "probe: complete"]
    ),
    "cause": _pick("gas leak", ["faulty valve", "heavy rain", "illegal construction", "pipe failure"]),
}


def synthetic_case(claims: int, *, seed: int = 2026) -> tuple[list[Claim], list[Source]]:
    """`claims` claims and their sources, the same for the same seed."""
    rng = random.Random(seed)
    n_sources = max(2, claims // CLAIMS_PER_SOURCE)
    n_documents = max(1, claims // CLAIMS_PER_DOCUMENT)
    facets = list(FACETS)
    out = []
    documents: dict[str, set[str]] = {}
    for i in range(claims):
        source, document = f"s{rng.randrange(n_sources):05d}", f"d{rng.randrange(n_documents):05d}"
        documents.setdefault(source, set()).add(document)
        values = tuple(
            FacetValue(facet, value, str(value), 10 * i, 10 * i + 5)
            for facet in rng.sample(facets, rng.choice([1, 1, 2, 2, 3]))
            for value in [FACETS[facet](rng)]
        )
        quote = rng.choice(QUOTES)
        via = (
            f"s{rng.randrange(n_sources):05d}"
            if quote is not QuoteKind.NARRATION and rng.random() < 0.3
            else None
        )
        out.append(
            Claim(
                f"c{i:06d}",
                source,
                document,
                10 * i,
                10 * i + 5,
                "synthetic",
                quote,
                None if quote is QuoteKind.NARRATION else "said",
                Certainty.CERTAIN,
                Polarity.POSITIVE,
                via,
                values,
            )
        )
    sources = [
        Source(s, f"Source {s}", (), SourceKind.OTHER, tuple(sorted(d))) for s, d in sorted(documents.items())
    ]
    return out, sources


def time_align(
    claims: Sequence[Claim], sources: Sequence[Source], *, profile: int = 0
) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds of one `align` call, and its top `profile` functions by own time."""
    profiler = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.runcall(align, claims, sources)
    else:
        align(claims, sources)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if not profiler:
        return wall, cpu, ""
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(profile)
    return wall, cpu, out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated claim counts")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="profile 10,000 claims (or the largest smaller size); print its N functions with most own time",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(describe())
    align(*synthetic_case(50, seed=args.seed))  # loads facets.toml and the compatibility tables once
    times: dict[int, float] = {}
    for size in sizes:
        claims, sources = synthetic_case(size, seed=args.seed)
        wall, cpu, _ = time_align(claims, sources)
        times[size] = cpu
        values = sum(len(c.facets) for c in claims)
        print(
            f"{size:>7,} claims ({len(sources):,} sources, {values:,} values): wall {wall:7.2f} s,"
            f" CPU {cpu:7.2f} s, {cpu / size * 1e6:,.0f} us/claim"
        )
    for small, big in itertools.pairwise(sizes):
        growth = (times[big] / big) / (times[small] / small)
        print(
            f"per-claim time {small:,} -> {big:,}: x{growth:.2f}"
            f" (1.00 = linear, {big / small:.2f} = quadratic)"
        )
    if TARGET_CLAIMS in times:
        ok = times[TARGET_CLAIMS] < TARGET_SECONDS
        print(
            f"{TARGET_CLAIMS:,} claims in {times[TARGET_CLAIMS]:.2f} s CPU (target < {TARGET_SECONDS:.0f} s):"
            f" {'met' if ok else 'missed'}"
        )
    print(f"load average at the end {load():.1f}")
    if args.profile:
        size = max((s for s in sizes if s <= TARGET_CLAIMS), default=min(sizes))
        print(f"profile of {size:,} claims:")
        print(time_align(*synthetic_case(size, seed=args.seed), profile=args.profile)[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
