"""align/status.py: one row per facet from the claims behind it: its status, reason, note and support."""

from __future__ import annotations

import pytest

from reconcile.align.row_values import comparison_kind
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, Reason, RowStatus

NAMES = {"police": "Police", "family": "The family", "paper": "Daily News"}
ORDER = ["police", "family", "paper"]


def _item(cid, source, facet, value, *, quote=QuoteKind.INDIRECT, doc="d1"):
    fv = FacetValue(facet, value, str(value), 0, 5)
    claim = Claim(cid, source, doc, 0, 5, "text", quote, "said", Certainty.CERTAIN, Polarity.POSITIVE, None, (fv,))
    return claim, fv


@pytest.mark.parametrize(
    "facet, kind",
    [("victim.status", "status"), ("weapon", "weapon"), ("victim.age", "number"), ("event.date", "date")],
)
def test_comparison_kind(facet, kind):
    assert comparison_kind(facet) == kind


@pytest.mark.parametrize(
    "facet, values, status, reason",
    [
        ("victim.age", {"police": 24, "family": 27}, RowStatus.CONFLICT, Reason.NUMBER),
        ("victim.age", {"police": 24, "family": 24}, RowStatus.AGREE, Reason.NONE),
        ("victim.age", {"police": 24}, RowStatus.SINGLE, Reason.NONE),
        ("event.date", {"police": "2024-03-05", "family": "2024-03"}, RowStatus.AGREE, Reason.NONE),
        ("event.date", {"police": "2024-03-05", "family": "2024-03-06"}, RowStatus.CONFLICT, Reason.TIME),
        ("victim.status", {"police": "civilian", "family": "farmer"}, RowStatus.AGREE, Reason.NONE),
    ],
)
def test_row_status(facet, values, status, reason):
    items = [_item(f"c{i}", source, facet, value) for i, (source, value) in enumerate(values.items())]
    row = row_for(facet, items, NAMES, ORDER)
    assert (row.facet, row.status, row.reason) == (facet, status, reason)
    assert [cell.source_id for cell in row.cells] == list(values)


def test_a_conflict_note_names_both_sides():
    row = row_for("victim.age", [_item("c1", "police", "victim.age", 24), _item("c2", "family", "victim.age", 27)],
                  NAMES, ORDER)
    assert row.note == "age: Police says 24, The family says 27"


def test_cells_follow_the_source_order_not_the_claim_order():
    items = [_item("c1", "paper", "weapon", "drone"), _item("c2", "police", "weapon", "drone")]
    assert [cell.source_id for cell in row_for("weapon", items, NAMES, ORDER).cells] == ["police", "paper"]


def test_a_narration_repeating_what_its_document_quotes_adds_no_independent_support():
    quoted = _item("c1", "police", "victim.age", 24)
    relayed = _item("c2", "paper", "victim.age", 24, quote=QuoteKind.NARRATION)
    elsewhere = _item("c3", "paper", "victim.age", 24, quote=QuoteKind.NARRATION, doc="d2")
    assert list(row_for("victim.age", [quoted, relayed], NAMES, ORDER).support.values()) == [1]
    assert list(row_for("victim.age", [quoted, elsewhere], NAMES, ORDER).support.values()) == [2]


@pytest.mark.parametrize(
    "said, shown",
    [
        # one source's names of one event: its most specific is shown, the broader words agree with it
        (["explosion", "tanker explosion"], ["tanker explosion"]),
        (["attack", "strike", "drone strike"], ["drone strike"]),
        (["fire", "building fire", "factory fire"], ["factory fire"]),
        (["fire", "prison fire"], ["prison fire"]),
        # two lines both stay: a shooting is no kind of fire
        (["shooting", "fire"], ["shooting", "fire"]),
        (["terrorist attack", "shooting"], ["terrorist attack", "shooting"]),
        # a value typed by a reviewer is kept as typed
        (["explosion", "something else"], ["explosion", "something else"]),
    ],
)
def test_an_event_type_cell_shows_the_most_specific_name(said, shown):
    items = [_item(f"c{i}", "police", "event.type", kind) for i, kind in enumerate(said)]
    row = row_for("event.type", items, NAMES, ORDER)
    assert list(row.cells[0].values) == shown
    assert len(row.cells[0].claim_ids) == len(said)  # every claim stays behind the cell


def _denial(cid, source, facet, value):
    fv = FacetValue(facet, f"not {value}", f"not {value}", 0, 5, negated=True)
    return Claim(cid, source, "d1", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN, Polarity.NEGATIVE,
                 None, (fv,)), fv


@pytest.mark.parametrize(
    "facet, denied, asserted, status",
    [
        # "It was not a rocket that hit the clinic" against "a Grad hit the clinic": a Grad is a rocket
        ("weapon", "rocket", "grad", RowStatus.CONFLICT),
        ("weapon", "rocket", "rocket", RowStatus.CONFLICT),
        # against "a munition struck the courtyard": the broader word does not say it was the denied rocket
        ("weapon", "rocket", "munition", RowStatus.UNCLEAR),
        ("event.type", "air strike", "drone strike", RowStatus.CONFLICT),  # a drone strike is an air strike
        ("event.type", "drone strike", "air strike", RowStatus.UNCLEAR),  # an air strike need not be a drone's
    ],
)
def test_a_denial_reaches_down_its_tree_not_up(facet, denied, asserted, status):
    items = [_denial("c1", "police", facet, denied), _item("c2", "family", facet, asserted)]
    assert row_for(facet, items, NAMES, ORDER).status is status


def test_agreement_is_earned_by_every_account():
    # two sources deny arson, a third blames a faulty cable: the denials agree with each other, but nothing says
    # whether the cable agrees with them, so the row is not "agree"
    items = [_denial("c1", "police", "cause", "arson"), _denial("c2", "family", "cause", "arson"),
             _item("c3", "paper", "cause", "faulty cable")]
    row = row_for("cause", items, NAMES, ORDER)
    assert row.status is RowStatus.UNCLEAR
    assert _status_of_two_denials() is RowStatus.AGREE


def _status_of_two_denials():
    items = [_denial("c1", "police", "cause", "arson"), _denial("c2", "family", "cause", "arson")]
    return row_for("cause", items, NAMES, ORDER).status
