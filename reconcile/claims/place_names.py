"""Place names: the gazetteer that tells which country a name or a city belongs to, and places normalised to
"country" or "place (direction)", inside the case's town where they lie in one."""

from __future__ import annotations

import functools

from reconcile.resources import lexicon


@functools.cache
def gazetteer() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(surface form -> country key, city -> country key, direction word -> canonical direction)."""
    data = lexicon("places")
    countries: dict[str, str] = {}
    for key, entry in data.get("countries", {}).items():
        for form in [*entry.get("names", []), *entry.get("demonyms", []), *entry.get("abbreviations", [])]:
            countries[form.lower()] = key
    cities = {k.lower(): v for k, v in data.get("cities", {}).items()}
    return countries, cities, {k.lower(): v for k, v in data.get("directions", {}).items()}


def country_of(text: str) -> str | None:
    countries, cities, directions = gazetteer()
    words_ = [w for w in text.lower().replace("the ", " ").split() if w not in directions]
    name = " ".join(words_).strip(" ,.")
    return countries.get(name) or cities.get(name) or (countries.get(words_[-1]) if words_ else None)


def normalise_place(text: str) -> str:
    """"NW Syria" -> "syria (north-west)"; "Kabul" -> "kabul"; unknown villages stay as written, lowercased."""
    _, _, directions = gazetteer()
    words_ = [w.strip(",.:;\"“”«»") for w in text.lower().split()]
    words_ = [w for w in words_ if w]
    words_ = [w for w in words_ if w not in {"the", "of"}]
    last = len(words_) - 1
    noun = last > 0 and words_[last] in location_words("local_nouns")  # "the Vozara detention centre" names a centre
    pointing = [w in directions and not (noun and i == last) for i, w in enumerate(words_)]
    found = [directions[w] for w, p in zip(words_, pointing, strict=True) if p]
    rest = " ".join(w for w, p in zip(words_, pointing, strict=True) if not p)
    return f"{rest} ({found[0]})" if found and rest else rest


@functools.cache
def location_words(key: str) -> frozenset[str]:
    """A word list of facets.toml [facets."event.location"], read once."""
    return frozenset(lexicon("facets")["facets"]["event.location"].get(key, []))


def in_town(place: str, town: str | None, *, local: bool) -> str:
    """"tamar street" in a case about Nerasi -> "tamar street, nerasi": the place at the source's granularity with
    the case's town as its context, when the place lies inside a town and does not name one already."""
    if not local or not town:
        return place
    town_name = normalise_place(town)
    if town_name in place or country_of(place) is not None or _named_after_a_town(place):
        return place
    return f"{place}, {town_name}"


def _named_after_a_town(place: str) -> bool:
    """"belgrade hospital": a building named after a town the gazetteer knows, which is where it is."""
    _, cities, _ = gazetteer()
    words_ = place.split()
    return any(" ".join(words_[:k]) in cities for k in range(1, min(3, len(words_) - 1) + 1))


def anchor_town(place: str | None) -> str | None:
    """The anchor's place when it names a town or a region, not a whole country (a street's context)."""
    if not place:
        return None
    countries, _, _ = gazetteer()
    name = place.lower().removeprefix("the ").strip()
    return None if name in countries else place
