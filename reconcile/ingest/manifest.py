"""The case manifest: an optional `case.toml` that names the event and fills in what files cannot say.

A saved article rarely carries its outlet or publication date in a form a reader can trust, and a tweet export
never says which case it belongs to, so the journalist states them once:

    [event]
    title = "U.S. strike in north-western Syria"; date = 2023-05-03; place = "Syria"; aliases = "aliases.toml"
    [documents."cnn_report.txt"]
    title = "..."; publisher = "CNN"; author = "..."; published = 2023-05-23; url = "..."; speaker = "..."

Values given here override what a reader found in the file. Dates may be TOML dates or "YYYY-MM-DD" strings.
Unknown keys (a `note`, say) are ignored; a value of the wrong type is an error, because a silently dropped
publication date would later surface as a puzzling timeline.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reconcile.errors import CaseError, InputError
from reconcile.ingest.folders import MANIFEST_NAME
from reconcile.links import web_url
from reconcile.model import CaseInfo, Problem

DOCUMENT_FIELDS = ("title", "publisher", "author", "published", "url", "speaker")
_DATE_FIELDS = {"date", "published"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Manifest:
    """One parsed case.toml: the event, and Document fields by file path relative to its folder."""

    path: Path
    case: CaseInfo
    documents: dict[str, dict[str, str]] = field(default_factory=dict)

    def fields_for(self, relative: str) -> dict[str, str]:
        """The fields case.toml sets for the file at `relative` (forward slashes), to override the reader's."""
        return self.documents.get(relative, {})

    def companions(self) -> set[str]:
        """Real paths of the files case.toml itself refers to (the alias file): not accounts, so not read."""
        return {os.path.realpath(self.case.aliases_file)} if self.case.aliases_file else set()

    def unmatched(self, relatives: set[str | None]) -> list[Problem]:
        """A Problem for each [documents] entry that names no file in the folder (a typo would go unseen)."""
        problems = []
        for name in self.documents:
            if name not in relatives:
                error = InputError(
                    self.path,
                    f'[documents."{name}"] names no file in the folder',
                    "fix the file name or remove the entry",
                )
                problems.append(Problem(str(self.path), str(error)))
        return problems


def read_manifest(folder: Path) -> Manifest | None:
    """Parses `folder`/case.toml; None when there is none.

    Raises:
        CaseError: the file is not valid TOML, or a known key has a value of the wrong type.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise CaseError(f"{path}: invalid TOML ({err}); fix that line (text values need quotes)") from err
    except UnicodeDecodeError as err:
        raise CaseError(f"{path}: is not UTF-8 text; save it as UTF-8") from err
    event = _table(table, "event", path)
    aliases = _text(event, "aliases", path, "[event]")
    if aliases is not None and not (folder / aliases).is_file():
        raise CaseError(
            f"{path}: [event] aliases = {aliases!r} names no file in {folder}; fix the name or remove it"
        )
    case = CaseInfo(
        title=_text(event, "title", path, "[event]"),
        date=_text(event, "date", path, "[event]"),
        place=_text(event, "place", path, "[event]"),
        aliases_file=(folder / aliases).as_posix() if aliases is not None else None,
    )
    documents = {
        _key(name): _document_fields(entry, path, f'[documents."{name}"]')
        for name, entry in _table(table, "documents", path).items()
    }
    return Manifest(path, case, documents)


def _document_fields(entry: object, path: Path, where: str) -> dict[str, str]:
    if not isinstance(entry, dict):
        raise CaseError(f"{path}: {where} must be a table of fields ({', '.join(DOCUMENT_FIELDS)}); fix it")
    fields = {name: _text(entry, name, path, where) for name in DOCUMENT_FIELDS}
    if fields["url"] is not None and web_url(fields["url"]) is None:
        raise CaseError(f"{path}: {where} url = {fields['url']!r} is not an http(s) address; give the https:// page")
    return {name: value for name, value in fields.items() if value is not None}


def _table(table: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise CaseError(f"{path}: '{key}' must be a table ([{key}]), not {value!r}; fix it")
    return value


def _text(table: dict[str, Any], key: str, path: Path, where: str) -> str | None:
    """A string value, or for a date field a TOML date or "YYYY-MM-DD" string, as "YYYY-MM-DD"."""
    value = table.get(key)
    if key in _DATE_FIELDS:
        if isinstance(value, date):
            return value.isoformat()[:10]
        if value is not None and not (isinstance(value, str) and _is_day(value)):
            raise CaseError(f"{path}: {where} {key} = {value!r} is not a date; write it as YYYY-MM-DD")
    if value is not None and not isinstance(value, str):
        raise CaseError(f"{path}: {where} {key} = {value!r} must be text; put it in quotes")
    return value.strip() or None if isinstance(value, str) else None


def _is_day(value: str) -> bool:
    try:
        return bool(_ISO_DAY.fullmatch(value.strip())) and bool(date.fromisoformat(value.strip()))
    except ValueError:
        return False


def _key(name: str) -> str:
    """A [documents] key as a path inside the folder with forward slashes, as the walker spells it."""
    key = name.replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key
