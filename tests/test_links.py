"""URLs are passed on only as http(s): refused where given (verdict --url, case.toml), dropped where written."""

from __future__ import annotations

import dataclasses

import pytest
from case_fixture import make_extraction
from evidence_fixture import build_evidence

from reconcile.errors import CaseError
from reconcile.export import claimreview, html_page
from reconcile.ingest import ingest
from reconcile.links import web_url
from reconcile.store import CaseStore

HOSTILE = ["javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<script>x</script>",
           "file:///etc/passwd", "//evil.example/x", "https://", "https://evil.example/a b", "vbscript:x"]


@pytest.mark.parametrize("url", HOSTILE)
def test_anything_but_an_http_url_is_refused(url):
    assert web_url(url) is None


@pytest.mark.parametrize("url", ["https://www.example.org/fact-check", "http://example.org", " https://x.org/a?b=1 "])
def test_http_urls_pass(url):
    assert web_url(url) == url.strip()


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "case.sqlite"
    with CaseStore.create(path) as case_store:
        case_store.save_run(make_extraction(tmp_path))
    return path


def test_a_verdict_with_a_javascript_url_is_refused(store):
    with CaseStore.open(store) as case_store:
        with pytest.raises(CaseError, match="not an http"):
            case_store.decide("verdict", "victim.age", {"rating": "false", "url": HOSTILE[0]}, comment="wrong")
        assert case_store.decisions() == []
        case_store.decide("verdict", "victim.age", {"rating": "false", "url": "https://x.org/check"}, comment="ok")
        assert case_store.decisions()[0].payload["url"] == "https://x.org/check"


def test_claimreview_never_publishes_a_javascript_url():
    evidence = build_evidence()
    evidence = dataclasses.replace(
        evidence, documents=tuple(dataclasses.replace(d, url=HOSTILE[0]) for d in evidence.documents)
    )
    verdict = {"rating": "false", "comment": "c", "reviewer": "r", "url": HOSTILE[1]}  # an older store's value
    reviews = claimreview.claim_reviews(evidence, {"victim.age": verdict})
    assert reviews
    text = claimreview.render(evidence, {"victim.age": verdict}).decode("utf-8").lower()
    assert "javascript" not in text


def test_the_report_shows_a_javascript_url_as_text_only():
    evidence = build_evidence()
    evidence = dataclasses.replace(
        evidence, documents=tuple(dataclasses.replace(d, url=HOSTILE[0]) for d in evidence.documents)
    )
    page = html_page.render(evidence).decode("utf-8")
    assert 'href="javascript' not in page.lower() and "javascript:alert" in page


def test_a_manifest_with_a_javascript_url_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said 12 people died.", encoding="utf-8")
    (tmp_path / "case.toml").write_text('[documents."a.txt"]\nurl = "javascript:alert(1)"\n', encoding="utf-8")
    with pytest.raises(CaseError, match=r'url = .*not an http\(s\) address'):
        ingest([tmp_path])
