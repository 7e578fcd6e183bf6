"""A file as received: its raw bytes and the provenance every Document made from it carries.

The hash is taken over the raw bytes, before any decoding, so a reviewer can check a Document against the file
on disk with `sha256sum`. Ids derive from that hash: a file's single Document gets `short_hash(sha256)`, and the
N-th account in a multi-account file (a CSV row, a tweet in a list) gets `short_hash(sha256, N)` and the path
suffix `#row=N` / `#tweet=N`, so a re-run over the same bytes yields the same ids.
"""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass
from typing import Any

from reconcile.errors import InputError
from reconcile.ingest.folders import Found
from reconcile.model import Document, short_hash

MAX_DOCUMENT_BYTES = 20_000_000
"""Files above 20 MB are refused: no single account of an event is that long, and reading one would stall a run."""


@dataclass(frozen=True)
class Received:
    """The bytes of one file and what is known about it before a reader looks inside."""

    shown: str
    data: bytes
    sha256: str
    ingested_at: str
    suffix: str
    """The lower-cased suffix (".tsv", ".jsonl"): some readers parse differently by it."""

    def document(
        self, text: str, format: str, *, index: int | None = None, anchor: str = "", **fields: Any
    ) -> Document:
        """Builds a Document from this file; pass `index` and `anchor` ("row", "tweet") for the N-th of many."""
        if index is None:
            doc_id, path = short_hash(self.sha256), self.shown
        else:
            doc_id, path = short_hash(self.sha256, index), f"{self.shown}#{anchor}={index}"
        return Document(
            id=doc_id,
            path=path,
            text=text,
            sha256=self.sha256,
            size=len(self.data),
            ingested_at=self.ingested_at,
            format=format,
            **fields,
        )


def receive(found: Found, ingested_at: str) -> Received:
    """Reads the raw bytes of `found`, refusing non-files and files over MAX_DOCUMENT_BYTES before reading them."""
    limit = MAX_DOCUMENT_BYTES
    try:
        info = found.path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(found.shown, "is not a regular file", "pass a text file or a folder")
        if info.st_size > limit:
            raise _too_large(found.shown, info.st_size, limit)
        with found.path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise InputError(
            found.shown, f"cannot be read ({err.strerror})", "check that it exists and is readable"
        ) from err
    if len(data) > limit:
        raise _too_large(found.shown, len(data), limit)
    return Received(
        shown=found.shown,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        ingested_at=ingested_at,
        suffix=found.path.suffix.lower(),
    )


def _too_large(shown: str, size: int, limit: int) -> InputError:
    return InputError(
        shown,
        f"is {size:,} bytes, over the limit of {limit:,} bytes ({limit / 1e6:g} MB) for one document",
        "split it into smaller files",
    )
