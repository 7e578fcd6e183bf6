"""Lexicons and facet definitions, loaded once from the TOML files in reconcile/data/.

Words are data: a newsroom can add a cue verb, a hedge or a facet by editing these files, not the code.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources as importlib_resources
from typing import Any

from reconcile.errors import CaseError

LEXICONS = (
    "cues", "hedges", "kinds", "facets", "places", "compatibility", "report", "headers", "hierarchy", "bodies",
    "causes", "numbers", "scope",
    "counted",
)


@functools.cache
def lexicon(name: str) -> dict[str, Any]:
    """The parsed contents of reconcile/data/<name>.toml."""
    if name not in LEXICONS:
        raise ValueError(f"lexicon = {name!r} is invalid; value must be one of {LEXICONS}")
    path = importlib_resources.files("reconcile") / "data" / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CaseError(f"{path}: cannot read lexicon ({exc}); reinstall reconcile or fix the file") from exc


@functools.cache
def word_set(name: str, *keys: str) -> frozenset[str]:
    """A flat set of lowercase words found under the nested keys of a lexicon."""
    node: Any = lexicon(name)
    for key in keys:
        node = node[key]
    return frozenset(str(w).lower() for w in node)
