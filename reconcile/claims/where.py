"""Where: places tied to the event, normalised to "country" or "place (direction)", with a gazetteer to tell
which country a city belongs to."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, kept_indices, value
from reconcile.claims.site import names_site, split_site
from reconcile.claims.when import event_words
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities, entity_at
from reconcile.resources import lexicon

LOCATIVE = {"in", "near", "at", "on", "across", "outside", "inside", "over", "into", "around", "off"}
"""Prepositions that place an event ("off" a coast: "the trawler sank off Pylos"); "from" and "to" give a route's ends
("flight J2 from Baku to Grozny crashed near Aktau") or where people came from, not where it happened."""


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
    "the march ended at Freedom Square", "a strike on a vehicle transporting three men near Beit Seraj"), not on a
    verb that moved people after it ("the injured were taken to hospitals in Krasnogorsk")."""
    targets = event_words()
    if token.dep_ == "compound" and token.head.lemma_.lower() in targets:
        _, cities, _ = gazetteer()
        return token.lower_ in cities  # "Kabul strike" names a place; "U.S. strike" names who struck
    if token.dep_ == "compound" and token.head.lemma_.lower() in _location("site_nouns"):
        return is_event_place(token.head)  # "a fire broke out in the storage area of our Brennick site"
    holder = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and holder.lemma_.lower() in _holders():
        return is_event_place(holder)  # "crashed near the Kazakh city of Aktau", "the 400 block of Lindell Street"
    befell = holder.pos_ == "NOUN" and holder.lemma_.lower() in targets
    if token.dep_ == "pobj" and token.head.lower_ == "of" and befell:
        return True  # what the event befell: "the shelling of the camp", "the collapse of the Morbi bridge"
    if token.dep_ == "appos" and token.head.lemma_.lower() in targets and token.lemma_.lower() in _holders():
        return True  # a heading: "Officer-involved shooting, 400 block of Lindell Street"
    if token.dep_ == "pobj" and token.head.lower_ == "to" and holder.lemma_.lower() in _destination_verbs():
        return True  # "we marched from Republic Avenue to Freedom Square": where the march went
    if direction_of(token) is not None:  # "sank 47 nautical miles southwest of Pylos"
        return any(_is_event(node, targets) for node in ancestors(holder, 2))
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE:
        return False
    chain = ancestors(token, 8)[1:]
    if any(_moves_people(node) for node in chain[:4]):
        return False
    if chain and chain[0].lemma_.lower() in _occasions():
        return _occasion_of_event(chain[0], targets)
    before = token.doc[token.head.i - 1] if token.head.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in targets:
        return True  # "recovered near the site of the shipwreck off Kalamos": the parser hangs "off" on the verb
    if chain and _object_is_event(chain[0], targets):
        return True
    return any(_is_event(node, targets) for node in chain[:3]) or _phrase_of_event(chain, targets)


def _occasion_of_event(occasion: Token, targets: frozenset[str]) -> bool:
    """An occasion the event happened at is the event's setting ("a stampede broke out at a prayer meeting in
    Sunderpur village"); one it was spoken at is not ("condemned the attack at a press conference in Kyiv")."""
    preposition = occasion.head
    return (occasion.dep_ == "pobj" and preposition.lower_ in LOCATIVE
            and _is_event(preposition.head, targets) and preposition.head.pos_ in {"VERB", "AUX"})


