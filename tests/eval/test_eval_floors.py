"""CI's regression guard: the real pipeline on the gold set stays above the floors, tuned and held-out parts apart."""

from __future__ import annotations

from reconcile import evaluation as ev


def test_gold_set_stays_above_the_floors_of_each_part(nlp):
    reports = ev.evaluate_parts(ev.all_gold_files(), nlp=nlp)
    tuned, held = len(reports["tuned"].cases), len(reports["holdout"].cases)
    assert tuned >= 15 and held >= 4, (tuned, held)
    assert ev.below_floors(reports) == []


def test_attribution_switched_off_falls_below_the_floors(nlp, monkeypatch):
    """The guard can fail: with the attribution component emptied, recall collapses and the floors say so."""
    from reconcile.nlp import attribution

    monkeypatch.setattr(attribution.AttributionFinder, "match", lambda self, doc: [])
    monkeypatch.setattr(attribution, "_alias_pairs", lambda doc: [])
    report = ev.evaluate(ev.gold_files(ev.GOLD_DIR), nlp=nlp)
    failed = ev.check_floors(report, ev.load_floors())
    assert any(line.startswith("attribution_recall") for line in failed), failed
