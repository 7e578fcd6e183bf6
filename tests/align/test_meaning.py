"""align/meaning.py: two free-text values (what the victim was doing) agree only when they say the same thing.

Phrases written for this file in several styles; none is from a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.comparison import Relation
from reconcile.align.meaning import text_rule


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("driving", "driving home from the market", Relation.COMPATIBLE),  # the shorter says less, nothing else
        ("herding sheep", "grazing his sheep", Relation.COMPATIBLE),  # synonyms (compatibility.toml)
        ("fishing off the pier", "fishing from the pier", Relation.COMPATIBLE),
        ("queuing for bread", "queuing for bread at the bakery", Relation.COMPATIBLE),
        ("walking to the store", "walking the dog", Relation.DIFFERENT),  # one word of two in common
        ("on a call with his girlfriend", "on a call with the police", Relation.DIFFERENT),
        ("sleeping", "praying", Relation.DIFFERENT),
        ("carrying explosives", "carrying vegetables to market", Relation.DIFFERENT),
        ("", "walking", Relation.DIFFERENT),
    ],
)
def test_text_rule(a, b, relation):
    assert text_rule(a, b).relation is relation
