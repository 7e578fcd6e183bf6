import csv
import dataclasses
import errno
import io
import json
import os
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from evidence_fixture import SCRIPT, build_evidence, build_hostile_evidence
from hypothesis import given
from hypothesis import strategies as st

from reconcile import export as exports
from reconcile.errors import CaseError, InputError, OutputError, UsageError
from reconcile.export import (
    EXPORTERS,
    FILENAMES,
    RENDERERS,
    atomic_output,
    claimreview,
    csv_file,
    export,
    html_page,
    json_file,
    markdown,
    write_all,
    xlsx_file,
)
from reconcile.export.csv_file import safe_cell
from reconcile.model import Evidence, FacetValue

GOLDEN = Path(__file__).parent / "golden"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def evidence() -> Evidence:
    return build_evidence()


@pytest.fixture(scope="module")
def hostile() -> Evidence:
    return build_hostile_evidence()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# Golden files: written by hand from the fixture, then compared byte for byte.


@pytest.mark.parametrize("fmt, name", [("md", "evidence.md"), ("csv", "evidence.csv")])
def test_export_matches_hand_written_golden_file(evidence, tmp_path, fmt, name):
    export(evidence, fmt, tmp_path / name)
    assert (tmp_path / name).read_bytes() == (GOLDEN / name).read_bytes()


def test_csv_starts_with_bom_and_keeps_curly_quotes(evidence):
    data = csv_file.render_wide(evidence)
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Mesto’s family" in data.decode("utf-8-sig")


# Determinism: the same Evidence gives the same bytes, every format.


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_exporting_twice_gives_identical_bytes(evidence, tmp_path, fmt):
    export(evidence, fmt, tmp_path / "a")
    export(evidence, fmt, tmp_path / "b")
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def test_xlsx_carries_no_save_time(evidence):
    with zipfile.ZipFile(io.BytesIO(xlsx_file.render(evidence))) as archive:
        assert {info.date_time for info in archive.infolist()} == {xlsx_file.FIXED_ZIP_TIME}
        core = archive.read("docProps/core.xml").decode()
    assert core.count(xlsx_file.FIXED_PROPERTY_TIME) == 2


def test_write_all_writes_the_six_files(evidence, tmp_path):
    paths = write_all(evidence, tmp_path / "out")
    names = ["evidence.json", "evidence.csv", "claims.csv", "evidence.md", "report.html", "evidence.xlsx"]
    assert [p.name for p in paths] == names
    assert all(p.stat().st_size > 0 for p in paths)
    assert leftovers(tmp_path / "out") == []


def test_exporters_registry_names_the_cli_formats():
    assert set(EXPORTERS) == {"json", "csv", "claims-csv", "md", "html", "xlsx", "claimreview"}
    assert set(FILENAMES) <= set(EXPORTERS) == set(RENDERERS)


def test_unknown_format_names_the_valid_ones(evidence, tmp_path):
    with pytest.raises(UsageError, match="Unknown export format 'pdf'; choose one of: json, csv"):
        export(evidence, "pdf", tmp_path / "x.pdf")


# Formula injection: text a spreadsheet would run is neutralised in CSV and XLSX.


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("56 — “quote”", "56 — “quote”"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


@pytest.mark.parametrize("render", [csv_file.render_wide, csv_file.render_claims])
def test_csv_cells_never_start_a_formula(hostile, render):
    rows = list(csv.reader(io.StringIO(render(hostile).decode("utf-8-sig"), newline="")))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)


def test_xlsx_cells_are_text_never_formulas(hostile, tmp_path):
    export(hostile, "xlsx", tmp_path / "e.xlsx")
    book = openpyxl.load_workbook(tmp_path / "e.xlsx")
    assert book.sheetnames == ["table", "claims"]
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [text for text in texts if text.startswith(FORMULA_STARTS)]
    assert any(text.startswith("'=HYPERLINK") for text in texts)


