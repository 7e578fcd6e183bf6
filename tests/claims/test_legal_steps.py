"""Investigation (claims/inquiry.py, claims/legal_steps.py) and event words that answer another event
(claims/event_kind.py), on sentences written for this file in several styles (wire, press release, witness, machine
translation); none comes from a gold case. Each case is one sentence through the real parse."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims import facet_values
from reconcile.claims.context import Context


def _values(nlp, text: str, name: str, *, kind: str | None = None) -> list[str]:
    return [str(fv.value) for fv in facet_values(nlp(text)[:], Context(kind=kind)) if fv.facet == name]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Legal steps over the event are states of its criminal case.
        ("Police arrested the owner of the club and two managers on Sunday.", ["criminal case: arrests made"]),
        ("Three railway employees were arrested over the crash.", ["criminal case: arrests made"]),
        ("Prosecutors have charged the ferry's captain with manslaughter.", ["criminal case: charges brought"]),
        ("The four men charged with carrying out the attack appeared in court.", ["criminal case: charges brought"]),
        ("Two suspects were detained at the border, the Interior Ministry said.", ["criminal case: detentions made"]),
        ("The captain and two crew members were arrested on suspicion of negligence, the coastguard said.",
         ["criminal case: arrests made"]),
        ("34 persons remain in detention.", ["criminal case: detentions made"]),
        ("No one has been arrested so far.", ["criminal case: no arrests"]),
        ("Authorities have made no arrests.", ["criminal case: no arrests"]),
        ("Families demanded the arrest of the officers who fired.", ["criminal case: arrests demanded"]),
        # A crowd arrested, a charge with no crime, a death in detention: no step taken over the event.
        ("Police arrested 200 protesters in the capital.", []),
        ("Officers detained dozens of demonstrators near the parliament.", []),
        ("Riot police charged the crowd with batons.", []),
        ("The mayor was in charge of the response.", []),
        ("He died in detention three days later.", []),
    ],
)
def test_legal_steps(nlp, text, expected):
    assert _values(nlp, text, "investigation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body asked for or promised; a group that a word makes one that inquires.
        ("The charity called for an independent commission into the strike.", ["independent commission: demanded"]),
        ("Relatives called for a parliamentary committee and for the minister's resignation.",
         ["parliamentary committee: demanded"]),
        ("An investigative team led by a deputy prosecutor flew to the site.", ["investigative team: under way"]),
        ("The human rights commission called for calm.", []),
        ("The army sent a team of engineers to the site.", []),
        # A verb of inquiry: named by the body that is its subject, taking the modal of the verb it is joined to.
        ("An independent committee of experts would examine what went wrong.", ["independent committee: promised"]),
        ("A panel of judges will review the decision.", ["panel: under way"]),
        ("A retired general would serve as adviser and examine whether the response was enough.",
         ["examination: promised"]),
        ("Police are looking into the cause of the fire.", ["investigation: under way"]),
        ("She looked into the room and saw smoke.", []),
        # Proceedings opened in other words; investigators who found something.
        ("The prosecutor general's office has instituted criminal proceedings under article 238.",
         ["criminal proceedings: under way"]),
        ("The case has been handed over to the CID.", ["case: under way"]),
        ("Investigators found that the door had been locked.", ["investigation: completed"]),
        ("Investigators said the door had been locked.", []),
        # An inquiry with a report or findings has reported, unless they are still awaited; a body named as one
        # that investigates reports by its name.
        ("The inquiry report, released on Thursday, blamed the operator.", ["inquiry: completed"]),
        ("The conclusions of the review are expected next month.", []),
        ("The Joint Incidents Assessment Team concluded that the strike was not justified.",
         ["joint incidents assessment team: completed"]),
        ("The Electoral Commission found no irregularities.", []),
    ],
)
def test_investigation_shapes(nlp, text, expected):
    assert _values(nlp, text, "investigation") == expected


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("criminal case: arrests made", "criminal case: no arrests", Relation.CONFLICT),
        ("criminal case: arrests made", "criminal case: under way", Relation.COMPATIBLE),
        ("criminal case: arrests demanded", "criminal case: arrests made", Relation.COMPATIBLE),
        ("independent commission: demanded", "independent commission: under way", Relation.COMPATIBLE),
    ],
)
def test_investigation_states_compare(a, b, relation):
    assert compare("investigation", a, b).relation == relation


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # A protest whose own phrase names another event answers it (issue 15: a collapse read as a protest).
        ("Residents marched to the town hall to demand answers about the collapse.", None, ["collapse"]),
        ("Hundreds of people rallied outside the ministry after the tragedy.", None, []),
        ("Thousands marched through the capital against the new tax.", None, ["protest"]),
        ("The march turned violent when police opened fire.", None, ["protest", "shooting"]),
        # In a protest case the protest is the case's own.
        ("Students marched to the ministry after the shooting.", "protest", ["protest", "shooting"]),
        # Plural event nouns of a kind outside the case's line are other events; of the case's kind they stay.
        ("Russian air defence systems were repelling these attacks.", "air crash", []),
        ("Russian strikes had hit the town for weeks.", "explosion", []),
        ("Two explosions shook the port.", "explosion", ["explosion"]),
        # The end of an event is no name of it.
        ("A stampede broke out at the end of the prayer meeting.", None, ["stampede"]),
    ],
)
def test_event_type_reactions(nlp, text, kind, expected):
    assert _values(nlp, text, "event.type", kind=kind) == expected


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("air strike", "bombing", Relation.COMPATIBLE),
        ("drone strike", "bombing", Relation.COMPATIBLE),
        ("air strike", "suicide bombing", Relation.CONFLICT),
        ("air strike", "car bombing", Relation.CONFLICT),
    ],
)
def test_event_types_compare(a, b, relation):
    assert compare("event.type", a, b).relation == relation
