"""The app's view of one case: where its store and files live, what is waiting to be read, run, decide, log.

The pages call this module and never the store directly, so they stay thin. A case is one store file (see
`reconcile.store`) plus a folder beside it (`<store stem>.files/`) holding uploads, pasted texts and
`pending.json`, the inputs added since the last run.

Example:
    case = AppCase.open("syria", store_env="/tmp/cases")
    case.add_path("data/examples/syria-strike-2023")
    case.run()
    case.decide("reject", claim_id, comment="not about this strike")
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from spacy.language import Language

from reconcile.app.boundary import allowed_roots, inside, readable_path
from reconcile.errors import CaseError, InputError
from reconcile.ingest import ingest
from reconcile.model import CaseInfo, Document, Evidence, Problem
from reconcile.pipeline import Progress, extract_documents
from reconcile.store import AuditEntry, CaseStore, Decision, Review, case_file

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 80


def safe_file_name(name: str) -> str:
    """A file name that stays inside its folder: last path part only, letters/digits/._- kept, no leading dot."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _UNSAFE.sub("_", base)[-MAX_NAME:].lstrip("._-")
    return base or "upload.txt"


@dataclass(frozen=True)
class Listed:
    """One document of the case as the app lists it, and whether the latest run has read it."""

    document: Document
    in_run: bool