def _object_is_event(verb: Token, targets: frozenset[str]) -> bool:
    """The place's preposition hangs straight on a verb whose object is the event ("regrets the loss of life in
    Harare", "condemned the attack in Kabul"): the parser hangs the place on the verb, the writer on the object.
    Only straight on it: "condemned the attack at a press conference in Kyiv" places the conference."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in targets for c in verb.children)


def _phrase_of_event(chain: list[Token], targets: frozenset[str]) -> bool:
    """Up through nouns, prepositions and participles ("a vehicle transporting three men of the front near X") to
    the first clause's verb, which must be the event's: a place deep in a noun phrase places what the clause says."""
    for node in chain:
        if _is_event(node, targets):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "amod"}:
            return False
    return False


def _moves_people(node: Token) -> bool:
    if node.lemma_.lower() == "take" and any(c.lower_ == "place" for c in node.children):
        return False  # "took place in Kabul" is the event
    return node.pos_ == "VERB" and node.lemma_.lower() in _location("moved_verbs")


def _is_event(node: Token, targets: frozenset[str]) -> bool:
    if node.lemma_.lower() in targets:
        return True
    if node.lemma_.lower() in _location("site_nouns") and any(  # "the site of the shipwreck off Pylos"
        c.lower_ == "of" and any(g.lemma_.lower() in targets for g in c.children) for c in node.children
    ):
        return True
    return node.pos_ in {"VERB", "AUX"} and any(  # "the strike hit ..."
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in targets for c in node.children
    )


def direction_of(token: Token) -> str | None:
    """The direction a place is given from ("southwest of Pylos" -> "south-west"), None when it is given none."""
    _, _, directions = gazetteer()
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    return directions.get(token.head.head.lower_)


def _at_sea(token: Token) -> bool:
    """A distance in a unit of the sea before the direction ("47 nautical miles southwest of Pylos")."""
    word = token.head.head
    return any(t.lower_ in _location("sea_units") for c in word.children for t in c.subtree)


def is_struck_place(token: Token) -> bool:
    """A building or a street that an event verb has as its object or passive subject ("an air strike hit the
    Al-Ahli Arab Hospital", "our hospital was struck"): the place the event happened at."""
    verb = token.head
    return token.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and verb.lemma_.lower() in event_words()


def _holders() -> frozenset[str]:
    """Nouns whose "of" names the place they are part of ("the city of Aktau", "the 400 block of Lindell Street",
    "the storage area of our site")."""
    return _location("place_nouns") | _location("local_nouns") | _location("area_nouns") | _location("site_nouns")


@functools.cache
def _destination_verbs() -> frozenset[str]:
    """Verbs of an event that moves to its place (a march): their "to" names where it happened."""
    return frozenset(lexicon("places").get("routes", {}).get("destination_verbs", []))


def _occasions() -> frozenset[str]:
    """Occasions of speaking ("at a press conference in Kyiv"): a place on one is where it was said."""
    return _location("occasion_nouns")


@functools.cache
def _village_nouns() -> frozenset[str]:
    """Settlements an event can befall ("a landslide hit Mundakkai village"), places.toml [site]."""
    return frozenset(lexicon("places").get("site", {}).get("village_nouns", []))


@functools.cache
def _camp_nouns() -> frozenset[str]:
    """Settlements that lie by a town ("the Lushagala camp"), places.toml [site]."""
    return frozenset(lexicon("places").get("site", {}).get("camp_nouns", []))


def _location(key: str) -> frozenset[str]:
    return frozenset(lexicon("facets")["facets"]["event.location"].get(key, []))


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
    found = [*entities(span), *_unnamed_places(span), *_site_by_kind(span, ctx.site), *_roads_between(span)]
    for ent in sorted(found, key=lambda e: e.start):
        if ent.root.i not in kept or ent.root.i in contained:
            continue
        tokens = _place_tokens(ent)
        if tokens is None:
            continue
        anchor = tokens[-1] if len(tokens) > len(ent) else ent.root
        container = _container(span, tokens[-1].i + 1)
        local = _is_local(ent, tokens)
        village = tokens[-1].lower_ in _village_nouns() | _camp_nouns()
        if not (is_event_place(anchor) or ((local or village) and is_struck_place(anchor))
                or (container is not None and is_event_place(container[-1]))):
            continue
        if container is not None:
            contained.update(t.i for t in container)
        direction = direction_of(ent.root)
        off = ent.root.head.lower_ == "off" or (direction is not None and _at_sea(ent.root))
        yield EventPlace(tokens, container, local, off, direction)


def find_where(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Each place the event happened at, at the precision the source gives: "Crocus City Hall in Krasnogorsk" and
    "Phulrai village in Hathras district" are one place each ("crocus city hall, krasnogorsk", "phulrai, hathras"),
    the container not a second value."""
    for found in event_places(span, ctx):
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


def is_venue(found: EventPlace, venue: str) -> bool:
    """A place that can be the event's most specific place within a town: a building, a street, a square ("the
    Quik Stop", "Lindell Street") or a camp ("the Lushagala camp"); not a town, a village (which may lie by another
    village, not in it), a country, a district or an area (too broad), nor a place named by its kind alone ("the
    hospital")."""
    last = found.tokens[-1].lower_
    broad = frozenset(lexicon("places").get("site", {}).get("broad_nouns", []))
    if _generic(found) or last in broad | _village_nouns() or not (found.local or last in _camp_nouns()):
        return False
    _, cities, _ = gazetteer()
    return venue not in cities and country_of(venue) is None


def kind_mentions(span: Span) -> Iterator[str]:
    """The kinds of the places the event happened at that the statement names by their kind alone ("the rocket hit
    the hospital", "the fire at the camp" -> "hospital", "camp"), to tell which venue of the case they are."""
    kinds = _location("local_nouns") | _camp_nouns()
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
    """"the hospital": a place named by its kind alone (`_site_by_kind`)."""
    return len(found.tokens) == 2 and found.tokens[0].lower_ == "the" and found.tokens[1].is_lower

def _site_by_kind(span: Span, site: str | None) -> Iterator[Span]:
    """"the hospital" where the case's site is a hospital ("the rocket launch that hit the hospital"): the site
    named by its kind, which the NER does not tag."""
    if site is None:
        return
    kind = split_site(site)[0].split()[-1:]
    if not kind or kind[0] not in _location("local_nouns") | _camp_nouns():
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
        found.container[-1].lemma_.lower() in _location("local_nouns")
        and found.tokens[-1].lower_ not in _location("area_nouns"))  # a village's district is no city's
    while len(tokens) > 1 and tokens[-1].lower_ in _location("area_nouns"):
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    return _text(tokens), not local


def _place_tokens(ent: Span) -> list[Token] | None:
    """The words of a named place, with the noun it names ("Idlib province", "the Dalgat district"); None when the
    entity is no place."""
    place_nouns = _location("place_nouns")
    anchor, tokens = ent.root, list(ent)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ == "of" and ent[-1].lemma_.lower() in place_nouns:
        return None  # "the Kazakh city of Aktau" names Aktau
    if anchor.dep_ in {"compound", "amod"} and anchor.head.lemma_.lower() in place_nouns | _location("area_nouns"):
        tokens = [*ent, anchor.head]  # "Idlib province", "the Sikandrarao area"
    if ent.label_ in {"GPE", "LOC", "FAC"}:
        return tokens
    if ent.label_ in {"ORG", "PERSON"} and tokens[-1].lemma_.lower() in place_nouns:
        return tokens  # NER calls streets ORG
    if ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and tokens[-1].lemma_.lower() in _location("area_nouns"):
        return tokens  # a district the NER took for a nationality ("Hathras district"), not "the Uzbek city"
    if (ent.label_ in {"ORG", "PERSON"} and len(ent) <= 2 and all(t.pos_ == "PROPN" for t in ent)
            and ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in _location("site_nouns")):
        return tokens  # "our Brennick site": the town the site is in, where the NER saw a person
    if ent.label_ in {"ORG", "PERSON", "NORP"} and ent.root.dep_ == "pobj":
        if ent.root.head.lower_ in _location("place_prepositions") and ent.root.pos_ == "PROPN":
            return tokens  # "sank off Pylos", where the NER saw a person
        if direction_of(ent.root) is not None and ent.root.pos_ == "PROPN":
            return tokens  # "southwest of Pylos"
    return None


def _container(span: Span, i: int) -> list[Token] | None:
    """The town or district a place is written in, right after it: "<place> in <town>", "<place>, <town>" or
    "<place> on <street>" ("outside the Quik Stop on Lindell St."). A comma followed by "and"/"or" later is a
    list of places, not an address."""
    doc = span.doc
    if i + 1 >= span.end or doc[i].lower_ not in {"in", ",", "on", "of"}:
        return None
    if doc[i].lower_ == "of" and doc[i - 1].lower_ not in _location("area_nouns"):
        return None  # "the Sikandrarao area of Hathras district" is in the district; "the bridge of X" names it
    j = i + 1 + (doc[i + 1].lower_ == "the")
    ent = entity_at(doc[j]) if j < len(doc) else None  # Doc.ents would rebuild every entity of the Doc
    ents = [ent] if ent is not None and ent.start == j and ent.end <= span.end else []
    tokens = (_street_cut(ents[0]) or _container_tokens(ents[0])) if ents else (
        _unnamed_street(doc, j, span.end) or _unnamed_town(doc, i, j, span.end))
    last = tokens[-1].lower_.rstrip(".") if tokens else ""
    if tokens is None or (doc[i].lower_ == "on" and last != "st" and last not in _location("local_nouns")):
        return None
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if doc[i].text == "," and after is not None and after.lower_ in {"and", "or"}:
        return None  # "Gaza, Rafah and Khan Younis": a list, not an address
    return tokens


def _street_cut(ent: Span) -> list[Token] | None:
    """A street whose "St." ends the sentence, which the NER runs into the next one ("outside the Quik Stop on
    Lindell St. Police can't even get his name right" tags "Lindell St. Police"): the words up to "St."."""
    cut = next((t.i for t in ent[1:] if t.lower_ in {"st.", "st"}), None)
    return list(ent.doc[ent.start : cut + 1]) if cut is not None and cut + 1 < ent.end else None


def _container_tokens(ent: Span) -> list[Token] | None:
    """A town the NER took for an organisation ("near Bahanaga Bazar station, Balasore,") still contains the place
    before it when it is a short proper name."""
    tokens = _place_tokens(ent)
    if tokens is None and ent.label_ in {"ORG", "PERSON"} and len(ent) <= 2 and all(t.pos_ == "PROPN" for t in ent):
        return list(ent)  # "near Orvik station, Dunmore," where the NER saw a person
    return tokens


def _unnamed_places(span: Span) -> Iterator[Span]:
    """Names with a place noun that the NER left untagged ("Our Al-Ahli Arab Hospital in Gaza City")."""
    nouns = _location("local_nouns") | _location("area_nouns")
    tagged = {i for ent in entities(span) if not _misread(ent) for i in range(ent.start, ent.end)}  # no Token made
    for token in span:
        if token.i in tagged or token.lemma_.lower() not in nouns:
            continue
        before = span.doc[token.i - 1] if token.i > span.start else None
        if not token.text[:1].isupper() and (before is None or before.pos_ != "PROPN" or before.i in tagged):
            continue  # "Orvik station": a name and a lower-case place noun
        start = token.i
        while start > span.start and span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].i not in tagged:
            start -= 1
        while start > span.start and span.doc[start - 1].text == "-" and start - 2 >= span.start:
            start -= 2  # "Al-Ahli"
        if start < token.i:  # a village or a district is an area, not a building (`_is_local`)
            yield Span(span.doc, start, token.i + 1, label="GPE" if token.lower_ in _location("area_nouns") else "FAC")


