"""Scoring the pipeline against gold cases (`reconcile eval`): run each case, compare with its gold file, report.

gold.py         the gold file: dataclasses, `load_gold`, locating gold words in a text
values.py       `value_matches`: does a predicted value say what the gold value says
sources.py      `map_sources`: which predicted column stands for which gold source
attribution.py  gold spans in the ingested Documents; attribution recall and precision
score.py        `score_case` -> `CaseScore`: the tallies of one case and the metrics derived from them
report.py       `Report` (micro-averaged over cases), `render`, floors (`load_floors`, `check_floors`)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reconcile.evaluation.gold import (
    Distractor,
    Gold,
    GoldAttribution,
    GoldFacet,
    GoldSource,
    gold_files,
    load_gold,
)
from reconcile.evaluation.report import (
    FLOORS,
    GOLD_DIR,
    HOLDOUT_DIR,
    PARTS,
    Report,
    below_floors,
    check_floors,
    load_floors,
    part_of,
    render,
    summary,
)
from reconcile.evaluation.score import CaseScore, score_case
from reconcile.evaluation.sources import SourceMap, map_sources
from reconcile.evaluation.values import value_matches
from reconcile.model import Evidence

__all__ = [
    "FLOORS",
    "GOLD_DIR",
    "HOLDOUT_DIR",
    "PARTS",
    "CaseScore",
    "Distractor",
    "Gold",
    "GoldAttribution",
    "GoldFacet",
    "GoldSource",
    "Report",
    "SourceMap",
    "below_floors",
    "check_floors",
    "evaluate",
    "evaluate_parts",
    "all_gold_files",
    "part_of",
    "summary",
    "gold_files",
    "load_floors",
    "load_gold",
    "map_sources",
    "render",
    "score_case",
    "value_matches",
]

Run = Callable[..., Evidence]


def evaluate(
    gold_paths: Iterable[Path | str],
    *,
    run: Run | None = None,
    nlp: Any = None,
    part: str = "tuned",
    cache: Any = None,
    n_process: int | None = None,
) -> Report:
    """Run the pipeline over each gold case's documents and score the result.

    Args:
        gold_paths: gold.json files (see `gold_files(GOLD_DIR)`); each is checked by `load_gold` first.
        run: `run(paths, *, nlp=None) -> Evidence`; defaults to `reconcile.pipeline.run`. Gold aliases are not passed
            on, so source merging is measured as a user would get it.
        nlp: a loaded pipeline shared by every case (None: `run` loads its own).
        cache: a `reconcile.cache.ParseCache` to reuse parses from (the scores are the same without); for the
            default `run` only, as is `n_process`.
        n_process: processes for spaCy's parse of each case (None: chosen by the number of documents).
    """
    options: dict[str, Any] = {}
    if run is None:
        from reconcile.pipeline import run  # imported late: it loads spaCy, and tests pass a fake

        options = {"cache": cache, "n_process": n_process}
    golds = [load_gold(path) for path in gold_paths]
    scores = []
    for gold in golds:
        evidence = run(gold.inputs(), nlp=nlp, **options)
        scores.append(score_case(gold, evidence))
    return Report(tuple(scores), part=part)


def evaluate_parts(gold_paths: Iterable[Path | str], **options: Any) -> dict[str, Report]:
    """One report per part of the gold set the paths fall in ("tuned", "holdout"), in that order."""
    paths = list(gold_paths)
    return {
        part: evaluate([p for p in paths if part_of(p) == part], part=part, **options)
        for part in PARTS
        if any(part_of(p) == part for p in paths)
    }


def all_gold_files() -> list[Path]:
    """The tuned cases (data/gold/*/gold.json), then the held-out ones (data/gold/holdout/*/gold.json)."""
    return gold_files(GOLD_DIR) + gold_files(HOLDOUT_DIR)
