"""apply_decisions: each action's effect, stable keys that survive re-runs, orphans, order."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

import pytest
from case_fixture import (
    by_source,
    claim_with,
    claims_of,
    make_extraction,
    with_added_document,
    with_changed_extractor,
)

from reconcile.errors import CaseError
from reconcile.evidence import assemble
from reconcile.model import Extraction
from reconcile.store.decisions import Decision, apply_decisions, apply_review, split_source_id
from reconcile.store.keys import overlap
from reconcile.store.resolve import draft, parse_value

AGE_CLAIM = "whom his family has identified"
WH_CLAIM = "They found the body of Mesto"
KABUL = "a botched US drone strike"


@pytest.fixture
def extraction(tmp_path) -> Extraction:
    return make_extraction(tmp_path)


def decide(
    extraction: Extraction, earlier: list[Decision], action: str, target: str, payload=None, comment=None
) -> list[Decision]:
    """`earlier` plus one decision drafted against the extraction as reviewed so far."""
    reviewed, review = apply_review(extraction, earlier)
    new = draft(
        action,
        target,
        payload or {},
        reviewed,
        review,
        reviewer="ana",
        comment=comment,
        decided_at="2024-01-01",
    )
    return [*earlier, new]


def row(extraction: Extraction, facet: str):
    return next(r for r in assemble(extraction).rows if r.facet == facet)


@pytest.mark.parametrize(
    "a, b, expected",
    [((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 0.5), ((0, 10), (10, 20), 0.0), ((0, 10), (2, 6), 0.4)],
)
def test_overlap_is_shared_characters_over_the_longer_span(a, b, expected):
    assert overlap(a, b) == expected


def test_no_decisions_change_nothing(extraction):
    reviewed, orphans = apply_decisions(extraction, [])
    assert reviewed == extraction
    assert orphans == []


def test_reject_removes_the_claim_from_the_rows_and_keeps_it_as_rejected(extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    reviewed, review = apply_review(extraction, decide(extraction, [], "reject", claim.id))
    assert claim not in reviewed.claims
    assert review.rejected == (claim,)
    assert review.status == {claim.id: "rejected"}
    assert [c.values for c in row(reviewed, "victim.age").cells] == [(60,)]


def test_accept_after_reject_puts_the_claim_back(extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    decisions = decide(extraction, [], "reject", claim.id[:5])
    reviewed, review = apply_review(extraction, decide(extraction, decisions, "accept", claim.id))
    assert reviewed.claims == extraction.claims
    assert review.status == {claim.id: "accepted"}


def test_reassign_moves_the_claim_to_another_source_column(extraction):
    claim = claim_with(extraction, WH_CLAIM)
    reviewed, _ = apply_review(
        extraction, decide(extraction, [], "reassign", claim.id, {"source": "Mesto’s family"})
    )
    family = by_source(extraction, "Mesto’s family")
    assert claim_with(reviewed, WH_CLAIM).source_id == family.id
    assert {c.source_id: c.values for c in row(reviewed, "victim.age").cells}[family.id] == (56, 60)


def test_edit_replaces_the_value_used_for_alignment_and_keeps_the_original(extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    decisions = decide(extraction, [], "edit", claim.id, {"facet": "victim.age", "value": 60})
    reviewed, review = apply_review(extraction, decisions)
    assert decisions[0].payload == {"facet": "victim.age", "value": 60, "original": 56}
    assert [(e.claim_id, e.facet, e.original, e.value) for e in review.edits] == [
        (claim.id, "victim.age", 56, 60)
    ]
    assert row(reviewed, "victim.age").status == "agree"
    edited = next(fv for fv in claim_with(reviewed, AGE_CLAIM).facets if fv.facet == "victim.age")
    assert (edited.value, edited.text) == (60, "56")


def test_edit_of_a_missing_facet_adds_it_over_the_whole_claim(extraction):
    claim = claim_with(extraction, "herding sheep when")
    reviewed, review = apply_review(
        extraction, decide(extraction, [], "edit", claim.id, {"facet": "victim.sex", "value": "male"})
    )
    added = claim_with(reviewed, "herding sheep when").facets[-1]
    assert (added.facet, added.value, added.start, added.end) == (
        "victim.sex",
        "male",
        claim.start,
        claim.end,
    )
    assert review.edits[0].original is None


def test_merge_makes_one_column_with_every_name(extraction):
    decisions = decide(extraction, [], "merge", "White Helmets", {"other": "Mesto’s family"})
    reviewed, _ = apply_review(extraction, decisions)
    merged = by_source(reviewed, "White Helmets")
    assert merged.aliases == (
        "Syrian Civil Defense",
        "white helmet",
        "Mesto’s family",
        "The family",
        "his family",
    )
    assert "Mesto’s family" not in {s.name for s in reviewed.sources}
    assert len(claims_of(reviewed, "White Helmets")) == 4
    assert [c.source_id for c in row(reviewed, "victim.age").cells] == [merged.id]


def test_merge_redirects_relays_through_the_merged_source(extraction):
    reviewed, _ = apply_review(
        extraction, decide(extraction, [], "merge", "CENTCOM", {"other": "Defense officials"})
    )
    centcom = by_source(reviewed, "U.S. Central Command")
    assert claim_with(reviewed, AGE_CLAIM).via == centcom.id


def test_split_makes_an_alias_a_source_with_the_claims_it_is_named_beside(extraction):
    decisions = decide(extraction, [], "split", "White Helmets", {"alias": "white helmet"})
    reviewed, _ = apply_review(extraction, decisions)
    new = by_source(reviewed, "white helmet")
    assert new.id == split_source_id("white helmet")
    assert [c.text[:28] for c in claims_of(reviewed, "white helmet")] == [WH_CLAIM]
    assert by_source(reviewed, "White Helmets").aliases == ("Syrian Civil Defense",)
    assert [len(c.values) for c in row(reviewed, "victim.age").cells] == [1, 1, 1]


def test_split_by_the_document_speaker_and_by_listed_claims(extraction):
    by_speaker = decide(extraction, [], "split", "White Helmets", {"alias": "Syrian Civil Defense"})
    reviewed, _ = apply_review(extraction, by_speaker)
    assert [c.text[:10] for c in claims_of(reviewed, "Syrian Civil Defense")] == ["Our teams "]
    tweet_claim = claim_with(extraction, WH_CLAIM)
    listed = decide(
        extraction,
        [],
        "split",
        "White Helmets",
        {"alias": "Syrian Civil Defense", "claims": [tweet_claim.id]},
    )
    reviewed, _ = apply_review(extraction, listed)
    assert claims_of(reviewed, "Syrian Civil Defense") == [
        dataclasses.replace(tweet_claim, source_id=split_source_id("Syrian Civil Defense"))
    ]


def test_add_creates_a_claim_from_a_selected_span(extraction):
    cnn = extraction.documents[0]
    start = cnn.text.index("Loutfi Hassan Mesto, 56")
    payload = {"start": start, "end": start + 23, "source": "his family", "facet": "victim.age", "value": 56}
    reviewed, review = apply_review(extraction, decide(extraction, [], "add", cnn.id[:6], payload))
    added = reviewed.claims[-1]
    assert (added.text, added.source_id, added.document_id) == (
        "Loutfi Hassan Mesto, 56",
        by_source(extraction, "Mesto’s family").id,
        cnn.id,
    )
    assert [(fv.facet, fv.value, fv.text) for fv in added.facets] == [
        ("victim.age", 56, "Loutfi Hassan Mesto, 56")
    ]
    assert review.status[added.id] == "added"


def test_add_with_a_new_name_creates_the_source(extraction):
    cnn = extraction.documents[0]
    payload = {"start": 0, "end": 10, "source": "A neighbour"}
    reviewed, _ = apply_review(extraction, decide(extraction, [], "add", cnn.id, payload))
    assert by_source(reviewed, "A neighbour").documents == (cnn.id,)
    assert reviewed.claims[-1].facets == ()


def test_ratings_and_verdicts_come_back_in_the_review(extraction):
    decisions = decide(extraction, [], "reliability", "centcom", {"rating": "b"})
    decisions = decide(extraction, decisions, "credibility", "victim.age", {"rating": "3"})
    decisions = decide(
        extraction, decisions, "verdict", "victim.age", {"rating": "Disputed"}, comment="56 or 60"
    )
    reviewed, review = apply_review(extraction, decisions)
    assert reviewed == extraction
    assert review.reliability == {by_source(extraction, "U.S. Central Command").id: "B"}
    assert review.credibility == {"victim.age": 3}
    assert review.verdicts == {
        "victim.age": {
            "rating": "disputed",
            "comment": "56 or 60",
            "reviewer": "ana",
            "url": None,
            "decided_at": "2024-01-01",
        }
    }


@pytest.mark.parametrize(
    "action, target, payload, comment, message",
    [
        ("verdict", "victim.age", {"rating": "false"}, None, "needs a comment"),
        ("verdict", "victim.age", {"rating": "wrong"}, "x", "Verdict 'wrong' is invalid"),
        ("verdict", "victim.shoe", {"rating": "false"}, "x", "Facet 'victim.shoe' is invalid"),
        ("reliability", "CENTCOM", {"rating": "G"}, None, "Reliability 'G' is invalid"),
        ("credibility", "victim.age", {"rating": 7}, None, "Credibility 7 is invalid"),
        ("reject", "zzzz", {}, None, "No claim has the id 'zzzz'"),
        ("merge", "CENTCOM", {"other": "Central Command"}, None, "with itself"),
        ("split", "Defense officials", {"alias": "defense officials"}, None, "no other name"),
        ("split", "CENTCOM", {"alias": "Pentagon"}, None, "'Pentagon' is invalid"),
        ("add", "cnn", {"start": 5, "end": 4, "source": "CENTCOM"}, None, "No document"),
        ("edit", "0", {"facet": "victim.age"}, None, "needs a facet and a value"),
        ("undo", "x", {}, None, "Action 'undo' is invalid"),
    ],
)
def test_bad_requests_say_what_to_do(extraction, action, target, payload, comment, message):
    if action == "edit":
        target = extraction.claims[0].id
    with pytest.raises(CaseError, match=message):
        decide(extraction, [], action, target, payload, comment)


def test_ambiguous_prefix_lists_the_candidates(extraction):
    ids = sorted(c.id for c in extraction.claims)
    prefix = next(a[:1] for a, b in pairwise(ids) if a[0] == b[0])
    with pytest.raises(CaseError, match="give more characters"):
        decide(extraction, [], "reject", prefix)


def test_add_span_outside_the_document_is_refused(extraction):
    doc = extraction.documents[1]
    with pytest.raises(CaseError, match="outside document"):
        decide(extraction, [], "add", doc.id, {"start": 0, "end": len(doc.text) + 1, "source": "CENTCOM"})


def every_decision(extraction: Extraction) -> list[Decision]:
    """One decision of each action, in an order where later ones build on earlier ones."""
    cnn = extraction.documents[0]
    start = cnn.text.index("Loutfi Hassan Mesto, 56")
    steps = [
        ("accept", claim_with(extraction, "herding sheep when").id, {}, None),
        ("reject", claim_with(extraction, KABUL).id, {}, None),
        ("edit", claim_with(extraction, AGE_CLAIM).id, {"facet": "victim.age", "value": 57}, None),
        ("reassign", claim_with(extraction, "By May 8").id, {"source": "CENTCOM"}, None),
        ("split", "White Helmets", {"alias": "white helmet"}, None),
        ("merge", "White Helmets", {"other": "white helmet"}, None),
        (
            "add",
            cnn.id,
            {
                "start": start,
                "end": start + 23,
                "source": "his family",
                "facet": "victim.name",
                "value": "Mesto",
            },
            None,
        ),
        ("reliability", "white helmet", {"rating": "C"}, None),
        ("credibility", "victim.age", {"rating": 2}, None),
        ("verdict", "victim.age", {"rating": "disputed"}, "the family and the White Helmets differ"),
    ]
    decisions: list[Decision] = []
    for action, target, payload, comment in steps:
        decisions = decide(extraction, decisions, action, target, payload, comment)
    return decisions


def summary(extraction: Extraction, decisions: list[Decision]):
    """What a reader sees: each row's cells by source name, and the review's judgements by name."""
    reviewed, review = apply_review(extraction, decisions)
    evidence = assemble(reviewed)
    names = {s.id: s.name for s in reviewed.sources}
    rows = {
        r.facet: {names[c.source_id]: c.values for c in r.cells} for r in evidence.rows + evidence.other_rows
    }
    judged = (
        {names[k]: v for k, v in review.reliability.items()},
        review.credibility,
        {k: v["rating"] for k, v in review.verdicts.items()},
        sorted(review.status.values()),
        [(e.facet, e.value) for e in review.edits],
    )
    return rows, judged, review.orphans


def test_every_decision_survives_a_rerun_with_an_added_document(extraction, tmp_path):
    decisions = every_decision(extraction)
    rows, judged, orphans = summary(extraction, decisions)
    assert orphans == ()
    rerun = with_added_document(extraction, tmp_path)
    rows_after, judged_after, orphans_after = summary(rerun, decisions)
    assert orphans_after == ()
    assert judged_after == judged
    assert rows_after["victim.age"].pop("His brother") == (57,)
    assert rows_after == rows


def test_every_decision_survives_a_changed_extractor(extraction):
    decisions = every_decision(extraction)
    rows, judged, _ = summary(extraction, decisions)
    rerun = with_changed_extractor(extraction)
    assert not {c.id for c in rerun.claims} & {c.id for c in extraction.claims}
    rows_after, judged_after, orphans = summary(rerun, decisions)
    assert orphans == ()
    rename = {"White Helmets": "Syrian Civil Defence"}
    assert judged_after == ({rename.get(k, k): v for k, v in judged[0].items()}, *judged[1:])
    assert rows_after == {f: {rename.get(k, k): v for k, v in cells.items()} for f, cells in rows.items()}


def test_decisions_that_fit_nothing_are_orphans_and_the_rest_still_apply(extraction):
    decisions = every_decision(extraction)
    cnn, centcom_tweet, wh_tweet = extraction.documents
    gone = dataclasses.replace(
        extraction,
        documents=(cnn, centcom_tweet),
        claims=tuple(c for c in extraction.claims if c.document_id != wh_tweet.id and KABUL not in c.text),
    )
    assert [d.action for d in apply_decisions(gone, decisions)[1]] == ["reject"]
    without_age = dataclasses.replace(gone, claims=tuple(c for c in gone.claims if "Mesto" not in c.text))
    _, orphans = apply_decisions(without_age, decisions)
    assert [d.action for d in orphans] == ["reject", "edit", "credibility", "verdict"]


def test_a_source_that_keeps_none_of_its_names_orphans_its_decisions(extraction):
    decisions = decide(extraction, [], "reliability", "White Helmets", {"rating": "B"})
    old = by_source(extraction, "White Helmets")
    renamed = dataclasses.replace(old, name="Syria Civil Defence", aliases=("SCD",))
    rerun = dataclasses.replace(
        extraction, sources=tuple(renamed if s == old else s for s in extraction.sources)
    )
    assert apply_decisions(rerun, decisions)[1] == decisions


def test_a_claim_key_fits_only_with_half_the_span_shared(extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    decisions = decide(extraction, [], "reject", claim.id)
    length = claim.end - claim.start
    for shift, fits in [(length // 2, True), (length // 2 + 1, False)]:
        moved = dataclasses.replace(claim, start=claim.start + shift, end=claim.end + shift)
        shifted = dataclasses.replace(
            extraction, claims=tuple(moved if c == claim else c for c in extraction.claims)
        )
        _, orphans = apply_decisions(shifted, decisions)
        assert (orphans == []) is fits


def test_a_claim_key_picks_the_claim_with_the_largest_overlap(extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    half = (claim.start + claim.end) // 2
    first = dataclasses.replace(claim, id="first", end=half + 3)
    second = dataclasses.replace(claim, id="second", start=half + 3)
    split = dataclasses.replace(
        extraction, claims=tuple(c for c in extraction.claims if c != claim) + (first, second)
    )
    review = apply_review(split, decide(extraction, [], "reject", claim.id))[1]
    assert review.status == {"first": "rejected"}


def test_a_source_key_fits_the_source_sharing_most_names(extraction):
    decisions = decide(extraction, [], "reliability", "CENTCOM", {"rating": "A"})
    lone = dataclasses.replace(
        by_source(extraction, "U.S. Central Command"), id="lone", name="central command", aliases=()
    )
    other = dataclasses.replace(
        by_source(extraction, "U.S. Central Command"), id="most", aliases=("CENTCOM",)
    )
    rerun = dataclasses.replace(extraction, sources=(lone, other))
    assert apply_review(rerun, decisions)[1].reliability == {"most": "A"}


def test_decisions_apply_in_order(extraction):
    claim = claim_with(extraction, AGE_CLAIM)
    edits = decide(extraction, [], "edit", claim.id, {"facet": "victim.age", "value": 57})
    edits = decide(extraction, edits, "edit", claim.id, {"facet": "victim.age", "value": 58})
    assert apply_review(extraction, edits)[1].edits[-1].value == 58
    assert apply_review(extraction, edits[::-1])[1].edits[-1].value == 57


def test_a_malformed_stored_decision_is_an_orphan(extraction):
    broken = Decision("edit", {"kind": "claim"}, {}, "ana")
    assert apply_decisions(extraction, [broken])[1] == [broken]


@pytest.mark.parametrize(
    "text, expected", [("60", 60), ("[10, 12]", [10, 12]), ("Loutfi", "Loutfi"), ("true", True)]
)
def test_values_typed_on_the_command_line(text, expected):
    assert parse_value(text) == expected
