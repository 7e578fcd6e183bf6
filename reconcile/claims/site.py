"""The case's event place as a whole ("crocus city hall, krasnogorsk"), and which mentions name a part of it.

Accounts of one event name its place at the precision each has: the venue ("Crocus City Hall"), its town
("Krasnogorsk"), both ("Crocus City Hall in Krasnogorsk"), the venue in a wider area ("Crocus City Hall in the
Moscow region") or the place by its kind ("the hospital"). Read alone, each is a different value and the row
looks split. The case's documents together give the whole (`anchor.infer_anchor`); a mention that names the
venue, the town alone, or the venue's kind with "the" is the same place, so it takes the whole as its value while
its quote keeps the source's words. A mention of any other place stays as said: another building in the town
("Kasra hospital in Tehran"), another town, a country or a region. A country or region alone ("in Kazakhstan", "in
the Moscow region") is not made the site: it is compatible with the site in the align stage (`compare._place`),
not the same.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

from reconcile.claims.place_names import gazetteer
from reconcile.resources import lexicon

SPELLING_SIMILARITY = 85
"""Similarity (0-100) at which two names, their transliterated letters folded, are spellings of one ("Sunderpur" and
"Sundarpur": 89; "Gaza" and "Giza": 75)."""


WIDE_AREAS = (" region", " oblast", " province", " governorate", " state")
"""Endings of areas wider than a town, which a region named after its town ("the Krasnogorsk region") still is."""


@functools.cache
def _kind_words() -> frozenset[str]:
    return frozenset(lexicon("places").get("site", {}).get("kind_words", []))


def name_words(name: str) -> list[str]:
    """The words that name a place, without the words that say what kind of place it is: "Al-Ahli Arab (Baptist)
    Hospital" -> ["al", "ahli", "arab", "hospital"]; "bahanaga bazar railway station" -> ["bahanaga", "bazar"]."""
    words = re.findall(r"[\w']+", name.lower())
    return [w for w in words if w not in _kind_words()]


def same_venue(a: str, b: str) -> bool:
    """Two names of one venue: equal once kind words go, or one the start of the other ("Al-Ahli Hospital" and
    "Al-Ahli Arab Hospital" share the start "al ahli"), or the same name spelled two ways ("Fulrai", "Phulrai").
    "City Hall" is not "Crocus City Hall": a name must match from its first word."""
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b:
        return False
    short, long = sorted((words_a, words_b), key=len)
    if short[-1:] == long[-1:] and len(short) > 1 and long[: len(short) - 1] == short[:-1]:
        return True  # "al-ahli hospital" starts "al-ahli arab hospital" and ends as it does
    return fuzz.ratio(_fold(" ".join(short)), _fold(" ".join(long[: len(short)]))) >= SPELLING_SIMILARITY


def _fold(name: str) -> str:
    """One spelling for letters transliterations write differently ("phulrai" -> "fulrai")."""
    for written, folded in _spelling_folds():
        name = name.replace(written, folded)
    return name


@functools.cache
def _spelling_folds() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in lexicon("places").get("site", {}).get("spelling_folds", []))


def split_site(site: str) -> tuple[str, str]:
    """"crocus city hall, krasnogorsk" -> ("crocus city hall", "krasnogorsk")."""
    venue, _, town = site.rpartition(", ")
    return venue, town


def names_site(venue: str, container: str | None, site: str | None, *, generic: bool = False) -> bool:
    """Whether a mention names the case's site: its venue (alone or in the site's town or a wider area that is no
    other town), its town alone, or, when `generic` ("the hospital"), the venue's kind.

    Args:
        venue: the mention's place, normalised and without its kind of area ("phulrai" for "Phulrai village").
        container: the town or area it is written in, normalised the same way; None when it has none.
        site: the case's site ("venue, town"), None when the case has none.
        generic: the mention is "the" and a place noun only ("the hospital").
    """
    if not site:
        return False
    site_venue, site_town = split_site(site)
    if generic:
        return container in {None, site_town} and venue.split()[-1:] == site_venue.split()[-1:]
    if container is None:  # the town however written ("Gaza" for Gaza City, "Hathras district"), or the venue
        town = venue == site_town or (same_venue(venue, site_town) and not venue.endswith(WIDE_AREAS))
        return town or same_venue(venue, site_venue)
    return same_venue(venue, site_venue) and (container == site_town or not _other_town(container, site_town))


