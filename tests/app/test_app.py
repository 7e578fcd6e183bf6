"""The review app driven through streamlit.testing.v1.AppTest: add the example case, run, inspect, correct."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.app.case import AppCase, safe_file_name

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
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
    """The table by source (the example's thirteen sources open it by value)."""
    if at.radio(key="table_view").value != "By source":
        at.radio(key="table_view").set_value("By source").run()
    return next(d.value for d in at.dataframe if "verdict" in d.value.columns)


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
    by_value = next(d.value for d in at.dataframe if "value 1" in d.value.columns)
    age = by_value[by_value["facet"] == "victim.age"].iloc[0]
    assert {age["value 1"], age["value 2"]} == {"56 — The family (via CNN)", "60 — White Helmets (via CNN)"}
    table = _evidence(at)
    age = table[table["facet"] == "victim.age"]
    assert "conflict" in age["status"].iloc[0]
    assert any("56" in str(v) for v in age.iloc[0]) and any("60" in str(v) for v in age.iloc[0])
    assert any("(family, –)" in column for column in table.columns)
    assert list(table.columns[:2]) == ["facet", "status"]

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


def test_the_dispute_comes_first_with_each_value_and_its_sources(app):
    at = _run_example(app)
    html = _markdown(at)
    disputed = html[html.index('class="reconcile-conflicts"') :]
    disputed = disputed[: disputed.index("</ul>")]
    age = disputed[disputed.index('data-facet="victim.age"') :].split("</li>")[0]
    assert "56</b> — The family" in age and "60</b> — White Helmets" in age and "via CNN" in age
    status = disputed[disputed.index('data-facet="victim.status"') :].split("</li>")[0]
    assert "senior al qaeda leader</b> — U.S. Central Command" in status
    assert "civilian</b> —" in status and "farmer</b> —" in status
    assert 'data-facet="actor"' not in disputed  # CENTCOM, the US and "Central Command strike" name one actor
    # the date agrees: Ryder's "they went on that strike on May 3" meets Central Command's "May 3"; so does the
    # investigation: the defense officials who say a review "had not yet been launched" also say it is under way
    assert any(e.label.startswith("Agreed (10) · Said by one source (2)") for e in at.expander)


def test_columns_are_grouped_by_party_foldable_and_empty_ones_hidden(app):
    at = _run_example(app)
    table = _evidence(at)
    sources = [c for c in table.columns if "›" in c]
    parties = [c.split(" › ")[0] for c in sources]
    assert parties == sorted(parties, key=parties.index)  # each party's columns stand together
    assert "Military › U.S. Central Command (military, –)" in sources
    assert not any("other officials" in c for c in sources)  # nothing on the main rows
    at.checkbox(key="show_empty").check().run()
    assert any("other officials" in c for c in _evidence(at).columns)
    at.checkbox(key="show_empty").uncheck().run()
    at.button_group(key="fold_parties").set_value(["Family"]).run()
    folded = _evidence(at)
    family = next(c for c in folded.columns if c.startswith("Family ("))
    age = folded[folded["facet"] == "victim.age"][family].iloc[0]
    assert age == "The family: 56"
    assert not any(c.startswith("Family ›") for c in folded.columns)


def test_ratings_start_not_assessed_and_need_a_choice(app):
    at = _run_example(app)
    for key in ("verdict_rating", "reliability_rating", "credibility_rating"):
        assert at.selectbox(key=key).value is None
    assert at.radio(key="claim_action").value is None
    at.selectbox(key="verdict_row").set_value("victim.age")
    at.text_area(key="verdict_comment").input("Family and White Helmets differ")
    _button(at, "Save verdict").click().run()
    assert any("Choose a verdict" in e.value for e in at.error)
    _button(at, "Rate source").click().run()
    assert any("Choose a reliability" in e.value for e in at.error)
    with AppCase.open("syria", store_env=at_store(at)).store() as store:
        assert store.decisions() == []


def at_store(at: AppTest) -> str:
    import os

    return os.environ["RECONCILE_STORE"]


def test_a_decision_needs_the_reviewers_name(app):
    at = _run_example(app)
    at.text_input(key="reviewer").set_value("").run()
    at.selectbox(key="verdict_row").set_value("victim.age")
    at.selectbox(key="verdict_rating").set_value("disputed")
    at.text_area(key="verdict_comment").input("Family and White Helmets differ")
    _button(at, "Save verdict").click().run()
    assert any("Enter your name" in e.value for e in at.error)
    at.text_input(key="reviewer").set_value("B. Checker").run()
    _button(at, "Save verdict").click().run()
    assert not at.error
    with AppCase.open("syria", store_env=at_store(at)).store() as store:
        assert [d.reviewer for d in store.decisions()] == ["B. Checker"]
