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
HOLDOUT_DIR = GOLD_DIR / "holdout"
"""Cases scored and reported, never read for errors: their misses are not shown, so no rule is written from them."""
FLOORS = GOLD_DIR / "floors.toml"
PARTS = {"tuned": "floors", "holdout": "holdout"}
"""Part of the gold set -> its table in floors.toml."""


@dataclass(frozen=True)
class Report:
    """Scores of every case; `overall` adds their tallies up (micro-average).

    A held-out report (`part="holdout"`) keeps its misses out of every rendering and of its JSON: the figures are
    the honest estimate of what a user gets only while nobody tunes a rule on those cases' errors.
    """

    cases: tuple[CaseScore, ...]
    part: str = "tuned"

    @property
    def held_out(self) -> bool:
        return self.part == "holdout"

    @property
    def overall(self) -> CaseScore:
        return CaseScore.combine(self.cases)

    def to_dict(self) -> dict:
        """Plain JSON-ready data: each case's metrics, figures, counts and misses, then the overall ones."""
        data = {"cases": [case.to_dict() for case in self.cases], "overall": self.overall.to_dict()}
        if self.held_out:
            for score in (*data["cases"], data["overall"]):
                score["misses"] = []
        return data

    def __rich__(self) -> Group:
        return render(self)


def render(report: Report, *, misses: bool = False) -> Group:
    """One row per case and one for the overall score (headline metrics and figures), then the overall facet table.

    Cases are rows so the tables stay readable with twenty cases; every per-case facet count is in the JSON.

    Args:
        misses: also list every miss (the lines behind each score), case by case; never for a held-out report.
    """
    scores = [*report.cases, report.overall]
    figures = report.overall.figures()
    groups = {
        "Attribution and sources": [*HEADLINE[:5], "split_count", "columns_per_gold_source", "unmapped_columns",
                                   "unattributed_voices"],
        "Facets, conflicts and other events": [*HEADLINE[5:], "leaks", "kept_aside", "late_dates"],
    }
    tables = []
    for title, names in groups.items():
        table = Table(title=title, title_justify="left")
        table.add_column("case", overflow="fold", min_width=20, max_width=34)
        for name in names:
            table.add_column(_SHORT.get(name, name), justify="right", no_wrap=True)
        for score in scores:
            cells = [
                _number(score.figures()[name]) if name in figures else _cell(score, name) for name in names
            ]
            table.add_row(score.case, *cells, style="bold" if score is scores[-1] else None)
        tables.append(table)
    overall = report.overall
    facets = Table(title="Facet values (overall)", title_justify="left")
    for column in ("facet", "recall", "precision"):
        facets.add_column(column, justify="left" if column == "facet" else "right")
    for name in sorted(set(overall.facet_values) | set(overall.facet_predictions)):
        facets.add_row(
            name,
            _cell(overall, f"facet:{name}", overall.facet_values.get(name)),
            _cell(overall, f"precision:{name}", overall.facet_predictions.get(name)),
        )
    parts: list = [*tables, _legend(), facets]
    if misses and report.held_out:
        parts.append("Misses of held-out cases are not shown: they are never used for error analysis.")
    elif misses:
        listing = Table("case", "miss", title="Misses", title_justify="left")
        for case in report.cases:
            for miss in case.misses:
                listing.add_row(case.case, miss)
        parts.append(listing)
    return Group(*parts)


_SHORT = {
    "attribution_recall": "attr R",
    "attribution_precision": "attr P",
    "source_recall": "src R",
    "sources_unsplit": "unsplit",
    "sources_unmerged": "unmerged",
    "facet_accuracy": "facet R",
    "facet_precision": "facet P",
    "conflict_precision": "confl P",
    "conflict_recall": "confl R",
    "conflict_f1": "confl F1",
    "distractors_kept_out": "kept out",
    "split_count": "splits",
    "merged_count": "merges",
    "columns_per_gold_source": "cols/src",
    "unmapped_columns": "unmapped",
    "leaks": "leaks",
    "kept_aside": "aside",
    "unattributed_voices": "no issuer",
    "late_dates": "late dates",
}


def _legend() -> str:
    return "[dim]" + "; ".join(f"{short} = {name}" for name, short in _SHORT.items() if short != name) + "[/dim]"


def part_of(gold_path: Path | str) -> str:
    """"holdout" for a gold file inside a folder named holdout, else "tuned"."""
    parts = Path(gold_path).resolve().parts
    return "holdout" if len(parts) >= 3 and parts[-3] == "holdout" else "tuned"


