"""Reading a folder of accounts of one event into Documents, with a Problem for each file that cannot be used.

`ingest` is the first stage of the pipeline. It picks a reader by suffix (or by `format` for every file), reads
each file on its own so that one broken file is reported and skipped while the rest of the batch still runs,
and applies the metadata of a `case.toml` found in a given folder.

Example:
    docs, problems, case = ingest(["data/examples/syria-strike-2023"])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reconcile.errors import InputError, UsageError
from reconcile.ingest.folders import Found, find_files, iter_roots
from reconcile.ingest.header import apply_header
from reconcile.ingest.header_dates import complete_years
from reconcile.ingest.manifest import CaseInfo, Manifest, read_manifest
from reconcile.ingest.plain_text import read_plain_text
from reconcile.ingest.received import MAX_DOCUMENT_BYTES, Received, receive
from reconcile.ingest.spreadsheet import read_spreadsheet
from reconcile.ingest.tweets import MAX_JSON_DEPTH, MAX_TWEETS, read_tweets
from reconcile.ingest.web_page import read_web_page
from reconcile.model import Document, Problem

__all__ = ["FORMATS", "MAX_DOCUMENT_BYTES", "MAX_JSON_DEPTH", "MAX_TWEETS", "SUFFIXES", "ingest"]

Reader = Callable[[Received], Sequence[Document | Problem]]

FORMATS: dict[str, Reader] = {
    "txt": read_plain_text,
    "html": read_web_page,
    "json": read_tweets,
    "csv": read_spreadsheet,
}
SUFFIXES = {
    ".txt": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "json",
    ".csv": "csv",
    ".tsv": "csv",
}
SUPPORTED = "supported: " + " ".join(SUFFIXES)


def ingest(
    paths: Sequence[str | Path], *, format: str | None = None
) -> tuple[list[Document], list[Problem], CaseInfo]:
    """Reads every document under `paths` (files and folders, folders recursively in sorted order).

    Args:
        paths: files and/or folders; a folder's case.toml names the event and fills in document metadata.
        format: "txt", "html", "json" or "csv" to read every file with that reader whatever its suffix.

    Returns:
        The documents in file order, a Problem for each file or row skipped, and the case from case.toml.

    Raises:
        InputError: a path does not exist, or no readable document was found at all.
        CaseError: a case.toml is malformed.
        UsageError: `format` is not one of FORMATS.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("(no paths)", "no documents given", "pass one or more files or folders")
    if format is not None and format not in FORMATS:
        raise UsageError(f"format {format!r} is invalid; it must be one of {', '.join(FORMATS)}")
    found, problems = find_files(paths)
    manifests = {
        manifest.path.parent: manifest for root in iter_roots(paths) if (manifest := read_manifest(root))
    }
    companions = {path for manifest in manifests.values() for path in manifest.companions()}
    found = [item for item in found if os.path.realpath(item.path) not in companions]
    documents = _read_all(found, format, manifests, problems)
    for manifest in manifests.values():
        problems.extend(
            manifest.unmatched({item.relative for item in found if item.root == manifest.path.parent})
        )
    if not documents:
        raise _nothing_readable(paths, problems)
    case = next((manifest.case for manifest in manifests.values()), CaseInfo())
    return documents, problems, case


def _read_all(
    found: list[Found], format: str | None, manifests: dict[Path, Manifest], problems: list[Problem]
) -> list[Document]:
    """Reads each file in turn, turning what goes wrong in one file into a Problem and moving on."""
    ingested_at = datetime.now(UTC).isoformat(timespec="seconds")
    documents: list[Document] = []
    first_with_hash: dict[str, str] = {}
    for item in found:
        reader = FORMATS.get(format or SUFFIXES.get(item.path.suffix.lower(), ""))
        try:
            if reader is None:
                raise _unsupported(item)
            received = receive(item, ingested_at)
            if received.sha256 in first_with_hash:
                raise _duplicate(item, first_with_hash[received.sha256])
            first_with_hash[received.sha256] = item.shown
            readings = reader(received)
        except InputError as err:
            problems.append(Problem(item.shown, str(err)))
            continue
        manifest = manifests.get(item.root) if item.root is not None else None
        overrides = manifest.fields_for(item.relative or "") if manifest else {}
        for reading in readings:
            if isinstance(reading, Problem):
                problems.append(reading)
            else:
                documents.append(_with_overrides(apply_header(reading), _for_row(overrides, reading, readings)))
    return complete_years(documents)


def _for_row(overrides: dict[str, str], reading: Document, readings: Sequence[object]) -> dict[str, str]:
    """A manifest's date is the file's; a row of a spreadsheet that gives its own date keeps it: "At 03:52 today"
    in a row dated 2024-04-16 is that day, not the day the file of updates was last published."""
    if len(readings) > 1 and reading.published and "published" in overrides:
        return {k: v for k, v in overrides.items() if k != "published"}
    return overrides


def _with_overrides(document: Document, overrides: dict[str, str]) -> Document:
    """The manifest's fields over the header's: an inferred field the manifest replaced leaves the trail."""
    if not overrides:
        return document
    kept = tuple(i for i in document.inferred if i.field not in overrides)
    fields: dict[str, Any] = dict(overrides)  # the manifest's names are Document's str fields
    return replace(document, **fields, inferred=kept)


def _unsupported(item: Found) -> InputError:
    suffix = item.path.suffix or "no suffix"
    return InputError(
        item.shown, f"has an unsupported type ({suffix}); skipped", f"{SUPPORTED}, or pass --input-format"
    )


def _duplicate(item: Found, first: str) -> InputError:
    return InputError(
        item.shown,
        f"has the same bytes as {first}; skipped so the account is not counted twice",
        "remove one copy",
    )


def _nothing_readable(paths: Sequence[str | Path], problems: list[Problem]) -> InputError:
    shown = ", ".join(str(path) for path in paths)
    reason = f" ({len(problems)} skipped; first: {problems[0].message})" if problems else ""
    return InputError(shown, f"no readable documents{reason}", SUPPORTED)
