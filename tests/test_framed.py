"""Statements framed by something other than a cue verb's clause: here, a figure a speaker sets ("put the toll at").

The sentences are made up for these tests; none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.nlp import SPAN_KEY


def found(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.speaker, s._.quote_kind) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The fire brigade put the death toll at 14 on Sunday.", "the death toll at 14 on Sunday", "fire brigade"),
        ("The district magistrate put the number of injured at 40.", "the number of injured at 40",
         "district magistrate"),
        ("The health ministry later gave a figure of 212 dead.", "a figure of 212 dead", "health ministry"),
        ("Local media had given his age as 19.", "his age as 19", "Local media"),
        ("The state government revised the toll down to 31 from 36.", "the toll down to 31 from 36",
         "state government"),
        ("Organisers placed the size of the crowd at 20,000.", "the size of the crowd at 20,000", "Organisers"),
    ],
)
def test_a_figure_set_by_a_speaker(nlp, text, content, speaker):
    statements = found(nlp, text)
    assert any(c == content and speaker.lower() in s.lower() and q == "indirect" for c, s, q in statements), statements


@pytest.mark.parametrize(
    "text",
    [
        "She put the box on the shelf at 5 pm.",
        "The company gave its drivers a raise of 5 percent.",
        "Police did not put the number at 300.",
        "He set the alarm to 6.",
    ],
)
def test_no_figure_is_stated(nlp, text):
    assert found(nlp, text) == []
