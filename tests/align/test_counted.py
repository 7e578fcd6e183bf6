"""align/counted.py: two figures clash only when they count the same people.

Every figure and phrase here was written for this file, in several styles (wire, press release, witness, machine
translation); none is taken from a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.comparison import Comparison, Relation
from reconcile.align.counted import by_group, group_of
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, Reason, RowStatus
from reconcile.pipeline import run

CLASH = Comparison(Relation.CONFLICT, Reason.NUMBER)


@pytest.mark.parametrize(
    "text, group",
    [
        ("forty-one police officers", "security"),
        ("12 border guards", "security"),
        ("at least 9 soldiers", "security"),
        ("the elements of the forces of order", "security"),  # machine translation of "éléments"
        ("six firefighters", "responders"),
        ("dozens of schoolchildren", "children"),
        ("three girls", "children"),
        ("22 women", "women"),
        ("some 40 refugees", "migrants"),
        ("seven employees", "staff"),
        ("two of our colleagues", "staff"),
        ("a crew of four", "staff"),
        ("318 passengers", "passengers"),
        ("five attackers", "fighters"),
        ("two reporters", "journalists"),
        ("19 people", None),
        ("the 40 dead", None),
        ("dozens of victims", None),
        ("14 civilians", None),
        ("toll at 88", None),
        ("31", None),
        ("eight others", None),
        ("three officers and two protesters", None),  # the total of two groups counts both
        ("four crew and eleven passengers", None),
        ("women and children", None),
        ("17 people, five of them police officers", None),  # everyone, with a part named
        ("the dead included 4 soldiers", None),
        ("76 injured migrants", "migrants"),  # "injured" before the group describes it
    ],
)
def test_group_of(text, group):
    assert group_of(text) == group


@pytest.mark.parametrize(
    "groups_a, groups_b, a, b, expected",
    [
        ({"security"}, {None}, 75, 60, Relation.DIFFERENT),  # the police's own injured above the hospital's count
        ({"security"}, {None}, 12, 60, None),  # a part of everyone: says nothing against the total
        ({None}, {"children"}, 30, [8, 12], None),
        ({None}, {"children"}, 30, [40, None], Relation.CONFLICT),  # children are always among everyone
        ({"fighters"}, {None}, 20, 9, Relation.DIFFERENT),  # "9 dead" may be the civilians only
        ({"security"}, {"migrants"}, 49, 76, Relation.DIFFERENT),  # two groups: two questions
        ({"staff"}, {None, "staff"}, 2, 3, Relation.CONFLICT),  # "two of its employees" against "three workers"
        ({None}, {None}, 40, 44, Relation.CONFLICT),
        ({"children"}, {"children"}, 9, 14, Relation.CONFLICT),
    ],
)
def test_by_group(groups_a, groups_b, a, b, expected):
    result = by_group(CLASH, frozenset(groups_a), frozenset(groups_b), a, b)
    assert (result.relation if result else None) is expected


def test_agreement_is_untouched():
    agree = Comparison(Relation.COMPATIBLE, Reason.NUMBER)
    assert by_group(agree, frozenset({"security"}), frozenset({"migrants"}), 5, 5) is agree


NAMES = {"police": "Police", "health": "Health office", "union": "Union", "wire": "Wire"}


def _row(facet, *specs):
    """(source, value, words) -> the row of one claim each."""
    items = []
    for i, (source, value, words) in enumerate(specs):
        fv = FacetValue(facet, value, words, 0, len(words))
        claim = Claim(f"c{i}", source, f"d{i}", 0, len(words), words, QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.POSITIVE, None, (fv,))
        items.append((claim, fv))
    return row_for(facet, items, NAMES, list(NAMES))


def test_the_police_count_of_their_own_does_not_dispute_the_hospital_count():
    # "Forty-one officers were hurt, the ministry said." / "Hospitals treated 30 people, the health office said."
    row = _row("casualties.injured", ("police", 41, "Forty-one officers"), ("health", 30, "30 people"))
    assert row.status is RowStatus.UNCLEAR
    assert row.note == "injured: counts of different groups, not comparable: Police says 41, Health office says 30"
    assert {c.values for c in row.cells} == {(41,), (30,)}  # both figures stay in view


def test_a_group_below_the_total_is_its_part():
    # press release: "Eleven people died, among them four workers of the night shift"; the union names only its four
    # members: no dispute, and no agreement the union did not give (it says nothing of the eleven)
    row = _row("casualties.killed", ("health", 11, "Eleven people"), ("union", 4, "four workers"),
               ("wire", 11, "11 dead"))
    assert row.status is RowStatus.UNCLEAR
    assert row.reason is Reason.NUMBER
    assert row.support == {"11": 2, "4": 1}


def test_a_group_below_the_total_beside_an_agreeing_count_of_it():
    row = _row("casualties.killed", ("health", 11, "Eleven people"), ("union", 4, "four workers"),
               ("police", 4, "four employees"), ("wire", 11, "11 dead"))
    assert row.status is RowStatus.AGREE


def test_the_same_group_still_disputes():
    row = _row("casualties.killed", ("police", 2, "two of our employees"), ("union", 3, "Three workers"),
               ("wire", 3, "three people"))
    assert row.status is RowStatus.CONFLICT


def test_more_children_than_dead_in_all_disputes():
    # wire: "the strike killed 8 people"; a hospital director: "we received the bodies of 12 children"
    row = _row("casualties.killed", ("wire", 8, "8 people"), ("health", 12, "12 children"))
    assert row.status is RowStatus.CONFLICT


def test_two_counts_of_everyone_still_dispute():
    row = _row("casualties.killed", ("police", 17, "17 people"), ("wire", 25, "25 dead"))
    assert row.status is RowStatus.CONFLICT


# The whole pipeline on a mini-case in three styles: a police press statement, wire copy with a dateline, a
# machine-translated portal item.

POLICE = ("Statement by the Varna Regional Police, 4 June 2025\n\nDuring the riot outside the stadium in Varna on "
          "Saturday, 41 police officers were injured by stones and flares. Twelve rioters were arrested.\n")
WIRE = ("VARNA, Bulgaria, June 4, 2025 (Meridian) - Thirty people were treated in hospital after clashes outside the "
        "stadium in Varna on Saturday, the regional health office said.\n")
PORTAL = ("Varna news portal, 05.06.2025 (machine translation)\n\nIn the clashes near the stadium on Saturday were "
          "injured 30 persons, among them 4 children, informed the health office.\n")


def test_case_the_police_count_of_their_own_injured_is_no_rival(tmp_path, nlp):
    for name, text in {"police": POLICE, "wire": WIRE, "portal": PORTAL}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    row = next(row for row in evidence.rows if row.facet == "casualties.injured")
    assert row.status is not RowStatus.CONFLICT
    assert sorted(v for cell in row.cells for v in cell.values) == [30, 30, 41]  # every figure stays in view
