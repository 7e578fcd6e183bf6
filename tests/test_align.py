"""Comparison rules and row status, on values that are not from the shipped example."""

from __future__ import annotations

import pytest

from reconcile.align import align
from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.align.meaning import text_similarity
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind, Source, SourceKind


@pytest.mark.parametrize(
    "kind, a, b, relation",
    [
        ("number", 56, 60, Relation.CONFLICT),
        ("range", 10, [8, 12], Relation.COMPATIBLE),
        ("range", [5, None], 7, Relation.COMPATIBLE),
        ("range", [None, 12], 20, Relation.CONFLICT),
        ("range", [8000, 10000], [5000, None], Relation.COMPATIBLE),
        ("date", "2024-03-05", "2024-03", Relation.COMPATIBLE),
        ("date", "2024-03-05", "2024-03-06", Relation.CONFLICT),
        ("time", "03:45", "03:47", Relation.COMPATIBLE),
        ("time", "03:45", "05:10", Relation.CONFLICT),
        ("person", "Andrei Volkov", "Andrej Volkov", Relation.COMPATIBLE),
        ("person", "Sami Haddad", "Karim Nassar", Relation.CONFLICT),
        ("place", "elm street, dunmore", "dunmore", Relation.COMPATIBLE),  # a street lies in its town
        ("place", "elm street, kandahar", "kabul", Relation.COMPATIBLE),  # two towns of one country
        ("place", "elm street, kandahar", "syria", Relation.CONFLICT),  # the street's town is in another country
        ("status", "farmer", "civilian", Relation.COMPATIBLE),
        ("status", "civilian", "senior isis commander", Relation.CONFLICT),
        ("status", "hamas member", "senior hamas leader", Relation.PARTIAL),
        ("status", "armed", "unarmed", Relation.CONFLICT),
        ("status", "not hamas member", "hamas member", Relation.CONFLICT),
        ("weapon", "drone", "missile", Relation.COMPATIBLE),
        ("weapon", "knife", "firearm", Relation.DIFFERENT),  # two weapons in one event: shown, not a clash
        ("investigation", "inquiry: under way", "inquiry: not launched", Relation.CONFLICT),
        ("text", "collecting firewood", "gathering firewood", Relation.COMPATIBLE),
        ("text", "walking home", "herding goats", Relation.DIFFERENT),
    ],
)
def test_compare(kind, a, b, relation):
    assert compare(kind, a, b).relation is relation


def test_synonyms_make_paraphrases_similar_and_others_not():
    assert text_similarity("tending his goats", "herding goats") == 1.0
    assert text_similarity("farmer", "terrorist") == 0.0


def _claim(cid, source, facet, value, *, quote=QuoteKind.INDIRECT, doc="d1"):
    return Claim(cid, source, doc, 0, 5, "text", quote, "said", Certainty.CERTAIN, Polarity.POSITIVE, None,
                 (FacetValue(facet, value, str(value), 0, 5),))


SOURCES = [Source("s1", "Police", (), SourceKind.GOVERNMENT, ("d1",)),
           Source("s2", "Family", (), SourceKind.FAMILY, ("d1",)),
           Source("s3", "Daily News", (), SourceKind.MEDIA, ("d1",))]


def test_row_status_conflict_with_a_note_naming_both_sides():
    rows = align([_claim("c1", "s1", "victim.age", 24), _claim("c2", "s2", "victim.age", 27)], SOURCES)
    assert rows[0].status == "conflict" and rows[0].reason == "number"
    assert rows[0].note == "age: Police says 24, Family says 27"


def test_row_status_agree_single_and_unclear():
    rows = align([_claim("c1", "s1", "casualties.killed", 3), _claim("c2", "s2", "casualties.killed", [2, 4]),
                  _claim("c3", "s1", "event.time", "04:00"),
                  _claim("c4", "s1", "victim.activity", "walking home"),
                  _claim("c5", "s2", "victim.activity", "praying at the mosque")], SOURCES)
    status = {r.facet: r.status for r in rows}
    assert status == {"casualties.killed": "agree", "event.time": "single", "victim.activity": "unclear"}


def test_a_narration_repeating_a_quoted_source_does_not_add_independent_support():
    rows = align([_claim("c1", "s1", "casualties.killed", 3),
                  _claim("c2", "s3", "casualties.killed", 3, quote=QuoteKind.NARRATION),
                  _claim("c3", "s2", "casualties.killed", 3, doc="d2")], SOURCES)
    assert rows[0].support == {"3": 2}


def test_rows_follow_the_facet_order_of_the_data_file():
    rows = align([_claim("c1", "s1", "weapon", "knife"), _claim("c2", "s1", "victim.age", 30)], SOURCES)
    assert [r.facet for r in rows] == ["victim.age", "weapon"]


def _said(cid, source, text, *, polarity=Polarity.POSITIVE, doc="d1", start=0):
    return Claim(cid, source, doc, start, start + len(text), text, QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                 polarity, None, ())


def test_facetless_claims_of_two_sources_about_one_thing_share_a_statement_row():
    rows = align([_said("c1", "s1", "the gas valve on the solvent line had been leaking for weeks"),
                  _said("c2", "s2", "workers reported a leaking valve on the solvent line", doc="d2"),
                  _said("c3", "s2", "the mayor will visit the site on Friday", doc="d2", start=80)], SOURCES)
    statements = [r for r in rows if r.facet.startswith("statement: ")]
    assert len(statements) == 1 and statements[0].status == "agree"
    assert {c.source_id for c in statements[0].cells} == {"s1", "s2"}


def test_a_denial_of_the_same_statement_is_a_conflict():
    rows = align([_said("c1", "s1", "the soldiers fired warning shots before the crowd moved"),
                  _said("c2", "s2", "the soldiers fired no warning shots before the crowd moved",
                        polarity=Polarity.NEGATIVE, doc="d2")], SOURCES)
    assert [(r.status, r.reason) for r in rows] == [("conflict", "negation")]


def test_unrelated_claims_make_no_statement_row():
    rows = align([_said("c1", "s1", "the bridge reopened to traffic on Monday morning"),
                  _said("c2", "s2", "the hospital treated eleven people for smoke inhalation", doc="d2")], SOURCES)
    assert rows == []


def test_parts_of_one_name_agree_through_the_full_name():
    rows = align([_claim("c1", "s1", "victim.name", "Loutfi Hassan Mesto"), _claim("c2", "s2", "victim.name", "Lutfi"),
                  _claim("c3", "s3", "victim.name", "Mesto")], SOURCES)
    assert rows[0].status == "agree"


def test_two_full_names_are_not_bridged_by_a_shared_first_name():
    # two different full names are two people: never agreement through "Omar", and unclear rather than a conflict
    # (align/victims.py: the row cannot tell two victims from one victim named two ways)
    rows = align([_claim("c1", "s1", "victim.name", "Omar Haddad"), _claim("c2", "s2", "victim.name", "Omar Nassar"),
                  _claim("c3", "s3", "victim.name", "Omar")], SOURCES)
    assert rows[0].status == "unclear"


def test_a_row_of_many_distinct_values_still_finds_its_conflict():
    sources = [Source(f"s{i}", f"Source {i}", (), SourceKind.OTHER, ()) for i in range(101)]
    claims = [_claim(f"c{i}", f"s{i}", "crowd.size", [1000 + i, 5000 + i]) for i in range(100)]
    claims.append(_claim("c100", "s100", "crowd.size", 90000))
    row = align(claims, sources)[0]
    assert row.status == "conflict" and "90000" in row.note
    assert row.support["90000"] == 1 and row.support["1000–5000"] == 100
