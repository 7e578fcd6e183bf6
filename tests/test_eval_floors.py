"""CI's regression guard: the real pipeline on the development gold set stays above the floors."""

from __future__ import annotations

from reconcile import evaluation as ev


def test_development_set_stays_above_the_floors(nlp):
    report = ev.evaluate(ev.gold_files(ev.GOLD_DIR), nlp=nlp)
    assert len(report.cases) >= 6
    assert ev.check_floors(report, ev.load_floors()) == []


def test_attribution_switched_off_falls_below_the_floors(nlp, monkeypatch):
    """The guard can fail: with the attribution component emptied, recall collapses and the floors say so."""
    from reconcile.nlp import attribution

    monkeypatch.setattr(attribution.AttributionFinder, "match", lambda self, doc: [])
    monkeypatch.setattr(attribution, "_alias_pairs", lambda doc: [])
    report = ev.evaluate(ev.gold_files(ev.GOLD_DIR), nlp=nlp)
    failed = ev.check_floors(report, ev.load_floors())
    assert any(line.startswith("attribution_recall") for line in failed), failed
