"""Spreadsheets: one account per row, headers matched loosely, rows refused or skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.ingest import ingest
from reconcile.ingest import spreadsheet as spreadsheet_module
from reconcile.model import short_hash


def read(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    (tmp_path / "other.txt").write_text("Another account, so the batch is never empty.")
    docs, problems, _ = ingest([tmp_path])
    return [doc for doc in docs if doc.format == "csv_row"], problems


def test_each_row_is_a_document_spoken_by_its_source(tmp_path):
    content = (
        "Source,Text,Date,URL,Title,Notes\n"
        "Zoë Müller,I heard two blasts.,2023-05-03,https://example.org/z,Witness call,ignored\n"
        "لطفي,He was my brother.,2023-05-04T10:00:00,,,\n"
    )
    docs, problems = read(tmp_path, "calls.csv", content)
    assert problems == []
    assert [(d.speaker, d.text, d.published, d.url, d.title) for d in docs] == [
        ("Zoë Müller", "I heard two blasts.", "2023-05-03", "https://example.org/z", "Witness call"),
        ("لطفي", "He was my brother.", "2023-05-04", None, None),
    ]
    assert [d.path.rsplit("/", 1)[1] for d in docs] == ["calls.csv#row=1", "calls.csv#row=2"]
    assert [d.id for d in docs] == [short_hash(docs[0].sha256, 1), short_hash(docs[0].sha256, 2)]
    assert {d.size for d in docs} == {len(content.encode("utf-8"))}


@pytest.mark.parametrize(
    "content, texts",
    [
        ('source,text\nA,"Line one,\nline two"\n', ["Line one,\nline two"]),
        ('source,text\r\nA,"Line one\r\nline two"\r\n', ["Line one\nline two"]),
        ('source,text\nA,"She said ""two""."\n', ['She said "two".']),
        ("source,text\nA,  spaced text  \n", ["  spaced text  "]),
        ("notes,TEXT , Source\nx,Two died.,A\n", ["Two died."]),
        ("source,text\nA,One.\nB,\nC,   \nD,Four.\n", ["One.", "Four."]),
        ("source,text\nA\nB,Two.,extra,cells\n", ["Two."]),
    ],
    ids=[
        "quoted-newline",
        "quoted-crlf",
        "escaped-quotes",
        "spaces-kept",
        "headers-any-case-and-order",
        "empty-text-skipped",
        "short-and-long-rows",
    ],
)
def test_cells_are_read_as_written(tmp_path, content, texts):
    docs, problems = read(tmp_path, "s.csv", content)
    assert problems == []
    assert [d.text for d in docs] == texts


def test_tab_separated_file(tmp_path):
    docs, _ = read(tmp_path, "s.tsv", "source\ttext\tdate\nA\tTwo died, three hurt.\t3 May 2023\n")
    assert [(d.speaker, d.text, d.published) for d in docs] == [("A", "Two died, three hurt.", "3 May 2023")]


def test_cp1252_spreadsheet_is_decoded(tmp_path):
    docs, _ = read(tmp_path, "s.csv", "source,text\nZoë Müller,“Two died.”\n".encode("cp1252"))
    assert [(d.speaker, d.text) for d in docs] == [("Zoë Müller", "“Two died.”")]


@pytest.mark.parametrize(
    "content, message",
    [
        (
            "speaker,quote\nA,Two died.\n",
            "has no 'source' or 'text' column (columns found: 'speaker', 'quote')",
        ),
        ("source,body\nA,Two died.\n", "has no 'text' column (columns found: 'source', 'body')"),
        ("Text\nTwo died.\n", "has no 'source' column (columns found: 'Text')"),
        ("source,text\nA,\n", "has no row with text"),
    ],
)
def test_missing_columns_name_the_columns_found(tmp_path, content, message):
    docs, problems = read(tmp_path, "s.csv", content)
    assert docs == []
    assert [p.path.rsplit("/", 1)[1] for p in problems] == ["s.csv"]
    assert message in problems[0].message


def test_a_row_with_text_but_no_source_is_reported_and_the_rest_kept(tmp_path):
    docs, problems = read(tmp_path, "s.csv", "source,text\n,Nobody said this.\nB,Two died.\n")
    assert [d.speaker for d in docs] == ["B"]
    assert [p.path.rsplit("/", 1)[1] for p in problems] == ["s.csv#row=1"]
    assert "has text but no source" in problems[0].message


def test_a_cell_longer_than_the_csv_default_limit_is_read(tmp_path):
    long_text = "Two died. " * 20_000
    docs, _ = read(tmp_path, "s.csv", f'source,text\nA,"{long_text}"\n')
    assert docs[0].text == long_text


def test_too_many_rows_is_a_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet_module, "MAX_ROWS", 2)
    docs, problems = read(tmp_path, "s.csv", "source,text\nA,One.\nB,Two.\nC,Three.\n")
    assert docs == []
    assert "has over 2 rows, the limit for one file; split it into smaller files" in problems[0].message


def test_the_real_row_limit_is_the_documented_one():
    assert spreadsheet_module.MAX_ROWS == 100_000
