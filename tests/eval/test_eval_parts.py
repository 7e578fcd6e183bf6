"""The gold set in two parts: tuned cases and held-out cases scored apart, held-out misses never shown, and the
append-only first-sight record."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from test_evaluate import GOLD, perfect
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.errors import CaseError
from reconcile.evaluation import evaluate_parts, load_gold, part_of, render, summary
from reconcile.evaluation import first_sight as seen
from reconcile.evaluation.report import HEADLINE

TOY = Path(__file__).parent / "test_evaluate.py"


def _case(root: Path, name: str) -> Path:
    from test_evaluate import REPORT, TWEET

    case = root / name
    (case / "docs").mkdir(parents=True)
    (case / "docs" / "report.txt").write_text(REPORT, encoding="utf-8")
    (case / "docs" / "tweet.json").write_text(json.dumps(TWEET), encoding="utf-8")
    (case / "gold.json").write_text(json.dumps({**GOLD, "case": name}), encoding="utf-8")
    return case / "gold.json"


def _fake_run(paths, *, nlp=None):
    gold = load_gold(Path(paths[0]).parents[1] / "gold.json")
    evidence = perfect(gold)
    # one wrong value, so each case has a miss to hide or show
    rows = tuple(r for r in evidence.rows if r.facet != "event.date")
    return evidence.__class__(**{**evidence.__dict__, "rows": rows})


def test_a_case_under_holdout_is_held_out(tmp_path: Path) -> None:
    assert part_of(_case(tmp_path / "gold", "a")) == "tuned"
    assert part_of(_case(tmp_path / "gold" / "holdout", "b")) == "holdout"


def test_parts_are_scored_apart_and_held_out_misses_are_hidden(tmp_path: Path) -> None:
    tuned = _case(tmp_path / "gold", "tuned-case")
    held = _case(tmp_path / "gold" / "holdout", "held-case")
    reports = evaluate_parts([held, tuned], run=_fake_run)
    assert list(reports) == ["tuned", "holdout"]
    assert [c.case for c in reports["tuned"].cases] == ["tuned-case"]
    assert [c.case for c in reports["holdout"].cases] == ["held-case"]
    assert reports["holdout"].cases[0].misses, "the held-out case does have misses to hide"
    assert reports["holdout"].to_dict()["cases"][0]["misses"] == []
    assert reports["tuned"].to_dict()["cases"][0]["misses"]
    console = Console(width=200, record=True)
    console.print(render(reports["holdout"], misses=True))
    text = console.export_text()
    assert "not shown" in text and "event.date" not in text.split("Facet values")[0]
    console = Console(width=200, record=True)
    console.print(summary(reports, {"cases": 2, "facet_accuracy": 0.25}))
    text = console.export_text()
    assert "tuned (1)" in text and "held-out (1)" in text and "first sight (2)" in text and "0.25" in text


def test_first_sight_appends_and_never_rewrites(tmp_path: Path) -> None:
    record = tmp_path / "FIRST_SIGHT.md"
    first = evaluate_parts([_case(tmp_path / "gold", "one")], run=_fake_run)
    assert seen.record(first, record, today=date(2026, 1, 2)) == ["one"]
    before = record.read_text(encoding="utf-8")
    line = seen.recorded(record)["one"]
    assert line["date"] == "2026-01-02" and line["part"] == "tuned"
    assert set(HEADLINE) <= set(line)
    # the same case again, even scoring differently, keeps its first line; a new case is appended
    again = evaluate_parts([_case(tmp_path / "gold2", "one"), _case(tmp_path / "gold2", "two")], run=perfect_run)
    assert seen.record(again, record, today=date(2026, 2, 3)) == ["two"]
    after = record.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert seen.recorded(record)["one"] == line
    means = seen.mean(record)
    assert means["cases"] == 2
    one, two = float(line["facet_accuracy"]), float(seen.recorded(record)["two"]["facet_accuracy"])
    assert abs(means["facet_accuracy"] - (one + two) / 2) < 1e-3
    assert one < two  # the first line kept the first, worse, score


def perfect_run(paths, *, nlp=None):
    return perfect(load_gold(Path(paths[0]).parents[1] / "gold.json"))


def test_eval_command_checks_floors_of_each_part(tmp_path: Path, monkeypatch) -> None:
    import reconcile.evaluation as ev

    tuned = _case(tmp_path / "gold", "tuned-case")
    held = _case(tmp_path / "gold" / "holdout", "held-case")
    floors = tmp_path / "floors.toml"
    floors.write_text("[floors]\nfacet_accuracy = 0.1\n[holdout]\nfacet_accuracy = 0.99\n", encoding="utf-8")
    real = ev.evaluate
    monkeypatch.setattr(ev, "evaluate", lambda paths, **kw: real(paths, run=_fake_run, **kw))
    monkeypatch.setattr(seen, "FIRST_SIGHT", tmp_path / "none.md")
    result = CliRunner().invoke(app, ["eval", str(tuned), str(held), "--floors", str(floors), "--misses"])
    assert result.exit_code == 1, result.output
    assert "held-out facet_accuracy" in result.output
    assert "Tuned set" in result.output and "Held-out set" in result.output


def test_repository_holdout_has_cases_the_tuned_glob_does_not_see() -> None:
    from reconcile.evaluation import GOLD_DIR, HOLDOUT_DIR, gold_files

    tuned = {p.parent.name for p in gold_files(GOLD_DIR)}
    held = {p.parent.name for p in gold_files(HOLDOUT_DIR)}
    assert not tuned & held
    assert len(held) >= 4 and len(tuned) >= 15
    recorded = seen.recorded()
    assert held <= set(recorded), "every held-out case has its first-sight line"


def test_a_named_floor_table_guards_only_its_cases(tmp_path: Path) -> None:
    from reconcile.evaluation import below_floors

    good = _case(tmp_path / "gold", "good")
    bad = _case(tmp_path / "gold", "bad")

    def run(paths, *, nlp=None):
        return (_fake_run if "bad" in str(paths[0]) else perfect_run)(paths)

    reports = evaluate_parts([good, bad], run=run)
    floors = tmp_path / "floors.toml"
    floors.write_text(
        '[floors]\nfacet_accuracy = 0.1\n[goodonly]\ncases = ["good"]\nfacet_accuracy = 0.99\n'
        '[badonly]\ncases = ["bad"]\nfacet_accuracy = 0.99\n',
        encoding="utf-8",
    )
    assert [line.split(" =")[0] for line in below_floors(reports, floors)] == ["[badonly] facet_accuracy"]
    floors.write_text("[floors]\nfacet_accuracy = 0.1\n[stray]\nfacet_accuracy = 0.5\n", encoding="utf-8")
    with pytest.raises(CaseError, match=r"\[stray\] needs cases"):
        below_floors(reports, floors)
