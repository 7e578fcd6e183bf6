"""A person's name written after a long title the tagger did not tell apart: "said Minister of Internal Affairs
Pance Toskovski" gives one organisation-like key, "minister of internal affairs pance toskovski", because the
small model finds no person in it and cannot tell where the title ends. When the case names that person with a
given name elsewhere ("Pance Toskovski said"), the key's last words are that name, and the words before it hold a
title or a role: the key is that person.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from reconcile.nlp.names import NAME_PREPOSITIONS
from reconcile.resources import word_set


def titled_links(keys: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(titled key, person key, why) for each organisation key that ends in the full name of one person of the case
    after a title: "org:minister of internal affairs pance toskovski" and "person:pance toskovski"."""
    keys = list(keys)
    people = [k for k in keys if k.startswith("person:") and len(k[7:].split()) >= 2]
    for key in keys:
        if not key.startswith("org:"):
            continue
        words = key[4:].split()
        found = [p for p in people if _ends_in(words, p[7:].split())]
        if len(found) == 1:
            title = " ".join(words[: len(words) - len(found[0][7:].split())])
            yield key, found[0], f"{found[0][7:]!r} follows the title {title!r}"


def _ends_in(words: list[str], name: list[str]) -> bool:
    """`words` are a title and then `name`: the title's first word is a title or a role ("minister"), and no word
    of it is a preposition's last ("of" ends no title)."""
    title = words[: len(words) - len(name)]
    if not title or words[len(title) :] != name or title[-1] in NAME_PREPOSITIONS:
        return False
    return title[0] in _titles()


@functools.cache
def _titles() -> frozenset[str]:
    return word_set("kinds", "roles", "person") | frozenset(
        w.rstrip(".") for w in word_set("kinds", "titles", "words")
    )
