"""nlp/kinds.py: the kind of source a name or description points to, with the words that decided."""

from __future__ import annotations

import pytest

from reconcile.model import SourceKind
from reconcile.nlp.kinds import has_word, masthead, source_kind, witnessed


@pytest.mark.parametrize(
    "phrase, kind, words",
    [
        ("the fire brigade", SourceKind.GOVERNMENT, "fire brigade"),  # the longest phrase wins over "brigade"
        ("Norwegian Refugee Council", SourceKind.NGO, "refugee council"),  # an aid group, not a town council
        ("his brother", SourceKind.FAMILY, "brother"),
        ("Harwick Gazette", SourceKind.MEDIA, "gazette"),
        ("U.S. Central Command", SourceKind.MILITARY, "central command"),
        ("the Interior Ministry", SourceKind.GOVERNMENT, "ministry"),
        ("Acme Corp", SourceKind.COMPANY, "corp"),
        ("Lena Berg", SourceKind.OTHER, ""),
    ],
)
def test_source_kind(phrase, kind, words):
    assert source_kind(phrase) == (kind, words)


def test_unnamed_officials_are_known_by_their_head_noun():
    assert source_kind("a defense official", head="official") == (SourceKind.OFFICIAL_ANONYMOUS, "official")
    assert source_kind("a defense official", head="official", named_person=True)[0] is not SourceKind.OFFICIAL_ANONYMOUS


@pytest.mark.parametrize("phrase, word", [("Harwick Gazette", "gazette"), ("the Interior Ministry", "")])
def test_masthead(phrase, word):
    assert masthead(phrase) == word


@pytest.mark.parametrize(
    "text, word, found", [("the police said", "police", True), ("a policeman said", "police", False)]
)
def test_has_word_matches_whole_words(text, word, found):
    assert has_word(text, word) is found


@pytest.mark.parametrize(
    "text, verb",
    [("A fisherman who saw the collision called police.", "saw"), ("A fisherman who sold fish called police.", "")],
)
def test_witnessed(nlp, text, verb):
    fisherman = next(t for t in nlp(text) if t.lower_ == "fisherman")
    assert witnessed(fisherman) == verb
