"""The scores of a gold suite: per case and micro-averaged overall, as rich tables, as JSON, and against floors."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from rich.console import Group
from rich.table import Table

from reconcile.errors import CaseError
from reconcile.evaluation.score import CaseScore
from reconcile.resources import lexicon

GOLD_DIR = Path(__file__).resolve().parents[2] / "data" / "gold"
FLOORS = GOLD_DIR / "floors.toml"


@dataclass(frozen=True)
class Report:
    """Scores of every case; `overall` adds their tallies up (micro-average)."""

    cases: tuple[CaseScore, ...]

    @property
    def overall(self) -> CaseScore:
        return CaseScore.combine(self.cases)

    def to_dict(self) -> dict:
        """Plain JSON-ready data: each case's metrics, figures, counts and misses, then the overall ones."""
        return {"cases": [case.to_dict() for case in self.cases], "overall": self.overall.to_dict()}

    def __rich__(self) -> Group:
        return render(self)


def render(report: Report, *, misses: bool = False) -> Group:
    """Tables with one column per case and one for the overall score: metrics, figures, facet accuracy.

    Args:
        misses: also list every miss (the lines behind each score), case by case.
    """
    scores = [*report.cases, report.overall]
    metrics = _table("Scores", "metric", scores)
    overall = report.overall.metrics()
    for name in (name for name in overall if not name.startswith(("facet:", "precision:"))):
        metrics.add_row(name, *(_cell(score, name) for score in scores))
    figures = _table("Figures", "figure", scores)
    for name in report.overall.figures():
        figures.add_row(name, *(_number(score.figures()[name]) for score in scores))
    facets = _table("Facet values matched", "facet", scores)
    for name in report.overall.facet_values:
        facets.add_row(
            name, *(_cell(score, f"facet:{name}", score.facet_values.get(name)) for score in scores)
        )
    precision = _table("Facet values: precision (predicted values that match gold)", "facet", scores)
    for name in report.overall.facet_predictions:
        precision.add_row(
            name, *(_cell(score, f"precision:{name}", score.facet_predictions.get(name)) for score in scores)
        )
    parts: list = [metrics, figures, facets, precision]
    if misses:
        listing = Table("case", "miss", title="Misses", title_justify="left")
        for case in report.cases:
            for miss in case.misses:
                listing.add_row(case.case, miss)
        parts.append(listing)
    return Group(*parts)


def load_floors(path: Path | str = FLOORS) -> dict[str, float]:
    """Read the [floors] table: metric name -> least acceptable overall value, each between 0 and 1."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CaseError(f"{path}: cannot be read ({exc.strerror or exc}); check the path") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{path}: is not valid TOML ({exc}); fix the syntax") from exc
    floors = data.get("floors")
    if not isinstance(floors, dict):
        raise CaseError(f"{path}: has no [floors] table; add one mapping metric names to numbers")
    for name, value in floors.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise CaseError(f"{path}: floor {name!r} = {value!r} is not a number between 0 and 1")
    return {name: float(value) for name, value in floors.items()}


def check_floors(report: Report, floors: dict[str, float]) -> list[str]:
    """One line per floor the overall scores miss; a metric with nothing to measure (None) passes, and so does a
    per-facet floor ("facet:cause", "precision:cause") of a facet in facets.toml that no gold case has."""
    measured = report.overall.metrics()
    failed = []
    for name, floor in sorted(floors.items()):
        if name not in measured and _facet_metric(name):
            continue
        if name not in measured:
            failed.append(f"{name}: no such metric; floors can name {', '.join(sorted(measured))}")
        elif measured[name] is not None and measured[name] < floor - 1e-9:
            failed.append(f"{name} = {measured[name]:.3f}, below its floor {floor:.3f}")
    return failed


def _facet_metric(name: str) -> bool:
    kind, _, facet = name.partition(":")
    return kind in {"facet", "precision"} and facet in lexicon("facets")["facets"]


def _table(title: str, first: str, scores: list[CaseScore]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first, no_wrap=True)
    for score in scores:
        style = "bold" if score is scores[-1] else None
        table.add_column(score.case, justify="right", overflow="fold", style=style)
    return table


def _cell(score: CaseScore, name: str, counts: tuple[int, int] | None = None) -> str:
    value = score.metrics().get(name)
    if value is None:
        return "[dim]n/a[/dim]"
    return f"{value:.2f}" + (f" ({counts[0]}/{counts[1]})" if counts else "")


def _number(value: float | None) -> str:
    if value is None:
        return "[dim]n/a[/dim]"
    return str(value) if isinstance(value, int) else f"{value:.2f}"
