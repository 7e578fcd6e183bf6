"""Hostile content: whatever a document, a source name or a quote holds, the reports stay inert, spreadsheets
run no formula, uploads stay in the case folder, hostile JSON is refused within bounded memory, and nothing
goes online."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import socket
import time
import tracemalloc
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLE
from evidence_fixture import build_evidence
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reconcile.app.case import MAX_NAME, AppCase, safe_file_name
from reconcile.errors import InputError
from reconcile.export import RENDERERS, claimreview, csv_file, html_page, markdown, write_all, xlsx_file
from reconcile.ingest import MAX_DOCUMENT_BYTES, ingest
from reconcile.model import Evidence, Problem

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

PAYLOADS = st.sampled_from([
    "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<scr<script>ipt>",
    "<img src=x onerror=alert(2)>", '"><svg onload=alert(1)>', "' onmouseover='alert(1)' x='", '" onclick="x',
    "javascript:alert(3)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "[x](javascript:alert(1))",
    "<javascript:alert(1)>", '<a href="javascript:alert(3)">click</a>', "![i](javascript:alert(1))",
    "[x]: javascript:alert(1)", "</title></style></textarea><script>x</script>", "<!--", "-->", "<![CDATA[",
    "]]>", "&lt;script&gt;", "&#60;script&#62;", "&#x3C;script&#x3E;", "<style>@import url(//evil)</style>",
    "<iframe src=//evil>", "<body onload=alert(1)>", "<details open ontoggle=alert(1)>", "data:text/html,x",
    "vbscript:msgbox(1)", "<br>", "`<script>`", "``", "\\", "\\<script>", "|", "*", "_", "#", "> ", "- ", "1. ",
    "\n", "\r\n", "\r", "\n\n    <script>", "\u2028", "\u202e", "\u200b", "&", "<", ">", '"', "'", "(", ")",
])  # fmt: skip
HOSTILE = st.lists(st.one_of(PAYLOADS, st.text(max_size=8)), min_size=1, max_size=6).map("".join)
URLS = st.one_of(HOSTILE, st.sampled_from([
    "javascript:alert(1)", " javascript:alert(1)", 'https://ok.example/" onclick="alert(1)',
    "http://ok.example/<script>", "data:text/html,<script>alert(1)</script>", "HTTPS://OK.EXAMPLE",
]))  # fmt: skip


def poisoned(base: Evidence, draw_text, url: str) -> Evidence:
    """`base` with hostile text in every field taken from a document: names, quotes, values, notes, paths."""
    documents = tuple(
        dataclasses.replace(
            d,
            path=draw_text(),
            title=draw_text(),
            publisher=draw_text(),
            published=draw_text(),
            author=draw_text(),
            speaker=draw_text(),
            url=url,
            text=draw_text() + d.text,
        )
        for d in base.documents
    )
    sources = tuple(dataclasses.replace(s, name=draw_text(), aliases=(draw_text(),)) for s in base.sources)
    claims = tuple(
        dataclasses.replace(
            c,
            text=draw_text(),
            cue=draw_text(),
            other_event=c.other_event and draw_text(),
            facets=tuple(dataclasses.replace(f, value=draw_text(), text=draw_text()) for f in c.facets),
        )
        for c in base.claims
    )

    def rows(rows):
        return tuple(
            dataclasses.replace(
                r,
                facet=draw_text(),
                note=draw_text(),
                support={draw_text(): n for n in r.support.values()},
                cells=tuple(
                    dataclasses.replace(c, values=(draw_text(),), texts=(draw_text(),)) for c in r.cells
                ),
            )
            for r in rows
        )

    return dataclasses.replace(
        base,
        event_title=draw_text(),
        event_place=draw_text(),
        event_date=draw_text(),
        version=draw_text(),
        documents=documents,
        sources=sources,
        claims=claims,
        rows=rows(base.rows),
        other_rows=rows(base.other_rows),
        problems=(Problem(draw_text(), draw_text()),),
    )


@st.composite
def hostile_evidence(draw) -> Evidence:
    return poisoned(build_evidence(), lambda: draw(HOSTILE), draw(URLS))


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


REPORT_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "h2", "div", "table",
    "thead", "tbody", "tr", "th", "td", "span", "br", "blockquote", "i", "code", "a", "ul", "li", "footer",
    "section", "b", "label", "input",
}  # fmt: skip
REPORT_ATTRIBUTES = {
    "lang", "charset", "name", "content", "class", "href", "rel", "scope", "id", "type", "for", "title", "colspan",
    "rowspan",
}  # fmt: skip


@SETTINGS
@given(evidence=hostile_evidence())
def test_html_report_never_carries_live_markup_from_the_documents(evidence):
    page = html_page.render(evidence).decode("utf-8")
    tags = tags_of(page)
    assert {tag for tag, _ in tags} <= REPORT_TAGS
    assert {name for _, attrs in tags for name in attrs} <= REPORT_ATTRIBUTES
    assert [tag for tag, _ in tags].count("style") == 1
    ids = {attrs["id"] for _, attrs in tags if "id" in attrs}
    links = [attrs["href"] or "" for tag, attrs in tags if tag == "a"]
    assert all(re.match(r"https?://", href, re.IGNORECASE) or href[1:] in ids for href in links), links
    assert all(re.fullmatch(r"[a-z0-9-]+", name) for name in ids)  # ids are made here, never from the documents
    assert "<script" not in page.lower()


LIVE_TAGS = {
    "script", "style", "iframe", "img", "svg", "a", "body", "details", "title", "textarea", "object", "embed",
    "form", "math", "base",
}  # fmt: skip


def markdown_as_html(text: str) -> str:
    """evidence.md as a Markdown renderer shows it, raw HTML allowed and every link scheme let through."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.validateLink = lambda url: True  # judge our escaping, not the renderer's own link filter
    return md.render(text)


