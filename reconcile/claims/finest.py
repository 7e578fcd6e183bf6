"""The finest place a source gave of the case's site: a source that names the site ("the crash site near Aktau")
and, in another statement, only its country ("the plane that crashed in Kazakhstan") is shown with the site alone.
Both are true, but the cell's two values read as two places, and the coarser one says nothing the finer does not.
A country the site does not lie in, another town, or a place of another event stays. Where the case has no site
(no venue), its town stands for it: "near Aktau" and "in Kazakhstan" from one source show Aktau."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reconcile.claims.place_names import country_of, gazetteer, normalise_place
from reconcile.claims.site import split_site
from reconcile.model import Claim
from reconcile.resources import lexicon

FACET = "event.location"


def sources_naming(claims: Iterable[Claim], site: str | None) -> frozenset[str]:
    """The sources that give the case's site in a statement about the case's event."""
    if not site:
        return frozenset()
    return frozenset(c.source_id for c in claims if c.other_event is None
                     and any(fv.facet == FACET and fv.value == site for fv in c.facets))


def without_coarser(claim: Claim, site: str | None, country: str | None, naming: frozenset[str]) -> Claim:
    """The claim less the places coarser than the site (its country, its town alone) when its source gives the
    site elsewhere (`naming`)."""
    if not site or claim.source_id not in naming or claim.other_event is not None:
        return claim
    kept = tuple(fv for fv in claim.facets if fv.facet != FACET or not coarser(str(fv.value), site, country))
    return claim if len(kept) == len(claim.facets) else replace(claim, facets=kept)


def _broad(name: str) -> bool:
    """"moscow region", "hathras district": an area wider than a venue, by its last word (places.toml broad_nouns)."""
    words = name.split()
    return len(words) > 1 and words[-1] in frozenset(lexicon("places").get("site", {}).get("broad_nouns", []))


def coarser(place: str, site: str, country: str | None) -> bool:
    """"kazakhstan", "krasnogorsk" or "moscow region" beside the site "crocus city hall, krasnogorsk" (in Russia): a
    place that holds the site, so says less of it. "syria (north-west)" is Syria given a part; a country other than
    the case's is not coarser, it is elsewhere."""
    _, cities, _ = gazetteer()
    name = normalise_place(place).partition(" (")[0]
    town = split_site(site)[1]
    if place == site:
        return False
    if name == town or _broad(name):
        return True  # the town alone, or a region, district or province beside the site the source gives
    key = country_of(name) if name not in cities else None  # "democratic republic congo" is a country; Goma is not
    site_country = cities.get(town) or country
    return key is not None and (site_country is None or key == site_country)
