"""align.compare's place rule: a place and the sea off it, a direction from a town, a place inside its town."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("off kalamos", "kalamos", Relation.COMPATIBLE),  # the sea off a town and the town
        ("off kalamos (south-west)", "off kalamos", Relation.COMPATIBLE),
        ("kalamos (south-west)", "kalamos (north)", Relation.CONFLICT),  # two sides of one town
        ("tamar street, dunmore", "dunmore", Relation.COMPATIBLE),  # a street in its town
        ("kabul", "syria", Relation.CONFLICT),  # two countries
        ("kandahar (north)", "afghanistan", Relation.COMPATIBLE),
    ],
)
def test_place(a, b, relation):
    assert compare("place", a, b).relation is relation
