"""Web pages: the article text and byline come from trafilatura; pages without an article are reported."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reconcile.ingest import ingest

ARTICLE = """<!doctype html>
<html><head><title>Strike kills three | Example News</title>
<meta charset="utf-8">
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-06T10:00:00Z">
<link rel="canonical" href="https://example.com/strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Strike kills three</h1>
<p>Three people were killed in a strike on Tuesday, the ministry said in a statement.</p>
<p>Zoë Müller, a witness, said she heard two blasts shortly after dawn.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def read(tmp_path: Path, name: str, content: str | bytes, **options):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    (tmp_path / "other.txt").write_text("Another account, so the batch is never empty.")
    docs, problems, _ = ingest([tmp_path], **options)
    return [doc for doc in docs if doc.path.endswith(name)], problems


def test_article_text_and_byline_come_from_the_page(tmp_path):
    docs, problems = read(tmp_path, "story.html", ARTICLE)
    assert problems == []
    (doc,) = docs
    assert "Three people were killed in a strike on Tuesday" in doc.text
    assert "Zoë Müller, a witness" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text
    assert (doc.format, doc.title, doc.author, doc.published, doc.publisher, doc.url) == (
        "html",
        "Strike kills three",
        "Jane Roe",
        "2024-03-06",
        "Example News",
        "https://example.com/strike",
    )
    assert doc.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()


def test_a_windows_1252_page_is_decoded(tmp_path):
    docs, _ = read(
        tmp_path, "story.htm", ARTICLE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    )
    assert "Zoë Müller, a witness" in docs[0].text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Log in</title></head><body><form><input name=u><input type=password><button>Log in"
        + "</button></form></body></html>",
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
    ],
    ids=["login-form", "empty-body", "script-only"],
)
def test_a_page_without_an_article_is_a_problem_that_names_the_fix(tmp_path, page):
    docs, problems = read(tmp_path, "login.html", page)
    assert docs == []
    assert problems[0].message.endswith(
        "login.html: no article text found (is it a login or index page?); pass --input-format txt to read it raw"
    )


def test_format_txt_reads_the_page_raw(tmp_path):
    page = "<html><body><form>Log in</form></body></html>"
    docs, _ = read(tmp_path, "login.html", page, format="txt")
    assert [doc.text for doc in docs] == [page]