@SETTINGS
@given(evidence=hostile_evidence())
def test_markdown_never_carries_live_markup_from_the_documents(evidence):
    text = markdown.render(evidence).decode("utf-8")
    tags = tags_of(markdown_as_html(text))
    assert not {tag for tag, _ in tags} & LIVE_TAGS
    assert {name for _, attrs in tags for name in attrs} <= {"start"}, tags  # no href, src or on* anywhere


# Spreadsheets: any text starting with = + - @ (or tab, CR) is neutralised in every cell, headers included.

FORMULA = st.builds("{}{}".format, st.sampled_from(FORMULA_STARTS), st.text(max_size=12))
FORMULA_TEXT = st.one_of(FORMULA, st.sampled_from([
    '=HYPERLINK("http://evil.example","x")', "=1+1", "@SUM(A1)", "-2+3", "+cmd|' /C calc'!A0", "=cmd|' /C calc'!A0",
]))  # fmt: skip


@st.composite
def formula_evidence(draw) -> Evidence:
    return poisoned(build_evidence(), lambda: draw(st.one_of(FORMULA_TEXT, st.text(max_size=6))), "=1+1")


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@settings(max_examples=60, deadline=None)
@given(value=st.one_of(FORMULA_TEXT, st.text()))
def test_safe_cell_never_leaves_a_formula_start(value):
    safe = csv_file.safe_cell(value)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe in (value, "'" + value)


@SETTINGS
@given(evidence=formula_evidence())
def test_csv_cells_never_start_a_formula(evidence):
    for render, count in (
        (csv_file.render_wide, len(evidence.rows)),
        (csv_file.render_claims, len(evidence.claims)),
    ):
        header, *rows = csv_rows(render(evidence))
        assert len(rows) == count and {len(row) for row in rows} <= {len(header)}  # no cell broke its row
        cells = header + [cell for row in rows for cell in row]
        assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(evidence=formula_evidence())
def test_xlsx_cells_are_never_formulas(evidence):
    book = openpyxl.load_workbook(io.BytesIO(xlsx_file.render(evidence)))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert not [
        cell.value for cell in cells if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS)
    ]


def test_control_characters_from_a_pdf_do_not_break_the_spreadsheet(tmp_path):
    base = build_evidence()
    source = dataclasses.replace(base.sources[0], name="Central\x0cCommand\x1b")
    row = dataclasses.replace(base.rows[0], note="page one\x0cpage two\x00")
    evidence = dataclasses.replace(base, sources=(source, *base.sources[1:]), rows=(row, *base.rows[1:]))
    write_all(evidence, tmp_path)
    book = openpyxl.load_workbook(tmp_path / "evidence.xlsx")
    assert book["table"]["D2"].value == "page one\ufffdpage two\ufffd"
    assert "Central\ufffdCommand\ufffd" in [cell.value for cell in book["table"][1]]


# Upload names: whatever the browser sends, the file lands inside the case folder under a plain name.

NAME_PARTS = [
    "..", ".", "/", "\\", "../", "..\\", "/etc/passwd", "C:\\Windows\\", "\x00", "~", "évidence", "файл",
    "\u202etxt.exe", "💥", " ", "\n", ".txt", "a", "-", "_",
]  # fmt: skip
NAMES = st.one_of(
    st.text(),
    st.lists(st.sampled_from(NAME_PARTS)).map("".join),
    st.builds("{}{}".format, st.text(max_size=5), st.text(alphabet="./\\", min_size=60, max_size=120)),
    st.builds(
        "{}{}{}".format,
        st.text(alphabet="ab", min_size=1),
        st.text(alphabet=".-_", min_size=75, max_size=90),
        st.sampled_from(["", "txt", ".txt", "bashrc"]),
    ),
)


