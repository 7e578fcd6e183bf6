"""The gold file of one evaluation case: what each source said where, and the facet values a reader should see.

A gold file is JSON beside a docs/ folder; document paths are relative to the gold file's folder:

    {"case": str, "event": str, "documents": ["docs/x.txt", ...],
     "sources": [{"name": str, "aliases": [str], "kind": str}],
     "attributions": [{"source": name, "document": "docs/x.txt", "contains": "<exact words>",
                       "quote": "direct|indirect"}],
     "facets": [{"facet": str, "by_source": {name: "<normalised value>"}, "conflict": bool, "note": str}],
     "distractors": [{"facet": str, "value": str, "note": "<the other event it belongs to>"}]}
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reconcile.errors import CaseError
from reconcile.model import SourceKind

QUOTES = ("direct", "indirect")
_MISSING = object()
_QUOTE_MARKS = {'"': '"“”„«»', "'": "'‘’‚"}


@dataclass(frozen=True)
class GoldSource:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class GoldAttribution:
    """Words `contains` in `document` were said by `source`."""

    source: str
    document: str
    contains: str
    quote: str


@dataclass(frozen=True)
class GoldFacet:
    """One row of the expected table: each source's value for `facet`, and whether they conflict."""

    facet: str
    by_source: dict[str, str]
    conflict: bool
    note: str = ""


@dataclass(frozen=True)
class Distractor:
    """A value the documents give for another event; it must stay out of the main table."""

    facet: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Gold:
    path: Path
    case: str
    event: str
    documents: tuple[str, ...]
    sources: tuple[GoldSource, ...]
    attributions: tuple[GoldAttribution, ...] = ()
    facets: tuple[GoldFacet, ...] = ()
    distractors: tuple[Distractor, ...] = ()

    def document_path(self, document: str) -> Path:
        """The file behind a document entry, resolved against the gold file's folder."""
        return (self.path.parent / document).resolve()

    def inputs(self) -> list[Path]:
        """The paths to hand the pipeline, as a user would for this case.

        A documents folder that holds a case.toml and no file outside `documents` is passed as the folder, so its
        case.toml (event date, publishers, authors) applies as in `reconcile run docs/`; other documents go as files.
        """
        files = [self.document_path(document) for document in self.documents]
        listed = set(files)
        inputs: list[Path] = []
        for folder in dict.fromkeys(file.parent for file in files):
            if any(folder.is_relative_to(taken) for taken in inputs):
                continue
            if (folder / "case.toml").is_file() and set(_document_files(folder)) <= listed:
                inputs.append(folder)
        return inputs + [file for file in files if not any(file.is_relative_to(f) for f in inputs)]


def load_gold(path: Path | str) -> Gold:
    """Read and check a gold file; raise CaseError naming the file and the first problem found."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise _bad(path, f"cannot be read ({exc.strerror or exc})", "check the path") from exc
    except json.JSONDecodeError as exc:
        raise _bad(path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    try:
        gold = _build(path, data)
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad(path, str(exc.args[0])) from exc
    _check(gold, path)
    return gold


def gold_files(folder: Path | str) -> list[Path]:
    """Every case's gold file under `folder` (one case per sub-folder: <case>/gold.json), sorted."""
    return sorted(Path(folder).glob("*/gold.json"))


def document_text(path: Path) -> str:
    """A document's text as stored on disk (UTF-8, undecodable bytes replaced)."""
    return path.read_bytes().decode("utf-8-sig", errors="replace")


def locate(contains: str, text: str) -> list[tuple[int, int]]:
    """Character spans of every occurrence of `contains` in `text`.

    Exact occurrences first; failing those, a match that lets runs of whitespace differ (line wraps) and treats
    straight and typographic quote marks alike, because gold files are typed by hand from the documents.
    """
    spans = [(m.start(), m.start() + len(contains)) for m in re.finditer(re.escape(contains), text)]
    if spans or not contains.strip():
        return spans
    pattern = r"\s+".join(_loose(word) for word in contains.split())
    return [m.span() for m in re.finditer(pattern, text)]


def _loose(word: str) -> str:
    out = []
    for char in word:
        marks = next((m for m in _QUOTE_MARKS.values() if char in m), None)
        out.append(f"[{re.escape(marks)}]" if marks else re.escape(char))
    return "".join(out)


def _build(path: Path, data: Any) -> Gold:
    if not isinstance(data, dict):
        raise TypeError("top level must be a JSON object")
    return Gold(
        path=path.resolve(),
        case=_text(data, "case"),
        event=_text(data, "event"),
        documents=tuple(_texts(data, "documents")),
        sources=tuple(_source(s) for s in _items(data, "sources")),
        attributions=tuple(
            GoldAttribution(
                *(_text(a, key, "attributions") for key in ("source", "document", "contains", "quote"))
            )
            for a in _items(data, "attributions", [])
        ),
        facets=tuple(_facet(f) for f in _items(data, "facets", [])),
        distractors=tuple(
            Distractor(
                *(
                    _text(d, key, "distractors", "" if key == "note" else _MISSING)
                    for key in ("facet", "value", "note")
                )
            )
            for d in _items(data, "distractors", [])
        ),
    )


