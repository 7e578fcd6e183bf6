"""case.toml: the event, per-document metadata overriding what readers found, and malformed files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.errors import CaseError
from reconcile.ingest import CaseInfo, ingest


def case_folder(tmp_path: Path, manifest: str) -> Path:
    (tmp_path / "case.toml").write_text(manifest, encoding="utf-8")
    (tmp_path / "report.txt").write_text("The ministry said three died.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "tweets.json").write_text(
        json.dumps(
            [{"author": "Army", "username": "army", "text": "Two died."}, {"author": "Army", "text": "More."}]
        )
    )
    return tmp_path


def test_event_and_document_fields_are_read(tmp_path):
    folder = case_folder(
        tmp_path,
        """
        [event]
        title = "Strike in Idlib"
        date = 2024-03-05
        place = "Syria"
        note = "unknown keys are ignored"

        [documents."report.txt"]
        title = "Ministry statement"
        publisher = "Ministry of Health"
        author = "Zoë Müller"
        published = "2024-03-06"
        url = "https://example.org/statement"
        speaker = "Ministry of Health"
        colour = "ignored too"

        [documents."./sub/tweets.json"]
        publisher = "X (Twitter)"
        author = "@army_official"
        """,
    )
    docs, problems, case = ingest([folder])
    assert problems == []
    assert case == CaseInfo(title="Strike in Idlib", date="2024-03-05", place="Syria")
    report = next(doc for doc in docs if doc.path.endswith("report.txt"))
    assert (report.title, report.publisher, report.author, report.published, report.url, report.speaker) == (
        "Ministry statement",
        "Ministry of Health",
        "Zoë Müller",
        "2024-03-06",
        "https://example.org/statement",
        "Ministry of Health",
    )
    tweets = [doc for doc in docs if doc.format == "tweet"]
    assert [(t.publisher, t.author, t.speaker) for t in tweets] == [
        ("X (Twitter)", "@army_official", "Army")
    ] * 2


def test_case_toml_is_not_read_as_a_document_and_is_optional(tmp_path):
    (tmp_path / "report.txt").write_text("The ministry said three died.")
    docs, problems, case = ingest([tmp_path])
    assert (len(docs), problems, case) == (1, [], CaseInfo())
    (tmp_path / "case.toml").write_text('[event]\ntitle = "T"\n')
    docs, problems, case = ingest([tmp_path])
    assert (len(docs), problems, case.title) == (1, [], "T")


def test_the_aliases_file_is_resolved_against_the_case_folder(tmp_path):
    (tmp_path / "aliases.toml").write_text("")
    folder = case_folder(tmp_path, '[event]\naliases = "aliases.toml"\n')
    docs, problems, case = ingest([folder])
    assert case.aliases_file == (tmp_path / "aliases.toml").as_posix()
    assert problems == [], "the alias file is part of the case, not an unsupported document"
    assert len(docs) == 3


def test_an_entry_naming_no_file_is_reported(tmp_path):
    folder = case_folder(tmp_path, '[documents."reprot.txt"]\npublisher = "CNN"\n')
    docs, problems, _ = ingest([folder])
    assert len(docs) == 3
    assert [p.path for p in problems] == [str(tmp_path / "case.toml")]
    assert '[documents."reprot.txt"] names no file in the folder; fix the file name' in problems[0].message


@pytest.mark.parametrize(
    "manifest, message",
    [
        ('[event]\ntitle = "Strike\n', r"invalid TOML \(.*line 2.*\); fix that line"),
        ("[event]\ntitle = Strike in Idlib\n", r"invalid TOML \(.*line 2, column 9\)"),
        ("[event]\ndate = 2024-13-45\n", r"invalid TOML"),
        (
            '[event]\ndate = "5 March 2024"\n',
            r"\[event\] date = '5 March 2024' is not a date; write it as YYYY-MM-DD",
        ),
        ("[event]\ntitle = 3\n", r"\[event\] title = 3 must be text; put it in quotes"),
        ('event = "Strike"\n', r"'event' must be a table"),
        ('[documents]\n"report.txt" = "CNN"\n', r'\[documents."report.txt"\] must be a table of fields'),
        ('[documents."report.txt"]\npublished = 2024\n', r"published = 2024 is not a date"),
        ('[event]\naliases = "missing.toml"\n', r"aliases = 'missing.toml' names no file"),
    ],
    ids=[
        "unterminated-string",
        "unquoted-text",
        "impossible-date",
        "date-words",
        "number-title",
        "event-not-table",
        "document-not-table",
        "published-year",
        "missing-aliases",
    ],
)
def test_malformed_case_toml_raises_case_error_naming_file_and_line(tmp_path, manifest, message):
    folder = case_folder(tmp_path, manifest)
    with pytest.raises(CaseError, match=message) as caught:
        ingest([folder])
    assert str(caught.value).startswith(str(tmp_path / "case.toml"))


def test_a_case_toml_in_a_subfolder_is_skipped_not_read(tmp_path):
    (tmp_path / "report.txt").write_text("The ministry said three died.")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "case.toml").write_text("this is not toml [")
    docs, problems, case = ingest([tmp_path])
    assert (len(docs), problems, case) == (1, [], CaseInfo())
