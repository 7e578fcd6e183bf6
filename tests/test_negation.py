"""Denied and contrasted values: what a sentence sets aside is never given as what the speaker asserts.

Every sentence was written for these tests (none comes from a gold case). Each case lists the values the sentence
asserts and the values it denies; a denial must appear only as "not <value>", never as the value itself.
"""

from __future__ import annotations

import pytest

from reconcile.align.status import row_for
from reconcile.claims import facet_values
from reconcile.claims.context import Context
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, RowStatus


def found(nlp, text):
    doc = nlp(text)
    return [(fv.facet, fv.value, fv.negated) for fv in facet_values(doc[:], Context())]


@pytest.mark.parametrize(
    "text, asserted, denied",
    [
        ("The fire started because of a faulty cable, not because of arson.", [("cause", "faulty cable")],
         [("cause", "arson")]),
        ("The fire was not caused by arson.", [], [("cause", "arson")]),
        ("The explosion was caused by an electrical fault and not by sabotage.", [("cause", "electrical fault")],
         [("cause", "sabotage")]),
        ("The wall gave way because of unauthorised floors, not because of the roadworks.",
         [("cause", "unauthorised floors")], [("cause", "roadworks")]),
        ("Residents said the tower did not collapse because of the excavation.", [], [("cause", "excavation")]),
        ("The ministry denied that a missile hit the clinic.", [], [("weapon", "missile")]),
        ("The army denied firing a missile.", [], [("weapon", "missile")]),
        ("Officials denied that 40 people were killed.", [], [("casualties.killed", 40)]),
        ("Only 12 people were killed, not 40.", [("casualties.killed", 12)], [("casualties.killed", 40)]),
        ("At least 10 people were injured, not 5.", [("casualties.injured", [10, None])],
         [("casualties.injured", 5)]),
        ("None of the 12 passengers was hurt.", [], [("casualties.injured", 12)]),
        ("He was a shepherd, not a fighter.", [("victim.status", "shepherd")], [("victim.status", "fighter")]),
        ("The spokesman said the dead were not militants.", [], [("victim.status", "militant")]),
        ("The ministry denied that a rocket hit the clinic.", [], [("weapon", "rocket")]),
        ("The rebels denied that their fighters shelled the market.", [], [("actor", "fighters")]),
        ("Rather than a gas leak, investigators blamed a faulty boiler.", [], [("event.type", "gas leak")]),
        # "not by X but by Y": the second is asserted, the first denied
        ("The collapse was not caused by the earthquake but by illegal floors.", [("cause", "illegal floors")],
         [("cause", "earthquake")]),
        ("The fire was caused not by arson but by a faulty heater.", [("cause", "faulty heater")],
         [("cause", "arson")]),
        # a doer that denies its own deed, or one named inside a rejected claim
        ("The militia denied firing the rockets.", [], [("actor", "militia"), ("weapon", "rocket")]),
        ("Police denied shooting at the protesters.", [], [("actor", "police")]),
        ("The ministry rejected reports that soldiers had opened fire on the crowd.", [], [("actor", "soldiers")]),
        ("The claims that a Turkish drone struck the wedding are lies.", [], [("actor", "turkey")]),
        ("Officials ruled out sabotage.", [], [("cause", "sabotage")]),
    ],
)
def test_denied_values_are_never_asserted(nlp, text, asserted, denied):
    values = found(nlp, text)
    for facet, value in asserted:
        assert (facet, value, False) in values
    for facet, value in denied:
        shown = value if not isinstance(value, list) else f"{value[0]}-{value[1]}"
        assert (facet, f"not {shown}", True) in values
        assert not any(f == facet and v == value for f, v, _ in values)


@pytest.mark.parametrize(
    "text, facet, value",
    [
        # a negation that bounds, emphasises or sets the scene denies nothing
        ("No fewer than 30 people were killed in the blast.", "casualties.killed", [30, None]),
        ("There is no doubt that a missile hit the school.", "weapon", "missile"),
        ("No one was killed in the missile strike.", "weapon", "missile"),
        ("Nobody was hurt when the rocket struck the depot.", "weapon", "rocket"),
        ("The four dead have not yet been named by the hospital.", "casualties.killed", 4),
        ("The mayor did not comment after the explosion was caused by a gas leak.", "cause", "gas leak"),
        ("The company rejected claims that a valve leak caused the explosion.", "event.type", "explosion"),
    ],
)
def test_a_negation_that_denies_nothing_leaves_the_value(nlp, text, facet, value):
    assert (facet, value, False) in found(nlp, text)


def test_no_one_counts_nobody(nlp):
    assert not [v for f, v, _ in found(nlp, "No one was killed in the missile strike.") if f.startswith("casualties")]


def _row(facet, values):
    """A row from (source, value, negated) triples, one claim each."""
    items = []
    for i, (source, value, negated) in enumerate(values):
        fv = FacetValue(facet, value, str(value), 0, 1, negated)
        claim = Claim(str(i), source, "doc", 0, 1, str(value), QuoteKind.DIRECT, None, Certainty.CERTAIN,
                      Polarity.POSITIVE, None, (fv,))
        items.append((claim, fv))
    return row_for(facet, items, {"a": "Fire service", "b": "Owner"}, ["a", "b"])


@pytest.mark.parametrize(
    "facet, values, status",
    [
        # one source blames arson, the other denies it: a conflict, not an agreement on "arson"
        ("cause", [("a", "arson", False), ("b", "not arson", True)], RowStatus.CONFLICT),
        ("weapon", [("a", "missile", False), ("b", "not missile", True)], RowStatus.CONFLICT),
        ("casualties.killed", [("a", 40, False), ("b", "not 40", True)], RowStatus.CONFLICT),
        # denying 40 says nothing against "at least 30"; denying arson nothing against a faulty cable
        ("casualties.killed", [("a", [30, None], False), ("b", "not 40", True)], RowStatus.UNCLEAR),
        ("cause", [("a", "faulty cable", False), ("b", "not arson", True)], RowStatus.UNCLEAR),
        # the counter-claim is the speaker's value: both blame the cable
        ("cause", [("a", "faulty cable", False), ("b", "faulty cable", False), ("b", "not arson", True)],
         RowStatus.AGREE),
        ("cause", [("a", "not arson", True), ("b", "not arson", True)], RowStatus.AGREE),
    ],
)
def test_a_denial_aligns_as_a_denial(facet, values, status):
    row = _row(facet, values)
    assert row.status is status
    if status is RowStatus.CONFLICT:
        assert row.reason == "negation"
