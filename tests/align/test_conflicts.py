"""Agreement is earned: which two values can both be true (align/compare.py), and when a row is a conflict between
two sources' current accounts (align/status.py, align/current.py). Every value and sentence is written for this
file; none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, RowStatus

VERDICT = {Relation.SAME: "agree", Relation.COMPATIBLE: "agree", Relation.CONFLICT: "conflict",
           Relation.PARTIAL: "conflict", Relation.DIFFERENT: "unclear"}


@pytest.mark.parametrize(
    "kind, a, b, expected",
    [
        # open bounds: "at least 4" fits 14, "at least 18" does not
        ("number", [4, None], 14, "agree"),
        ("number", [18, None], 14, "conflict"),
        ("number", [None, 30], 25, "agree"),
        ("number", [None, 30], 31, "conflict"),
        ("range", [200, 300], 250, "agree"),
        ("range", [200, 300], [280, 400], "agree"),
        ("range", [200, 300], [310, 400], "conflict"),
        # approximations and rounding
        ("number", [270, 330], 288, "agree"),  # "about 300"
        ("number", 300, 288, "agree"),  # a round figure for an exact one
        ("number", 1000, 1040, "agree"),
        ("number", 2_000_000, 2_030_000, "agree"),
        ("number", 300, 250, "conflict"),  # 250 does not round to 300
        ("number", 500, 471, "conflict"),  # rounds to 500 but 6% away
        ("number", 300, 320, "conflict"),
        ("number", 60, 56, "conflict"),  # ages are never round figures
        ("number", 12, 12, "agree"),
        # status categories, a plural typed by a reviewer or a writer read as its role
        ("status", "wedding guests", "civilian", "agree"),
        ("status", "civilians", "shopper", "agree"),
        ("status", "fishermen", "civilian", "agree"),
        ("status", "children", "militants", "conflict"),
        ("status", "rebels", "civilian", "conflict"),
        ("status", "security guards", "civilian", "conflict"),
        ("status", "troops", "soldier", "agree"),
        ("status", "bystanders", "civilian", "agree"),
        ("status", "terrorists", "militant", "agree"),  # one role in other words (facets.toml [same])
        ("status", "senior terrorist", "militant", "agree"),
        ("status", "jihadi", "leader", "conflict"),
        ("status", "crew members", "civilian", "agree"),
        ("status", "crew member", "hamas member", "conflict"),
        ("status", "civilian", "farmer", "agree"),
        ("status", "civilian", "militant", "conflict"),
        ("status", "unarmed", "armed", "conflict"),
        ("status", "not militant", "militant", "conflict"),
        ("status", "not militant", "farmer", "agree"),
        # weapons by their tree
        ("weapon", "shahed", "drone", "agree"),
        ("weapon", "grad", "air strike", "conflict"),
        ("weapon", "kornet", "javelin", "conflict"),
        ("weapon", "stinger", "drone", "unclear"),  # air defence fires at aircraft: two sides, not two answers
        ("weapon", "surface-to-air missile", "warplane", "unclear"),
        ("weapon", "stinger", "sidewinder", "conflict"),  # still two launch platforms
        # a source's own narrower name of an event lies under the tree's kind
        ("event.type", "tanker explosion", "explosion", "agree"),
        ("event.type", "tanker explosion", "fire", "agree"),  # a blast and the fire after it
        ("event.type", "mosque bombing", "attack", "agree"),
        ("event.type", "prison fire", "shooting", "unclear"),
        ("event.type", "cholera outbreak", "flood", "unclear"),
        ("event.type", "cholera outbreak", "outbreak", "agree"),
        # dates, times, free text, investigations
        ("date", "2025-02-14", "2025-02", "agree"),
        ("date", "2025-02-14", "2025-02-15", "conflict"),
        ("time", "23:55", "00:05", "agree"),
        ("time", "08:00", "08:40", "conflict"),
        ("text", "fetching water from the well", "fetching water", "agree"),
        ("text", "repairing a roof", "selling bread", "unclear"),
        ("investigation", "inquiry: under way", "inquiry: not launched", "conflict"),
        ("investigation", "inquiry: requested", "inquiry: under way", "agree"),
        ("investigation", "audit: under way", "police inquiry: completed", "unclear"),
    ],
)
def test_compatibility(kind, a, b, expected):
    assert VERDICT[compare(kind, a, b).relation] == expected
    assert VERDICT[compare(kind, b, a).relation] == expected


NAMES = {"coast": "Coastguard", "mayor": "Mayor", "union": "Dockers' union"}
ORDER = list(NAMES)
DAYS = {"d1": "2025-06-01", "d2": "2025-06-01", "d3": "2025-06-03", "d9": "2025-06-01"}


def _claims(facet, *specs):
    """(claim id, source, document, [values]) -> the (claim, value) pairs row_for takes."""
    items = []
    for cid, source, doc, values in specs:
        fvs = tuple(FacetValue(facet, v, str(v), 0, 5) for v in values)
        claim = Claim(cid, source, doc, 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.POSITIVE, None, fvs)
        items += [(claim, fv) for fv in fvs]
    return items


def _status(facet, *specs, dates=DAYS):
    return row_for(facet, _claims(facet, *specs), NAMES, ORDER, dates=dates).status


def test_a_toll_the_source_revised_on_a_later_day_is_its_account():
    # "Four dead" on the first day, "the toll has risen to eleven" two days later, against the mayor's eleven
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d3", [11]), ("c3", "mayor", "d2", [11])]
    assert _status("casualties.killed", *specs) is RowStatus.AGREE


def test_a_revision_down_on_a_later_day_is_the_account():
    # eleven on the first day, "corrected to four" two days later: four is the coastguard's figure now
    specs = [("c1", "coast", "d1", [11]), ("c2", "coast", "d3", [4]), ("c3", "mayor", "d2", [11])]
    assert _status("casualties.killed", *specs) is RowStatus.CONFLICT
    # without the days both documents are of one day, where the higher figure is the later step
    assert _status("casualties.killed", *specs, dates={}) is RowStatus.AGREE


def test_a_same_day_update_in_another_document_replaces_the_lower_figure():
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d9", [11]), ("c3", "mayor", "d2", [11])]
    assert _status("casualties.killed", *specs) is RowStatus.AGREE


@pytest.mark.parametrize(
    "mayor, status",
    [
        # "Eleven people died." and "Four of them were children." in one report: the lower figure is a part of the
        # report (or its earlier step, "the toll had stood at four"), not its rival to the mayor's eleven
        ([11], RowStatus.AGREE),
        ([4], RowStatus.CONFLICT),  # the report's total still disputes a total of four
        ([7], RowStatus.CONFLICT),
    ],
)
def test_two_figures_of_one_source_in_one_report_both_stand(mayor, status):
    # both figures stay in the source's account (no figure of one report replaces another); only the lower one, as
    # a part of the report, does not dispute a figure the report's higher one agrees with
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d1", [11]), ("c3", "mayor", "d2", mayor)]
    assert _status("casualties.killed", *specs) is status


def test_the_latest_figure_still_conflicts_with_another_sources():
    specs = [("c1", "coast", "d1", [11]), ("c2", "coast", "d3", [12]), ("c3", "union", "d2", [[30, None]])]
    assert _status("casualties.killed", *specs) is RowStatus.CONFLICT


def test_a_smaller_part_of_an_agreed_count_is_no_conflict():
    # "two men were hurt, one of them badly" against "both were hurt"
    specs = [("c1", "coast", "d1", [2, 1]), ("c2", "union", "d2", [2])]
    assert _status("casualties.injured", *specs) is RowStatus.AGREE


def test_a_total_beside_an_agreed_part_still_conflicts():
    # "50 died, among them 10 children" against "10 died": the larger figure is the coastguard's toll
    specs = [("c1", "coast", "d1", [50, 10]), ("c2", "union", "d2", [10])]
    assert _status("casualties.killed", *specs) is RowStatus.CONFLICT


def test_ages_of_several_people_in_one_sentence_are_parts():
    # "the skipper, 52, and his nephew, 19" against "a man in his early fifties and a 19-year-old"
    specs = [("c1", "coast", "d1", [52, 19]), ("c2", "mayor", "d2", [[50, 54], 19])]
    assert _status("victim.age", *specs) is RowStatus.AGREE


def test_two_ages_in_separate_claims_still_conflict():
    specs = [("c1", "coast", "d1", [52]), ("c2", "coast", "d1", [19]), ("c3", "mayor", "d2", [19, 30])]
    assert _status("victim.age", *specs) is RowStatus.CONFLICT


def test_a_denial_of_what_another_asserts_is_a_conflict_even_with_common_ground():
    items = _claims("cause", ("c1", "coast", "d1", ["engine failure"]), ("c2", "mayor", "d2", ["engine failure"]))
    denial = FacetValue("cause", "not engine failure", "not engine failure", 0, 5, negated=True)
    claim = Claim("c3", "union", "d2", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                  Polarity.NEGATIVE, None, (denial,))
    row = row_for("cause", [*items, (claim, denial)], NAMES, ORDER, dates=DAYS)
    assert row.status is RowStatus.CONFLICT


def test_engagement_weapons_are_unclear_not_a_conflict():
    specs = [("c1", "coast", "d1", ["stinger"]), ("c2", "mayor", "d2", ["drone"])]
    assert _status("weapon", *specs) is RowStatus.UNCLEAR


def test_support_counts_every_value_shown():
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d3", [11]), ("c3", "mayor", "d2", [11])]
    row = row_for("casualties.killed", _claims("casualties.killed", *specs), NAMES, ORDER, dates=DAYS)
    assert row.support == {"4": 1, "11": 2}
    assert "earlier 4" in row.note


def test_a_revised_count_cell_shows_only_the_latest_figures():
    # a rescue service's "4 dead" of one day, "11 dead" of the next: its cell is 11, both claims stay behind it
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d3", [11]), ("c3", "mayor", "d2", [11])]
    row = row_for("casualties.killed", _claims("casualties.killed", *specs), NAMES, ORDER, dates=DAYS)
    coast = next(cell for cell in row.cells if cell.source_id == "coast")
    assert coast.values == (11,)
    assert coast.claim_ids == ("c1", "c2")


def _cell_of(source, facet, specs, dates=DAYS):
    row = row_for(facet, _claims(facet, *specs), NAMES, ORDER, dates=dates)
    return next(cell for cell in row.cells if cell.source_id == source)


def test_a_cell_shows_the_account_the_row_judges_a_same_day_step_in_another_document_is_not_shown():
    # the coastguard's morning bulletin says 4 dead, its evening one 11, both dated the same day: the row already
    # takes 11 as its account (it agrees with the mayor), and the cell shows 11, with both claims behind it
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d9", [11]), ("c3", "mayor", "d2", [11])]
    coast = _cell_of("coast", "casualties.killed", specs)
    assert coast.values == (11,)
    assert coast.claim_ids == ("c1", "c2")
    assert _status("casualties.killed", *specs) is RowStatus.AGREE


def test_a_cell_keeps_two_figures_of_one_document():
    # "four crew and eleven passengers died": one report's two figures may count different people, both shown
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d1", [11])]
    assert _cell_of("coast", "casualties.killed", specs).values == (4, 11)


def test_a_cell_keeps_a_same_day_figure_that_is_not_below_the_other():
    # a range the other figure lies in is no earlier step: "between 8 and 12" and, in another bulletin, "11"
    specs = [("c1", "coast", "d1", [[8, 12]]), ("c2", "coast", "d9", [11])]
    assert _cell_of("coast", "casualties.killed", specs).values == (11,)  # the range holds 11: one figure said twice


def test_a_denial_never_replaces_a_figure_in_the_cell():
    specs = [("c1", "coast", "d1", [4]), ("c2", "coast", "d9", [11])]
    items = _claims("casualties.killed", *specs)
    claim, fv = items[1]
    items[1] = (claim, FacetValue(fv.facet, fv.value, fv.text, fv.start, fv.end, negated=True))
    row = row_for("casualties.killed", items, NAMES, ORDER, dates=DAYS)
    coast = next(cell for cell in row.cells if cell.source_id == "coast")
    assert 4 in coast.values


def test_a_cell_of_a_facet_not_revised_keeps_every_value():
    specs = [("c1", "coast", "d1", ["drone"]), ("c2", "coast", "d3", ["missile"])]
    row = row_for("weapon", _claims("weapon", *specs), NAMES, ORDER, dates=DAYS)
    assert row.cells[0].values == ("drone", "missile")


@pytest.mark.parametrize(
    "values, shown",
    [
        ([[None, 11], 11], (11,)),  # "up to 11 people dead" and "the number of dead at eleven"
        ([[40, None], 43], (43,)),  # "at least 40" and "43 bodies"
        ([[270, 330], 288], (288,)),  # "about 300" and "288"
        ([[None, 30], 4], ([None, 30], 4)),  # "up to 30 dead, four of them in one house": a part stays
        ([[200, 300], 12], ([200, 300], 12)),
    ],
)
def test_a_bound_an_exact_figure_of_the_cell_lies_in_is_one_figure(values, shown):
    row = row_for("casualties.killed", _claims("casualties.killed", ("c1", "coast", "d1", values)), NAMES, ORDER,
                  dates=DAYS)
    assert row.cells[0].values == shown


@pytest.mark.parametrize(
    "values, shown",
    [
        (["militant", "not civilian"], ("militant",)),  # "struck three terrorists ... no civilians were harmed"
        (["patient", "not combatant"], ("patient",)),
        (["not civilian"], ("not civilian",)),  # a denial alone is the source's account
        (["farmer", "not armed"], ("farmer", "not armed")),  # a farmer may be armed: the denial says more
    ],
)
def test_a_status_denial_the_cell_s_assertion_already_makes_is_not_shown_twice(values, shown):
    items = []
    for i, v in enumerate(values):
        fv = FacetValue("victim.status", v, v, 0, 5, negated=v.startswith("not "))
        items.append((Claim(f"c{i}", "coast", "d1", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                            Polarity.POSITIVE, None, (fv,)), fv))
    row = row_for("victim.status", items, NAMES, ORDER, dates=DAYS)
    assert row.cells[0].values == shown
    assert len(row.cells[0].claim_ids) == len(values)
