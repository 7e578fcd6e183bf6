"""Long documents: parsed in paragraph-aligned pieces, offsets into the original text, the batch never stopped."""

from __future__ import annotations

import pytest

from reconcile.model import Document, Problem
from reconcile.nlp import annotate, chunks

NEWS = (
    'The ministry said three people were killed in the strike on Tuesday. "We saw the missile hit the market," '
    "a witness told reporters."
)
def document(name: str, text: str) -> Document:
    return Document(name, f"{name}.txt", text, name[0] * 64, len(text), "2026-01-01T00:00:00", "txt")


LATE = "Colonel Ruth Adebayo said 14 people were injured in the second blast."


def long_text(total: int = 1_100_000) -> str:
    """News at the start, filler paragraphs of long words, news again past spaCy's 1,000,000-character limit.

    The filler's words are long so the text has few tokens and the test stays quick; the last paragraph starts
    beyond max_length, so it is only read if the pieces are stitched back at their true offsets.
    """
    word = "lorem" * 12
    paragraph = " ".join([word] * 30)
    body = [NEWS]
    while sum(len(p) + 2 for p in body) < total - len(LATE) - 2000:
        body.append(paragraph)
    text = "\n\n".join([*body, LATE])
    return text + " " * (total - len(text))


@pytest.mark.parametrize(
    "text, limit",
    [
        ("one\n\ntwo\n\nthree four five", 8),
        ("a line\nanother line\nand a third", 10),
        ("No breaks at all but spaces here", 9),
        ("x" * 25, 10),
    ],
)
def test_pieces_rebuild_the_text_and_stay_under_the_limit(text, limit):
    parts = list(chunks.pieces(text, limit))
    assert "".join(parts) == text
    assert all(0 < len(p) <= limit for p in parts)


def test_a_paragraph_break_is_preferred_to_a_space():
    text = "first paragraph\n\nsecond one here"
    assert list(chunks.pieces(text, 20)) == ["first paragraph\n\n", "second one here"]


def test_a_long_document_among_good_ones_is_read_whole_with_offsets_into_the_original(nlp):
    long = document("long", long_text())
    short = document("short", NEWS)
    assert len(long.text) > nlp.max_length
    docs = list(annotate([short, long, short], nlp))
    assert [d.text for d in docs] == [short.text, long.text, short.text]
    late = long.text.index(LATE)
    assert late > nlp.max_length
    spans = docs[1].spans["attributions"]
    found = [s for s in spans if s.start_char >= late]
    assert found and all(long.text[s.start_char : s.end_char] == s.text for s in spans)
    assert found[0]._.speaker == "Ruth Adebayo"


def test_run_reads_the_long_document_and_the_good_ones(tmp_path, nlp):
    from reconcile.pipeline import run

    (tmp_path / "a-long.txt").write_text(long_text(), encoding="utf-8")
    (tmp_path / "b-short.txt").write_text(NEWS, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    assert {d.path.rsplit("/", 1)[-1] for d in evidence.documents} == {"a-long.txt", "b-short.txt"}
    texts = {d.id: d.text for d in evidence.documents}
    assert all(texts[c.document_id][c.start : c.end] == c.text for c in evidence.claims)
    assert any(c.start > 1_000_000 and "14 people" in c.text for c in evidence.claims)


def test_a_document_spacy_cannot_read_is_skipped_and_the_batch_goes_on(nlp, monkeypatch):
    def broken(nlp, text, **_):
        raise MemoryError("out of memory")

    monkeypatch.setattr(chunks, "parse_long", broken)
    long = document("long", long_text(200_000))
    short = document("short", NEWS)
    out = list(annotate([long, short], nlp))
    assert isinstance(out[0], Problem) and "long.txt" in out[0].message and "\n" not in out[0].message
    assert out[1].text == NEWS and len(out[1].spans["attributions"]) > 0
