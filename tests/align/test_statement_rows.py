"""align/statements.py: facet-less claims of several sources side by side; a conflict only when a denial restates
what another source plainly asserts. Every sentence here was written for this file; none is taken from a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.statements import statement_rows
from reconcile.model import Certainty, Claim, Polarity, QuoteKind, RowStatus

NAMES = {"firm": "Varnholt Chemicals", "union": "Dockers' union", "wire": "Meridian"}
POS, NEG = Polarity.POSITIVE, Polarity.NEGATIVE


def _said(cid, source, text, polarity=POS):
    return Claim(cid, source, f"doc-{source}", 0, len(text), text, QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                 polarity, None, ())


def _status(*claims):
    rows = statement_rows(list(claims), NAMES)
    assert len(rows) == 1, rows
    return rows[0].status


@pytest.mark.parametrize(
    "asserted, denied, status",
    [
        # a press statement's denial of what a union asserts, in the union's words
        (("the guards locked the emergency exit before the fire", POS),
         ("the guards never locked the emergency exit before the fire", NEG), RowStatus.CONFLICT),
        # the wire's "denied that" makes the claim negative by its cue; the words are the other's
        (("the patrol boat towed the fishing trawler toward the harbour", POS),
         ("the patrol boat towed the fishing trawler", NEG), RowStatus.CONFLICT),
        # the parse read the first by its main verb ("is cooperating"), yet it too says "never stored": one statement
        (("The company is cooperating with investigators and has never stored chlorine at the Varnholt site", POS),
         ("the company has never stored chlorine at the Varnholt site", NEG), RowStatus.AGREE),
        # a machine translation: "We did not close the gates. We opened them." twice, one parse missing the "not"
        (("We did not close the gates, we opened them for the people.", POS),
         ("We did not close the gates. We opened them.", NEG), RowStatus.AGREE),
        # a denial that shares only the topic with a longer claim says something else about it
        (("the ballots were counted station by station in the presence of party agents and observers from three "
          "embassies", POS), ("the party would not accept counts that its agents had not signed", NEG),
         RowStatus.UNCLEAR),
    ],
)
def test_a_denial_conflicts_only_with_what_it_restates(asserted, denied, status):
    assert _status(_said("c1", "union", *asserted), _said("c2", "firm", *denied)) is status


def test_a_negation_inside_a_relative_clause_is_no_denial():
    # both are assertions by their main verbs: "who has not been named" is about the officer, not the leave
    assert _status(_said("c1", "firm", "The officer has been placed on paid administrative leave"),
                   _said("c2", "wire", "The officer, who has not been named, is on paid administrative leave")) is (
        RowStatus.AGREE)


def test_an_emphasis_is_no_negation_of_the_assertion():
    # "not only ... but" asserts both; a denial of the restated part conflicts with it
    assert _status(_said("c1", "union", "the valve was not only leaking but the alarm on the valve was switched off"),
                   _said("c2", "firm", "the alarm on the valve was switched off", NEG)) is RowStatus.CONFLICT


def test_the_note_names_who_denies():
    rows = statement_rows([_said("c1", "union", "the guards locked the emergency exit before the fire"),
                           _said("c2", "firm", "the guards never locked the emergency exit before the fire", NEG)],
                          NAMES)
    assert rows[0].note.startswith("statement: Varnholt Chemicals deny what the others assert")


def _rows(*claims):
    return statement_rows(list(claims), NAMES)


def test_datelines_and_headers_do_not_pair():
    # a press release's header and a wire dateline share the case's day and town, not a statement
    assert _rows(_said("c1", "firm", "Statement by Varnholt Chemicals, Varna, 4 June 2025"),
                 _said("c2", "wire", "VARNA, Bulgaria, June 4, 2025 (Meridian) -")) == []


@pytest.mark.parametrize(
    "first, second, status",
    [
        # a rebuttal that shares the topic is no agreement
        ("the serial number on the shell showed that it belonged to the army",
         "a serial number records where a shell was made, not who fired it", RowStatus.UNCLEAR),
        # a machine translation and a wire restating one fact
        ("the workers of the night shift was evacuated before the explosion of the tank",
         "night shift workers were evacuated before the tank exploded", RowStatus.AGREE),
        # a witness and a statement on one topic, in two senses
        ("the alarm sounded long before the gates were opened for the crowd",
         "the gates were opened for the crowd as planned at noon", RowStatus.UNCLEAR),
    ],
)
def test_agreement_is_earned_by_restating(first, second, status):
    rows = _rows(_said("c1", "union", first), _said("c2", "firm", second))
    assert [row.status for row in rows] == [status]