def _roads_between(span: Span) -> Iterator[Span]:
    """A road given by the places it joins ("on the road between Beit Seraj and Tel Zuhur"): one place, where the
    parse hangs each town on "between", which places nothing by itself."""
    roads = frozenset(lexicon("places").get("routes", {}).get("road_nouns", []))
    doc = span.doc
    for token in span:
        if token.lemma_.lower() not in roads or token.i + 4 >= span.end or doc[token.i + 1].lower_ != "between":
            continue
        first = _proper_run(doc, token.i + 2, span.end)
        if first == token.i + 2 or first >= span.end or doc[first].lower_ != "and":
            continue
        second = _proper_run(doc, first + 1, span.end)
        if second > first + 1:
            yield Span(doc, token.i, second, label="GPE")


def _proper_run(doc, i: int, end: int) -> int:
    """The index after the proper names that start at `i`."""
    while i < end and doc[i].pos_ == "PROPN":
        i += 1
    return i


def _misread(ent: Span) -> bool:
    """A number's label on words without a digit ("Sundarpur village" as PERCENT): the NER's guess, not a number."""
    return ent.label_ in {"PERCENT", "CARDINAL", "QUANTITY", "MONEY", "ORDINAL"} and not any(t.like_num for t in ent)


def _unnamed_town(doc, i: int, j: int, end: int) -> list[Token] | None:
    """A town the NER left untagged after "in" ("the Saint Brigid Hospital in Lorne on Tuesday"): one or two proper
    names no entity holds, then no further proper name."""
    k = j
    while k < end and k - j < 3 and doc[k].pos_ == "PROPN" and not doc[k].ent_type_ and doc[k].text[:1].isupper():
        k += 1
    if doc[i].lower_ != "in" or k == j or k - j > 2 or (k < end and doc[k].pos_ == "PROPN"):
        return None
    return list(doc[j:k])


