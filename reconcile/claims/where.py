"""Where: the places the event happened at, at the precision the source gives ("crocus city hall, krasnogorsk"),
and what the case's site is read from: venues, towns and places named by their kind. The gazetteer is in
`place_names`, whether a place word is the event's in `place_ties`, the words of a place in `place_mentions`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, kept_indices, value
from reconcile.claims.place_mentions import (
    container_of,
    is_local,
    place_tokens,
    possessor_of,
    roads_between,
    unnamed_places,
)
from reconcile.claims.place_names import country_of, gazetteer, in_town, location_words, normalise_place
from reconcile.claims.place_ties import direction_of, is_event_place, is_struck_place
from reconcile.claims.site import names_site, split_site
from reconcile.claims.site_mentions import named_parts, site_mentions
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities
from reconcile.resources import lexicon


def _at_sea(token: Token) -> bool:
    """A distance in a unit of the sea before the direction ("47 nautical miles southwest of Pylos")."""
    word = token.head.head
    return any(t.lower_ in location_words("sea_units") for c in word.children for t in c.subtree)


@functools.cache
def village_nouns() -> frozenset[str]:
    """Settlements an event can befall ("a landslide hit Mundakkai village"), places.toml [site]."""
    return frozenset(lexicon("places").get("site", {}).get("village_nouns", []))


@functools.cache
def _camp_nouns() -> frozenset[str]:
    """Settlements that lie by a town ("the Lushagala camp"), places.toml [site]."""
    return frozenset(lexicon("places").get("site", {}).get("camp_nouns", []))


@dataclass(frozen=True)
class EventPlace:
    """A place the event happened at: its words, the town or district it is written in ("Crocus City Hall in
    Krasnogorsk"), whether it lies inside a town (a building, a street) and whether the event was off it at sea."""

    tokens: list[Token]
    container: list[Token] | None
    local: bool
    off: bool
    direction: str | None = None


def event_places(span: Span, ctx: Context) -> Iterator[EventPlace]:
    """Each place in the statement that the parse ties to the event, with its container."""
    kept = kept_indices(span, ctx)
    contained: set[int] = set()
    ents = [_as_town(ent, ctx.town) for ent in entities(span)]
    found = [*ents, *unnamed_places(span), *_site_by_kind(span, ctx.site), *roads_between(span)]
    for ent in sorted(found, key=lambda e: e.start):
        if ent.root.i not in kept or ent.root.i in contained:
            continue
        tokens = place_tokens(ent)
        if tokens is None:
            continue
        anchor = tokens[-1] if len(tokens) > len(ent) else ent.root
        container = container_of(span, tokens[-1].i + 1) or possessor_of(span, tokens)
        local = is_local(ent, tokens)
        village = tokens[-1].lower_ in village_nouns() | _camp_nouns()
        if not (is_event_place(anchor) or ((local or village) and is_struck_place(anchor))
                or (container is not None and is_event_place(container[-1]))):
            continue
        if container is not None:
            contained.update(t.i for t in container)
        direction = direction_of(ent.root)
        off = ent.root.head.lower_ == "off" or (direction is not None and _at_sea(ent.root))
        yield EventPlace(tokens, container, local, off, direction)


def _as_town(ent: Span, town: str | None) -> Span:
    """The case's town however the NER labels it ("in the central market of Tarvi", Tarvi taken for an
    organisation): the documents together have said it is the event's place."""
    if town is None or ent.label_ in {"GPE", "LOC", "FAC"} or not all(t.pos_ == "PROPN" for t in ent):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="GPE") if normalise_place(ent.text) == normalise_place(town) else ent


