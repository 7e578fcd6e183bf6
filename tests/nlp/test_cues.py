"""nlp/cues.py: which words are cues and who speaks them, one short sentence per construction."""

from __future__ import annotations

import pytest

from reconcile.nlp.cues import is_cue, speaker_of


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("The mayor said that the bridge was closed.", "said", "The mayor"),
        ("Police denied the allegations.", "denied", "Police"),
        ("The union called for a strike.", "called", "The union"),
        ("Residents believe the dam is unsafe.", "believe", "Residents"),
        ("The fire was confirmed by the company.", "confirmed", "the company"),  # the agent speaks
        ("He realised that the door was open.", "realised", "He"),  # any verb holding a that-clause
    ],
)
def test_a_cue_and_its_speaker(nlp, text, cue, speaker):
    doc = nlp(text)
    cues = [t for t in doc if is_cue(t)]
    assert [t.text for t in cues] == [cue]
    assert speaker_of(cues[0]).text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "She declined to say why.",  # a refusal: nothing was said
        "The shop, formerly known as Ace, closed.",  # a modifier, not a speech act
        "Hiring continues to grow.",  # an infinitive that says nothing
        "The bridge was closed on Monday.",
    ],
)
def test_words_that_are_not_cues(nlp, text):
    assert [t.text for t in nlp(text) if is_cue(t)] == []


def test_a_passive_view_has_a_cue_but_no_speaker(nlp):
    doc = nlp("The general is believed to have fled.")
    believed = next(t for t in doc if t.text == "believed")
    assert is_cue(believed) and speaker_of(believed) is None
