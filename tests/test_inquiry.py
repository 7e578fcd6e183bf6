"""Investigations and their state (claims/inquiry.py) and how two states compare, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims import facet_values
from reconcile.claims.context import Context


def inquiries(nlp, text):
    doc = nlp(text)
    return [fv.value for fv in facet_values(doc[:], Context()) if fv.facet == "investigation"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The airline halted flights until the investigation is concluded.", "investigation: under way"),
        ("Rights groups called for a prompt investigation into the killings.", "prompt investigation: demanded"),
        ("The ministry asked the government for a transparent investigation.", "transparent investigation: demanded"),
        ("The deaths must be investigated promptly by an independent body.", "investigation: demanded"),
        ("The mayor promised that the fire would be investigated.", "investigation: promised"),
        ("He wanted the shooting to be investigated independently.", "investigation: demanded"),
        ("A commission of inquiry found that soldiers fired on the crowd.", "commission of inquiry: completed"),
        ("Police have registered an FIR against the organisers.", "fir: under way"),
        ("The family filed a complaint against the officers.", "complaint: under way"),
        ("Prosecutors are leading the inquiry into the crash.", "inquiry: under way"),
        ("The board recommended that federal police take up the case.", "case: under way"),
        ("The regional governor and the police chief to investigate and report.", "investigation: ordered"),
        ("The driver is being investigated for manslaughter.", "investigation: under way"),
        ("The army has not launched a formal inquiry.", "formal inquiry: not launched"),
    ],
)
def test_investigation_states(nlp, text, expected):
    assert inquiries(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["In any case, the bridge was closed.", "The case of the missing ballots remains a mystery."],
)
def test_a_case_never_opened_is_no_investigation(nlp, text):
    assert inquiries(nlp, text) == []


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("investigation: under way", "investigation: not launched", Relation.CONFLICT),
        ("review: completed", "review: not completed", Relation.CONFLICT),
        ("investigation: demanded", "investigation: under way", Relation.COMPATIBLE),
        ("investigation: promised", "investigation: under way", Relation.COMPATIBLE),
        ("criminal case: under way", "internal review: completed", Relation.DIFFERENT),
    ],
)
def test_investigation_states_compared(a, b, relation):
    assert compare("investigation", a, b).relation == relation
