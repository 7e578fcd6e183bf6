"""The `reconcile` command: thin shells over the library; every error is one line and an exit code.

Exit codes: 0 success (also when the reader of the output closes the pipe early), 2 bad usage, unreadable input or a
file that is not a readable case store, 1 anything else (a full disk, a locked store, a bug).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import Annotated, Optional

import typer

from reconcile import __version__
from reconcile.cli.cache import cache_app
from reconcile.cli.console import SafeConsole
from reconcile.cli.review import log_command, review_app
from reconcile.errors import ReconcileError, UsageError
from reconcile.store import store_failure
from reconcile.export import RENDERERS

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Who said what: side-by-side evidence tables.")
err = SafeConsole(stderr=True, highlight=False)
out = SafeConsole(highlight=False)
STATE = {"debug": False}

BINARY_FORMATS = ("xlsx",)
OUTPUT_FORMATS = ("table", *(fmt for fmt in RENDERERS if fmt not in BINARY_FORMATS))
"""What `run --format` can print: the terminal table, or any text export."""
JOBS_HELP = "Processes for spaCy's parse (default: 1 below 20 documents to parse, else the CPUs, at most 4)."
NO_CACHE_HELP = "Parse every document again; neither read nor write the parse cache."


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show the full traceback of an error.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    STATE["debug"] = debug
    if version:
        out.print(f"reconcile {__version__}")
        raise typer.Exit(0)


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Documents or folders about one event.")],
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Folder for the exports.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="What to print: table or a text export (json, csv, md, html, ...).")] = "table",
    model: Annotated[Optional[str], typer.Option("--model", help="An installed spaCy pipeline to use.")] = None,
    aliases: Annotated[Optional[Path], typer.Option("--aliases", help="Alias file forcing or forbidding merges.")] = None,
    input_format: Annotated[Optional[str], typer.Option("--input-format", help="Read every file as txt, html, json or csv.")] = None,
    case: Annotated[Optional[str], typer.Option("--case", help="Save the run and reviews in this case.")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Case store file (default ~/.reconcile/cases/CASE.sqlite).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help=JOBS_HELP)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=NO_CACHE_HELP)] = False,
) -> None:
    """Build the evidence table for the documents and write its exports.

    Example: reconcile run data/examples/syria-strike-2023 --out out/
    """
    from reconcile.cli.commands import run_command

    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"--format {fmt} is not known; use one of {', '.join(OUTPUT_FORMATS)}")
    run_command(paths, out_dir=out_dir, fmt=fmt, model=model, aliases=aliases, input_format=input_format,
                case=case, store=store, quiet=quiet, jobs=jobs, no_cache=no_cache, out=out, err=err)


@app.command("eval")
def evaluate_command(
    gold: Annotated[Optional[list[Path]], typer.Argument(help="gold.json files (default: data/gold/*/gold.json and data/gold/holdout/*/gold.json).")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the figures as JSON.")] = None,
    floors: Annotated[Optional[Path], typer.Option("--floors", help="Minimum figures; exit 1 below them.")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List every miss (of tuned cases only).")] = False,
    first_sight: Annotated[bool, typer.Option("--first-sight", help="Record new cases' figures in FIRST_SIGHT.md.")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help=JOBS_HELP)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=NO_CACHE_HELP)] = False,
) -> None:
    """Score the pipeline against gold cases (tuned and held-out parts apart) and check the regression floors.

    Example: reconcile eval data/gold/*/gold.json
    """
    from reconcile.cli.commands import eval_command

    failed = eval_command(gold or [], json_out=json_out, floors=floors, misses=misses, first_sight=first_sight,
                          jobs=jobs, no_cache=no_cache, out=out, err=err)
    if failed:
        for line in failed:
            err.print(f"below floor: {line}")
        raise typer.Exit(1)


@app.command("app")
def app_command(
    case: Annotated[Optional[str], typer.Argument(help="Case to open.")] = None,
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 8501,
    store: Annotated[Optional[Path], typer.Option("--store", help="Case store file.")] = None,
    documents: Annotated[Optional[list[Path]], typer.Option("--documents", help="A folder whose files 'Add path' may read (repeatable; default none).")] = None,
    address: Annotated[str, typer.Option("--address", help="Address to serve on (loopback only, unless --unsafe-public).")] = "127.0.0.1",
    unsafe_public: Annotated[bool, typer.Option("--unsafe-public", help="Allow an address beyond this machine: the app has no login.")] = False,
) -> None:
    """Start the review app in the browser (Streamlit on 127.0.0.1).

    Example: reconcile app syria --documents data/examples
    """
    from reconcile.cli.commands import app_command as start

    start(case, port=port, store=store, out=out, documents=documents or [], address=address,
          unsafe_public=unsafe_public)


app.add_typer(review_app, name="review", help="Record review decisions on a case.")
app.add_typer(cache_app, name="cache", help="Empty the parse cache that lets re-runs skip spaCy.")
app.command("log")(log_command)


def main() -> None:
    try:
        result = app(standalone_mode=False)
        if isinstance(result, int) and result:
            sys.exit(result)
    except ReconcileError as exc:
        _fail(str(exc), exc.exit_code, exc)
    except BrokenPipeError:
        _closed_pipe()
    except SystemExit:
        # Click turns a closed pipe into exit 1 after wrapping stdout in its PacifyFlushWrapper: undo that
        if type(sys.stdout).__name__ == "PacifyFlushWrapper":
            _closed_pipe()
        raise
    except sqlite3.Error as exc:  # a store read outside a transaction: its real cause, never "unexpected"
        _fail(str(store_failure(None, exc, "read")), 1, exc)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        _fail("aborted", 1, None)
    except Exception as exc:  # noqa: BLE001 - the one place that turns any surprise into one line
        # Click's errors, matched by shape: Typer 0.29 ships its own copy of Click, whose classes are not click's
        if callable(getattr(exc, "format_message", None)) and isinstance(getattr(exc, "exit_code", None), int):
            message = exc.format_message().strip().rstrip(".")
            if not message:  # no arguments at all: the help is already on screen
                sys.exit(exc.exit_code)
            _fail(f"{message}; see --help" if exc.exit_code == 2 else message, exc.exit_code, exc)
        _fail(f"unexpected error: {exc.__class__.__name__}: {exc}; run again with --debug and report it", 1, exc)


def _closed_pipe() -> None:
    """The reader of our output went away (`reconcile run ... | head -1`): all work is done, so end quietly.

    stdout is pointed at /dev/null first so that Python's own flush at exit meets no closed pipe either.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def _fail(message: str, code: int, exc: BaseException | None) -> None:
    if STATE["debug"] and exc is not None:
        traceback.print_exception(exc)
    err.print(f"Error: {message}", markup=False, soft_wrap=True)
    sys.exit(code)
