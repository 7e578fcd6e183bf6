"""align/dispute.py: a figure its own words call early is a first step of the tally, not a rival count.

Sentences written for this file in several styles (wire, press release, witness, machine translation); none is from a
gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.dispute import early_toll, said_early
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, RowStatus


@pytest.mark.parametrize(
    "text, early",
    [
        ("Shortly after the blast the governor put the dead at 12.", True),  # wire
        ("A preliminary toll of 9 dead was given by the civil protection.", True),  # press release
        ("Initially they told us four people had died.", True),  # witness
        ("According to the first count of the ministry of emergencies, 20 persons perished.", True),  # translated
        ("The provisional figure is 31 dead.", True),
        ("At first the police said six people were hurt.", True),
        ("The governor put the dead at 12.", False),
        ("Shortly after midnight, 12 people were killed, the governor said.", False),  # when, not how early
        ("The blast hit soon after 10 a.m., killing 12.", False),
        ("Twelve people died in the first carriage.", False),  # "first" of something else
        ("The first responders found 14 bodies.", False),
        ("Police said 40 people had died, the initiative's organisers disputed that.", False),
    ],
)
def test_said_early(text, early):
    assert said_early(text) is early


@pytest.mark.parametrize(
    "low, high, low_day, high_day, expected",
    [
        (30, 50, "2025-04-08", "2025-04-08", True),  # the same day: bodies found within hours
        (30, 57, "2025-04-08", "2025-04-10", True),
        ([None, 20], 31, "2025-01-02", "2025-01-02", True),  # "up to 20" at first, then 31
        (30, 60, "2025-04-08", "2025-04-08", False),  # twice the early figure or more: another count
        (30, 300, "2025-04-08", "2025-04-09", False),  # a preliminary toll against the opposition's tenfold figure
        (50, 30, "2025-04-08", "2025-04-08", False),  # an early figure above: revised down, still a dispute
        (30, 50, "2025-04-09", "2025-04-08", False),  # said after the other: no first step of it
        (30, 50, None, "2025-04-08", False),
        (30, [None, 50], "2025-04-08", "2025-04-08", False),  # a ceiling is no higher count
    ],
)
def test_early_toll(low, high, low_day, high_day, expected):
    assert early_toll(low, high, low_day, high_day) is expected


NAMES = {"gov": "Governor", "wire": "Wire", "ngo": "NGO"}
DAYS = {"d1": "2025-04-08", "d2": "2025-04-08", "d3": "2025-04-10"}


def _row(*specs):
    """(source, document, value, sentence) -> a killed row of one claim each."""
    items = []
    for i, (source, doc, value, sentence) in enumerate(specs):
        fv = FacetValue("casualties.killed", value, str(value), 0, 5)
        claim = Claim(f"c{i}", source, doc, 0, len(sentence), sentence, QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.POSITIVE, None, (fv,))
        items.append((claim, fv))
    return row_for("casualties.killed", items, NAMES, list(NAMES), dates=DAYS)


def test_an_early_figure_below_the_later_toll_is_its_first_step():
    row = _row(("gov", "d1", 30, "Shortly after the strike the governor put the dead at 30."),
               ("wire", "d2", [50, None], "The strike killed at least 50 people, officials said."),
               ("ngo", "d3", 57, "The toll has reached 57."))
    assert row.status is RowStatus.AGREE
    assert "earlier 30" in row.note
    assert next(c for c in row.cells if c.source_id == "gov").values == (30,)  # the figure stays in view


def test_a_plain_lower_figure_of_the_same_day_still_disputes():
    row = _row(("gov", "d1", 30, "The governor put the dead at 30."),
               ("wire", "d2", [50, None], "The strike killed at least 50 people, officials said."))
    assert row.status is RowStatus.CONFLICT


def test_an_early_figure_said_also_plainly_is_the_source_count():
    row = _row(("gov", "d1", 30, "Shortly after the strike the governor put the dead at 30."),
               ("gov", "d2", 30, "The governor said 30 people had died."),
               ("wire", "d2", [50, None], "The strike killed at least 50 people, officials said."))
    assert row.status is RowStatus.CONFLICT


def test_an_early_figure_far_below_still_disputes():
    row = _row(("gov", "d1", 30, "A preliminary toll put the dead at 30."),
               ("ngo", "d3", 300, "The rights group counted 300 dead."))
    assert row.status is RowStatus.CONFLICT
