import dataclasses
import datetime

import pytest
from evidence_fixture import build_evidence

from reconcile.model import Cell, Evidence, Row, RowStatus, claims_by_id
from reconcile.table import CLAIM_COLUMNS, cell_text, claims_frame, format_value, to_frame


@pytest.fixture(scope="module")
def evidence() -> Evidence:
    return build_evidence()


def test_wide_columns_are_row_fields_then_sources_in_evidence_order(evidence):
    frame = to_frame(evidence)
    assert list(frame.columns) == [
        "facet",
        "status",
        "reason",
        "note",
        "support",
        "U.S. Central Command",
        "Mesto’s family",
        "White Helmets",
        "Defense officials",
    ]


def test_wide_rows_follow_evidence_order(evidence):
    frame = to_frame(evidence)
    assert list(frame["facet"]) == ["victim.age", "victim.activity", "victim.name", "event.date"]
    assert list(frame["status"]) == ["conflict", "agree", "unclear", "single"]
    assert list(frame["reason"]) == ["number", "meaning", "identity", "none"]


def test_wide_cell_is_value_then_quote(evidence):
    frame = to_frame(evidence)
    age = frame.iloc[0]
    assert age["Mesto’s family"] == "56 — “whom his family has identified as Loutfi Hassan Mesto, 56”"
    assert age["U.S. Central Command"] == ""
    assert age["Defense officials"] == ""


def test_wide_cell_with_two_claims_shows_both_quotes(evidence):
    frame = to_frame(evidence)
    cell = frame.iloc[0]["White Helmets"]
    assert cell.startswith("60 — “They found the body of Mesto")
    assert " / “Our teams recovered the body of a 60-year-old civilian" in cell


def test_support_column_counts_independent_sources_per_value(evidence):
    assert list(to_frame(evidence)["support"]) == [
        "56: 1; 60: 1",
        "herding sheep: 2",
        "Loutfi Hassan Mesto: 1; unidentified: 1",
        "2023-05-03: 1",
    ]


def test_other_event_rows_are_a_separate_frame(evidence):
    frame = to_frame(evidence, other_events=True)
    assert list(frame["facet"]) == ["event.toll"]
    assert frame.iloc[0]["Defense officials"] == (
        "10 — “a botched US drone strike in Kabul in August 2021 killed 10 civilians”"
    )
    assert "event.toll" not in list(to_frame(evidence)["facet"])


def test_empty_evidence_gives_headers_only():
    empty = Evidence(version="0.1.0", event_title=None, documents=(), sources=(), claims=(), rows=())
    frame = to_frame(empty)
    assert list(frame.columns) == ["facet", "status", "reason", "note", "support"]
    assert len(frame) == 0
    assert list(claims_frame(empty).columns) == list(CLAIM_COLUMNS)


def test_source_named_like_a_column_or_another_source_gets_its_id(evidence):
    first, second = evidence.sources[:2]
    clash = dataclasses.replace(
        evidence,
        sources=(
            dataclasses.replace(first, name="note"),
            dataclasses.replace(second, name="note"),
            *evidence.sources[2:],
        ),
    )
    columns = list(to_frame(clash).columns)
    assert columns[5:7] == [f"note ({first.id})", f"note ({second.id})"]
    assert columns.count("note") == 1


def test_claims_frame_has_one_row_per_claim_in_order(evidence):
    frame = claims_frame(evidence)
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert list(frame["claim_id"]) == [claim.id for claim in evidence.claims]


def test_claims_frame_row_carries_provenance(evidence):
    family_claim = evidence.claims[2]
    cnn = evidence.documents[0]
    row = claims_frame(evidence).iloc[2].to_dict()
    assert row == {
        "claim_id": family_claim.id,
        "source": "Mesto’s family",
        "source_kind": "family",
        "document": "cnn_report.txt",
        "document_sha256": cnn.sha256,
        "published": "2023-05-23",
        "start": family_claim.start,
        "end": family_claim.end,
        "text": "whom his family has identified as Loutfi Hassan Mesto, 56",
        "quote": "indirect",
        "cue": "identified",
        "certainty": "certain",
        "polarity": "positive",
        "via": "Defense officials",
        "facets": "victim.name=Loutfi Hassan Mesto; victim.age=56",
        "other_event": "",
    }
    assert cnn.text[row["start"] : row["end"]] == row["text"]


def test_claims_frame_marks_other_event_claims(evidence):
    frame = claims_frame(evidence)
    assert list(frame["other_event"] != "") == [False] * 7 + [True]


@pytest.mark.parametrize(
    "value, expected",
    [
        (56, "56"),
        (2.5, "2.5"),
        ((55, 60), "55–60"),
        ([55, 60], "55–60"),
        (None, ""),
        (True, "true"),
        (datetime.date(2023, 5, 3), "2023-05-03"),
        (RowStatus.CONFLICT, "conflict"),
        ("herding sheep", "herding sheep"),
        ((1, 2, 3), "1, 2, 3"),
    ],
)
def test_format_value(value, expected):
    assert format_value(value) == expected


def test_cell_text_skips_unknown_claims_and_repeats(evidence):
    claims = claims_by_id(evidence.claims)
    family_claim = evidence.claims[2]
    cell = Cell("x", (56,), (family_claim.id, "missing", family_claim.id))
    assert cell_text(cell, claims) == f"56 — “{family_claim.text}”"


def test_cell_of_a_source_missing_from_sources_still_shows(evidence):
    stray = Row("victim.age", RowStatus.SINGLE, evidence.rows[0].reason, "", (Cell("ghost", (1,), ()),))
    frame = to_frame(dataclasses.replace(evidence, rows=(stray,)))
    assert frame.iloc[0]["ghost"] == "1"


def test_timeline_dates_each_source_statement_and_leaves_other_events_out():
    from reconcile.table import timeline, timeline_frame

    evidence = build_evidence()
    entries = timeline(evidence)
    other = {c.id for c in evidence.claims if c.other_event}
    assert not {cid for e in entries for cid in e["claim_ids"]} & other
    order = [s.id for s in evidence.sources]
    keys = [(order.index(e["source_id"]), e["date"]) for e in entries]
    assert keys == sorted(keys)
    docs = {d.id: d.published for d in evidence.documents}
    assert all(e["date"] == (docs[e["document_id"]] or "") for e in entries)
    said = {v for e in entries for v in e["said"]}
    assert {f"{fv.facet}={fv.value}" for c in evidence.claims if not c.other_event for fv in c.facets
            if not isinstance(fv.value, (list, tuple))} <= said
    assert list(timeline_frame(evidence).columns) == ["source", "date", "document", "claims", "said"]
