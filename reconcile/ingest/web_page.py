"""Web pages: the article's main text and its byline, found by trafilatura.

Menus, footers, related-story lists and reader comments are not part of the account, and a page saved from a
browser is mostly those; trafilatura's boilerplate removal is tested on news sites, which hand-written tag
stripping is not. The Document's text is trafilatura's output, so offsets point into the article text, not the
HTML; its sha256 is still the hash of the saved page's bytes.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import trafilatura

from reconcile.errors import InputError
from reconcile.ingest.decoding import decode, normalise_newlines
from reconcile.ingest.received import Received
from reconcile.model import Document, Inferred

MIN_ARTICLE_CHARACTERS = 40
"""Fewer non-space characters than a short sentence: what is left of a login form, error or cookie page."""

# Document field <- trafilatura metadata attribute.
_METADATA = {"title": "title", "author": "author", "published": "date", "publisher": "sitename", "url": "url"}


def read_web_page(received: Received) -> list[Document]:
    """Reads the article in one saved HTML page, with title, author, date and site name when the page has them."""
    html = decode(received.data, received.shown)
    try:
        article = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as err:  # a parser failing on one odd page must not stop the batch
        raise InputError(
            received.shown,
            f"could not be parsed as HTML ({type(err).__name__}: {err})",
            "pass --input-format txt to read it raw",
        ) from err
    text = normalise_newlines(getattr(article, "text", None) or "")
    if len("".join(text.split())) < MIN_ARTICLE_CHARACTERS:
        raise InputError(
            received.shown,
            "no article text found (is it a login or index page?)",
            "pass --input-format txt to read it raw",
        )
    fields: dict[str, Any] = {field: _clean(getattr(article, name, None)) for field, name in _METADATA.items()}
    inferred: tuple[Inferred, ...] = ()
    if fields["publisher"] is None and (site := _site_in_title(html)) is not None:
        fields["publisher"] = site
        inferred = (Inferred("publisher", site, 0, 0, "site name after the page <title> (not in the article text)"),)
    return [received.document(text, "html", inferred=inferred, **fields)]


def _site_in_title(html: str) -> str | None:
    """"Our count: ... | Kessling Courier": a site names itself after a bar or dash at the end of its <title>; after a
    hyphen ("Dam gives way - Kessling Courier") only a name in capitals is a site, not the rest of a headline."""
    title = re.search(r"<title[^>]*>([^<]{1,300})</title>", html, re.I)
    match = re.search(r"\s[|–—]\s+([^|–—]{2,50}?)\s*$", title.group(1)) if title else None
    if title and not match:
        hyphen = re.search(r"\s-\s+([^|–—\-]{2,50}?)\s*$", title.group(1))
        words = hyphen.group(1).split() if hyphen else []
        match = hyphen if words and len(words) <= 5 and all(w[0].isupper() for w in words) else None
    return unescape(match.group(1)).strip() if match else None


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
