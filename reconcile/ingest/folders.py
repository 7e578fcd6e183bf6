"""Finding the document files under the paths a user gives, in a deterministic order.

Folders are walked recursively in sorted name order, so two runs over the same folder read the same files in the
same order and assign the same ids. Hidden entries and `case.toml` are not documents; a link back into a folder
that contains it is skipped (a symlink loop would otherwise never end); sockets, pipes and devices are skipped
because opening a pipe blocks forever.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile.errors import InputError
from reconcile.model import Problem

MANIFEST_NAME = "case.toml"


@dataclass(frozen=True)
class Found:
    """One file to read: where it is, how to show it, and the given folder it was found in (if any)."""

    path: Path
    shown: str
    """The path as given, or the given folder joined with the path inside it, with forward slashes."""
    root: Path | None = None
    relative: str | None = None
    """The path inside `root` with forward slashes: the key of its [documents] entry in case.toml."""


def find_files(paths: Sequence[str | Path]) -> tuple[list[Found], list[Problem]]:
    """Lists the files under `paths`; a path that does not exist raises InputError before anything is read.

    Returns:
        The files in order (each real file once), and problems for entries that cannot be files.
    """
    for given in paths:
        if not os.path.lexists(given):
            raise InputError(
                given, "no such file or folder", "check the path (is it relative to this folder?)"
            )
    found: list[Found] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(path, path, {_identity(path)}, found, problems)
        else:
            found.append(Found(path, path.as_posix()))
    return _unique(found), problems


def _walk(
    root: Path, folder: Path, visited: set[tuple[int, int]], found: list[Found], problems: list[Problem]
) -> None:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        shown = folder.as_posix()
        problems.append(
            Problem(
                shown, str(InputError(shown, f"cannot be listed ({err.strerror})", "check its permissions"))
            )
        )
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == MANIFEST_NAME:
            continue
        relative = entry.relative_to(root).as_posix()
        shown = (root / relative).as_posix()
        try:
            mode = entry.stat().st_mode
        except OSError as err:
            problems.append(Problem(shown, str(_broken_entry(shown, err))))
            continue
        if stat.S_ISDIR(mode):
            identity = _identity(entry)
            if identity in visited:
                problems.append(Problem(shown, str(_loop(shown))))
                continue
            _walk(root, entry, visited | {identity}, found, problems)
        elif stat.S_ISREG(mode):
            found.append(Found(entry, shown, root, relative))
        else:
            problems.append(Problem(shown, str(_not_regular(shown))))


def _identity(path: Path) -> tuple[int, int]:
    """The (device, inode) pair that names a folder however many links lead to it."""
    info = path.stat()
    return info.st_dev, info.st_ino


def _unique(found: list[Found]) -> list[Found]:
    """Drops a file met twice (given itself and inside a given folder), keeping the first mention."""
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(os.path.realpath(item.path), item)
    return list(unique.values())


def iter_roots(paths: Sequence[str | Path]) -> Iterator[Path]:
    """The given paths that are folders, in the order given: where a case.toml may live."""
    return (Path(given) for given in paths if Path(given).is_dir())


def _broken_entry(shown: str, err: OSError) -> InputError:
    return InputError(
        shown, f"cannot be opened ({err.strerror}); is it a broken link?", "fix or remove the link"
    )


def _loop(shown: str) -> InputError:
    return InputError(
        shown, "links back to a folder that contains it (a symlink loop); skipped", "remove the link"
    )


def _not_regular(shown: str) -> InputError:
    return InputError(
        shown, "is not a regular file (a pipe, socket or device); skipped", "remove it from the folder"
    )
