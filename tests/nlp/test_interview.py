"""Interviews and first-person accounts: the answers are the interviewee's, the questions the interviewer's.

None of these texts comes from a gold case; each is a short made-up news interview in one layout."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from reconcile.nlp import SPAN_KEY
from reconcile.nlp.spans import proper_name

MARKED = """"The water came through the roof"

Valley Courier, 3 May

Lena Brandt, 52, a baker from Oberau, was at home when the dam broke. She spoke to us from a shelter.

Q: When did the water reach your street?

A: Just after midnight. The siren never sounded.

Q: Did anyone warn you?

A: The mayor told us on Friday that the dam was safe. Nobody came to the house."""

BOLD = """# "We slept in the car for a week"

*Interview by Carl Meyer for Harbour Weekly, 9 April*

**Tomas Ruiz, 38, a fisherman from Porto Seco, lost his boat in the storm.**

**How high was the wave?**

Higher than the lighthouse. I have never seen one like it.

**The port authority says boats were warned.**
That is not true. Nobody called us.

**Will you go back to sea?**
When I have a boat again."""

TOLD_TO = """"The bridge just folded"

Account of Priya Nair, 44, as told to Sam Okoro for the Daily Ledger, 2 June

I was driving home from work with my son. The bridge shook and then it folded under the bus in front of us.

There were no barriers and no police for an hour."""


def found(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.speaker, s._.quote_kind) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    "text, answer, speaker",
    [
        (MARKED, "Just after midnight.", "Lena Brandt"),
        (MARKED, "The siren never sounded.", "Lena Brandt"),
        (MARKED, "Nobody came to the house.", "Lena Brandt"),
        (BOLD, "Higher than the lighthouse.", "Tomas Ruiz"),
        (BOLD, "That is not true.", "Tomas Ruiz"),
        (BOLD, "Nobody called us.", "Tomas Ruiz"),
        (TOLD_TO, "I was driving home from work with my son.", "Priya Nair"),
        (TOLD_TO, "There were no barriers and no police for an hour.", "Priya Nair"),
    ],
)
def test_answers_are_the_interviewees(nlp, text, answer, speaker):
    statements = found(nlp, text)
    assert (answer, speaker, "direct") in statements, statements


@pytest.mark.parametrize("text", [MARKED, BOLD])
def test_questions_are_nobodys_statement(nlp, text):
    statements = found(nlp, text)
    assert not any("?" in content or speaker in {"Q", "Carl Meyer"} for content, speaker, _ in statements), statements


def test_the_interviewer_named_in_the_byline_is_not_the_interviewee(nlp):
    statements = found(nlp, BOLD)
    assert {s for _, s, q in statements if q == "direct" and "lighthouse" in _} == {"Tomas Ruiz"}, statements


def test_someone_quoted_inside_an_answer_keeps_their_own_statement(nlp):
    statements = found(nlp, MARKED)
    assert ("the dam was safe", "mayor", "indirect") in statements, statements


def test_one_bold_question_is_no_interview(nlp):
    text = "**Why did the bridge fail?**\n\nEngineers are still looking at the cables. The road stays closed."
    assert not any(q == "direct" for _, _, q in found(nlp, text))


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        (('Omar Haddad, 61, a shopkeeper from Tyre, was in his shop when the roof fell.\n\n'
          '"I heard a crack and ran outside. My neighbour did not make it."'), "I heard a crack", "Omar Haddad"),
        (('Greta Lind, 29, a nurse, was on the night shift.\n\n'
          '"The generator failed twice before midnight."'), "The generator failed", "Greta Lind"),
    ],
)
def test_a_quote_with_no_cue_belongs_to_the_person_just_introduced(nlp, text, quote, speaker):
    statements = found(nlp, text)
    assert any(c.startswith(quote) and s == speaker for c, s, _ in statements), statements


def test_they_after_an_unattributed_quote_is_not_that_quote(nlp):
    text = ('Port officials said the ferry left an hour late.\n\nThe harbour was quiet on Sunday.\n\n'
            '"Nothing works here anymore."\n\nThey said the engine had failed twice.')
    statements = found(nlp, text)
    assert ("the engine had failed twice", "port officials (unnamed)", "indirect") in statements, statements


UNNAMED = """A survivor describes the night of the flood

Interview by Clara Weiss

Q: Where were you when the water came?

A: In the kitchen. The river rose two metres in an hour.

Q: Did anyone warn you?

A: Nobody. The siren never sounded."""


def test_an_unnamed_interviewee_still_answers(nlp):
    """No name in the introduction: the person it is about ("A survivor describes ...") answers, not "Q"."""
    statements = found(nlp, UNNAMED)
    assert ("The river rose two metres in an hour.", "survivor", "direct") in statements, statements
    assert not any(speaker in {"Q", "Clara Weiss"} for _, speaker, _ in statements), statements


def test_a_transcript_turn_is_the_speakers_to_the_end_of_the_line(nlp):
    text = ("Nadia Karimi, 38, a pharmacist, spoke to the Tribune by phone.\n\n"
            "Tribune: Where were you when it started?\n\n"
            "Karimi: At my stall, near the fountain. It was about 11 in the morning. Then the second shell hit the "
            "bakery.")
    statements = found(nlp, text)
    assert any("second shell hit the bakery" in c and s == "Nadia Karimi" for c, s, _ in statements), statements


def test_a_name_whose_last_word_is_tagged_a_place_runs_on(nlp):
    """"Dr. Lucía Moreno Vidal": the tagger may take the second surname for a place; the name is still the whole
    run of proper nouns before the head (hand-built Doc: the tags fixed, not the model's)."""
    words = ["Dr.", "Lucía", "Moreno", "Vidal", "has", "worked", "here"]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "ADV"],
              ents=["O", "B-PERSON", "I-PERSON", "B-GPE", "O", "O", "O"])
    assert proper_name(doc[3]).text == "Dr. Lucía Moreno Vidal"
