"""First-sight scores: each gold case's figures the first time the tool saw it, before any rule was written for it.

`data/gold/FIRST_SIGHT.md` is append-only: `record` adds a line for each case that has none and never rewrites one,
so the file's mean is the honest estimate of what a user gets on an event the project has never seen.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from reconcile.evaluation.report import GOLD_DIR, HEADLINE, Report

FIRST_SIGHT = GOLD_DIR / "FIRST_SIGHT.md"
_COLUMNS = ("date", "case", "part", "commit", *HEADLINE)
_HEADER = f"""# First-sight scores

One line per gold case: its `reconcile eval` figures the first time the tool saw it, before any rule was changed for
it. Lines are appended by `reconcile eval --first-sight` and never edited; the mean is the estimate of what a user
gets on a new event. `commit` is the code that was measured. Metric columns: {", ".join(HEADLINE)}.

| {" | ".join(_COLUMNS)} |
|{"|".join("---" for _ in _COLUMNS)}|
"""


def recorded(path: Path = FIRST_SIGHT) -> dict[str, dict[str, str]]:
    """Case name -> its recorded line, as column -> cell text."""
    if not path.is_file():
        return {}
    lines = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == len(_COLUMNS) and cells[0][:2] == "20":
            lines[cells[1]] = dict(zip(_COLUMNS, cells, strict=True))
    return lines


def record(reports: dict[str, Report], path: Path = FIRST_SIGHT, *, today: date | None = None) -> list[str]:
    """Append a line for every scored case that has none yet; return the names of the cases added."""
    known = recorded(path)
    commit = _commit()
    day = (today or date.today()).isoformat()
    new = []
    for part, report in reports.items():
        for score in report.cases:
            if score.case in known:
                continue
            metrics = score.metrics()
            cells = [day, score.case, part, commit, *(_figure(metrics.get(name)) for name in HEADLINE)]
            new.append("| " + " | ".join(cells) + " |")
            known[score.case] = {}
    if new:
        text = path.read_text(encoding="utf-8") if path.is_file() else _HEADER
        path.write_text(text.rstrip("\n") + "\n" + "\n".join(new) + "\n", encoding="utf-8")
    return [line.split("|")[2].strip() for line in new]


def mean(path: Path = FIRST_SIGHT) -> dict[str, float]:
    """Each headline metric averaged over the recorded cases that measured it (macro-average), and `cases`."""
    lines = list(recorded(path).values())
    means: dict[str, float] = {"cases": float(len(lines))}
    for name in HEADLINE:
        values = [float(line[name]) for line in lines if line[name] not in ("", "n/a")]
        if values:
            means[name] = sum(values) / len(values)
    return means


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=GOLD_DIR, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return "-"
    return result.stdout.strip() or "-"
