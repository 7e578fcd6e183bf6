"""align/dispute.py: a clash between two values is a conflict between their sources only when the sources disagree.

Two clashes are not disagreements: a source that also says what the other says (its own two values clash), and an
earlier toll that a later one of another source grew from. Every figure, name and sentence here was written for
this file; none is taken from a gold case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.align.dispute import grown_toll, held_by_both
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, RowStatus
from reconcile.pipeline import run

NAMES = {"police": "Police", "mayor": "Mayor", "union": "Union", "family": "Family"}
ORDER = list(NAMES)


def _agrees(kind):
    return lambda a, b: a == b or compare(kind, a, b).relation in {Relation.SAME, Relation.COMPATIBLE}


@pytest.mark.parametrize(
    "kind, a, b, keys_a, keys_b, expected",
    [
        # "As of 11:00 on Thursday" beside the strike's Tuesday, against another source's Tuesday
        ("date", "2025-03-13", "2025-03-11", ["2025-03-13", "2025-03-11"], ["2025-03-11"], True),
        ("date", "2025-03-11", "2025-03-13", ["2025-03-11"], ["2025-03-13", "2025-03-11"], True),
        # a coarser value of its own backs nothing: "March" beside "13 March" still disputes "11 March"
        ("date", "2025-03-13", "2025-03-11", ["2025-03-13", "2025-03"], ["2025-03-11"], False),
        ("date", "2025-03-13", "2025-03-11", ["2025-03-13"], ["2025-03-11"], False),
        # an inquiry "not yet launched" in one paragraph, "under way" in another, against "under way"
        ("investigation", "review: not launched", "review: under way",
         ["review: not launched", "review: under way"], ["review: under way"], True),
        ("status", "militant", "civilian", ["militant", "civilian"], ["civilian"], True),
        ("status", "militant", "civilian", ["militant", "fighter"], ["civilian", "farmer"], False),
    ],
)
def test_held_by_both(kind, a, b, keys_a, keys_b, expected):
    assert held_by_both(a, b, keys_a, keys_b, _agrees(kind)) is expected


@pytest.mark.parametrize(
    "low, high, low_day, high_day, expected",
    [
        (59, 62, "2025-03-16", "2025-04-24", True),  # the injured died in hospital weeks later
        (116, 121, "2024-07-02", "2024-07-10", True),
        ([None, 40], 43, "2024-01-01", "2024-01-05", True),  # "up to 40" then "43"
        (57, [58, None], "2022-04-10", "2023-02-01", True),  # "57 dead", then "at least 58" a year on
        (11, 13, "2025-02-03", "2025-02-03", False),  # the same day: two counts of one moment
        (13, 11, "2025-02-03", "2025-02-14", False),  # a lower figure later is no growth
        (82, [500, None], "2023-06-20", "2023-07-14", False),  # a third or more above: another count
        (300, 471, "2023-10-18", "2023-11-20", False),
        (30, 41, "2024-05-01", "2024-05-09", False),
        ([270, 330], 340, "2024-05-01", "2024-05-09", True),
        (11, 13, None, "2025-02-14", False),  # an undated figure orders nothing
        (11, 13, "2025-02-03", None, False),
        (11, [None, 13], "2025-02-03", "2025-02-14", False),  # a ceiling is no later, higher count
    ],
)
def test_grown_toll(low, high, low_day, high_day, expected):
    assert grown_toll(low, high, low_day, high_day) is expected


DAYS = {"d1": "2025-06-01", "d2": "2025-06-01", "d3": "2025-06-09", "d4": "2025-06-30"}


def _row(facet, *specs, dates=DAYS):
    """(claim id, source, document, [values]) -> the row of those claims."""
    items = []
    for cid, source, doc, values in specs:
        fvs = tuple(FacetValue(facet, v, str(v), 0, 5) for v in values)
        claim = Claim(cid, source, doc, 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.POSITIVE, None, fvs)
        items += [(claim, fv) for fv in fvs]
    return row_for(facet, items, NAMES, ORDER, dates=dates)


def test_a_source_giving_both_dates_does_not_dispute_the_other():
    row = _row("event.date", ("c1", "police", "d1", ["2025-05-31"]), ("c2", "police", "d3", ["2025-06-02"]),
               ("c3", "mayor", "d2", ["2025-05-31"]))
    assert row.status is RowStatus.AGREE
    assert next(c for c in row.cells if c.source_id == "police").values == ("2025-05-31", "2025-06-02")


def test_a_third_source_with_the_other_date_still_conflicts():
    row = _row("event.date", ("c1", "police", "d1", ["2025-05-31", "2025-06-02"]),
               ("c2", "mayor", "d2", ["2025-05-31"]), ("c3", "union", "d3", ["2025-06-02"]))
    assert row.status is RowStatus.CONFLICT
    assert "Mayor" in row.note and "Union" in row.note


def test_two_weapons_of_one_source_each_still_dispute_a_rival():
    # "officers used tear gas and rubber bullets" against "they fired live rounds": one account may name several
    # weapons, so holding two is no inconsistency that excuses the clash
    row = _row("weapon", ("c1", "police", "d1", ["tear gas", "firearm"]), ("c2", "family", "d2", ["tear gas"]),
               ("c3", "union", "d2", ["grad"]))
    assert row.status is RowStatus.CONFLICT


def test_ages_are_not_excused_by_a_second_age_of_the_same_source():
    # "the skipper, 52" and, elsewhere, "a 19-year-old deckhand": two people, and 19 still disputes "30"
    row = _row("victim.age", ("c1", "police", "d1", [52]), ("c2", "police", "d1", [19]),
               ("c3", "mayor", "d2", [19, 30]))
    assert row.status is RowStatus.CONFLICT


def test_a_later_slightly_higher_toll_of_another_source_is_the_count_grown():
    row = _row("casualties.killed", ("c1", "police", "d1", [40]), ("c2", "mayor", "d2", [40]),
               ("c3", "union", "d4", [44]))
    assert row.status is RowStatus.AGREE
    assert row.note.endswith("(44; earlier 40)")


@pytest.mark.parametrize(
    "later, status",
    [
        ([44], RowStatus.AGREE),
        ([[45, None]], RowStatus.AGREE),  # "at least 45" three weeks on
        ([90], RowStatus.CONFLICT),  # more than double: another count
        ([35], RowStatus.CONFLICT),  # lower later: a dispute, not growth
    ],
)
def test_toll_growth_across_sources(later, status):
    assert _row("casualties.killed", ("c1", "police", "d1", [40]), ("c3", "union", "d4", later)).status is status


def test_the_same_day_a_higher_toll_is_a_dispute():
    assert _row("casualties.killed", ("c1", "police", "d1", [40]), ("c2", "union", "d2", [44])).status is (
        RowStatus.CONFLICT)


def test_a_lower_toll_repeated_after_the_higher_one_still_disputes_it():
    # the police still say 40 on 30 June, after the union's 44 of 9 June
    row = _row("casualties.killed", ("c1", "police", "d1", [40]), ("c2", "union", "d3", [44]),
               ("c3", "police", "d4", [40]))
    assert row.status is RowStatus.CONFLICT


def test_a_crowd_does_not_grow_after_the_event():
    # 500 people inside on the night, "around 650" in the prosecutors' later count: two estimates of one crowd
    assert _row("crowd.size", ("c1", "police", "d1", [500]), ("c2", "union", "d4", [650])).status is (
        RowStatus.CONFLICT)


def test_undated_tolls_are_not_ordered():
    assert _row("casualties.killed", ("c1", "police", "d1", [40]), ("c2", "union", "d4", [44]),
                dates={}).status is RowStatus.CONFLICT


# The whole pipeline on mini-cases in several styles: a press statement in its issuer's voice, wire copy with a
# dateline, a machine-translated portal item, a union's figure.

STATEMENT = ("Statement by the Ostrava Regional Fire Service, 3 February 2025\n\nEleven people died in the fire at the "
             "Lipova textile warehouse in Ostrava on Sunday. Twenty-four people were taken to hospital.\n")
WIRE = ("OSTRAVA, Czech Republic, February 3, 2025 (Meridian) - A fire swept through a textile warehouse in Ostrava "
        "on Sunday, killing 11 workers, the fire service said.\n\n\"The roof came down within minutes,\" said Karel "
        "Novak, a forklift driver who escaped.\n")
GROWN = ("OSTRAVA, Czech Republic, February 14, 2025 (Herald) - The death toll from the Lipova warehouse fire in "
         "Ostrava has risen to 13 after two injured workers died in hospital, the regional health office said on "
         "Friday.\n")
UNION = ("OSTRAVA, Czech Republic, February 14, 2025 (Herald) - The warehouse workers' union said on Friday that 30 "
         "people had died in the Lipova warehouse fire in Ostrava, nearly three times the official figure.\n")
POLICE = ("Statement by the Tarsk City Police, 13 March 2025\n\nOn 11 March 2025 at about 21:40 a gas explosion "
          "destroyed a block of flats on Mira Street in Tarsk. Seven residents were killed.\n\nAs of 08:00 on "
          "Thursday, 13 March, seven people are dead and 19 are injured.\n")
PORTAL = ("Tarsk news portal, 14.03.2025 (machine translation)\n\nThe explosion of gas in the house on the street Mira "
          "happened on 11 March in the evening. According to the data of the regional ministry of emergency "
          "situations, the explosion killed seven persons.\n")


def _evidence(tmp_path: Path, nlp, **texts: str):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return run([tmp_path], nlp=nlp)


def _status_of(evidence, facet):
    return next(row for row in evidence.rows if row.facet == facet).status


def test_case_a_toll_that_rose_in_hospital_is_agreed(tmp_path, nlp):
    evidence = _evidence(tmp_path, nlp, statement=STATEMENT, wire=WIRE, followup=GROWN)
    assert _status_of(evidence, "casualties.killed") is RowStatus.AGREE


def test_case_a_far_higher_figure_later_is_still_a_conflict(tmp_path, nlp):
    evidence = _evidence(tmp_path, nlp, statement=STATEMENT, wire=WIRE, union=UNION)
    assert _status_of(evidence, "casualties.killed") is RowStatus.CONFLICT


def test_case_a_source_dating_its_update_does_not_dispute_the_event_day(tmp_path, nlp):
    evidence = _evidence(tmp_path, nlp, police=POLICE, portal=PORTAL)
    assert _status_of(evidence, "event.date") is RowStatus.AGREE