def _unnamed_street(doc, j: int, end: int) -> list[Token] | None:
    """A name and a place noun the NER left untagged ("Lindell St.")."""
    k = j
    while k < end and doc[k].pos_ == "PROPN" and doc[k].lower_.rstrip(".") not in {"st"}:
        k += 1
    if k == j or k >= end:
        return None
    noun = doc[k].lower_.rstrip(".")
    return list(doc[j : k + 1]) if noun == "st" or noun in _location("place_nouns") else None


def _text(tokens: list[Token]) -> str:
    """The words as written ("Al-Ahli", not "Al - Ahli"), expanding a street's "St."."""
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return re.sub(r"\bSt\.?$", "Street", text)


def _short(place: str) -> str:
    """"phulrai village" -> "phulrai", "hathras district" -> "hathras": the kind of area goes once the place is
    written with its container."""
    words_ = place.split()
    if len(words_) > 1 and words_[-1] in _location("area_nouns"):
        return " ".join(words_[:-1])
    if len(words_) > 2 and words_[0] in _location("area_nouns") and words_[1] == "of":
        return " ".join(words_[2:])
    return place


def _is_local(ent: Span, tokens: list[Token]) -> bool:
    """A building, a street or a district: the NER's facility, or a name ending in a local noun ("Tamar Street")."""
    local = _location("local_nouns")
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
