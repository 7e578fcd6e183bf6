"""ingest(): the founding example, each reader chosen by suffix or --format, folder walking, ids and provenance."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.errors import UsageError
from reconcile.ingest import CaseInfo, ingest
from reconcile.model import Document, short_hash

EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "examples" / "syria-strike-2023"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_example_folder_reads_report_and_tweet():
    docs, problems, case = ingest([EXAMPLE])
    assert problems == []
    assert len(docs) == 2
    by_name = {Path(doc.path).name: doc for doc in docs}
    tweet, report = by_name["centcom_tweet.json"], by_name["cnn_report.txt"]
    assert tweet.speaker == "U.S. Central Command"
    assert tweet.author == "@CENTCOM"
    assert tweet.format == "tweet"
    assert tweet.published == "2023-05-03"
    assert report.publisher == "CNN"
    assert report.published == "2023-05-23"
    raw = (EXAMPLE / "cnn_report.txt").read_bytes()
    assert report.sha256 == hashlib.sha256(raw).hexdigest()
    assert report.size == len(raw)
    assert report.text == raw.decode("utf-8")
    assert report.id == short_hash(report.sha256)
    assert tweet.sha256 == hashlib.sha256((EXAMPLE / "centcom_tweet.json").read_bytes()).hexdigest()
    assert case == CaseInfo(
        title="U.S. strike in north-western Syria, 3 May 2023", date="2023-05-03", place="Syria"
    )


def test_example_ids_are_stable_across_runs():
    first, _, _ = ingest([EXAMPLE])
    second, _, _ = ingest([EXAMPLE])
    assert [doc.id for doc in first] == [doc.id for doc in second]
    assert first[0].ingested_at.endswith("+00:00")


def test_plain_text_document_is_the_file(tmp_path):
    path = write(tmp_path, "report.txt", "Three people died, the ministry said.\n")
    docs, problems, case = ingest([path])
    raw = path.read_bytes()
    assert docs == [
        Document(
            id=short_hash(hashlib.sha256(raw).hexdigest()),
            path=path.as_posix(),
            text="Three people died, the ministry said.\n",
            sha256=hashlib.sha256(raw).hexdigest(),
            size=len(raw),
            ingested_at=docs[0].ingested_at,
            format="text",
        )
    ]
    assert problems == []
    assert case == CaseInfo()


@pytest.mark.parametrize(
    "name, content, fmt, speaker",
    [
        ("notes.md", "# Update\n\nThe army said two died.\n", "text", None),
        (
            "tweet.json",
            json.dumps({"author": "Army Spokesman", "text": "Two died."}),
            "tweet",
            "Army Spokesman",
        ),
        ("tweets.jsonl", '{"user": "Ana", "text": "I saw it."}\n', "tweet", "Ana"),
        ("sheet.csv", "source,text\nWitness,I heard two blasts.\n", "csv_row", "Witness"),
        ("sheet.tsv", "Source\tText\nWitness\tI heard two blasts.\n", "csv_row", "Witness"),
        (
            "page.html",
            "<html><body><article><p>The ministry said two people died in the strike on Tuesday.</p></article></body></html>",
            "html",
            None,
        ),
    ],
)
def test_reader_is_chosen_by_suffix(tmp_path, name, content, fmt, speaker):
    docs, problems, _ = ingest([write(tmp_path, name, content)])
    assert problems == []
    assert [(doc.format, doc.speaker) for doc in docs] == [(fmt, speaker)]


def test_suffix_is_matched_case_insensitively(tmp_path):
    docs, _, _ = ingest([write(tmp_path, "REPORT.TXT", "Two died.")])
    assert docs[0].format == "text"


@pytest.mark.parametrize(
    "fmt, name, content, expected",
    [
        ("txt", "page.html", "<p>raw <b>markup</b></p>", "<p>raw <b>markup</b></p>"),
        ("csv", "export.dat", "source,text\nWitness,Two died.\n", "Two died."),
        ("json", "feed.log", '{"author": "A", "text": "Two died."}', "Two died."),
    ],
)
def test_format_forces_the_reader(tmp_path, fmt, name, content, expected):
    docs, _, _ = ingest([write(tmp_path, name, content)], format=fmt)
    assert [doc.text for doc in docs] == [expected]


def test_unknown_format_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="must be one of txt, html, json, csv"):
        ingest([write(tmp_path, "a.txt", "x")], format="pdf")


def test_a_single_path_string_is_accepted(tmp_path):
    docs, _, _ = ingest(str(write(tmp_path, "a.txt", "Two died.")))
    assert len(docs) == 1


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b.txt", "B said two.")
    write(tmp_path, "a/z.txt", "Z said three.")
    write(tmp_path, "a/c.md", "C said four.")
    write(tmp_path, ".hidden.txt", "not an account")
    write(tmp_path, ".git/config.txt", "not an account")
    docs, problems, _ = ingest([tmp_path])
    assert [Path(doc.path).relative_to(tmp_path).as_posix() for doc in docs] == ["a/c.md", "a/z.txt", "b.txt"]
    assert problems == []


def test_paths_of_documents_found_in_a_folder_start_with_the_folder_as_given(tmp_path, monkeypatch):
    write(tmp_path, "case/sub/a.txt", "Two died.")
    monkeypatch.chdir(tmp_path)
    docs, _, _ = ingest(["case"])
    assert docs[0].path == "case/sub/a.txt"


def test_a_file_given_twice_is_read_once(tmp_path):
    path = write(tmp_path, "a.txt", "Two died.")
    docs, problems, _ = ingest([tmp_path, path])
    assert len(docs) == 1
    assert problems == []


def test_identical_bytes_under_two_names_are_reported_not_counted_twice(tmp_path):
    write(tmp_path, "a.txt", "Two died.")
    write(tmp_path, "copy of a.txt", "Two died.")
    docs, problems, _ = ingest([tmp_path])
    assert [Path(doc.path).name for doc in docs] == ["a.txt"]
    assert len(problems) == 1
    assert "same bytes as" in problems[0].message


def test_ids_are_unique_across_multi_document_files(tmp_path):
    write(tmp_path, "rows.csv", "source,text\nA,One.\nB,Two.\nC,Three.\n")
    write(
        tmp_path,
        "tweets.json",
        json.dumps([{"author": "A", "text": "One."}, {"author": "B", "text": "Two."}]),
    )
    docs, _, _ = ingest([tmp_path])
    assert len({doc.id for doc in docs}) == len(docs) == 5


_TEXTS = st.text(max_size=300).filter(
    lambda text: text.strip() and "\x00" not in text and not text.startswith("\ufeff")
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXTS)
def test_any_utf8_text_is_kept_exactly_but_for_line_endings(tmp_path, text):
    """NUL marks a binary file and a leading U+FEFF is a byte-order mark, so neither is generated."""
    path = write(tmp_path, "any.txt", text)
    docs, problems, _ = ingest([path])
    assert problems == []
    assert docs[0].text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert docs[0].sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
