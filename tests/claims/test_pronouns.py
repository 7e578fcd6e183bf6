"""Pronouns that stand for the speaker (claims/pronouns.py): the actor a statement names with "we", "its fighters" or
"it had fired" is its speaker, and a denial of the speaker's own act reads "not <speaker>". Each sentence goes through
the real parse, the attribution (which finds the statement and its speaker) and the claims stage. Every sentence is
written for this file; none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims import extract_claims
from reconcile.claims.actors import find_actor
from reconcile.claims.context import Context
from reconcile.model import Document
from reconcile.nlp.statements import attribute


def actors(nlp, text):
    """(speaker, actor value, negated) for every actor value of every statement of `text`."""
    document = Document(id="d1", path="t.txt", text=text, sha256="0" * 64, size=len(text), ingested_at="2026-01-01",
                        format="txt")
    doc = nlp(text)
    statements = list(attribute([document], [doc]))
    claims = extract_claims(statements, [doc], [document], {})
    return [(st.speaker, str(fv.value), fv.negated) for claim, st in zip(claims, statements, strict=True)
            for fv in claim.facets if fv.facet == "actor"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # third person: the subject, or the owner of the subject, of the clause the speaker's cue reports
        ("The Kharun Front said its fighters had ambushed the patrol.", ["kharun front"]),
        ("The Northern Alliance said it had shelled the airport.", ["northern alliance"]),
        ("Hezbollah said its fighters had fired rockets at the base.", ["hezbollah"]),
        ("The rebels said they had attacked the checkpoint.", ["rebels"]),
        ("The rebel group said its fighters had attacked the convoy.", ["rebel group"]),
        # ... and a denial of it: the reporting verb denies, or the reported deed is negated
        ("Islamic Jihad denied it had fired the rocket.", ["not islamic jihad"]),
        ("The army denied it had shelled the village.", ["not army"]),
        ("The militia denied that it had kidnapped the aid workers.", ["not militia"]),
        ("The coalition said it had not carried out any strike in the area.", ["not coalition"]),
        ("Police said they had not fired at the marchers.", ["not police"]),
        ("Sergeant Adam Rolt said he had not fired his weapon.", ["not adam rolt"]),
        # first person in the speaker's own words: an organisation's "we" and "our", a person's "I"
        ('"Our units carried out a precise strike on a weapons depot," the military said.', ["military"]),
        ('"We struck the building because fighters were hiding there," the Israeli military said.',
         ["israeli military"]),
        ('"We did not shoot anyone," the police department said.', ["not police department"]),
        ('"Our soldiers never opened fire on civilians," the army said in a statement.', ["not army"]),
        ('"We have nothing to do with this bombing," the movement said.', ["not movement"]),
        ('"I did not shoot him," said Sergeant Adam Rolt.', ["not adam rolt"]),
        # a pronoun that stands for someone else, or for no doer, is left alone
        ("The ministry said they had attacked the convoy.", []),  # "they" does not agree with "the ministry"
        ("Police said the gunmen had attacked the station before they fled.", ["gunmen"]),
        ("The ministry said the militants had attacked its convoy.", ["militants"]),
        ("The ministry said it blamed the rebels for the attack.", ["rebels"]),  # who blames is no doer
        ("The army said it had been attacked by rebels.", ["rebels"]),
        ("The army said it was investigating reports that soldiers had shot a boy.", ["soldiers"]),
        ("Witnesses said they saw police beat a man.", ["police"]),
        ('"They attacked us without warning," the villagers said.', []),  # a group's "they" is not its "we"
        ("The mayor said it was the worst fire in the city's history.", []),
        ("The union said the company had ignored its warnings.", []),
        ('"We did not fire at the hospital," the spokesman Tomas Reyes said.', []),  # a person's "we" is unnamed
        ("The company said it had not been told about the leak.", []),
        ("The ministry said its operation had targeted a weapons store.", []),  # an operation is no doer
        ("The army said its warplanes had bombed the bridge.", ["army"]),  # what the speaker acts through
    ],
)
def test_a_pronoun_for_the_speaker_names_the_speaker(nlp, text, expected):
    found = actors(nlp, text)
    assert [value for _, value, _ in found] == expected
    assert all(negated == value.startswith("not ") for _, value, negated in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It had fired the rocket.", []),
        ("Its fighters had carried out the attack.", ["fighters"]),  # the doer's own words, owner unknown
        ("We did not fire at the hospital.", []),
    ],
)
def test_without_a_statement_a_pronoun_names_no_one(nlp, text, expected):
    assert [fv.value for fv in find_actor(nlp(text)[:], Context())] == expected
