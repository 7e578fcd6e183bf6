import dataclasses
import io

import pytest
from evidence_fixture import build_evidence, build_hostile_evidence
from rich.console import Console

from reconcile.cli.terminal import evidence_table, render_table, short_quote, status_text
from reconcile.model import Evidence


@pytest.fixture(scope="module")
def evidence() -> Evidence:
    return build_evidence()


def rendered(evidence: Evidence, width: int) -> str:
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    render_table(evidence, console)
    return console.export_text()


def test_wide_terminal_shows_one_column_per_source(evidence):
    text = rendered(evidence, 160)
    for header in ("facet", "status", "note", "Mesto’s family", "(family)", "White Helmets (ngo)"):
        assert header in text
    for facet in ("victim.age", "victim.activity", "victim.name", "event.date"):
        assert facet in text
    assert "“whom his family" in text


def test_table_has_facet_status_sources_note_columns(evidence):
    table = evidence_table(evidence)
    headers = [str(column.header) for column in table.columns]
    assert headers == [
        "facet",
        "status",
        "U.S. Central Command (military)",
        "Mesto’s family (family)",
        "White Helmets (ngo)",
        "Defense officials (official_anonymous)",
        "note",
    ]
    assert table.row_count == len(evidence.rows)


@pytest.mark.parametrize(
    "row_index, style",
    [(0, "bold red"), (1, "green"), (2, "yellow"), (3, "dim")],
)
def test_status_colours(evidence, row_index, style):
    assert status_text(evidence.rows[row_index]).style == style


@pytest.mark.parametrize("width", [30, 40, 60, 80])
def test_narrow_terminal_wraps_without_losing_values(evidence, width):
    text = rendered(evidence, width)
    assert max(len(line) for line in text.splitlines()) <= width
    flat = " ".join(text.split())
    for word in ("victim.age", "conflict", "56", "60", "herding sheep", "2023-05-03", "unidentified"):
        assert word in flat


def test_other_events_and_problems_follow_the_table(evidence):
    text = rendered(evidence, 120)
    table, rest = text.split("Other events mentioned (not part of this event)")
    assert "event.toll" not in table
    assert "event.toll: Kabul drone strike, August 2021" in rest
    assert "Defense officials: 10" in rest
    assert "notes.docx: unsupported format; save it as .txt and run again" in rest.split("Problems")[1]


def test_markup_in_documents_prints_as_written():
    text = rendered(build_hostile_evidence(), 200)
    assert "[bold]markup[/bold]" in text


def test_quotes_are_shortened(evidence):
    long_claim = dataclasses.replace(evidence.claims[2], text="word " * 40)
    text = rendered(
        dataclasses.replace(evidence, claims=(*evidence.claims[:2], long_claim, *evidence.claims[3:])), 200
    )
    assert "word " * 40 not in text
    assert "word…”" in text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He was outside herding sheep", "“He was outside herding sheep”"),
        ("a " * 40, "“" + "a " * 29 + "a…”"),
        ("x" * 80, "“" + "x" * 60 + "…”"),
        ("Mesto, 56, the father of 10 — is a A farmer who has nothing to do with it", None),
    ],
)
def test_short_quote(text, expected):
    quote = short_quote(text)
    if expected is not None:
        assert quote == expected
    assert len(quote) <= 63


def test_the_disputes_come_first_with_each_value_and_its_sources(evidence):
    text = rendered(evidence, 160)
    first = text.index("In dispute")
    assert first < text.index("victim.activity")  # before the table
    dispute_lines = [line for line in text[first:].splitlines()[1:] if line.startswith("• ")]
    age = next(line for line in dispute_lines if "56" in line)
    assert "60" in age and "White Helmets" in age and "family" in age
