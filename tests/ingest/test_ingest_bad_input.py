"""Bad input: one unusable file becomes a Problem and the batch goes on; only a batch with nothing usable fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.ingest import MAX_DOCUMENT_BYTES, ingest
from reconcile.ingest import received as received_module

GOOD = "The ministry said three people died in the strike."


def batch(tmp_path: Path, name: str, data: bytes) -> tuple[list[str], list[str]]:
    """Ingests a good file beside `name`; returns the names read and the problem messages."""
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(data)
    docs, problems, _ = ingest([tmp_path])
    return [Path(doc.path).name for doc in docs], [problem.message for problem in problems]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty.txt: is empty; remove it or fill it"),
        ("blank.md", b"  \r\n\t\n", "blank.md: is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.txt: looks binary, not text"),
        ("data.csv", bytes(range(1, 256)) * 4, "data.csv: looks binary, not text"),
        ("tweets.json", b"\x00\x01\x02", "tweets.json: looks binary, not text"),
        ("page.html", b"", "page.html: is empty"),
        (
            "report.pdf",
            b"%PDF-1.7",
            "report.pdf: has an unsupported type (.pdf); skipped; supported: .txt .md .html",
        ),
        ("README", b"notes", "README: has an unsupported type (no suffix)"),
    ],
)
def test_an_unusable_file_is_a_problem_and_the_rest_is_read(tmp_path, name, data, message):
    names, problems = batch(tmp_path, name, data)
    assert names == ["good.txt"]
    assert len(problems) == 1
    assert message in problems[0]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(received_module, "MAX_DOCUMENT_BYTES", 100)
    names, problems = batch(tmp_path, "long.txt", b"x" * 101)
    assert names == ["good.txt"]
    assert "long.txt: is 101 bytes, over the limit of 100 bytes" in problems[0]
    assert "split it into smaller files" in problems[0]


def test_the_size_limit_is_twenty_megabytes():
    assert MAX_DOCUMENT_BYTES == 20_000_000


def test_a_path_that_does_not_exist_raises_input_error(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    with pytest.raises(InputError, match="missing: no such file or folder; check the path") as caught:
        ingest([tmp_path / "good.txt", tmp_path / "missing"])
    assert caught.value.exit_code == 2


def test_no_paths_at_all_raises_input_error():
    with pytest.raises(InputError, match="no documents given"):
        ingest([])


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"empty.txt": b""},
        {"a.pdf": b"%PDF", "b.docx": b"PK"},
    ],
    ids=["empty-folder", "only-empty-file", "only-unsupported"],
)
def test_nothing_readable_raises_input_error_listing_supported_suffixes(tmp_path, files):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with pytest.raises(
        InputError,
        match=r"no readable documents.*supported: \.txt \.md \.html \.htm \.json \.jsonl "
        r"\.csv \.tsv$",
    ):
        ingest([tmp_path])


def test_a_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_text("The army said two died.")
    os.symlink(tmp_path, tmp_path / "sub" / "back")
    os.symlink("self", tmp_path / "self")
    docs, problems, _ = ingest([tmp_path])
    assert sorted(Path(doc.path).name for doc in docs) == ["good.txt", "inner.txt"]
    assert [Path(p.path).name for p in problems] == ["self", "back"]
    assert "symlink loop" in problems[1].message


def test_a_broken_link_is_a_problem(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    docs, problems, _ = ingest([tmp_path])
    assert [Path(doc.path).name for doc in docs] == ["good.txt"]
    assert (
        "link.txt: cannot be opened (No such file or directory); is it a broken link?" in problems[0].message
    )


def test_a_pipe_is_skipped_instead_of_blocking(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    docs, problems, _ = ingest([tmp_path])
    assert [Path(doc.path).name for doc in docs] == ["good.txt"]
    assert "pipe.txt: is not a regular file" in problems[0].message


def test_problems_name_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "good.txt").write_text(GOOD)
    (tmp_path / "case" / "empty.txt").write_bytes(b"")
    _, problems, _ = ingest(["case"])
    assert [(p.path, p.message) for p in problems] == [
        ("case/empty.txt", "case/empty.txt: is empty; remove it or fill it with the account's text")
    ]
