"""Where: places tied to the event, normalised to "country" or "place (direction)", with a gazetteer to tell
which country a city belongs to."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, kept_indices, value
from reconcile.claims.when import event_words
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities
from reconcile.resources import lexicon

LOCATIVE = {"in", "near", "at", "on", "across", "outside", "inside", "over", "into", "around", "off"}
"""Prepositions that place an event ("off" a coast: "the trawler sank off Pylos"); "from" and "to" give a route's ends ("flight J2 from Baku to Grozny crashed
near Aktau") or where people came from, not where it happened."""


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
    words_ = [w.strip(",.") for w in text.lower().split()]
    words_ = [w for w in words_ if w not in {"the", "of"}]
    found = [directions[w] for w in words_ if w in directions]
    rest = " ".join(w for w in words_ if w not in directions)
    return f"{rest} ({found[0]})" if found and rest else rest


def is_event_place(token: Token) -> bool:
    """A place word hanging on an event word through a locative preposition ("strike in Kabul", "Kabul strike",
    "the march ended at Freedom Square")."""
    targets = event_words()
    chain = ancestors(token, 4)
    if token.dep_ == "compound" and token.head.lemma_.lower() in targets:
        _, cities, _ = gazetteer()
        return token.lower_ in cities  # "Kabul strike" names a place; "U.S. strike" names who struck
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE:
        return any(_is_event(node, targets) for node in chain[1:])
    return False


def _is_event(node: Token, targets: frozenset[str]) -> bool:
    if node.lemma_.lower() in targets:
        return True
    return node.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in targets for c in node.children
    )


def find_where(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    place_nouns = set(lexicon("facets")["facets"]["event.location"]["place_nouns"])
    for ent in entities(span):
        if ent.root.i not in kept:
            continue
        anchor, tokens = ent.root, list(ent)
        if anchor.dep_ in {"compound", "amod"} and anchor.head.lemma_.lower() in place_nouns:
            anchor, tokens = anchor.head, [*ent, anchor.head]  # "Idlib province", "the Dalgat district"
        named_place = ent.label_ in {"GPE", "LOC", "FAC"} or (
            ent.label_ in {"ORG", "PERSON"} and tokens[-1].lemma_.lower() in place_nouns  # NER calls streets ORG
        )
        if named_place and is_event_place(anchor):
            place = normalise_place(" ".join(t.text for t in tokens))
            yield value("event.location", in_town(place, ctx.town, local=_is_local(ent, tokens)), tokens)


def _is_local(ent: Span, tokens: list[Token]) -> bool:
    """A building, a street or a district: the NER's facility, or a name ending in a local noun ("Tamar Street")."""
    local = set(lexicon("facets")["facets"]["event.location"].get("local_nouns", []))
    return ent.label_ == "FAC" or (tokens[-1].lemma_.lower() in local and country_of(ent.text) is None)


def in_town(place: str, town: str | None, *, local: bool) -> str:
    """"tamar street" in a case about Nerasi -> "tamar street, nerasi": the place at the source's granularity with
    the case's town as its context, when the place lies inside a town and does not name one already."""
    if not local or not town:
        return place
    town_name = normalise_place(town)
    if town_name in place or country_of(place) is not None:
        return place
    return f"{place}, {town_name}"


def anchor_town(place: str | None) -> str | None:
    """The anchor's place when it names a town or a region, not a whole country (a street's context)."""
    if not place:
        return None
    countries, _, _ = gazetteer()
    name = place.lower().removeprefix("the ").strip()
    return None if name in countries else place
