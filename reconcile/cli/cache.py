"""`reconcile cache ...`: the parse cache, which keeps annotated documents so re-runs skip spaCy.

Mount with `app.add_typer(cache_app, name="cache")`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

cache_app = typer.Typer(
    help="The parse cache: parsed documents kept so that re-runs skip spaCy.", no_args_is_help=True
)
out = Console(highlight=False)


@cache_app.command("clear")
def clear_command(
    case: Annotated[str | None, typer.Option("--case", help="Empty this case's cache (in its store).")] = None,
    store: Annotated[Path | None, typer.Option("--store", help="Case store file (instead of --case).")] = None,
) -> None:
    """Empty the parse cache of a case, or without --case/--store the one of runs without a case.

    Example: reconcile cache clear --case syria
    """
    from reconcile.cache import clear_file, file_in
    from reconcile.store import CaseStore, home

    if case is None and store is None:
        path = file_in(home())
        removed = clear_file(path)
    else:
        with CaseStore.at(case, store) as case_store:
            path, removed = case_store.path, case_store.parse_cache().clear()
    out.print(f"removed {removed} cached parse(s) from {path}", markup=False, soft_wrap=True)