def summary(reports: dict[str, Report], first_sight: dict[str, float] | None = None) -> Table:
    """The headline metrics side by side: tuned set, held-out set and the mean first-sight score of new cases."""
    table = Table(title="Summary", title_justify="left")
    table.add_column("metric", no_wrap=True)
    names = {"tuned": "tuned", "holdout": "held-out"}
    for part, report in reports.items():
        table.add_column(f"{names.get(part, part)} ({len(report.cases)})", justify="right")
    first_sight = first_sight if first_sight and first_sight.get("cases") else None
    if first_sight:
        table.add_column(f"first sight ({int(first_sight.get('cases', 0))})", justify="right")
    for name in HEADLINE:
        cells = [_cell(report.overall, name) for report in reports.values()]
        if first_sight:
            value = first_sight.get(name)
            cells.append("[dim]n/a[/dim]" if value is None else f"{value:.2f}")
        table.add_row(name, *cells)
    for name in ("split_count", "unattributed_share", "late_dates"):
        figures = [report.overall.figures().get(name) for report in reports.values()]
        cells = ["n/a" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)
                 for value in figures]
        table.add_row(f"[dim]{name}[/dim]", *cells, *(["[dim]-[/dim]"] if first_sight else []))
    return table


HEADLINE = (
    "attribution_recall",
    "attribution_precision",
    "source_recall",
    "sources_unsplit",
    "sources_unmerged",
    "facet_accuracy",
    "facet_precision",
    "conflict_precision",
    "conflict_recall",
    "conflict_f1",
    "distractors_kept_out",
)
"""The metrics recorded at first sight and compared across the parts of the gold set."""


def load_floors(path: Path | str = FLOORS, table: str = "floors") -> dict[str, float]:
    """Read one table of floors ([floors] for the tuned set, [holdout] for the held-out one): metric name -> least
    acceptable overall value, each between 0 and 1."""
    floors, _ = load_floor_tables(path, required=(table,))[table]
    return floors


def load_floor_tables(
    path: Path | str = FLOORS, required: tuple[str, ...] = ()
) -> dict[str, tuple[dict[str, float], tuple[str, ...] | None]]:
    """Every table of floors.toml: name -> (floors, the cases it is limited to, or None for its whole part).

    [floors] guards the tuned part and [holdout] the held-out part; any other table names its `cases` (the seven
    original development cases keep their own floors, so adding harder cases never hides a regression on them).
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CaseError(f"{path}: cannot be read ({exc.strerror or exc}); check the path") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{path}: is not valid TOML ({exc}); fix the syntax") from exc
    for table in required:
        if not isinstance(data.get(table), dict):
            raise CaseError(f"{path}: has no [{table}] table; add one mapping metric names to numbers")
    tables = {}
    for table, floors in data.items():
        if not isinstance(floors, dict):
            raise CaseError(f"{path}: {table!r} is not a table; put floors under [floors], [holdout] or a named table")
        cases = floors.get("cases")
        if table not in PARTS.values() and not (isinstance(cases, list) and all(isinstance(c, str) for c in cases)):
            raise CaseError(f"{path}: table [{table}] needs cases = [...] naming the gold cases it guards")
        values = {name: value for name, value in floors.items() if name != "cases"}
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise CaseError(f"{path}: floor {name!r} = {value!r} is not a number between 0 and 1")
        tables[table] = ({name: float(value) for name, value in values.items()}, tuple(cases) if cases else None)
    return tables


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
        elif (value := measured[name]) is not None and value < floor - 1e-9:
            failed.append(f"{name} = {value:.3f}, below its floor {floor:.3f}")
    return failed


def below_floors(reports: dict[str, Report], path: Path | str = FLOORS) -> list[str]:
    """One line per missed floor, each table measured on its part or on the cases it names."""
    by_table = {table: part for part, table in PARTS.items()}
    tables = load_floor_tables(path, required=tuple(PARTS[part] for part in reports))
    scores = {score.case: score for report in reports.values() for score in report.cases}
    failed = []
    for table, (floors, cases) in tables.items():
        if cases is not None:
            if not set(cases) <= set(scores):
                continue  # a subset run (eval of a few files) cannot measure this table
            report = Report(tuple(scores[case] for case in cases), part="tuned")
        elif by_table.get(table) in reports:
            report = reports[by_table[table]]
        else:
            continue
        prefix = {"floors": "", "holdout": "held-out "}.get(table, f"[{table}] ")
        failed += [prefix + line for line in check_floors(report, floors)]
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
