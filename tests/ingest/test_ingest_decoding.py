"""Decoding: byte-order marks, UTF-16, Windows-1252 and friends, line endings, invisible characters kept."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from reconcile.errors import InputError
from reconcile.ingest import ingest
from reconcile.ingest.decoding import decode

NAMES = "Zoë Müller said the strike hit at dawn; Lutfi (لطفي) said it was at noon.\n"
LATIN = "Zoë Müller told the café owner: “Three died” — naïve façade résumé.\n"


@pytest.mark.parametrize(
    "data, expected",
    [
        (NAMES.encode("utf-8"), NAMES),
        (codecs.BOM_UTF8 + NAMES.encode("utf-8"), NAMES),
        (NAMES.encode("utf-16"), NAMES),
        (codecs.BOM_UTF16_BE + NAMES.encode("utf-16-be"), NAMES),
        (codecs.BOM_UTF16_LE + NAMES.encode("utf-16-le"), NAMES),
        (NAMES.encode("utf-32"), NAMES),
        (LATIN.encode("cp1252"), LATIN),
        ("Zoë Müller said so.".encode("latin-1"), "Zoë Müller said so."),
        ("Zoë\n".encode("cp1252"), "Zoë\n"),
        ("قال لطفي إن الضربة وقعت فجراً".encode("cp1256"), "قال لطفي إن الضربة وقعت فجراً"),
        (
            "Он сказал, что удар был нанесён на рассвете.".encode("cp1251"),
            "Он сказал, что удар был нанесён на рассвете.",
        ),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16",
        "utf16-be",
        "utf16-le",
        "utf32",
        "cp1252",
        "latin1",
        "cp1252-short",
        "cp1256-arabic",
        "cp1251-cyrillic",
    ],
)
def test_encodings_are_detected_and_the_bom_dropped(data, expected):
    assert decode(data, "x.txt") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("one\r\ntwo\r\n", "one\ntwo\n"),
        ("one\rtwo\r", "one\ntwo\n"),
        ("one\r\n\r\ntwo", "one\n\ntwo"),
        ("mixed\r\nold mac\rnew\n", "mixed\nold mac\nnew\n"),
    ],
)
def test_line_endings_become_newlines(text, expected):
    assert decode(text.encode("utf-8"), "x.txt") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lutfi\u200b said\u200d two died.",  # zero-width space and joiner
        "\u200fلطفي\u200e (Lutfi) said two died.",  # right-to-left and left-to-right marks
        "\u202eReversed\u202c text and a soft\u00adhyphen.",  # bidi override and soft hyphen
        "Word\ufeffjoiner inside the text.",  # a U+FEFF that is not at the start is a character, not a BOM
    ],
)
def test_invisible_characters_are_kept_so_offsets_stay_exact(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    docs, _, _ = ingest([path])
    assert docs[0].text == text
    assert docs[0].text.rindex(" ") == text.rindex(" ")


def test_hash_and_size_are_of_the_raw_bytes_not_the_decoded_text(tmp_path):
    raw = codecs.BOM_UTF16_LE + "Zoë said two.\r\n".encode("utf-16-le")
    path = tmp_path / "zoë müller.txt"
    path.write_bytes(raw)
    docs, _, _ = ingest([path])
    assert docs[0].text == "Zoë said two.\n"
    assert docs[0].sha256 == hashlib.sha256(raw).hexdigest()
    assert docs[0].size == len(raw)
    assert docs[0].path.endswith("zoë müller.txt")


def test_an_arabic_file_name_beside_its_transliteration(tmp_path):
    (tmp_path / "لطفي.txt").write_text("لطفي said the strike was at noon.", encoding="utf-8")
    (tmp_path / "Lutfi.txt").write_text("Lutfi said the strike was at noon.", encoding="cp1252")
    docs, problems, _ = ingest([tmp_path])
    assert problems == []
    assert sorted(doc.text for doc in docs) == sorted(
        ["لطفي said the strike was at noon.", "Lutfi said the strike was at noon."]
    )


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        (b" \n\t\r\n ", "is empty"),
        (codecs.BOM_UTF8, "is empty"),
        (codecs.BOM_UTF16_LE, "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary, not text"),
        ("no BOM UTF-16".encode("utf-16-le"), "looks binary, not text"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "looks binary, not text"),  # a lone surrogate
        (bytes(range(0x80, 0x100)) * 8, "looks binary, not text"),
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-only",
        "utf16-bom-only",
        "png",
        "utf16-no-bom",
        "bad-utf16",
        "high-bytes",
    ],
)
def test_empty_and_binary_bytes_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")
