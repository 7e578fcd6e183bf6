"""Exports of one Evidence: a registry of formats and atomic writing.

Each format module renders bytes from an Evidence and does no I/O; this module writes one export through a temporary
file in the target folder and os.replace, so a crash leaves it complete or absent, and the whole set (`write_all`)
through a staging folder beside the target, so a failure leaves the previous set or the new one, never a mix.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from reconcile.errors import OutputError, UsageError
from reconcile.export import claimreview, csv_file, html_page, json_file, markdown, xlsx_file
from reconcile.model import Evidence

Renderer = Callable[[Evidence], bytes]
Exporter = Callable[[Evidence, Path], None]

NEW_FILE_MODE = 0o644

RENDERERS: dict[str, Renderer] = {
    "json": json_file.render,
    "csv": csv_file.render_wide,
    "claims-csv": csv_file.render_claims,
    "md": markdown.render,
    "html": html_page.render,
    "xlsx": xlsx_file.render,
    "claimreview": claimreview.render,
}
"""Format name -> renderer; the CLI's --format choices are these keys."""

FILENAMES: dict[str, str] = {
    "json": "evidence.json",
    "csv": "evidence.csv",
    "claims-csv": "claims.csv",
    "md": "evidence.md",
    "html": "report.html",
    "xlsx": "evidence.xlsx",
}
"""What write_all writes: format -> file name (claimreview needs verdicts, so it is left out)."""


def output_error(path: Path, err: OSError) -> OutputError:
    """One line: which file, why the system refused, and what to do."""
    reason = err.strerror or str(err) or type(err).__name__
    return OutputError(
        f"Cannot write {path}: {reason}; choose a folder you can write to with free space, or free some space, "
        "and run again"
    )


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only once the with-block ends without error.

    The data goes to a temporary file beside `path`, is flushed to disk, then renamed over `path`; on any
    error the temporary file is removed and `path` is left as it was. OSError becomes OutputError.
    """
    path = Path(path)
    temp: str | None = None
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
        temp = None
    except OSError as err:
        raise output_error(path, err) from err
    finally:
        if temp is not None:
            with suppress(OSError):
                os.unlink(temp)


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see atomic_output)."""
    with atomic_output(path) as handle:
        handle.write(data)


def _exporter(fmt: str) -> Exporter:
    def write(evidence: Evidence, path: Path) -> None:
        write_bytes(path, RENDERERS[fmt](evidence))

    write.__name__ = f"write_{fmt.replace('-', '_')}"
    write.__doc__ = f"Write the {fmt} export of `evidence` to `path`, atomically."
    return write


EXPORTERS: dict[str, Exporter] = {fmt: _exporter(fmt) for fmt in RENDERERS}
"""Format name -> function(evidence, path) writing that export atomically."""


def export(evidence: Evidence, fmt: str, path: str | Path) -> None:
    """Write one export of `evidence` in format `fmt` (a key of EXPORTERS) to `path`."""
    if fmt not in EXPORTERS:
        raise UsageError(f"Unknown export format '{fmt}'; choose one of: {', '.join(EXPORTERS)}")
    EXPORTERS[fmt](evidence, Path(path))


def write_all(evidence: Evidence, out_dir: str | Path) -> list[Path]:
    """Write evidence.json, evidence.csv, claims.csv, evidence.md, report.html and evidence.xlsx into out_dir, as a set.

    Every file is first written and flushed to disk in a hidden folder beside out_dir (same file system); only when
    all are complete are they renamed into out_dir, each over its predecessor. Should a rename fail, the ones
    already made are undone, so out_dir holds either the previous set or the new one, never a mix (issue 19: a disk
    that filled during the exports left new JSON and CSV beside old Markdown, HTML and XLSX).

    Returns:
        The paths written, in that order. The folder is created if missing.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.export-"))
    except OSError as err:
        raise output_error(out_dir, err) from err
    try:
        for fmt, name in FILENAMES.items():
            _write_staged(stage / name, out_dir / name, RENDERERS[fmt](evidence))
        _move_set(stage, out_dir, list(FILENAMES.values()))
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [out_dir / name for name in FILENAMES.values()]


def _write_staged(staged: Path, final: Path, data: bytes) -> None:
    """Write one file of the set into the staging folder, with the mode of the file it will replace."""
    try:
        mode = final.stat().st_mode & 0o777 if final.exists() else NEW_FILE_MODE
        fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(staged, mode)
    except OSError as err:
        raise output_error(final, err) from err


def _move_set(stage: Path, out_dir: Path, names: list[str]) -> None:
    """Rename every staged file over its target; on any failure put back what was there before."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for name in names:
            final, previous = out_dir / name, stage / f"{name}.previous"
            kept = None
            if final.exists():
                try:
                    os.replace(final, previous)
                except OSError as err:
                    raise output_error(final, err) from err
                kept = previous
            done.append((final, kept))
            try:
                os.replace(stage / name, final)
            except OSError as err:
                raise output_error(final, err) from err
    except BaseException:
        for final, kept in reversed(done):
            with suppress(OSError):
                if kept is not None:
                    os.replace(kept, final)
                elif final.exists():
                    os.unlink(final)
        raise
    _sync_folder(out_dir)


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries (the renames) to disk where the system allows it."""
    with suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
