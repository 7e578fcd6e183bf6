"""Bytes to text, changing nothing a later offset could depend on except the line endings.

Every character offset computed downstream points into the string returned here, so the only changes made are:
the byte-order mark is dropped, and "\\r\\n" and lone "\\r" become "\\n" so that the same account saved on Windows
and on Linux yields the same offsets. Zero-width, right-to-left and other invisible characters are kept.

Encodings: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; otherwise strict UTF-8; otherwise the encoding that
charset-normalizer detects. When several single-byte encodings decode the bytes equally well (common for a short
text with a few accented letters), Windows-1252 is taken, since that is what Western office software writes.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from reconcile.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Without a BOM, UTF-16/32 text is full of NUL bytes and is refused as binary; charset-normalizer must not
# "find" UTF-16 in a short Latin-1 file either.
_NOT_DETECTED = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "utf_7"]
_WESTERN = "cp1252"


def decode(data: bytes, shown: str) -> str:
    """Decodes `data` (the bytes of the file shown as `shown`) and normalises line endings to "\\n".

    Raises:
        InputError: the file is empty or whitespace only, or looks binary (NUL bytes, or no encoding fits).
    """
    text = _decode(data, shown)
    if "\x00" in text:
        raise _binary(shown)
    if not text.strip():
        raise InputError(shown, "is empty", "remove it or fill it with the account's text")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """Turns "\\r\\n" and lone "\\r" into "\\n", so offsets do not depend on the platform that saved the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, shown: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise _binary(shown) from None
    if b"\x00" in data:
        raise _binary(shown)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data, shown)


def _detect(data: bytes, shown: str) -> str:
    matches = list(charset_normalizer.from_bytes(data, cp_exclusion=_NOT_DETECTED))
    if not matches:
        raise _binary(shown)
    best = matches[0]
    for match in matches:
        tied = match.chaos <= best.chaos and match.coherence >= best.coherence
        if tied and _WESTERN in match.could_be_from_charset:
            return data.decode(_WESTERN)
    return str(best)


def _binary(shown: str) -> InputError:
    return InputError(
        shown,
        "looks binary, not text (no text encoding fits its bytes)",
        "convert it to UTF-8 text or remove it from the folder",
    )
