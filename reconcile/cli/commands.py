"""What the CLI commands do, kept out of cli.py so the shell stays a parser: run, eval, app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from reconcile.errors import UsageError


def run_command(paths: list[Path], *, out_dir: Path | None, fmt: str, model: str | None, aliases: Path | None,
                input_format: str | None, case: str | None, store: Path | None, quiet: bool, jobs: int | None,
                no_cache: bool, out: Console, err: Console) -> None:
    from reconcile.cache import Counts
    from reconcile.cli.console import printable
    from reconcile.cli.terminal import render_table
    from reconcile.export import RENDERERS, write_all
    from reconcile.ingest import ingest
    from reconcile.pipeline import assemble, extract_documents
    from reconcile.store import CaseStore

    documents, problems, info = ingest(paths, format=input_format)
    case_store = CaseStore.at(case, store, create=True) if case or store else None
    counts = Counts()
    try:
        cache = None if no_cache else open_cache(case_store, err)
        with _progress(err, quiet) as progress:
            task = progress.add_task("reading", total=None) if progress else None

            def tick(done: int, total: int) -> None:
                if progress is not None and task is not None:
                    progress.update(task, completed=done, total=total)

            extraction = extract_documents(documents, problems, info, model=model, aliases=aliases, progress=tick,
                                           n_process=jobs, cache=cache, counts=counts)
        _report_cache(counts, cache is not None, quiet, err)
        for problem in extraction.problems:
            err.print(f"skipped: {problem.message}", markup=False)
        evidence = _save_to_case(extraction, case_store, err) if case_store else assemble(extraction)
    finally:
        if case_store is not None:
            case_store.close()
    if out_dir is not None:
        for path in write_all(evidence, out_dir):
            err.print(f"wrote {path}", markup=False)
    if fmt == "table":
        render_table(evidence, out)
    else:
        text = RENDERERS[fmt](evidence).decode("utf-8-sig")
        sys.stdout.write(printable(text) if sys.stdout.isatty() else text)  # a file or pipe gets the exact export


def open_cache(case_store, err: Console):
    """The parse cache of the case store, else the one under RECONCILE_HOME; None (and why) if it is unusable."""
    from reconcile.cache import CacheUnusable, ParseCache, file_in
    from reconcile.store import home

    if case_store is not None:
        return case_store.parse_cache()
    try:
        return ParseCache.open_file(file_in(home()))
    except CacheUnusable as exc:
        err.print(f"parse cache not used: {exc}; 'reconcile cache clear' replaces it", markup=False, soft_wrap=True)
        return None


def _report_cache(counts, used: bool, quiet: bool, err: Console) -> None:
    for problem in counts.problems:
        err.print(f"parse cache: {problem}", markup=False, soft_wrap=True)
    if used and not quiet:
        total = counts.cached + counts.parsed
        processes = f" in {counts.jobs} processes" if counts.parsed and counts.jobs > 1 else ""
        err.print(f"{counts.cached} of {total} documents from the parse cache, {counts.parsed} parsed{processes}",
                  markup=False)


def _save_to_case(extraction, case_store, err: Console):
    case_store.save_run(extraction)
    evidence, review = case_store.reviewed()  # one read of the run for both: it is a second on 200 documents
    orphans = review.orphans
    if orphans:
        err.print(f"{len(orphans)} review decision(s) no longer match anything; see 'reconcile review orphans'")
    err.print(f"saved to case store {case_store.path}", markup=False)
    return evidence


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(err: Console, quiet: bool):
    if quiet or not err.is_terminal:
        return _NoProgress()
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True)


def eval_command(gold: list[Path], *, json_out: Path | None, floors: Path | None, misses: bool,
                 first_sight: bool, jobs: int | None, no_cache: bool, out: Console, err: Console) -> list[str]:
    from reconcile import evaluation as ev
    from reconcile.evaluation import first_sight as seen

    paths = gold or ev.all_gold_files()
    if not paths:
        raise UsageError("no gold files given and none found in data/gold/; pass paths to gold.json files")
    cache = None if no_cache else open_cache(None, err)
    try:
        reports = ev.evaluate_parts(paths, cache=cache, n_process=jobs)
    finally:
        if cache is not None:
            cache.close()
    if not out.is_terminal:  # a file or a pipe: wide enough for one row per case
        out.width = max(out.width, 120)
    titles = {"tuned": "Tuned set (rules may be written from its errors)",
              "holdout": "Held-out set (scored only; its misses are never shown)"}
    for part, report in reports.items():
        out.rule(titles[part])
        out.print(ev.render(report, misses=misses))
    out.print(ev.summary(reports, seen.mean()))
    if first_sight:
        added = seen.record(reports)
        out.print(f"first sight recorded for {len(added)} new case(s): {', '.join(added) or 'none'}")
    if json_out is not None:
        data = reports["tuned"].to_dict() if "tuned" in reports else {"cases": [], "overall": None}
        if "holdout" in reports:
            data["holdout"] = reports["holdout"].to_dict()
        json_out.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    return ev.below_floors(reports, floors or ev.FLOORS)


def streamlit_command(script: Path, port: int, address: str = "127.0.0.1", *, unsafe_public: bool = False) -> list[str]:
    """`streamlit run` of the review app within its trust boundary (`reconcile.app.boundary.server_flags`): a
    loopback address unless `unsafe_public`, headless, no usage statistics, a minimal toolbar (no Deploy button),
    the upload limit at the document limit, XSRF protection on, no tracebacks in the browser."""
    from reconcile.app.boundary import server_flags

    flags = server_flags(address, port, unsafe_public=unsafe_public)
    return [sys.executable, "-m", "streamlit", "run", str(script), *flags]


def app_command(case: str | None, *, port: int, store: Path | None, out: Console, documents: list[Path] | None = None,
                address: str = "127.0.0.1", unsafe_public: bool = False) -> int:
    from reconcile import app as review_app
    from reconcile.app.boundary import DOCUMENTS_ENV

    script = Path(review_app.__file__).with_name("main.py")
    command = streamlit_command(script, port, address, unsafe_public=unsafe_public)  # refuses a public address
    folders = [folder.expanduser().resolve() for folder in documents or []]
    for folder in folders:
        if not folder.is_dir():
            raise UsageError(f"--documents {folder} is not a folder; name a folder whose files the app may read")
    env = dict(os.environ)
    env[DOCUMENTS_ENV] = os.pathsep.join(str(folder) for folder in folders)
    if case:
        env["RECONCILE_CASE"] = case
    if store:
        env["RECONCILE_STORE"] = str(store)
    out.print(f"reconcile app on http://{address}:{port}  (Ctrl+C to stop)", markup=False)
    return supervise(subprocess.Popen(command, env=env))


STOP_SECONDS = 10
"""How long the server has to stop after a forwarded signal before it is killed."""


def supervise(child: subprocess.Popen) -> int:
    """Wait for `child`, forwarding SIGINT and SIGTERM to it, and never return while it still runs.

    `reconcile app` stopped by Ctrl+C, `kill` or a service manager must not leave the Streamlit server listening:
    the signal is passed on, the child gets STOP_SECONDS to shut down, then is killed, and is always reaped.
    """
    def forward(signum: int, _frame: object) -> None:
        if child.poll() is None:
            child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
