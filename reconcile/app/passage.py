"""A claim shown in its document: a window of text with the content, cue, speaker and facet words marked.

Every piece of document text goes through html.escape before it is wrapped in a tag, so a hostile document
(`<script>...`) is shown as text. Claims carry offsets for their content and facets only; the cue and the speaker
are found as the occurrence nearest to the claim inside the window (they sit beside it, by construction).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from reconcile.model import Claim, Document, Source

WINDOW = 300
"""Characters shown on each side of the claim (about a paragraph)."""

LABELS = {"content": "CONTENT", "cue": "CUE", "speaker": "SPEAKER", "facet": "FACET"}
COLOURS = {"content": "#fff3b0", "cue": "#b9e3ff", "speaker": "#c8f2c2", "facet": "#ffc9c9"}
PRIORITY = ("content", "speaker", "cue", "facet")
"""Later labels win where spans overlap (a facet's words inside the content are marked as the facet)."""


def nearest(text: str, needle: str | None, start: int, end: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The occurrence of `needle` in text[lo:hi] nearest to start..end (case-insensitive), or None."""
    if not needle or not needle.strip():
        return None
    hay, wanted = text[lo:hi].casefold(), needle.casefold()
    best, at = None, hay.find(wanted)
    while at >= 0:
        span = (lo + at, lo + at + len(needle))
        distance = max(start - span[1], span[0] - end, 0)
        if best is None or distance < best[0]:
            best = (distance, span)
        at = hay.find(wanted, at + 1)
    return best[1] if best else None


def spans_of(
    claim: Claim, doc: Document, speaker_names: Sequence[str], lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """(start, end, label) of everything to mark for `claim` inside text[lo:hi]."""
    spans = [(claim.start, claim.end, "content")]
    cue = nearest(doc.text, claim.cue, claim.start, claim.end, lo, hi)
    if cue:
        spans.append((*cue, "cue"))
    for name in speaker_names:
        found = nearest(doc.text, name, claim.start, claim.end, lo, hi)
        if found:
            spans.append((*found, "speaker"))
            break
    spans += [(fv.start, fv.end, "facet") for fv in claim.facets if 0 <= fv.start < fv.end <= len(doc.text)]
    return spans


def _runs(items: Sequence[object]) -> list[tuple[int, int, object]]:
    """(start, end, item) of each stretch of equal items."""
    runs, i = [], 0
    while i < len(items):
        j = i
        while j < len(items) and items[j] == items[i]:
            j += 1
        runs.append((i, j, items[i]))
        i = j
    return runs


def _mark(text: str, label: str, *, tag: bool = True) -> str:
    sup = (
        f'<sup style="font-size:0.6em;font-weight:bold;margin-left:2px">{LABELS[label]}</sup>' if tag else ""
    )
    style = f"background:{COLOURS[label]};padding:0 2px;border-radius:3px"
    return f'<mark class="{label}" style="{style}">{text}{sup}</mark>'


def passage_html(claim: Claim, doc: Document, source: Source | None, *, window: int = WINDOW) -> str:
    """HTML of the passage around `claim` with its parts marked; all document text escaped."""
    lo, hi = max(0, claim.start - window), min(len(doc.text), claim.end + window)
    names = [source.name, *source.aliases] if source else []
    if doc.speaker:
        names.append(doc.speaker)
    spans = spans_of(claim, doc, names, lo, hi)
    inner: list[str | None] = [None] * (hi - lo)
    for start, end, kind in sorted(spans, key=lambda s: PRIORITY.index(s[2])):
        if kind != "content":
            for i in range(max(start, lo), min(end, hi)):
                inner[i - lo] = kind
    content = [claim.start <= lo + i < claim.end for i in range(hi - lo)]
    parts = ["…" if lo > 0 else ""]
    for a, b, in_content in _runs(content):
        pieces = []
        for c, d, label in _runs(inner[a:b]):
            text = html.escape(doc.text[lo + a + c : lo + a + d])
            if label == "facet":
                pieces.append(
                    f'<b style="text-decoration:underline;background:{COLOURS["facet"]}">{text}</b>'
                )
            else:
                pieces.append(_mark(text, label) if label else text)
        body = "".join(pieces)
        parts.append(_mark(body, "content") if in_content else body)
    parts.append("…" if hi < len(doc.text) else "")
    body = "".join(parts).replace("\n", "<br>")
    return f'<div class="reconcile-passage" style="line-height:1.9">{body}</div>'


def text_html(text: str, *, limit: int = 3000) -> str:
    """A document's text (its start) as escaped, preformatted HTML."""
    shown = text if len(text) <= limit else text[:limit] + "…"
    return f'<pre class="reconcile-document" style="white-space:pre-wrap">{html.escape(shown)}</pre>'
