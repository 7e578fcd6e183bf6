"""nlp/framed.py: statements framed without a cue verb's clause, one short sentence per frame."""

from __future__ import annotations

import pytest

from reconcile.nlp import framed


def _at(doc, word):
    return next(t for t in doc if t.text == word)


def test_according_to_names_its_speaker(nlp):
    doc = nlp("According to the coroner, the driver died at once.")
    found = framed.according_to(_at(doc, "According"), set())
    assert (found.content.text, found.source.text, found.cue.text) == (
        "the driver died at once",
        "the coroner",
        "According to",
    )
    assert found.own_voice is False


@pytest.mark.parametrize(
    "text, word, content, cue",
    [
        ("The talks seem close to collapse.", "seem", "The talks seem close to collapse", "seem"),
        ("The general is believed to have fled.", "believed", "The general is believed to have fled", "is believed"),
    ],
)
def test_a_view_with_no_holder_is_the_documents_own(nlp, text, word, content, cue):
    found = framed.impersonal(_at(nlp(text), word))
    assert (found.content.text, found.cue.text, found.source) == (content, cue, None)
    assert found.own_voice is True


@pytest.mark.parametrize(
    "text, word",
    [
        pytest.param(
            "The engineers were thought to be safe by the mayor.",
            "thought",
            marks=pytest.mark.xfail(
                reason="the small model parses 'by the mayor' as a prep of 'be', not an agent, so the holder is missed",
                strict=True,
            ),
        ),  # an agent holds the view
        ("The engineers were thought by the mayor to be safe.", "thought"),
        ("The bridge was closed on Monday.", "closed"),
    ],
)
def test_not_a_view_without_holder(nlp, text, word):
    assert framed.impersonal(_at(nlp(text), word)) is None


def test_a_belief_adjective_frames_a_clause(nlp):
    found = framed.adjective_cue(_at(nlp("Engineers were confident that the tower would stand."), "confident"))
    assert (found.content.text, found.source.text, found.cue.text) == (
        "the tower would stand",
        "Engineers",
        "were confident",
    )
    assert found.proposition is False  # a state of mind, not a clause said


def test_a_headline_gives_the_name_before_its_colon(nlp):
    doc = nlp("Graham: the vote was rigged")
    found = framed.headline(_at(doc, ":"), [])
    assert (found.content.text, found.source.text) == ("the vote was rigged", "Graham")
