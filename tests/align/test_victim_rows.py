"""align/victims.py: two names, or two ages in a case of several victims, clash only when they are of one person.

Every name, age and sentence here was written for this file; none is taken from a gold case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.align import align
from reconcile.align.comparison import Comparison, Relation
from reconcile.align.victims import about_whom, several_victims
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, Reason, RowStatus, Source, SourceKind
from reconcile.pipeline import run

SOURCES = [Source(s, s.title(), (), SourceKind.OTHER, ()) for s in ("police", "family", "charity", "portal")]


def _claim(cid, source, *facets):
    """facets: (facet, value) pairs said together in one claim."""
    fvs = tuple(FacetValue(f, v, str(v), 0, 5) for f, v in facets)
    return Claim(cid, source, f"doc-{source}", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                 Polarity.POSITIVE, None, fvs)


def _status(claims, facet):
    return next(row for row in align(claims, SOURCES) if row.facet == facet).status


KILLED_SEVEN = [_claim("k1", "charity", ("casualties.killed", 7)), _claim("k2", "police", ("casualties.killed", 7))]


@pytest.mark.parametrize(
    "counts, expected",
    [
        ([("police", 7), ("charity", 7)], True),
        ([("police", [12, None]), ("charity", 12)], True),  # "at least 12"
        ([("police", 7)], False),  # one source's figure alone: perhaps an age read as a toll
        ([("police", 1), ("family", 1)], False),
        ([("police", [None, 30]), ("family", [None, 30])], False),  # "up to 30" says no one was surely harmed
    ],
)
def test_several_victims(counts, expected):
    claims = [_claim(f"c{i}", source, ("casualties.killed", value)) for i, (source, value) in enumerate(counts)]
    assert several_victims(claims) is expected


def test_a_clash_that_is_not_a_conflict_is_kept():
    same = Comparison(Relation.COMPATIBLE, Reason.NUMBER)
    assert about_whom("victim.age", same, [], [], several=True) is same


def test_two_names_are_two_people_not_a_conflict():
    # the police name the officer who died, the family the student shot beside him: both can be true
    claims = [_claim("c1", "police", ("victim.name", "Ruben Ortiz")),
              _claim("c2", "family", ("victim.name", "Lucia Paredes"))]
    rows = align(claims, SOURCES)
    assert rows[0].status is RowStatus.UNCLEAR
    assert rows[0].note.startswith("name: perhaps different people:")


def test_spellings_of_one_name_still_agree():
    claims = [_claim("c1", "police", ("victim.name", "Oksana Hrytsenko")),
              _claim("c2", "family", ("victim.name", "Oksana Gritsenko"))]
    assert _status(claims, "victim.name") is RowStatus.AGREE


def test_two_ages_of_one_victim_conflict():
    claims = [_claim("c1", "police", ("victim.age", 24)), _claim("c2", "family", ("victim.age", 22))]
    assert _status(claims, "victim.age") is RowStatus.CONFLICT


def test_two_ages_without_a_name_in_a_case_of_seven_dead_are_unclear():
    claims = [*KILLED_SEVEN, _claim("c1", "charity", ("victim.age", 25)), _claim("c2", "portal", ("victim.age", 35))]
    assert _status(claims, "victim.age") is RowStatus.UNCLEAR


def test_two_ages_beside_one_name_conflict_among_several_victims():
    # "Marta Sowa, 34" against "Marta Sowa, 36": one person, two ages
    claims = [*KILLED_SEVEN, _claim("c1", "charity", ("victim.age", 34), ("victim.name", "Marta Sowa")),
              _claim("c2", "portal", ("victim.age", 36), ("victim.name", "Marta Sowa"))]
    assert _status(claims, "victim.age") is RowStatus.CONFLICT


def test_two_ages_beside_two_names_are_two_people():
    claims = [*KILLED_SEVEN, _claim("c1", "charity", ("victim.age", 34), ("victim.name", "Marta Sowa")),
              _claim("c2", "portal", ("victim.age", 36), ("victim.name", "Jonas Brandt"))]
    assert _status(claims, "victim.age") is RowStatus.UNCLEAR


# The whole pipeline: a charity's statement, wire copy and a machine-translated portal item about five dead; a
# police statement and a family's word about one man.

CHARITY = ("Statement by Bread Across Borders, 12 November 2024\n\nFive members of our team were killed when their "
           "convoy was struck near Rafah on Monday night. Among them was Lena Ott, 25, our logistics coordinator.\n")
PORTAL = ("Gdansk news portal, 13.11.2024 (machine translation)\n\nThe 35-year-old Tomasz Wrobel from Gdansk is among "
          "five volunteers of the organisation Bread Across Borders which died in Monday night near Rafah after the "
          "attack on the convoy.\n")
CONVOY_WIRE = ("RAFAH, Gaza Strip, November 12, 2024 (Meridian) - A strike on a charity convoy near Rafah on Monday "
               "night killed five aid workers, the charity said.\n\n\"They were cooks and drivers,\" said the "
               "charity's director, Ines Falk.\n")
POLICE = ("Statement by the Dunmore Police Department, 6 September 2024\n\nAt 22:15 on Thursday an officer shot a "
          "24-year-old man who refused to drop a knife outside a petrol station on Elm Road in Dunmore. He died at "
          "the scene.\n")
FAMILY_WIRE = ("DUNMORE, September 6, 2024 (Meridian) - A man shot dead by police outside a petrol station in Dunmore "
               "on Thursday night was 22, not 24 as police said, his family said on Friday.\n\n\"Marcus was 22 years "
               "old. He was on his way home,\" said his sister, Tanya Reed.\n")


def _case_status(tmp_path: Path, nlp, facet: str, **texts: str) -> RowStatus:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    return next(row for row in evidence.rows if row.facet == facet).status


def test_case_ages_of_two_of_five_dead_are_unclear(tmp_path, nlp):
    status = _case_status(tmp_path, nlp, "victim.age", charity=CHARITY, portal=PORTAL, wire=CONVOY_WIRE)
    assert status is RowStatus.UNCLEAR


def test_case_the_age_of_the_one_man_shot_is_in_dispute(tmp_path, nlp):
    assert _case_status(tmp_path, nlp, "victim.age", police=POLICE, wire=FAMILY_WIRE) is RowStatus.CONFLICT
