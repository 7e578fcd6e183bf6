"""Who acts for whom: an actor value placed in a tree of states, their bodies and armed groups.

"U.S. Central Command forces", "the Pentagon" and "united-states" name one actor at three levels (CENTCOM acts for
the US military, which acts for the United States), so two sources naming them do not dispute who acted; "Israel"
and "Palestinian Islamic Jihad" do. The tree is data (data/hierarchy.toml [actor]); states are the countries of
places.toml, and "<demonym> troops/police/government" is read as that state's military, police or the state itself
([actor_bodies]). A value the tree cannot place ("masked individuals") is left to the words (align/compare.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reconcile.claims.place_names import gazetteer
from reconcile.resources import lexicon

_FOLD = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Body:
    """One node: its key, the body it acts for (a node, a country key or None) and its kind ("military", "police")."""

    name: str
    parent: str | None = None
    body: str | None = None


def fold(text: str) -> str:
    """Lowercase words without dots, hyphens, apostrophes or articles: "the U.S.-led al-Qaeda" -> "us led al qaeda"."""
    text = text.lower().replace("’", "'").replace("'s ", " ").replace(".", "")
    words = _FOLD.sub(" ", text).split()
    return " ".join(w for w in words if w not in {"the", "a", "an"})


@functools.cache
def bodies() -> dict[str, Body]:
    """Every node of the tree by name, countries included (as roots)."""
    tree = {key: Body(key) for key in set(gazetteer()[0].values())}
    for name, spec in lexicon("hierarchy").get("actor", {}).items():
        tree[name] = Body(name, spec.get("parent"), spec.get("body"))
    return tree


@functools.cache
def _aliases() -> tuple[tuple[str, str], ...]:
    """(folded alias, node), longest first, so "islamic state khorasan" wins over "islamic state"."""
    pairs = {(fold(name), name) for name in lexicon("hierarchy").get("actor", {})}
    for name, spec in lexicon("hierarchy").get("actor", {}).items():
        pairs.update((fold(alias), name) for alias in spec.get("aliases", ()))
    return tuple(sorted(pairs, key=lambda p: (-len(p[0].split()), p[0])))


@functools.cache
def _body_words() -> tuple[tuple[str, str], ...]:
    """(folded words, body kind), longest first: "armed forces" -> military, "government" -> state."""
    table = lexicon("hierarchy").get("actor_bodies", {})
    pairs = {(fold(word), kind) for kind, words in table.items() for word in words}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0].split()), p[0])))


@functools.cache
def _countries() -> dict[str, str]:
    """Folded country name, demonym or abbreviation -> country key; also the keys themselves ("united-states")."""
    forms = {fold(form): key for form, key in gazetteer()[0].items()}
    forms.update({fold(key): key for key in set(gazetteer()[0].values())})
    return forms


@functools.cache
def _country_forms() -> tuple[tuple[str, str], ...]:
    """The country forms, longest first ("united states" before "states")."""
    return tuple(sorted(_countries().items(), key=lambda p: (-len(p[0].split()), p[0])))


def _find(words: str, phrase: str) -> bool:
    return f" {phrase} " in f" {words} "


def place(value: str) -> str | None:
    """The node a value names, or None: an alias of the tree ("u.s. central command forces" -> "us central
    command"), a state's body ("israeli troops" -> "israel defense forces", "zimbabwean soldiers" -> "zimbabwe
    military"), or a state alone or with a word naming it ("the israeli occupation" -> "israel")."""
    words = fold(value.removeprefix("not "))
    if not words:
        return None
    alias = next((node for phrase, node in _aliases() if _find(words, phrase)), None)
    if alias is not None:
        return alias
    found = next(((form, key) for form, key in _country_forms() if _find(words, form)), None)
    if found is None:
        return None
    form, country = found
    rest = _remove(words, form)
    if not rest:
        return country
    kind = next((k for phrase, k in _body_words() if phrase == rest), None)
    if kind == "state":
        return country
    if kind is not None:
        return _body_of(country, kind)
    return None  # "israeli settlers", "palestinian militants": a people is not its state


def _remove(words: str, phrase: str) -> str:
    return " ".join(f" {words} ".replace(f" {phrase} ", " ", 1).split())


def _body_of(country: str, kind: str) -> str:
    """The tree's node for a state's military or police, else a node named for it ("zimbabwe military")."""
    found = next((b.name for b in bodies().values() if b.parent == country and b.body == kind), None)
    return found or f"{country} {kind}"


def lineage(node: str) -> list[str]:
    """The node and every body above it, narrowest first: "us central command", "us military", "united-states"."""
    tree = bodies()
    if node not in tree:
        country, _, kind = node.rpartition(" ")
        return [node, country] if country in tree and kind in {"military", "police"} else []
    chain: list[str] = []
    current: str | None = node
    while current is not None and current in tree and current not in chain:
        chain.append(current)
        current = tree[current].parent
    return chain


def acts_for(narrow: str, broad: str) -> bool:
    """True when `broad` is `narrow` or a body `narrow` acts for."""
    return broad in lineage(narrow)


def body_kinds(value: str) -> set[str]:
    """The kinds of body a value's words name without a state ("soldiers and police" -> {"military", "police"})."""
    words = fold(value.removeprefix("not "))
    return {kind for phrase, kind in _body_words() if kind != "state" and _find(words, phrase)}


def same_actor(a: str, b: str) -> bool:
    """Both values name one node of the tree ("the IDF", "Israeli troops"), or one denial of it."""
    if a.startswith("not ") != b.startswith("not "):
        return False
    node = place(a)
    return node is not None and node == place(b)


@functools.cache
def state_words() -> frozenset[str]:
    """Words that name a state itself after its name or demonym ("government", "regime", "occupation")."""
    return frozenset(fold(w) for w in lexicon("hierarchy").get("actor_bodies", {}).get("state", ()))


@functools.cache
def _unnamed_words() -> frozenset[str]:
    return frozenset(lexicon("hierarchy").get("actor_unnamed", {}).get("words", ()))


def unnamed(value: str) -> bool:
    """Every word of the value says what the doers did or were, none who they were: "gunmen", "the terrorists",
    "unidentified armed men" (data/hierarchy.toml [actor_unnamed])."""
    words = fold(value.removeprefix("not ")).split()
    return bool(words) and all(w in _unnamed_words() or w.removesuffix("s") in _unnamed_words() for w in words)


def narrowest_named(values: Iterable[object]) -> tuple[object, ...]:
    """A source's actor cell without the values another one it asserts names more narrowly: "gunmen" or
    "terrorists" beside "Palestinian Islamic Jihad" (`unnamed`), "Israel" beside "the IDF", "Islamic State" beside
    "Islamic State Khorasan" (a body above another in the tree). One source naming the doers loosely in one sentence
    and by name in the next tells of one actor; the claims behind the cell keep both. Denials stay."""
    found = list(values)
    asserted = [str(v) for v in found if not str(v).startswith("not ")]
    named = [v for v in asserted if not unnamed(v)]
    nodes = {n for n in (place(v) for v in asserted) if n is not None}
    above = {b for n in nodes for b in lineage(n)[1:]}

    def looser(text: str) -> bool:
        if text.startswith("not "):
            return False
        if unnamed(text) and named:
            return True
        node = place(text)
        return node is not None and node in above
    return tuple(v for v in found if not looser(str(v)))
