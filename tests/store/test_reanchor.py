"""Decisions follow edited text: a document changed in place keeps its decisions where the quote is still found."""

from __future__ import annotations

import pytest

from reconcile.pipeline import extract
from reconcile.store import CaseStore
from reconcile.store.keys import FUZZY_MIN, reanchor

ARTICLE = (
    "Strike kills shepherd in Syria\n\n"
    'The family said Loutfi Hassan Mesto was 56 and had gone out to graze his sheep. "He was a farmer," his '
    "brother said.\n\n"
    "Central Command said the strike killed a senior al Qaeda leader.\n\n"
    "The White Helmets said the victim was 60 years old.\n"
)
UPDATE = "Updated on 4 May with a statement from the Pentagon.\n\n"


def _claim(evidence_or_extraction, words: str):
    return next(c for c in evidence_or_extraction.claims if words in c.text)


@pytest.fixture
def case(tmp_path, nlp):
    article = tmp_path / "docs" / "article.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    store = CaseStore.create(tmp_path / "case.sqlite")
    store.save_run(extract([article.parent], nlp=nlp))
    yield store, article
    store.close()


def test_a_line_added_above_a_decided_claim_keeps_the_decision(case, nlp):
    store, article = case
    run = store.latest_run()
    strike = _claim(run, "senior al Qaeda leader")
    age = _claim(run, "60 years old")
    store.decide("reject", strike.id, comment="not a claim about the victim")
    store.decide("edit", age.id, {"facet": "victim.age", "value": "61"})
    article.write_text(UPDATE + ARTICLE, encoding="utf-8")  # the article updated in place
    store.save_run(extract([article.parent], nlp=nlp))

    evidence, review = store.reviewed()
    assert review.orphans == ()
    assert not any("senior al Qaeda leader" in c.text for c in evidence.claims)  # still rejected
    moved = _claim(evidence, "60 years old")
    assert moved.start == age.start + len(UPDATE)
    assert [fv.value for fv in moved.facets if fv.facet == "victim.age"] == ["61"]
    log = [e for e in store.log() if e.action == "reanchor"]
    assert len(log) == 2
    assert {e.after["method"] for e in log} == {"exact"}
    assert all(e.after["start"] == e.before["start"] + len(UPDATE) for e in log)


def test_a_reworded_quote_is_found_fuzzily_and_a_deleted_one_is_an_orphan(case, nlp):
    store, article = case
    run = store.latest_run()
    store.decide("reject", _claim(run, "senior al Qaeda leader").id, comment="not about the victim")
    store.decide("accept", _claim(run, "60 years old").id)
    edited = ARTICLE.replace("the victim was 60 years old", "the victim was 60 years of age").replace(
        "Central Command said the strike killed a senior al Qaeda leader.\n\n", ""
    )
    article.write_text(UPDATE + edited, encoding="utf-8")
    store.save_run(extract([article.parent], nlp=nlp))
    _, review = store.reviewed()
    assert [d.action for d in review.orphans] == ["reject"]  # its sentence is gone from the article
    (moved,) = review.reanchored
    assert moved.decision.action == "accept" and moved.anchor.method == "fuzzy"
    assert moved.anchor.score >= FUZZY_MIN
    assert [e.action for e in store.log()][-1] == "reanchor"


def test_the_same_quote_twice_goes_to_the_place_with_the_same_surroundings(case):
    store, _ = case
    run = store.latest_run()
    doc = run.documents[0]
    quote = "said"
    second = doc.text.index(quote, doc.text.index("Central Command"))
    key = {"kind": "claim", "sha256": "0" * 64, "part": "", "start": second, "end": second + 4, "text": quote,
           "path": doc.path, "before": doc.text[second - 60 : second], "after": doc.text[second + 4 : second + 64]}
    anchor = reanchor(key, run.documents)
    assert (anchor.start, anchor.method) == (second, "exact")
