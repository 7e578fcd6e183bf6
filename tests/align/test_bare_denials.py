"""align/dispute.py: a denied day with no day of its own beside it disputes nothing.

Sentences written for this file; none is from a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.dispute import bare_denial
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, Reason, RowStatus

NAMES = {"army": "Army", "wire": "Wire", "ngo": "NGO"}


def _row(facet, *specs):
    """(source, value, negated) -> the row of one claim each."""
    items = []
    for i, (source, value, negated) in enumerate(specs):
        fv = FacetValue(facet, f"not {value}" if negated else value, str(value), 0, 5, negated=negated)
        claim = Claim(f"c{i}", source, f"d{i}", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.POSITIVE, None, (fv,))
        items.append((claim, fv))
    return row_for(facet, items, NAMES, list(NAMES))


@pytest.mark.parametrize(
    "key, keys, denied, expected",
    [
        ("not 2025-05-02", ["not 2025-05-02"], ["not 2025-05-02"], True),
        ("not 2025-05-02", ["not 2025-05-02", "2025-05-03"], ["not 2025-05-02"], False),
        ("2025-05-03", ["2025-05-03"], [], False),
    ],
)
def test_bare_denial(key, keys, denied, expected):
    assert bare_denial(key, keys, denied) is expected


def test_a_day_denied_alone_does_not_dispute_it():
    # "No civilians were harmed on Friday," the army said in a post of that Friday; the wire: the raid was on Friday
    row = _row("event.date", ("army", "2025-05-02", True), ("wire", "2025-05-02", False),
               ("ngo", "2025-05-02", False))
    assert row.status is RowStatus.UNCLEAR  # no dispute, and no agreement the army did not give
    assert row.reason is Reason.NEGATION
    assert {c.source_id: c.values for c in row.cells}["army"] == ("not 2025-05-02",)  # the denial stays in view


def test_a_day_denied_with_another_day_given_disputes_it():
    # "The raid did not take place on Friday but in the early hours of Saturday."
    row = _row("event.date", ("army", "2025-05-02", True), ("army", "2025-05-03", False),
               ("wire", "2025-05-02", False))
    assert row.status is RowStatus.CONFLICT


def test_a_denied_status_still_disputes_alone():
    # "He was not a fighter," his brother said; the army called him a fighter
    row = _row("victim.status", ("ngo", "militant", True), ("army", "militant", False))
    assert row.status is RowStatus.CONFLICT