@settings(max_examples=200, deadline=None)
@given(name=NAMES)
def test_safe_file_name_stays_in_its_folder(name, tmp_path_factory):
    safe = safe_file_name(name)
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", safe), safe
    assert len(safe) <= MAX_NAME
    folder = tmp_path_factory.getbasetemp() / "case.files"
    assert (folder / safe).resolve().parent == folder.resolve()


@pytest.fixture(scope="module")
def upload_case(tmp_path_factory):
    root = tmp_path_factory.mktemp("uploads")
    return root, AppCase.open("uploads", store_env=str(root))


@settings(max_examples=40, deadline=None)
@given(name=NAMES, suffix=st.sampled_from(["", ".txt"]))
def test_uploads_never_leave_the_case_folder(upload_case, name, suffix):
    root, case = upload_case
    try:
        case.add_upload(name + suffix, b"The mayor said 12 people died.")
    except InputError:  # saved in the folder, then refused as an unsupported type
        assert not safe_file_name(name + suffix).endswith(".txt")
    outside = [p for p in root.rglob("*") if case.folder not in p.parents and p != case.folder]
    assert {p.name for p in outside} <= {"uploads.sqlite", "uploads.sqlite-wal", "uploads.sqlite-shm"}
    assert all(p.is_file() for p in case.folder.iterdir())


# Hostile JSON: refused with a Problem before it can exhaust the stack or the memory.

MEMORY_LIMIT = 150_000_000
"""Peak bytes Python may allocate to read or refuse one file of up to 20 MB (the size limit)."""
SECONDS_LIMIT = 10


def ingest_measured(tmp_path: Path, name: str, text: str) -> tuple[list, list[str], int]:
    """Ingests `name` beside a good file; returns the documents, the problem messages and the peak memory."""
    (tmp_path / "good.txt").write_text("The ministry said three people died.", encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    started = time.monotonic()
    tracemalloc.start()
    try:
        docs, problems, _ = ingest([tmp_path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < SECONDS_LIMIT
    return docs, [p.message for p in problems], peak


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "nests JSON 100000 levels deep, over the limit of 64"),
        ("[" * 100_000 + "]" * 100_000, "nests JSON 100000 levels deep, over the limit of 64"),
        ('[{"text": "x", "author": "A", "in_reply": ' * 100_000, "levels deep, over the limit of 64"),
        (
            "[" + ",".join(['{"text": "x", "author": "A"}'] * 100_001) + "]",
            "holds 100,001 tweets, over the limit",
        ),
        (
            "[" + ",".join(["{}"] * ((MAX_DOCUMENT_BYTES - 100) // 3)) + "]",
            "JSON objects and arrays, over the limit",
        ),
        (
            "[" + ",".join(["[]"] * ((MAX_DOCUMENT_BYTES - 100) // 3)) + "]",
            "JSON objects and arrays, over the limit",
        ),
        ('{"author": "A", "text": "' + 'a\\"' * 40_000, "is not valid JSON (Unterminated string"),
    ],
    ids=[
        "deep-objects",
        "deep-arrays",
        "deep-tweets",
        "list-of-100001-tweets",
        "millions-of-objects",
        "millions-of-arrays",
        "truncated-with-escaped-quotes",
    ],
)
def test_hostile_json_is_a_problem_within_bounded_memory(tmp_path, text, message):
    docs, problems, peak = ingest_measured(tmp_path, "hostile.json", text)
    assert [Path(d.path).name for d in docs] == ["good.txt"]
    assert len(problems) == 1 and "hostile.json: " in problems[0] and message in problems[0], problems
    assert "\n" not in problems[0]
    assert peak < MEMORY_LIMIT, f"{peak / 1e6:.0f} MB"


def test_a_long_tweet_is_read_within_bounded_memory(tmp_path):
    text = "word " * ((MAX_DOCUMENT_BYTES - 100) // 5)
    docs, problems, peak = ingest_measured(tmp_path, "long.json", '{"author": "A", "text": "' + text + '"}')
    assert problems == [] and len(docs) == 2
    assert peak < MEMORY_LIMIT, f"{peak / 1e6:.0f} MB"


# Nothing goes online: the whole run, from loading the model to writing every export, works with no network.


class NetworkUsed(AssertionError):
    pass


def test_a_full_run_needs_no_network(tmp_path, monkeypatch):
    from reconcile.nlp import load_pipeline
    from reconcile.pipeline import run

    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:80])
        raise NetworkUsed("the network was used")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)
    nlp = load_pipeline.__wrapped__()  # a fresh load, not the cached one
    evidence = run([EXAMPLE], nlp=nlp)
    paths = write_all(evidence, tmp_path / "out")
    rendered = {fmt: render(evidence) for fmt, render in RENDERERS.items()}
    assert attempts == []
    assert evidence.rows and evidence.claims and len(evidence.documents) == 2
    assert all(path.stat().st_size > 0 for path in paths)
    assert rendered["claimreview"] == claimreview.render(evidence)
