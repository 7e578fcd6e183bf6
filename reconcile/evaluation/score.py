"""Scoring one case: compare an Evidence with its gold file and keep the tallies the metrics are made from.

A `CaseScore` holds counts only, so scores of several cases add up into a micro-average (`CaseScore.combine`) and
every metric is one ratio of two counts (None when its denominator is zero: nothing to measure).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import PurePath
from typing import Any

from reconcile.evaluation.attribution import score_attributions, source_name
from reconcile.evaluation.gold import Gold
from reconcile.evaluation.sources import SourceMap, map_sources
from reconcile.evaluation.values import value_contradicts, value_matches
from reconcile.model import Evidence, Row, RowStatus


@dataclass(frozen=True)
class CaseScore:
    """Tallies of one case (or of several, added up) and the misses behind them, one line each."""

    case: str
    attributions: int = 0
    found: int = 0
    found_any_source: int = 0
    claims_on_gold_spans: int = 0
    claims_correct: int = 0
    gold_sources: int = 0
    gold_sources_found: int = 0
    predicted_sources: int = 0
    mapped_columns: int = 0
    split_count: int = 0
    merged_count: int = 0
    facet_values: dict[str, tuple[int, int]] = field(default_factory=dict)
    """facet -> (gold values matched, gold values)."""
    facet_predictions: dict[str, tuple[int, int]] = field(default_factory=dict)
    """facet -> (predicted values that match gold, predicted values), over the cells where gold has a value."""
    facet_contradicted: int = 0
    """Predicted values in those cells that the align comparator finds in conflict with the gold value."""
    conflict_tp: int = 0
    conflict_fp: int = 0
    conflict_fn: int = 0
    conflict_tn: int = 0
    distractors: int = 0
    leaks: int = 0
    kept_aside: int = 0
    documents: int = 0
    unattributed_voices: int = 0
    """Documents whose own voice has no issuer: its narration went to a column "unattributed (FILE)"."""
    late_dates: int = 0
    """Event dates in the main rows later than the newest document date (a year-less date given a wrong year)."""
    misses: tuple[str, ...] = field(default=(), repr=False)
    """Kept out of repr, so a failing assertion never prints a held-out case's errors."""

    @classmethod
    def combine(cls, scores: Iterable[CaseScore], case: str = "overall") -> CaseScore:
        """Add up the tallies of several cases (micro-averaging); misses are prefixed with their case."""
        scores = list(scores)
        counts = {f.name: sum(getattr(s, f.name) for s in scores) for f in fields(cls) if f.type == "int"}
        misses = tuple(f"{s.case}: {miss}" for s in scores for miss in s.misses)
        return cls(
            case=case,
            facet_values=_add_pairs(s.facet_values for s in scores),
            facet_predictions=_add_pairs(s.facet_predictions for s in scores),
            misses=misses,
            **counts,
        )

    def metrics(self) -> dict[str, float | None]:
        """Ratios where higher is better, the names floors refer to; None when nothing was measured."""
        matched = sum(hit for hit, _ in self.facet_values.values())
        total = sum(n for _, n in self.facet_values.values())
        tp, fp, fn = self.conflict_tp, self.conflict_fp, self.conflict_fn
        metrics = {
            "attribution_recall": _ratio(self.found, self.attributions),
            "attribution_recall_any_source": _ratio(self.found_any_source, self.attributions),
            "attribution_precision": _ratio(self.claims_correct, self.claims_on_gold_spans),
            "source_recall": _ratio(self.gold_sources_found, self.gold_sources),
            "sources_unsplit": _ratio(self.gold_sources_found - self.split_count, self.gold_sources_found),
            "sources_unmerged": _ratio(self.mapped_columns - self.merged_count, self.mapped_columns),
            "facet_accuracy": _ratio(matched, total),
            "conflict_precision": _ratio(tp, tp + fp),
            "conflict_recall": _ratio(tp, tp + fn),
            "conflict_f1": _ratio(2 * tp, 2 * tp + fp + fn),
            "distractors_kept_out": _ratio(self.distractors - self.leaks, self.distractors),
        }
        right = sum(hit for hit, _ in self.facet_predictions.values())
        predicted = sum(n for _, n in self.facet_predictions.values())
        metrics["facet_precision"] = _ratio(right, predicted)
        metrics["facet_uncontradicted"] = _ratio(predicted - self.facet_contradicted, predicted)
        metrics.update(
            {f"facet:{name}": _ratio(hit, n) for name, (hit, n) in sorted(self.facet_values.items())}
        )
        metrics.update(
            {f"precision:{name}": _ratio(hit, n) for name, (hit, n) in sorted(self.facet_predictions.items())}
        )
        return metrics

    def figures(self) -> dict[str, float | int | None]:
        """Counts a reader wants beside the metrics; columns_per_gold_source is best at 1.0."""
        return {
            "split_count": self.split_count,
            "merged_count": self.merged_count,
            "columns_per_gold_source": _ratio(self.mapped_columns, self.gold_sources_found),
            "unmapped_columns": self.predicted_sources - self.mapped_columns,
            "leaks": self.leaks,
            "kept_aside": self.kept_aside,
            "unattributed_voices": self.unattributed_voices,
            "unattributed_share": _ratio(self.unattributed_voices, self.documents),
            "late_dates": self.late_dates,
        }

    def to_dict(self) -> dict:
        skip = ("case", "misses", "facet_values", "facet_predictions")
        counts = {k: v for k, v in asdict(self).items() if k not in skip}
        facets = {name: list(pair) for name, pair in self.facet_values.items()}
        return {
            "case": self.case,
            "metrics": self.metrics(),
            "figures": self.figures(),
            "counts": {**counts, "facet_values": facets},
            "misses": list(self.misses),
        }


