"""The shipped example end to end: what the foundation issue says an editor must see at a glance."""

from __future__ import annotations

import json

from tests_support import row, values_of


def test_each_main_voice_has_its_own_column(example_evidence):
    names = {s.name.lower() for s in example_evidence.sources}
    assert any("central command" in n for n in names)
    assert any("family" in n for n in names)
    assert any("white helmets" in n or "civil defense" in n for n in names)
    assert any("defense officials" in n for n in names)


def test_alias_variants_land_in_one_column(example_evidence):
    by_alias = {}
    for s in example_evidence.sources:
        for name in (s.name, *s.aliases):
            by_alias[name.lower()] = s.id
    assert by_alias["centcom"] == by_alias["central command"]
    assert by_alias["white helmets"] == by_alias["syrian civil defense"] == by_alias["white helmet"]


def test_age_conflicts_56_against_60(example_evidence):
    age = row(example_evidence, "victim.age")
    assert age.status == "conflict" and age.reason == "number"
    assert 56 in values_of(example_evidence, age, "family")
    assert 60 in values_of(example_evidence, age, "white helmets")


def test_status_conflicts_leader_against_civilian(example_evidence):
    status = row(example_evidence, "victim.status")
    assert status.status == "conflict"
    assert "senior al qaeda leader" in values_of(example_evidence, status, "central command")
    assert "civilian" in values_of(example_evidence, status, "white helmets")


def test_herding_and_grazing_agree(example_evidence):
    activity = row(example_evidence, "victim.activity")
    assert activity.status == "agree"


def test_kabul_figures_stay_out_of_this_event(example_evidence):
    main_killed = [
        v for r in example_evidence.rows if r.facet == "casualties.killed" for c in r.cells for v in c.values
    ]
    assert 10 not in main_killed
    other_killed = [
        v for r in example_evidence.other_rows if r.facet == "casualties.killed" for c in r.cells for v in c.values
    ]
    assert 10 in other_killed
    other = {(r.facet, v) for r in example_evidence.other_rows for c in r.cells for v in c.values}
    main = {(r.facet, v) for r in example_evidence.rows for c in r.cells for v in c.values}
    for kabul in [("casualties.children", 7), ("event.date", "2021-08")]:
        assert kabul in other and kabul not in main


def test_central_command_dates_and_times_the_strike(example_evidence):
    assert "2023-05-03" in values_of(example_evidence, row(example_evidence, "event.date"), "central command")
    assert "11:42" in values_of(example_evidence, row(example_evidence, "event.time"), "central command")


def test_every_claim_slices_to_its_text(example_evidence):
    texts = {d.id: d.text for d in example_evidence.documents}
    for claim in example_evidence.claims:
        assert texts[claim.document_id][claim.start : claim.end] == claim.text
        for fv in claim.facets:
            assert texts[claim.document_id][fv.start : fv.end] == fv.text


def test_every_cell_points_at_existing_claims_and_sources(example_evidence):
    claim_ids = {c.id for c in example_evidence.claims}
    source_ids = {s.id for s in example_evidence.sources}
    for r in (*example_evidence.rows, *example_evidence.other_rows):
        for cell in r.cells:
            assert cell.source_id in source_ids
            assert set(cell.claim_ids) <= claim_ids


def test_a_rerun_gives_the_same_ids(example_evidence, nlp):
    from conftest import EXAMPLE

    from reconcile.pipeline import run

    again = run([EXAMPLE], nlp=nlp)
    assert [c.id for c in again.claims] == [c.id for c in example_evidence.claims]
    assert [s.id for s in again.sources] == [s.id for s in example_evidence.sources]


def test_each_merge_says_why_in_the_exports(example_evidence, tmp_path):
    from reconcile.export import write_all

    ryder = next(s for s in example_evidence.sources if s.name == "Ryder")
    assert ryder.aliases == ("Patride",) and "never introduced" in ryder.merged_because[0]
    write_all(example_evidence, tmp_path)
    assert "merged because: ryder + patride" in (tmp_path / "evidence.md").read_text(encoding="utf-8")
    exported = json.loads((tmp_path / "evidence.json").read_text(encoding="utf-8"))
    assert any("never introduced" in note for s in exported["sources"] for note in s["merged_because"])