def find_where(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Each place the event happened at, at the precision the source gives: "Crocus City Hall in Krasnogorsk" and
    "Phulrai village in Hathras district" are one place each ("crocus city hall, krasnogorsk", "phulrai, hathras"),
    the container not a second value. A statement that names no place but speaks of the case's by "the scene",
    "the site", the site's kind or "here" (`site_mentions`) gives the case's site, else its town."""
    given = False
    for found in event_places(span, ctx):
        given = True
        place, tokens = normalise_place(_text(found.tokens)), found.tokens
        if ctx.site is not None and _is_site(found, ctx.site):
            yield value("event.location", ctx.site, [*tokens, *(found.container or [])])
            continue
        if _generic(found):
            continue  # "the hospital in Gaza" where the site is in Gaza City: a hospital, not known to be the site
        if found.direction is not None:
            place = f"{place} ({found.direction})"
        if found.container is not None:
            place = f"{_short(place)}, {_short(normalise_place(_text(found.container)))}"
            tokens = [*tokens, *found.container]
        elif found.off:
            place = f"off {place}"  # at sea near the town, not in it
        else:
            place = in_town(place, ctx.town, local=found.local)
        yield value("event.location", place, tokens)
    if not given:
        mention = next(named_parts(span, ctx), None) or next(site_mentions(span, ctx), None)
        if mention is not None:
            yield value("event.location", ctx.site or normalise_place(ctx.town or ""), mention)


def is_venue(found: EventPlace, venue: str) -> bool:
    """A place that can be the event's most specific place within a town: a building, a street, a square ("the
    Quik Stop", "Lindell Street") or a camp ("the Lushagala camp"); not a town, a village (which may lie by another
    village, not in it), a country, a district or an area (too broad), nor a place named by its kind alone ("the
    hospital")."""
    last = found.tokens[-1].lower_
    broad = frozenset(lexicon("places").get("site", {}).get("broad_nouns", []))
    if _generic(found) or last in broad | village_nouns() or not (found.local or last in _camp_nouns()):
        return False
    _, cities, _ = gazetteer()
    return venue not in cities and country_of(venue) is None


def kind_mentions(span: Span) -> Iterator[str]:
    """The kinds of the places the event happened at that the statement names by their kind alone ("the rocket hit
    the hospital", "the fire at the camp" -> "hospital", "camp"), to tell which venue of the case they are."""
    kinds = location_words("local_nouns") | _camp_nouns()
    for token in span:
        if token.lower_ not in kinds or token.i == span.start or span.doc[token.i - 1].lower_ != "the":
            continue
        after = span.doc[token.i + 1] if token.i + 1 < len(span.doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.lower_ == "of"):
            continue  # "the hospital of Saint Luke", "the camp Mugunga": a name follows
        if is_event_place(token) or is_struck_place(token):
            yield token.lower_


def place_parts(found: EventPlace) -> tuple[str, str | None]:
    """The place and its container as `find_where` writes them ("phulrai", "hathras" for "Phulrai village in
    Hathras district")."""
    container = _short(normalise_place(_text(found.container))) if found.container is not None else None
    return _short(normalise_place(_text(found.tokens))), container


def _is_site(found: EventPlace, site: str | None) -> bool:
    """The place names a part of the case's site (`claims.site`); a place at sea off a town or a direction from it
    is given from the town, not at it."""
    if site is None or found.off or found.direction is not None:
        return False
    venue, container = place_parts(found)
    return names_site(venue, container, site, generic=_generic(found))


def _generic(found: EventPlace) -> bool:
    """"the hospital": a place named by its kind alone (`_site_by_kind`), also in a title's capitals ("Death at the
    Station: ...")."""
    second = found.tokens[-1]
    kinds = location_words("local_nouns") | _camp_nouns()
    return (len(found.tokens) == 2 and found.tokens[0].lower_ == "the"
            and (second.is_lower or second.lower_.rstrip(":;,.") in kinds))

def _site_by_kind(span: Span, site: str | None) -> Iterator[Span]:
    """"the hospital" where the case's site is a hospital ("the rocket launch that hit the hospital"): the site
    named by its kind, which the NER does not tag."""
    if site is None:
        return
    kind = split_site(site)[0].split()[-1:]
    if not kind or kind[0] not in location_words("local_nouns") | _camp_nouns():
        return  # "the mine", "the camp"
    for token in span:
        if token.lower_ == kind[0] and token.i > span.start and span.doc[token.i - 1].lower_ == "the":
            after = span.doc[token.i + 1] if token.i + 1 < len(span.doc) else None
            if after is None or after.pos_ != "PROPN" and after.lower_ != "of":
                yield Span(span.doc, token.i - 1, token.i + 1, label="FAC")


def town_name(found: EventPlace) -> tuple[str, bool]:
    """The town the event happened in as written ("Balasore" from "Bahanaga Bazar, Balasore district"), and whether
    it is one: a building or a street names no town, nor does a district of a city ("9 Tamar Street in Dalgat
    district", a district of Nerasi); the district a village is written in does ("Phulrai village in Hathras
    district")."""
    tokens = found.container or found.tokens
    local = found.local if found.container is None else (
        found.container[-1].lemma_.lower() in location_words("local_nouns")
        and found.tokens[-1].lower_ not in location_words("area_nouns"))  # a village's district is no city's
    while len(tokens) > 1 and tokens[-1].lower_ in location_words("area_nouns"):
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    return _text(tokens), not local


def _text(tokens: list[Token]) -> str:
    """The words as written ("Al-Ahli", not "Al - Ahli"), expanding a street's "St."."""
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return re.sub(r"\bSt\.?$", "Street", text)


def _short(place: str) -> str:
    """"phulrai village" -> "phulrai", "hathras district" -> "hathras": the kind of area goes once the place is
    written with its container."""
    words_ = place.split()
    if len(words_) > 1 and words_[-1] in location_words("area_nouns"):
        return " ".join(words_[:-1])
    if len(words_) > 2 and words_[0] in location_words("area_nouns") and words_[1] == "of":
        return " ".join(words_[2:])
    return place
