"""nlp/antecedents.py: "he" and "she" go on from the paragraph's own speaker and agree with what the text has shown."""

from __future__ import annotations

import pytest

FERRY = (
    "Harbour master Lena Moss said the ferry had left on time.\n\n"
    "A deckhand who did not want to be named said he had seen water on the car deck. "
    "\"I told the mate. He laughed,\" he said.\n\n"
    "\"Then the lights went out.\"\n\n"
    "Peter Hale, a union official, said the crew had warned the owners. \"They ignored us,\" he said.\n\n"
    "Moss and Hale later spoke at a vigil; she said the company would pay for the funerals.\n\n"
    "A company spokesman said the vessel was safe. \"It passed every check,\" she said."
)


def _speaker_of(doc, words: str) -> str:
    return next(s._.speaker for s in doc.spans["attributions"] if words in s.text)


@pytest.mark.parametrize(
    "words, speaker",
    [
        ("He laughed", "deckhand"),  # "he" goes on from the unnamed deckhand, not the woman quoted before
        ("the lights went out", "deckhand"),  # a quote with no cue continues the speaker of the paragraph before
        ("They ignored us", "Peter Hale"),
        ("pay for the funerals", "Lena Moss"),  # Hale has been "he": "she" is Moss, though Hale is named last
        ("passed every check", "company spokesman"),  # "spokesman" shows no gender: reporters use it for women
    ],
)
def test_pronoun_speaker(nlp, words, speaker):
    assert _speaker_of(nlp(FERRY), words) == speaker


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a title shows the gender: Mrs Okafor is not "he"
        ("Mrs Grace Okafor said the school was empty.\n\nSamuel Ade said the gate was locked.\n\n"
         "Ade and Okafor spoke to reporters; he said the guards had left early.",
         "guards had left", "Samuel Ade"),
        # a body cannot be "he": the man named before it speaks
        ("Site manager Piotr Zielinski said the crane was inspected in May.\n\n"
         "The company said the crane was new. \"It was checked last week,\" he said.",
         "checked last week", "Piotr Zielinski"),
        # another person named in narration between breaks the paragraph's run
        ("A nurse who gave her name only as Mira said the ward was full. Officials and Dr Ivan Petrov toured the "
         "ward on Monday. \"We had no oxygen,\" she said.",
         "no oxygen", "Mira"),
    ],
)
def test_pronoun_speaker_in_short_texts(nlp, text, words, speaker):
    assert _speaker_of(nlp(text), words) == speaker


def test_apposition_speaker_is_the_name(nlp):
    """"said Ana Lopes, 31, a nurse who said ...": "she" next is Ana Lopes, not a second column for the nurse."""
    doc = nlp("Rafael Duarte said the road was shut.\n\n"
              "\"We waited all night,\" said Ana Lopes, 31, a nurse who said she had treated the first casualties. "
              "She said more than two hundred people were at the clinic.")
    assert _speaker_of(doc, "two hundred people") == "Ana Lopes"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # "the man" is the survivor the paragraph introduced, not a column of its own
        ("Tasos Milonas, a harbour official, said a 30-year-old Eritrean survivor had told him about the night. "
         "\"The engine stopped and the water came in fast,\" he quoted the man as saying.",
         "engine stopped", "30-year-old Eritrean survivor"),
        # the name's apposition is the name: "the official" is not introduced by "a harbour official"
        ("Tasos Milonas, a harbour official, said the port was closed. \"We had no warning,\" the official said.",
         "no warning", "officials (unnamed)"),
        # "the woman" never stands for a man introduced before
        ("A father of three said the boat turned. \"It went down in minutes,\" the woman said.",
         "in minutes", "woman"),
    ],
)
def test_definite_speaker(nlp, text, words, speaker):
    assert _speaker_of(nlp(text), words) == speaker
