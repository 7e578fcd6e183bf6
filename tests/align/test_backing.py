"""align/backing.py: support counts a value that says as much or more, never one that says less.

Values written for this file; none is from a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.align.backing import backs
from reconcile.align.status import row_for
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind


@pytest.mark.parametrize(
    "kind, backer, backed, expected",
    [
        ("number", 43, [24, 99], True),  # "43 dead" says there were dozens
        ("number", [24, 99], 43, False),  # "dozens" does not say 43
        ("number", [50, None], 57, False),  # "at least 50" does not say 57
        ("number", 57, [50, None], True),
        ("range", [2000, 5000], [1000, None], True),  # two estimates of one crowd back each other
        ("number", 300, 288, True),  # a round figure and the exact one it stands for
        ("date", "2025-03-10", "2025-03", True),
        ("date", "2025-03", "2025-03-10", False),
        ("weapon", "hellfire", "missile", True),
        ("weapon", "missile", "hellfire", False),
        ("event.type", "drone strike", "air strike", True),
        ("event.type", "air strike", "drone strike", False),
        ("weapon", "drone", "missile", True),  # a platform and what it fires: compatible, neither under the other
        ("place", "nerasi", "tamar street, nerasi", True),  # places keep their own rule
        ("status", "civilian", "farmer", True),
    ],
)
def test_backs(kind, backer, backed, expected):
    assert backs(kind, backer, backed) is expected


def test_a_vague_count_backs_neither_of_two_rival_figures():
    # wire: "dozens were killed"; health office: "43 dead"; rebel television: "47 dead"
    items = []
    for i, (source, value) in enumerate((("wire", [24, 99]), ("health", 43), ("tv", 47))):
        fv = FacetValue("casualties.killed", value, str(value), 0, 5)
        claim = Claim(f"c{i}", source, f"d{i}", 0, 5, "text", QuoteKind.INDIRECT, "said", Certainty.CERTAIN,
                      Polarity.POSITIVE, None, (fv,))
        items.append((claim, fv))
    row = row_for("casualties.killed", items, {"wire": "Wire", "health": "Health", "tv": "TV"},
                  ["wire", "health", "tv"])
    assert row.support == {"24–99": 3, "43": 1, "47": 1}