def _other_town(container: str, town: str) -> bool:
    """A container that is a known town other than the site's: "al-ahli hospital in Khan Younis" is elsewhere;
    "in the Moscow region" is an area the site lies in."""
    _, cities, _ = gazetteer()
    return container != town and container in cities and not container.endswith(WIDE_AREAS)


def choose_site(found: Iterable[tuple[str, str, str]]) -> str | None:
    """The site from (venue, container, document id) triples of venues written in the case's town: the venue the
    most documents give (one venue however each spells it), then the most mentions; shown in its shortest spelling
    ("bahanaga bazar" over "bahanaga bazar station") with the container most of them give."""
    groups = _by_venue(found)
    if not groups:
        return None
    best = min(groups, key=lambda g: (-len({d for _, _, d in g}), -len(g), g[0][0]))
    venue = min((v for v, _, _ in best), key=lambda v: (len(v), v))
    containers = Counter(c for _, c, _ in best)
    return f"{venue}, {max(containers, key=lambda c: (containers[c], c))}"


def venue_apart(found: Iterable[tuple[str, str, str]], elsewhere: Iterable[str] = (),
                kinds: Iterable[tuple[str, str]] = (), town: str | None = None) -> str | None:
    """The venue from (venue, document id, kind) triples of venues the event sentences name with no town ("outside
    the Quik Stop on Lindell Street" in one account, "on Lindell Street" in another): the one named by two documents
    or more and by more documents than any other venue (two venues that tie are two places, neither the site), never one
    that a document writes in another town (`elsewhere`); shown in its shortest spelling.

    A document that names the event's place by its kind alone ((kind, document id) pairs in `kinds`: "the rocket
    hit the hospital") supports the one venue of that kind ("Al-Ahli Hospital"); with two venues of a kind it
    supports neither. A venue named after the case's `town` ("Kramatorsk station", "the Kramatorsk railway station")
    is shown in its fullest spelling."""
    groups = _by_venue(found)
    other = list(elsewhere)
    groups = [g for g in groups if not any(same_venue(g[0][0], venue) for venue in other)]
    kind_of = [g[0][2] for g in groups]
    by_kind = {kind: {d for k, d in kinds if k == kind} for kind in kind_of if kind_of.count(kind) == 1}
    support = [({d for _, d, _ in g} | by_kind.get(kind, set()), g) for g, kind in zip(groups, kind_of, strict=True)]
    ranked = sorted(support, key=lambda item: -len(item[0]))
    documents = [len(docs) for docs, _ in ranked]
    if not documents or documents[0] < 2 or (len(documents) > 1 and documents[1] == documents[0]):
        return None
    spellings = [v for v, _, _ in ranked[0][1]]
    if town and name_words(spellings[0]) == name_words(town):  # "kramatorsk railway station": named after its town,
        return max(spellings, key=lambda v: (len(v), v))  # its fullest name says which building of the town it is
    return min(spellings, key=lambda v: (len(v), v))


def village_in_area(areas: Iterable[str], town: str) -> str | None:
    """The one district or province the event sentences name (`areas`, normalised, "wayanad") when the case's
    place is a village ("Mundakkai village" here, "the landslide in Wayanad district" there): the village's
    container; none when they name two, or only the village itself."""
    named = {area for area in areas if area != town and not same_venue(area, town)}
    return next(iter(named)) if len(named) == 1 else None


def settlement_in_district(settlements: Iterable[tuple[str, str]], naming: dict[str, set[str]],
                           district: str) -> str | None:
    """The village the event befell where the case's place is its district ("landslips occurred at Kerma" in a
    bulletin, "most of Kerma village" in the wire, "in Kerma" in an interview; "Dorli district" in all): among the
    places (venue, document id) the event sentences name with no container, the one the most documents name
    anywhere (`naming`: normalised name -> documents), two at least and more than any other; none on a tie."""
    names = {venue for venue, _ in settlements if venue != district and not same_venue(venue, district)}
    ranked = sorted(((len(naming.get(name, set())), name) for name in names), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _by_venue(found: Iterable[tuple[str, str, str]]) -> list[list[tuple[str, str, str]]]:
    """Triples whose first item names one venue however each spells it, grouped in the order first seen."""
    groups: list[list[tuple[str, str, str]]] = []
    for item in found:
        group = next((g for g in groups if same_venue(g[0][0], item[0])), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return groups
