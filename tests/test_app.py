"""The review app driven through streamlit.testing.v1.AppTest: add the example case, run, inspect, correct."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.app.case import AppCase, safe_file_name

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
MAIN = str(ROOT / "reconcile" / "app" / "main.py")
EXAMPLE = ROOT / "data" / "examples" / "syria-strike-2023"
HOSTILE = 'The mayor said "<script>alert(1)</script>" was found at the site, and 12 people died.'


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("RECONCILE_STORE", str(tmp_path / "cases"))
    monkeypatch.setenv("RECONCILE_CASE", "syria")
    monkeypatch.setenv("RECONCILE_REVIEWER", "tester")
    monkeypatch.setenv("RECONCILE_DOCUMENTS", str(ROOT / "data"))  # as `reconcile app --documents data`
    return AppTest.from_file(MAIN, default_timeout=60).run()


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _evidence(at: AppTest):
    return next(d.value for d in at.dataframe if "facet" in d.value.columns)


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _run_example(at: AppTest) -> AppTest:
    at.text_input(key="server_path").set_value(str(EXAMPLE))
    _button(at, "Add path").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return _button(at, "Run / re-run pipeline").click().run()


@pytest.mark.parametrize(
    "name, safe",
    [
        ("../../etc/passwd", "passwd"),
        ("..\\evil.txt", "evil.txt"),
        ("a b/c d.html", "c_d.html"),
        ("...", "upload.txt"),
    ],
)
def test_upload_names_are_sanitised(name, safe):
    assert safe_file_name(name) == safe


def test_upload_stays_in_case_folder(tmp_path):
    case = AppCase.open("c1", store_env=str(tmp_path))
    case.add_upload("../../escape.txt", b"The mayor said 12 people died.")
    saved = [Path(item["path"]) for item in case.pending()]
    assert len(saved) == 1 and saved[0].parent == case.folder.resolve()
    assert not (tmp_path.parent / "escape.txt").exists()


def test_example_case_conflict_context_and_review(app):
    at = _run_example(app)
    assert not at.exception, at.exception
    table = _evidence(at)
    age = table[table["facet"] == "victim.age"]
    assert "conflict" in age["status"].iloc[0]
    assert any("56" in str(v) for v in age.iloc[0]) and any("60" in str(v) for v in age.iloc[0])
    assert any("(family, –)" in column for column in table.columns)

    at.selectbox(key="context_row").set_value("victim.age").run()
    family = next(o for o in at.selectbox(key="context_source").options if "family" in o.lower())
    at.selectbox(key="context_source").select(family).run()
    html = _markdown(at)
    assert 'class="reconcile-passage"' in html and "56" in html and 'class="cue"' in html
    assert "sha256" in html

    brother = next(o for o in at.selectbox(key="claim_source").options if o == "his brother")
    at.radio(key="claim_action").set_value("reassign")
    at.selectbox(key="claim_source").select(brother)
    _button(at, "Save claim decision").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("now said by his brother" in s.value for s in at.success)
    log = at.table[0].value
    assert "reassign" in set(log["action"]) and "run" in set(log["action"])
    assert "now said by his brother" in _markdown(at)


def test_the_reason_for_each_merge_is_shown(app):
    at = _run_example(app)
    reasons = "\n".join(t.value for t in at.text)
    assert "Ryder (Patride)" in reasons and "never introduced" in reasons
    assert "White Helmets" in reasons and "names one as the other" in reasons


def test_verdict_needs_comment_then_saves(app):
    at = _run_example(app)
    at.selectbox(key="verdict_row").set_value("victim.age")
    at.selectbox(key="verdict_rating").set_value("disputed")
    _button(at, "Save verdict").click().run()
    assert any("needs a comment" in e.value for e in at.error)
    at.text_area(key="verdict_comment").input("Family and White Helmets differ")
    _button(at, "Save verdict").click().run()
    assert not at.error
    table = _evidence(at)
    assert table[table["facet"] == "victim.age"]["verdict"].iloc[0] == "disputed"


def test_hostile_text_is_shown_as_text(app):
    at = app
    at.text_area(key="paste_text").input(HOSTILE)
    at.text_input(key="paste_source").input("<b>Mayor</b>")
    _button(at, "Add pasted text").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    html = _markdown(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    _button(at, "Run / re-run pipeline").click().run()
    assert not at.exception
    html = _markdown(at)
    assert "<script>" not in html and "<b>Mayor</b>" not in html


def test_exports_offered(app):
    at = _run_example(app)
    labels = {b.label for b in at.get("download_button")}
    assert {"CSV", "XLSX", "JSON", "Markdown", "HTML report", "ClaimReview"} <= labels