def score_case(gold: Gold, evidence: Evidence, documents_text: Mapping[str, str] | None = None) -> CaseScore:
    """Score one run against its gold file.

    Args:
        documents_text: Document id -> the text its claims' offsets point into, where gold spans are looked up;
            each Document's own text when omitted.
    """
    texts = documents_text if documents_text is not None else {doc.id: doc.text for doc in evidence.documents}
    sources = map_sources(evidence.sources, gold.sources)
    parts = [
        score_attributions(gold, evidence, texts, sources),
        _sources(gold, evidence, sources),
        _facets(gold, evidence, sources),
        _conflicts(gold, evidence),
        _distractors(gold, evidence),
        _case_whole(evidence),
    ]
    misses = tuple(miss for part in parts for miss in part.pop("misses"))
    return CaseScore(case=gold.case, misses=misses, **{k: v for part in parts for k, v in part.items()})


def _sources(gold: Gold, evidence: Evidence, sources: SourceMap) -> dict:
    misses = []
    found = split = 0
    for source in gold.sources:
        columns = sources.columns(source.name)
        found += bool(columns)
        if len(columns) > 1:
            split += 1
            misses.append(
                f"source split: {source.name!r} -> {', '.join(source_name(evidence, c) for c in columns)}"
            )
        elif not columns:
            misses.append(f"source without a column: {source.name!r}")
    merged = {pid: names for pid, names in sources.matches.items() if len(names) > 1}
    misses += [
        f"source merged: {source_name(evidence, pid)!r} matches {', '.join(names)}"
        for pid, names in merged.items()
    ]
    return {
        "gold_sources": len(gold.sources),
        "gold_sources_found": found,
        "predicted_sources": len(evidence.sources),
        "mapped_columns": len(sources.gold_of),
        "split_count": split,
        "merged_count": len(merged),
        "misses": misses,
    }


def _facets(gold: Gold, evidence: Evidence, sources: SourceMap) -> dict:
    rows = _by_facet(evidence.rows)
    tallies: dict[str, tuple[int, int]] = {}
    predictions: dict[str, tuple[int, int]] = {}
    contradicted = 0
    misses = []
    for expected in gold.facets:
        for source, value in expected.by_source.items():
            values = _values(rows[expected.facet], set(sources.columns(source)))
            hit = any(value_matches(v, value, facet=expected.facet) for v in values)
            old = tallies.get(expected.facet, (0, 0))
            tallies[expected.facet] = (old[0] + hit, old[1] + 1)
            right = sum(1 for v in values if value_matches(v, value, facet=expected.facet))
            old = predictions.get(expected.facet, (0, 0))
            predictions[expected.facet] = (old[0] + right, old[1] + len(values))
            contradicted += sum(
                1
                for v in values
                if not value_matches(v, value, facet=expected.facet)
                and value_contradicts(v, value, facet=expected.facet)
            )
            if not hit:
                shown = ", ".join(map(repr, values)) or ("no cell" if rows[expected.facet] else "no row")
                misses.append(
                    f"value missed: {expected.facet} / {source!r}: gold {value!r}, predicted {shown}"
                )
    return {
        "facet_values": dict(sorted(tallies.items())),
        "facet_predictions": dict(sorted(predictions.items())),
        "facet_contradicted": contradicted,
        "misses": misses,
    }