def test_xlsx_freezes_header_and_fills_conflict_rows(evidence, tmp_path):
    export(evidence, "xlsx", tmp_path / "e.xlsx")
    book = openpyxl.load_workbook(tmp_path / "e.xlsx")
    table = book["table"]
    assert table.freeze_panes == "B2"
    assert book["claims"].freeze_panes == "A2"
    assert [c.value for c in table[1]][:5] == ["facet", "status", "reason", "note", "support"]
    assert table["B2"].value == "conflict"
    assert table["A2"].fill.fgColor.rgb == "FFFFC7CE"
    assert table["A3"].fill.fill_type is None
    assert book["claims"].max_row == 1 + len(evidence.claims)


# HTML: one self-contained page where hostile text stays text.


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parsed_tags(page: str) -> list[tuple[str, dict]]:
    parser = TagCollector()
    parser.feed(page)
    return parser.tags


def test_html_shows_hostile_text_as_inert_text(hostile):
    page = html_page.render(hostile).decode("utf-8")
    tags = parsed_tags(page)
    assert {tag for tag, _ in tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "h2", "div", "table",
        "thead", "tbody", "tr", "th", "td", "span", "br", "blockquote", "i", "code", "a", "ul", "li", "footer",
        "section", "b", "label", "input",
    }  # fmt: skip
    assert not [attr for _, attrs in tags for attr in attrs if attr.startswith("on")]
    ids = {attrs["id"] for _, attrs in tags if "id" in attrs}
    links = [attrs["href"] for tag, attrs in tags if tag == "a"]
    assert [href for href in links if href.startswith("https://")]  # the document's own URL
    assert all(href.startswith("https://") or href[1:] in ids for href in links)  # else a place in this page
    assert {attrs["type"] for tag, attrs in tags if tag == "input"} == {"checkbox"}
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "javascript:alert(4)" in page  # shown as text, not as a link


def test_html_is_self_contained(evidence):
    page = html_page.render(evidence).decode("utf-8")
    tags = parsed_tags(page)
    assert not [tag for tag, attrs in tags if tag in ("script", "link", "img", "iframe") or "src" in attrs]
    assert "<style>" in page
    assert "@import" not in page and "url(" not in page


def test_html_cell_shows_value_quote_and_provenance(evidence):
    page = html_page.render(evidence).decode("utf-8")
    claim = evidence.claims[2]
    assert '<div class="value">56</div>' in page
    assert "<i>“whom his family has identified as Loutfi Hassan Mesto, 56”</i>" in page
    provenance = f"cnn_report.txt · chars {claim.start}–{claim.end} · 78c79a150930 · published 2023-05-23"
    assert provenance in page
    assert 'class="status-conflict">' in page
    assert '<span class="badge badge-conflict">conflict</span>' in page


def test_html_keeps_other_events_apart_and_lists_documents(evidence):
    page = html_page.render(evidence).decode("utf-8")
    table, other = page.split("Other events mentioned (not part of this event)")
    assert "event.toll" not in table
    assert "event.toll" in other
    for doc in evidence.documents:
        assert doc.sha256 in other


# JSON: the stable contract, and a lossless round trip.


def test_json_round_trip_gives_the_same_evidence(evidence):
    assert json_file.evidence_from_dict(evidence_dict := json_file.evidence_to_dict(evidence)) == evidence
    assert json_file.evidence_from_dict(json.loads(json_file.render(evidence))) == evidence
    assert evidence_dict["reconcile_version"] == "0.1.0"


def test_json_follows_the_contract(evidence):
    d = json.loads(json_file.render(evidence))
    assert set(d) >= {
        "reconcile_version",
        "event",
        "documents",
        "sources",
        "claims",
        "rows",
        "other_event_rows",
    }
    assert {k: d["event"][k] for k in ("title", "date", "place")} == {
        "title": evidence.event_title, "date": "2023-05-03", "place": "Syria"
    }
    assert d["event"]["type"] == evidence.event_type and d["event"]["evidence"] == []
    doc_keys = {
        "id",
        "path",
        "title",
        "publisher",
        "published",
        "sha256",
        "chars",
        "size",
        "ingested_at",
        "url",
    }
    assert all(set(doc) >= doc_keys | {"format"} for doc in d["documents"])
    assert [doc["chars"] for doc in d["documents"]] == [len(doc.text) for doc in evidence.documents]
    assert all(set(s) >= {"id", "name", "aliases", "kind", "documents"} for s in d["sources"])
    claim_keys = {"id", "source_id", "document_id", "start", "end", "text", "cue", "quote", "certainty"}
    assert all(set(c) >= claim_keys | {"polarity", "via", "facets", "other_event"} for c in d["claims"])
    assert d["claims"][2]["facets"][1] == {
        "facet": "victim.age", "value": 56, "text": "56", "start": evidence.claims[2].facets[1].start,
        "end": evidence.claims[2].facets[1].end, "negated": False,
    }  # fmt: skip
    assert d["rows"][0]["cells"][0]["values"] == [56]
    assert set(d["rows"][0]) >= {"facet", "status", "reason", "note", "support", "cells"}
    assert d["other_event_rows"][0]["facet"] == "event.toll"
    assert d["problems"] == [
        {"path": "notes.docx", "message": "unsupported format; save it as .txt and run again"}
    ]


