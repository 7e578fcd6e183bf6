"""The digest (in dispute / agreed / said by one source), titles without a manifest, and the by-value layout."""

from __future__ import annotations

import dataclasses

import pytest

from evidence_fixture import build_evidence
from reconcile.digest import Backer, by_value_frame, case_title, description, digest, facet_label, line_text
from reconcile.export import html_page, markdown
from reconcile.model import Source, SourceKind
from reconcile.table import parties

CNN_HEADLINE = "Top U.S. general orders drone strike on al Qaeda leader that may have killed civilians instead"


@pytest.fixture(scope="module")
def evidence():
    return build_evidence()


def test_the_age_conflict_is_one_line_with_each_value_and_its_sources(evidence):
    found = digest(evidence)
    assert [line.facet for line in found.disputed] == ["victim.age"]
    assert line_text(found.disputed[0]) == "Age: 56 — Mesto’s family (via Defense officials); 60 — White Helmets"
    assert [p.independent for p in found.disputed[0].positions] == [1, 1]
    assert [line.facet for line in found.agreed] == ["victim.activity"]
    assert [line.facet for line in found.single] == ["event.date"]


def test_a_source_that_also_speaks_directly_is_not_shown_as_relayed(evidence):
    line = digest(evidence).single[0]
    assert line.positions[0].backers == (Backer(line.positions[0].backers[0].source_id, "U.S. Central Command"),)


@pytest.mark.parametrize("facet, label", [("victim.age", "Age"), ("crowd.size", "Crowd size"), ("new.thing", "New thing")])
def test_facet_labels(facet, label):
    assert facet_label(facet) == label


def test_without_a_manifest_the_title_is_the_headline_of_the_most_quoted_document(evidence):
    bare = dataclasses.replace(evidence, event_title=None)
    assert case_title(bare) == CNN_HEADLINE
    page = html_page.render(bare).decode("utf-8")
    assert f"<h1>{CNN_HEADLINE}</h1>" in page and "Evidence table" not in page
    documents = page[page.index('<h2 id="documents">') :]
    for doc in bare.documents:
        assert f"<td>{doc.title}</td><td>{doc.publisher}</td><td>{doc.published}</td>" in documents
    assert markdown.render(bare).decode("utf-8").startswith(f"# {CNN_HEADLINE}\n")


def test_without_titles_the_title_says_what_where_and_when(evidence):
    bare = dataclasses.replace(
        evidence,
        event_title=None,
        documents=tuple(dataclasses.replace(d, title=None) for d in evidence.documents),
    )
    assert case_title(bare) == description(bare) == "Event in Syria, 2023-05-03"  # no event.type row here


def test_a_page_read_without_a_manifest_is_titled_by_its_headline(nlp, tmp_path):
    from reconcile.pipeline import run

    (tmp_path / "story.html").write_text(
        "<html><head><title>Crane collapse kills two in Rotterdam</title></head><body><article>"
        "<h1>Crane collapse kills two in Rotterdam</h1><p>Two workers were killed when a crane collapsed at the "
        "harbour on Monday, the fire brigade said. The port authority said three people died.</p>"
        "<p>Witnesses said the crane fell at about 9 a.m. after a loud bang was heard across the quay.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    evidence = run([tmp_path], nlp=nlp)
    page = html_page.render(evidence).decode("utf-8")
    assert "<h1>Crane collapse kills two in Rotterdam</h1>" in page
    assert "<td>Crane collapse kills two in Rotterdam</td>" in page


def test_parties_group_by_affiliation_else_kind_in_party_order():
    def source(name, kind, affiliation=None):
        return Source(name, name, (), kind, (), affiliation=affiliation)

    found = parties([
        source("CNN", SourceKind.MEDIA),
        source("his brother", SourceKind.FAMILY),
        source("MSF director", SourceKind.NGO, "Médecins Sans Frontières"),
        source("Central Command", SourceKind.MILITARY),
        source("The family", SourceKind.FAMILY),
        source("MSF", SourceKind.NGO, "Médecins Sans Frontières"),
    ])
    assert [(p.label, [s.name for s in p.sources]) for p in found] == [
        ("Military", ["Central Command"]),
        ("Family", ["his brother", "The family"]),
        ("Médecins Sans Frontières", ["MSF director", "MSF"]),
        ("Media", ["CNN"]),
    ]


def test_by_value_has_one_cell_per_distinct_value(evidence):
    frame = by_value_frame(evidence)
    age = frame[frame["facet"] == "victim.age"].iloc[0]
    assert list(age[["value 1", "value 2"]]) == ["56 — Mesto’s family (via Defense officials)", "60 — White Helmets"]


def test_markdown_lays_out_by_value_past_six_sources(evidence):
    extra = tuple(Source(f"s{i}", f"Extra {i}", (), SourceKind.OTHER, ()) for i in range(3))
    many = dataclasses.replace(evidence, sources=evidence.sources + extra)
    text = markdown.render(many).decode("utf-8")
    assert "## Evidence table by value" in text and "| Facet | Status | Value 1 | Value 2 |" in text
    assert "| victim.age | **conflict** | 56 — Mesto’s family (via Defense officials) | 60 — White Helmets |" in text
    assert "## Quotes" in text and "Extra 0" not in text.split("## Sources")[0]
    assert "## Evidence table by value" not in markdown.render(evidence).decode("utf-8")
