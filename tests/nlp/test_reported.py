"""nlp/reported.py: reported speech found from its cue word, one short sentence per shape."""

from __future__ import annotations

import pytest

from reconcile.model import QuoteKind
from reconcile.nlp.reported import reported_speech


def _first(doc):
    """The first statement `reported_speech` finds, reading the sentence token by token as the component does."""
    return next((found for t in doc if (found := reported_speech(t, set(), [])) is not None), None)


@pytest.mark.parametrize(
    "text, content, speaker, cue, proposition",
    [
        ("The mayor said that the bridge was closed.", "the bridge was closed", "The mayor", "said", True),
        ("The ministry warned that floods were likely.", "floods were likely", "The ministry", "warned", True),
        ("Residents believe the dam is unsafe.", "the dam is unsafe", "Residents", "believe", True),
        ("Police denied the allegations.", "the allegations", "Police", "denied", False),  # a stance's object
        ("The union called for a strike.", "a strike", "The union", "called for", False),  # a phrasal cue
        ("The fire was confirmed by the company.", "The fire", "the company", "was confirmed", False),  # passive
        ("In a statement, the army said the road was open.", "the road was open", "the army", "said", True),
    ],
)
def test_reported_speech(nlp, text, content, speaker, cue, proposition):
    found = _first(nlp(text))
    assert (found.content.text, found.source.text, found.cue.text) == (content, speaker, cue)
    assert found.quote is QuoteKind.INDIRECT
    assert found.proposition is proposition and found.own_voice is False


@pytest.mark.parametrize(
    "text",
    ["She declined to say why.", "The bridge was closed on Monday.", "Hiring continues to grow."],
)
def test_no_reported_speech(nlp, text):
    assert _first(nlp(text)) is None


@pytest.mark.parametrize(
    "text, contents",
    [
        # "and that" opens a second thing said, which the parse hangs on the cue
        ("Jorge Neves said the hospital was closed on Saturday, and that ambulances were sent to Braga.",
         ["the hospital was closed on Saturday", "ambulances were sent to Braga"]),
        # "and that plan" is the reporter going on, not a second clause of what was said
        ("The mayor said the bridge would reopen, and that plan was later dropped.",
         ["the bridge would reopen"]),
    ],
)
def test_second_that_clause(nlp, text, contents):
    doc = nlp(text)
    assert [s.text for s in doc.spans["attributions"]] == contents
    assert len({s._.speaker_key for s in doc.spans["attributions"]}) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle set off by commas is a reduced relative: nobody named holds the belief, nor told them
        ("The fourth victim, believed to be a seasonal farm worker, has not been identified.",
         [("The fourth victim, believed to be a seasonal farm worker", "the document's own voice")]),
        ("Residents, told to stay indoors, said the smoke was thick.", [("the smoke was thick", "Residents")]),
        ("The minister, asked to resign, said he would stay.", [("he would stay", "minister")]),
        # a relative clause with its own subject is still that speaker's statement
        ("Police, who believed the report, said two men fled.", [("two men fled", "Police")]),
    ],
)
def test_set_off_participle(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s._.speaker) for s in doc.spans["attributions"]] == expected
