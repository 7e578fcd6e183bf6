"""Which URLs reconcile passes on: http and https only.

A URL given by a user (`review verdict --url`), a case.toml or a document's metadata ends up as a link in
ClaimReview JSON-LD, which fact-check sites and search engines render, and in the HTML report. A `javascript:`,
`data:` or `file:` URL there runs code or reads files in the reader's browser (issue 19), so anything that is not an
absolute http(s) URL with a host is refused where it is given and left out where it is written.
"""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def web_url(value: object) -> str | None:
    """The URL stripped, if it is an absolute http(s) URL with a host and no spaces or control characters; else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in WEB_SCHEMES and parts.hostname else None