def _source(obj: Any) -> GoldSource:
    return GoldSource(
        _text(obj, "name", "sources"),
        tuple(_texts(obj, "aliases", "sources", [])),
        _text(obj, "kind", "sources", ""),
    )


def _facet(obj: Any) -> GoldFacet:
    return GoldFacet(
        _text(obj, "facet", "facets"),
        _mapping(obj, "by_source"),
        _flag(obj, "conflict"),
        _text(obj, "note", "facets", ""),
    )


def _check(gold: Gold, path: Path) -> None:
    """Cross-references: names point at declared sources, documents exist, each `contains` is in its document."""
    names = [source.name for source in gold.sources]
    if duplicates := sorted({name for name in names if names.count(name) > 1}):
        raise _bad(path, f"source {duplicates[0]!r} is declared twice", "merge the two entries")
    kinds = [str(kind) for kind in SourceKind]
    if odd := next((s for s in gold.sources if s.kind and s.kind not in kinds), None):
        raise _bad(path, f"source {odd.name!r} has kind {odd.kind!r}", f"use one of {', '.join(kinds)}")
    texts: dict[str, list[str]] = {}
    for document in gold.documents:
        file = gold.document_path(document)
        if not file.is_file():
            raise _bad(
                path, f"document {document!r} not found at {file}", "paths are relative to the gold file"
            )
        texts[document] = _readings(file)
    for number, att in enumerate(gold.attributions, 1):
        where = f"attribution {number} ({att.source!r}, {att.contains[:40]!r})"
        if att.source not in names:
            raise _bad(path, f"{where} names an undeclared source", f"add it to 'sources' (have {names})")
        if att.document not in texts:
            raise _bad(path, f"{where} names document {att.document!r}, not in 'documents'")
        if att.quote not in QUOTES:
            raise _bad(path, f"{where} has quote {att.quote!r}", f"use one of {QUOTES}")
        if not any(locate(att.contains, text) for text in texts[att.document]):
            raise _bad(
                path, f"{where}: 'contains' does not occur in {att.document}", "copy the words exactly"
            )
    for row in gold.facets:
        if unknown := sorted(set(row.by_source) - set(names)):
            raise _bad(
                path, f"facet {row.facet!r} names undeclared source {unknown[0]!r}", f"declared: {names}"
            )


def _document_files(folder: Path) -> list[Path]:
    """Files the pipeline would read in `folder`: all below it but hidden ones and case.toml."""
    return [
        path.resolve()
        for path in folder.rglob("*")
        if path.is_file()
        and path.name != "case.toml"
        and not any(p.startswith(".") for p in path.relative_to(folder).parts)
    ]


def _readings(file: Path) -> list[str]:
    """The raw text, plus its text without tags and entities (HTML) or every decoded string value (JSON)."""
    raw = document_text(file)
    if file.suffix.lower() in (".html", ".htm"):
        return [raw, html.unescape(re.sub(r"<[^>]+>", " ", raw))]
    if file.suffix.lower() not in (".json", ".jsonl"):
        return [raw]
    strings: list[str] = []
    for chunk in [raw] + raw.splitlines():
        try:
            _strings(json.loads(chunk), strings)
        except ValueError:
            continue
    return [raw, *strings]


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def _field(obj: Any, key: str, where: str, default: Any) -> Any:
    if not isinstance(obj, dict):
        raise TypeError(f"each entry of '{where}' must be an object, got {type(obj).__name__}")
    if key in obj:
        return obj[key]
    if default is _MISSING:
        raise KeyError(f"missing key '{key}'" + (f" in an entry of '{where}'" if where else ""))
    return default


def _text(obj: Any, key: str, where: str = "", default: Any = _MISSING) -> str:
    value = _field(obj, key, where, default)
    if not isinstance(value, str):
        raise TypeError(f"'{key}'{f' in {where}' if where else ''} must be a string, got {value!r}")
    return value


def _texts(obj: Any, key: str, where: str = "", default: Any = _MISSING) -> list[str]:
    value = _field(obj, key, where, default)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError(f"'{key}'{f' in {where}' if where else ''} must be a list of strings, got {value!r}")
    return value


def _items(obj: dict, key: str, default: Any = _MISSING) -> list[Any]:
    value = _field(obj, key, "", default)
    if not isinstance(value, list):
        raise TypeError(f"'{key}' must be a list, got {type(value).__name__}")
    return value


def _mapping(obj: dict, key: str) -> dict[str, str]:
    value = _field(obj, key, "facets", _MISSING)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise TypeError(
            f"'{key}' in facet {obj.get('facet')!r} must map source names to string values, got {value!r}"
        )
    return dict(value)


def _flag(obj: dict, key: str) -> bool:
    value = _field(obj, key, "facets", _MISSING)
    if not isinstance(value, bool):
        raise TypeError(f"'{key}' in facet {obj.get('facet')!r} must be true or false, got {value!r}")
    return value


def _bad(path: Path, problem: str, fix: str = "") -> CaseError:
    return CaseError(f"{path}: {problem}" + (f"; {fix}" if fix else ""))
