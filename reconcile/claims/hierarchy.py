"""Kinds of weapons and events as trees (data/hierarchy.toml): which kind is narrower, where a munition is launched.

"Hellfire" is an air-to-surface missile is a missile is a munition; a "drone strike" is an "air strike" is a "strike"
is an "attack". The claims stage names values by these kinds and the align stage compares them by the tree, so two
sources agree only when one kind is the other or lies under it, never because both are "missiles".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reconcile.resources import lexicon

SECTIONS = ("weapon", "event_type")


@dataclass(frozen=True)
class Kind:
    """One node of a tree: its parent, where it is launched from (munitions), whether it is a named system, and
    what it fires (platforms and kinds of attack)."""

    name: str
    parent: str | None = None
    launch: str | None = None
    system: bool = False
    delivers: tuple[str, ...] = ()


@functools.cache
def kinds(section: str) -> dict[str, Kind]:
    """Every node of one tree ("weapon" or "event_type"), by name."""
    if section not in SECTIONS:
        raise ValueError(f"section = {section!r} is invalid; value must be one of {SECTIONS}")
    table = lexicon("hierarchy")[section]
    return {
        name: Kind(name, spec.get("parent"), spec.get("launch"), bool(spec.get("system", False)),
                   tuple(spec.get("delivers", ())))
        for name, spec in table.items()
    }


def lineage(section: str, name: str) -> list[str]:
    """The kind and every broader kind above it, narrowest first ("hellfire", "air-to-surface missile", "missile",
    "explosive weapon", "munition"); empty for a name the tree does not hold."""
    tree = kinds(section)
    chain: list[str] = []
    current = name if name in tree else None
    if current is None and section == "event_type":
        qualified = _qualified_kind(name)
        if qualified is not None:
            chain, current = [name], qualified
    while current is not None and current not in chain:
        chain.append(current)
        current = tree[current].parent
    return chain


def _qualified_kind(name: str) -> str | None:
    """The kind a source's own narrower name of an event lies under: its last words name a kind of the tree and the
    words before them say which one ("tanker explosion" under explosion, "prison fire" under building fire when
    "prison" narrows a fire, "cholera outbreak" under outbreak). None for a name that ends in no kind."""
    words = name.split()
    tree = kinds("event_type")
    for cut in range(1, len(words)):
        kind = " ".join(words[cut:])
        if kind in tree:
            table = qualifiers().get(kind, {})
            narrower = next((table[w] for w in words[:cut] if w in table), None)
            return narrower if narrower is not None and kind in lineage("event_type", narrower) else kind
    return None


def is_under(section: str, narrow: str, broad: str) -> bool:
    """True when `broad` is `narrow` or one of the kinds above it."""
    return broad in lineage(section, narrow)


def in_one_line(section: str, a: str, b: str) -> bool:
    """One kind is the other or lies under it, either way ("drone strike" and "air strike")."""
    return is_under(section, a, b) or is_under(section, b, a)


def launch_of(section: str, name: str) -> str | None:
    """Where a munition is launched from ("air", "ground", "hand", "placed"), inherited from the broader kinds."""
    tree = kinds(section)
    return next((tree[k].launch for k in lineage(section, name) if k in tree and tree[k].launch), None)


def delivered(section: str, name: str) -> tuple[str, ...]:
    """What a platform or kind of attack fires, inherited ("drone" fires what an "air strike" fires)."""
    tree = kinds(section)
    return tuple(d for k in lineage(section, name) if k in tree for d in tree[k].delivers)


@functools.cache
def qualifiers() -> dict[str, dict[str, str]]:
    """Event kind -> {word beside it -> narrower kind}: crash -> {"train": "train crash", ...}."""
    table = lexicon("hierarchy").get("event_qualifiers", {})
    return {
        kind: {word: narrower for narrower, words in spec.items() for word in words} for kind, spec in table.items()
    }