_OUTCOME = {(True, True): "conflict_tp", (False, True): "conflict_fp", (True, False): "conflict_fn"}


def _conflicts(gold: Gold, evidence: Evidence) -> dict:
    """Gold conflict flag against "some predicted row for the facet is a conflict" (no row: no conflict)."""
    rows = _by_facet(evidence.rows)
    tally = {"conflict_tp": 0, "conflict_fp": 0, "conflict_fn": 0, "conflict_tn": 0}
    misses = []
    for expected in gold.facets:
        predicted = any(row.status == RowStatus.CONFLICT for row in rows[expected.facet])
        tally[_OUTCOME.get((expected.conflict, predicted), "conflict_tn")] += 1
        if predicted != expected.conflict:
            statuses = ", ".join(str(row.status) for row in rows[expected.facet]) or "no row"
            wrong = "missed" if expected.conflict else "false"
            misses.append(f"conflict {wrong}: {expected.facet} ({statuses})")
    return {**tally, "misses": misses}


def _distractors(gold: Gold, evidence: Evidence) -> dict:
    main, aside = _by_facet(evidence.rows), _by_facet(evidence.other_rows)
    leaks = kept = 0
    misses = []
    for distractor in gold.distractors:
        if _shows(main[distractor.facet], distractor.value):
            leaks += 1
            misses.append(f"distractor leaked: {distractor.facet} = {distractor.value!r} ({distractor.note})")
        kept += _shows(aside[distractor.facet], distractor.value)
    return {"distractors": len(gold.distractors), "leaks": leaks, "kept_aside": kept, "misses": misses}


def _case_whole(evidence: Evidence) -> dict:
    """Issue 14's case-level checks: at most one document in seven without an issuer for its own voice, and no event
    date after the newest document (only measurable when some document carries a date)."""
    files = {PurePath(doc.path.split("#")[0]).name for doc in evidence.documents}
    voiceless = {
        source.name[len("unattributed (") : -1]
        for source in evidence.sources
        if source.name.startswith("unattributed (") and source.name.endswith(")")
    }
    unattributed = sorted(files & voiceless)
    newest = max((doc.published or "" for doc in evidence.documents if _full_date(doc.published)), default="")
    dates = {str(v) for v in _values(_by_facet(evidence.rows)["event.date"]) if str(v)[:4].isdigit()}
    late = sorted(value for value in dates if newest and value > newest[: len(value)])
    misses = [f"own voice unattributed: {name}" for name in unattributed]
    misses += [f"date after the newest document ({newest}): {value}" for value in late]
    return {
        "documents": len(evidence.documents),
        "unattributed_voices": len(unattributed),
        "late_dates": len(late),
        "misses": misses,
    }


def _full_date(value: str | None) -> bool:
    """A published date with its year ("2023-03-01"), not a year-less header date ("--03-01")."""
    return value is not None and len(value) >= 10 and value[:4].isdigit()


def _by_facet(rows: Iterable[Row]) -> defaultdict[str, list[Row]]:
    grouped: defaultdict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row.facet].append(row)
    return grouped


def _values(rows: list[Row], columns: set[str] | None = None) -> list[Any]:
    """Every value in the cells of `rows` (only the cells of `columns`, when given)."""
    return [
        v
        for row in rows
        for cell in row.cells
        if columns is None or cell.source_id in columns
        for v in cell.values
    ]


def _shows(rows: list[Row], value: str) -> bool:
    """A row states a distractor value by the strict phrase test: with the lenient matching of names and free text
    (`value_matches(..., facet=)`), "recount at polling station 14" would count as a leak of "annulment of results at
    40 polling stations" for sharing two words."""
    return any(value_matches(v, value) for v in _values(rows))


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _add_pairs(tallies: Iterable[Mapping[str, tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    """Per-facet (hits, total) pairs summed over cases."""
    total: dict[str, tuple[int, int]] = {}
    for tally in tallies:
        for facet, (hit, n) in tally.items():
            old = total.get(facet, (0, 0))
            total[facet] = (old[0] + hit, old[1] + n)
    return dict(sorted(total.items()))