def test_json_is_sorted_indented_and_not_ascii_escaped(evidence):
    text = json_file.render(evidence).decode("utf-8")
    assert text.startswith('{\n  "claims": [')
    assert "Mesto’s family" in text
    assert text.endswith("}\n")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.tuples(inner, inner),
    max_leaves=6,
)


@given(value=json_values)
def test_facet_values_survive_the_round_trip(value):
    e = build_evidence()
    claim = e.claims[0]
    fv = FacetValue("victim.age", value, "x", claim.start, claim.start + 1)
    changed = dataclasses.replace(e, claims=(dataclasses.replace(claim, facets=(fv,)), *e.claims[1:]))
    assert json_file.evidence_from_dict(json.loads(json_file.render(changed))) == changed


def test_range_value_is_a_two_item_list(evidence):
    cell = dataclasses.replace(evidence.rows[0].cells[0], values=((55, 60),))
    row = dataclasses.replace(evidence.rows[0], cells=(cell,))
    d = json_file.evidence_to_dict(dataclasses.replace(evidence, rows=(row,)))
    assert d["rows"][0]["cells"][0]["values"] == [[55, 60]]


def test_reading_a_file_that_is_not_evidence_says_so(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="other.json: is not an evidence.json file"):
        json_file.read(path)


def test_reading_back_a_written_file(evidence, tmp_path):
    export(evidence, "json", tmp_path / "evidence.json")
    assert json_file.read(tmp_path / "evidence.json") == evidence


# ClaimReview JSON-LD.


def test_claimreview_without_verdicts_is_empty(evidence):
    assert claimreview.claim_reviews(evidence) == []
    assert claimreview.render(evidence) == b"[]\n"


def test_claimreview_reviews_each_claim_of_a_judged_row(evidence):
    verdict = {
        "rating": "disputed",
        "comment": "Ages differ.",
        "reviewer": "Desk",
        "url": "https://fc.example/1",
    }
    reviews = claimreview.claim_reviews(evidence, {"victim.age": verdict})
    family_claim = evidence.claims[2]
    assert [r["claimReviewed"] for r in reviews] == [evidence.claims[i].text for i in (2, 4, 5)]
    assert reviews[0] == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": family_claim.text,
        "reviewRating": {"@type": "Rating", "alternateName": "disputed"},
        "reviewBody": "Ages differ.",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Mesto’s family"},
            "appearance": {
                "@type": "CreativeWork",
                "url": "https://edition.cnn.com/",
                "headline": evidence.documents[0].title,
                "datePublished": "2023-05-23",
            },
        },
        "author": {"@type": "Organization", "name": "Desk"},
        "url": "https://fc.example/1",
    }
    assert reviews[1]["itemReviewed"]["author"] == {"@type": "Organization", "name": "White Helmets"}


def test_claimreview_can_target_some_claims(evidence):
    verdict = {
        "rating": "false",
        "comment": "",
        "reviewer": "Desk",
        "url": None,
        "claim_ids": [evidence.claims[4].id],
    }
    reviews = claimreview.claim_reviews(evidence, {"victim.age": verdict})
    assert [r["claimReviewed"] for r in reviews] == [evidence.claims[4].text]


def test_claimreview_verdict_without_rating_is_refused(evidence):
    with pytest.raises(CaseError, match="facet 'victim.age' has no rating"):
        claimreview.claim_reviews(evidence, {"victim.age": {"comment": "?"}})


# Atomic writes and output errors.


