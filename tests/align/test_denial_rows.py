"""Denials in rows, every facet: a denial disputes only what another source asserts, two denials of one thing agree,
and a denial beside a value it does not deny says nothing of it (unclear, never agreement).

Each case is a sentence written for this file (wire, press release, witness, machine translation), reduced to the
values the claims modules give it; none is from a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, RowStatus

NAMES = {"a": "A", "b": "B", "c": "C"}
C, A, U = RowStatus.CONFLICT, RowStatus.AGREE, RowStatus.UNCLEAR


def _row(facet, *specs):
    """(source, value, negated) -> the row of one claim each; a denied value reads "not X", as the claims write it."""
    items = []
    for i, (source, value, negated) in enumerate(specs):
        said = f"{value[0]}-{value[1]}" if isinstance(value, list) else value  # as claims/denials.py writes a range
        shown = f"not {said}" if negated else value
        fv = FacetValue(facet, shown, str(value), 0, 5, negated=negated)
        claim = Claim(f"c{i}", source, f"d{i}", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.NEGATIVE if negated else Polarity.POSITIVE, None, (fv,))
        items.append((claim, fv))
    return row_for(facet, items, NAMES, list(NAMES))


@pytest.mark.parametrize(
    "facet, specs, status",
    [
        # "the fire started because of a faulty cable, not because of arson" / "arson, the union says"
        ("cause", [("a", "arson", True), ("b", "arson", False)], C),
        # two sources: "it was not arson"
        ("cause", [("a", "arson", True), ("b", "arson", True)], A),
        # "not arson" beside "a faulty cable": nothing said of the cable
        ("cause", [("a", "arson", True), ("b", "faulty cable", False)], U),
        # the denier's own counter-claim agrees with the third source; its denial disputes the second
        ("cause", [("a", "arson", True), ("a", "faulty cable", False), ("b", "arson", False),
                   ("c", "faulty cable", False)], C),
        # "the army denied that a rocket was fired" / a witness: "a Grad"
        ("weapon", [("a", "rocket", True), ("b", "grad", False)], C),
        # "it was not a Grad" / "a rocket": the broader kind does not say it was the Grad
        ("weapon", [("a", "grad", True), ("b", "rocket", False)], U),
        # "no drone was used" / "a drone strike" (event type) is another row; weapon: drone against drone
        ("weapon", [("a", "drone", True), ("b", "drone", False)], C),
        # "the ministry rejected that live ammunition was used" twice
        ("weapon", [("a", "live ammunition", True), ("b", "live ammunition", True)], A),
        # "He was not a fighter, he was a farmer" / the army: "a militant"
        ("victim.status", [("a", "militant", True), ("b", "militant", False)], C),
        # "There were no civilians among the dead" / "civilians were killed"
        ("victim.status", [("a", "civilian", True), ("b", "civilian", False)], C),
        # "not 40 dead, as the rebels claim" / "at least 30": denying 40 says nothing of "at least 30"
        ("casualties.killed", [("a", 40, True), ("b", [30, None], False)], U),
        # denying 40 against the rebels' 40
        ("casualties.killed", [("a", 40, True), ("b", 40, False)], C),
        # "the toll is not 8,000 to 10,000" against "between 8,000 and 10,000"
        ("casualties.killed", [("a", [8000, 10000], True), ("b", [8000, 10000], False)], C),
        # "No deaths occurred on Friday" in a post of that Friday: a denied day alone disputes nothing
        ("event.date", [("a", "2025-06-13", True), ("b", "2025-06-13", False)], U),
        # "The raid did not happen on Friday but on Saturday"
        ("event.date", [("a", "2025-06-13", True), ("a", "2025-06-14", False), ("b", "2025-06-13", False)], C),
        # "the gate was not opened at 10:00" said alone beside "at 10:00"
        ("event.time", [("a", "10:00", True), ("b", "10:00", False)], U),
        # machine translation: "the investigation was not opened" / "the prosecutors are investigating"
        ("investigation", [("a", "prosecutor: not launched", False), ("b", "prosecutor: under way", False)], C),
        # "the investigation is under way" twice, in a release and a wire
        ("investigation", [("a", "prosecutor: under way", False), ("b", "prosecutor: under way", False)], A),
        # "Israel did not carry out the strike" / "an Israeli strike"
        ("actor", [("a", "israel", True), ("b", "israel", False)], C),
        # two figures of everyone, neither denied: the plain dispute, for comparison
        ("casualties.killed", [("a", 12, False), ("b", 19, False)], C),
    ],
)
def test_denials_in_rows(facet, specs, status):
    assert _row(facet, *specs).status is status


@pytest.mark.parametrize(
    "facet, specs, status",
    [
        # the army: "no children were on the bus"; a survivor: "Houthi fighters were on it": consistent, not the same
        ("target", [("a", "child", True), ("b", "houthi fighter", False)], U),
        # "he was no civilian" / "a militant commander": the status comparer reads its own "not"
        ("victim.status", [("a", "civilian", True), ("b", "militant", False)], U),
        # but two denials of one status agree, and a third source asserting it is disputed
        ("victim.status", [("a", "civilian", True), ("b", "civilian", True), ("c", "civilian", False)], C),
        # "Ukraine was not behind it" / "Islamic State fighters": no dispute, no agreement
        ("actor", [("a", "ukraine", True), ("b", "islamic state", False)], U),
    ],
)
def test_a_denial_beside_a_fitting_assertion_is_no_agreement(facet, specs, status):
    assert _row(facet, *specs).status is status