class AppCase:
    """A case store plus its folder of files; every method opens the store briefly, so pages may rerun freely."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.folder = path.with_name(path.stem + ".files")

    @classmethod
    def open(cls, name: str, *, store_env: str | None = None) -> AppCase:
        """Open the case called `name`, creating its store file if missing.

        `store_env` is RECONCILE_STORE: a store file, or a folder of cases (see `reconcile.store.case_file`).
        """
        path = case_file(name, cases=store_env or None)
        with CaseStore.open(path, create=True):
            pass
        return cls(name, path)

    def store(self) -> CaseStore:
        return CaseStore.open(self.path)

    # Inputs waiting for the next run

    def pending(self) -> list[dict[str, Any]]:
        """Inputs added since the last run: [{"path": ..., "speaker": ...}]."""
        try:
            return json.loads((self.folder / "pending.json").read_text("utf-8"))
        except (OSError, ValueError):
            return []

    def _set_pending(self, items: Sequence[Mapping[str, Any]]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "pending.json").write_text(json.dumps(list(items), indent=1), "utf-8")

    def _add_pending(self, path: Path, speaker: str | None = None, roots: Sequence[Path] = ()) -> list[Problem]:
        docs, problems, _ = ingest([path])  # read now so a bad file is reported at once
        docs, outside = _within(docs, roots)
        if not docs:
            folder = f"{self.folder.resolve()}{os.sep}"
            reasons = "; ".join(p.message for p in [*problems, *outside]).replace(folder, "")
            raise InputError(path.name, "no readable document" + (f" ({reasons})" if reasons else ""),
                             "check the format (txt, html, json, csv)")
        items = [item for item in self.pending() if item["path"] != str(path)]
        self._set_pending([*items, {"path": str(path), "speaker": speaker, "roots": [str(r) for r in roots]}])
        ids = {d.id for d in docs}
        self._set_removed([i for i in self.removed() if i not in ids])  # added again: no longer removed
        return [*problems, *outside]

    def add_path(self, path: str | Path, roots: Sequence[Path] | None = None) -> list[Problem]:
        """Add a file or folder inside the folders the app may read (see `boundary`); returns the problems found.

        Files a folder links to outside those folders are skipped, as the path itself would be.
        """
        roots = allowed_roots() if roots is None else tuple(roots)
        found = readable_path(path, roots)
        return self._add_pending(found, roots=roots)

    def add_upload(self, name: str, data: bytes) -> list[Problem]:
        """Save an uploaded file in the case folder under a sanitised name, then add it; a refused file is deleted."""
        saved = self._save(safe_file_name(name), data)
        try:
            problems = self._add_pending(saved)
        except BaseException:
            saved.unlink(missing_ok=True)
            raise
        return problems

    def remove(self, document_id: str) -> None:
        """Take a document out of the case: it leaves the pending inputs now and the table at the next run.

        An uploaded or pasted file is deleted from the case folder when nothing else added uses it; the stored
        copy of a document already read stays in the store, as every evidentiary copy does.
        """
        listed = {item.document.id: item.document for item in self.documents()}
        if document_id not in listed:
            raise CaseError(f"No document {document_id!r} in case {self.name}; pick one from the list")
        document = listed[document_id]
        file = _file_of(document)
        items = [item for item in self.pending() if item["path"] != file]
        self._set_pending(items)
        self._set_removed([*self.removed(), document_id])
        if Path(file).parent == self.folder.resolve() and not any(item["path"] == file for item in items):
            Path(file).unlink(missing_ok=True)

    def removed(self) -> list[str]:
        """Ids of the documents taken out of the case (see `remove`)."""
        try:
            return json.loads((self.folder / "removed.json").read_text("utf-8"))
        except (OSError, ValueError):
            return []

    def _set_removed(self, ids: Sequence[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "removed.json").write_text(json.dumps(sorted(set(ids)), indent=1), "utf-8")

    def add_text(self, text: str, source: str) -> list[Problem]:
        """Add pasted text as a document spoken as a whole by `source`."""
        if not text.strip() or not source.strip():
            raise CaseError(
                "Pasted text needs both the text and the source's name; fill in both and add again"
            )
        name = safe_file_name(f"pasted-{source}.txt")
        return self._add_pending(self._save(name, text.encode("utf-8")), speaker=source.strip())

    def _save(self, name: str, data: bytes) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = (self.folder / f"{hashlib.sha256(data).hexdigest()[:8]}-{name}").resolve()
        if target.parent != self.folder.resolve():
            raise InputError(name, "file name leaves the case folder", "rename the file and upload it again")
        target.write_bytes(data)
        return target

    def _read_pending(self) -> tuple[list[Document], list[Problem], CaseInfo]:
        items = self.pending()
        if not items:
            return [], [], CaseInfo()
        docs, problems, info = ingest([item["path"] for item in items])
        roots = tuple(Path(r) for item in items for r in item.get("roots") or [])
        if roots:  # a folder added by path is read again at each run: links made since must not lead out of it
            docs, outside = _within(docs, roots)
            problems = [*problems, *outside]
        speakers = {item["path"]: item["speaker"] for item in items if item.get("speaker")}
        docs = [replace(d, speaker=speakers[d.path]) if d.path in speakers else d for d in docs]
        gone = set(self.removed())
        return [d for d in docs if d.id not in gone], problems, info

    # Documents and runs

    def documents(self) -> list[Listed]:
        """The latest run's documents, then those added since (not yet read by the pipeline)."""
        with self.store() as store:
            stored = [d for d in store.documents() if d.id not in set(self.removed())]
        new, _, _ = self._read_pending()
        ids = {d.id for d in stored}
        return [Listed(d, True) for d in stored] + [Listed(d, False) for d in new if d.id not in ids]

    def run(
        self, *, nlp: Language | None = None, progress: Progress | None = None, reviewer: str | None = None
    ) -> int:
        """Read every document (stored and pending) and save the run; decisions are re-applied by the store.

        Documents parsed by an earlier run come from the case's parse cache, so a re-run costs the stages after
        the parse. One process parses: the app's server runs threads, which a forked spaCy worker must not inherit.
        """
        with self.store() as store:
            latest = store.latest_run()
        new, problems, info = self._read_pending()
        gone = set(self.removed())
        stored = [d for d in latest.documents if d.id not in gone] if latest else []
        ids = {d.id for d in stored}
        documents = stored + [d for d in new if d.id not in ids]
        if not documents:
            raise CaseError(f"Case {self.name} has no documents yet; upload, paste or add a path first")
        case = _merged_case(latest.case if latest else None, info)
        with self.store() as store:
            extraction = extract_documents(
                documents, [*(latest.problems if latest else ()), *problems], case, nlp=nlp, progress=progress,
                cache=store.parse_cache(),
            )
            run_id = store.save_run(extraction, reviewer=reviewer)
        self._set_pending([])
        return run_id

    def version(self) -> tuple[int | None, int]:
        """(latest run id, number of decisions): changes whenever the evidence may have changed."""
        with self.store() as store:
            run = store.latest_run_info()
            return (run.id if run else None, len(store.decisions()))

    def reviewed(self) -> tuple[Evidence, Review] | None:
        """The evidence as reviewed and the Review beside it, or None before the first run."""
        with self.store() as store:
            if store.latest_run_info() is None:
                return None
            return store.reviewed()

    def decide(
        self,
        action: str,
        target: str,
        payload: Mapping[str, Any] | None = None,
        *,
        reviewer: str | None = None,
        comment: str | None = None,
    ) -> Decision:
        """Record one review decision (see CaseStore.decide); saved at once, with its audit row."""
        with self.store() as store:
            return store.decide(action, target, payload, reviewer=reviewer, comment=comment or None)

    def decisions(self) -> list[Decision]:
        """Every decision recorded on the case, oldest first (orphans included)."""
        with self.store() as store:
            return store.decisions()

    def log(self) -> list[AuditEntry]:
        with self.store() as store:
            return store.log()


def _file_of(document: Document) -> str:
    """The file a document was read from (a CSV row's or a tweet's file without its "#row=N")."""
    return re.sub(r"#[a-z]+=\d+$", "", document.path)


def _within(docs: Sequence[Document], roots: Sequence[Path]) -> tuple[list[Document], list[Problem]]:
    """The documents whose files lie inside `roots` (all of them when no roots are given), and a problem for each
    other one, worded as for a path outside them."""
    if not roots:
        return list(docs), []
    kept, outside = [], []
    for doc in docs:
        if inside(Path(_file_of(doc)), roots):
            kept.append(doc)
        else:
            outside.append(Problem(doc.path, f"{Path(doc.path).name}: not inside the folders this app may read"))
    return kept, outside


def _merged_case(stored: CaseInfo | None, new: CaseInfo) -> CaseInfo:
    """The stored case's metadata, filled in from a newly added case.toml where it had none."""
    if stored is None:
        return new
    fields = {k: v for k, v in asdict(new).items() if v and not getattr(stored, k, None)}
    return replace(stored, **fields) if fields else stored


def default_case() -> str:
    return os.environ.get("RECONCILE_CASE", "").strip() or "default"
