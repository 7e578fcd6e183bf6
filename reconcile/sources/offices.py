"""An office named by its holder speaks for that holder: "the Ombudsman's Office" and "the country's human rights
ombudsman", "the governor's office" and "Governor Lina Torres".

`reconcile.nlp.names` keys an office by its owner ("org:ombudsman office"), so that two offices of a case stay two.
When the case quotes one speaker whose name ends in the owner's words (the one ombudsman, the one governor), the
office is that speaker's; with two (a regional governor and a state governor), neither.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from reconcile.nlp.names import OWNED_NOUNS


def office_links(keys: Iterable[str], root: Callable[[str], str]) -> Iterator[tuple[str, str, str]]:
    """(office key, holder key, why) for each office whose owner is one speaker of the case."""
    keys = list(keys)
    for key in keys:
        words = key.partition(":")[2].split()
        if not key.startswith("org:") or len(words) < 2 or words[-1] not in OWNED_NOUNS:
            continue
        owner = words[:-1]
        holders = [k for k in keys if k != key and k.partition(":")[2].split()[-len(owner):] == owner]
        if holders and len({root(k) for k in holders}) == 1:
            named = " ".join(owner)
            yield key, holders[0], f"the {named}'s office speaks for the one {named} the case quotes"