def test_writer_raising_midway_leaves_no_file(tmp_path):
    target = tmp_path / "evidence.md"
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write(b"half a table")
        raise RuntimeError("crash")
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_writer_raising_midway_keeps_the_previous_file(evidence, tmp_path, monkeypatch):
    target = tmp_path / "evidence.md"
    target.write_bytes(b"previous run")
    real_fdopen = os.fdopen

    class HalfWriter(io.RawIOBase):
        def __init__(self, fd, mode):
            self.file = real_fdopen(fd, mode)

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            self.file.close()

    monkeypatch.setattr(exports.os, "fdopen", HalfWriter)
    with pytest.raises(OutputError, match="No space left on device"):
        export(evidence, "md", target)
    assert target.read_bytes() == b"previous run"
    assert leftovers(tmp_path) == []


def test_renderer_failing_keeps_the_previous_file(evidence, tmp_path, monkeypatch):
    target = tmp_path / "evidence.md"
    target.write_bytes(b"previous run")

    def crash(_evidence):
        raise RuntimeError("crash")

    monkeypatch.setitem(RENDERERS, "md", crash)
    with pytest.raises(RuntimeError):
        export(evidence, "md", target)
    assert target.read_bytes() == b"previous run"
    assert leftovers(tmp_path) == []


def test_full_disk_raises_output_error_and_leaves_nothing(evidence, tmp_path, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exports.os, "fsync", no_space)
    target = tmp_path / "report.html"
    with pytest.raises(OutputError) as info:
        export(evidence, "html", target)
    message = str(info.value)
    assert message.startswith(f"Cannot write {target}: No space left on device; ")
    assert "\n" not in message
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_failed_rename_leaves_no_temporary_file(evidence, tmp_path, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(exports.os, "replace", refuse)
    with pytest.raises(OutputError, match="Permission denied"):
        export(evidence, "csv", tmp_path / "evidence.csv")
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_raises_output_error(evidence, tmp_path, monkeypatch):
    def read_only(**kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system", kwargs["dir"])

    monkeypatch.setattr(exports.tempfile, "mkdtemp", read_only)  # write_all stages the set in a folder beside
    with pytest.raises(OutputError, match=r"Cannot write .*: Read-only file system; choose a folder"):
        write_all(evidence, tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_really_read_only_folder_raises_output_error(evidence, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="Permission denied"):
            write_all(evidence, folder)
    finally:
        folder.chmod(0o755)


def test_output_folder_that_is_a_file_raises_output_error(evidence, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError, match="Cannot write .*out"):
        write_all(evidence, blocker)
    with pytest.raises(OutputError, match="Cannot write .*evidence.csv"):
        export(evidence, "csv", blocker / "evidence.csv")


def test_new_files_are_readable_by_others(evidence, tmp_path):
    export(evidence, "md", tmp_path / "evidence.md")
    assert (tmp_path / "evidence.md").stat().st_mode & 0o777 == 0o644


# Markdown: document text cannot break the table or become markup.


def test_markdown_escapes_pipes_newlines_and_tags(hostile):
    note = "two\nlines | and <b>tags</b> [x](javascript:alert(1))"
    row = dataclasses.replace(hostile.rows[0], note=note)
    text = markdown.render(dataclasses.replace(hostile, rows=(row, *hostile.rows[1:]))).decode("utf-8")
    table = [line for line in text.splitlines() if line.startswith("| ")]
    unescaped = [len(re.findall(r"(?<!\\)\|", line)) for line in table]
    assert len(table) == 2 + len(hostile.rows)
    assert set(unescaped) == {len(hostile.sources) + 4}
    assert SCRIPT not in text
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "two<br>lines \\| and \\<b\\>tags\\</b\\> \\[x\\](javascript:alert(1))" in text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a | b", "a \\| b"),
        ("line\nbreak", "line<br>break"),
        ("crlf\r\nbreak", "crlf<br>break"),
        ("<i>", "\\<i\\>"),
        ("*bold*", "\\*bold\\*"),
        ("back\\slash", "back\\\\slash"),
        ("Mesto’s family", "Mesto’s family"),
    ],
)
def test_md_escape(text, expected):
    assert markdown.md_escape(text) == expected
