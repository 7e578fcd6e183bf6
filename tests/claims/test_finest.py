"""claims/finest.py: a source that gives the case's site shows it alone, not beside the country or town that holds
it. Values written for these tests (invented places beside gazetteer countries), none from a gold case."""

from __future__ import annotations

import pytest

from reconcile.claims.finest import coarser, sources_naming, without_coarser
from reconcile.model import Certainty, Claim, FacetValue, Polarity, QuoteKind


@pytest.mark.parametrize(
    "place, site, country, expected",
    [
        ("kazakhstan", "aktau", "kazakhstan", True),  # the country of the site
        ("syria (north-west)", "orchard mill, idlib", "syria", True),  # the country, given a part
        ("idlib", "orchard mill, idlib", "syria", True),  # the site's town alone
        ("aktau", "aktau", "kazakhstan", False),  # the site itself
        ("russia", "aktau", "kazakhstan", False),  # another country: elsewhere, not coarser
        ("grozny", "aktau", "kazakhstan", False),  # another town
        ("orchard street, idlib", "orchard mill, idlib", "syria", False),  # another venue in the town
        ("idlib province", "orchard mill, idlib", "syria", True),  # a province beside the site
    ],
)
def test_coarser(place, site, country, expected):
    assert coarser(place, site, country) is expected


def _claim(source: str, *places: str, other: str | None = None) -> Claim:
    facets = tuple(FacetValue("event.location", p, p, 0, len(p)) for p in places)
    return Claim(id=source + "".join(places), source_id=source, document_id="d", start=0, end=1, text="x",
                 quote=QuoteKind.INDIRECT, cue=None, certainty=Certainty.CERTAIN,
                 polarity=Polarity.POSITIVE, via=None, facets=facets, other_event=other)


def test_a_source_that_gives_the_site_loses_the_country_it_gave_elsewhere():
    claims = [_claim("kremlin", "aktau"), _claim("kremlin", "kazakhstan"), _claim("wire", "kazakhstan"),
              _claim("kremlin", "russia")]
    naming = sources_naming(claims, "aktau")
    assert naming == frozenset({"kremlin"})
    kept = [[fv.value for fv in without_coarser(c, "aktau", "kazakhstan", naming).facets] for c in claims]
    assert kept == [["aktau"], [], ["kazakhstan"], ["russia"]]  # the wire named no site; Russia is elsewhere


def test_a_site_named_only_about_another_event_counts_for_nothing():
    claims = [_claim("wire", "aktau", other="dated 2014, not 2024"), _claim("wire", "kazakhstan")]
    assert sources_naming(claims, "aktau") == frozenset()
