"""The case's site gathered from all its documents: the event's most specific place (a venue, a street, a
village) and the town or district it lies in, whether one sentence writes them together ("Crocus City Hall in
Krasnogorsk") or the documents give them apart (a venue here, its town in another account; a village in one
paragraph, its district in another). How each mention is then matched with the site is `claims/site.py`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from reconcile.claims.context import Context
from reconcile.claims.place_names import country_of, gazetteer, location_words, normalise_place
from reconcile.claims.site import choose_site, same_venue, settlement_in_district, venue_apart, village_in_area
from reconcile.claims.when import recalled_sentences
from reconcile.claims.where import event_places, is_venue, kind_mentions, place_parts, town_name, village_nouns
from reconcile.model import Document
from reconcile.nlp.spans import entities, sentence_of
from reconcile.resources import lexicon


def case_site(docs: Sequence[Doc], documents: Sequence[Document], place: str, *, town_said: bool = True) -> str | None:
    """The venue that the documents write in the anchor's town ("the shooting at Crocus City Hall in Krasnogorsk"),
    with that town, or the anchor's town written in its district ("in Phulrai village in Hathras district" where
    the anchor is Phulrai): the case's place as a whole. Sentences recalling another event are not read.

    When no document writes the two together, the venue the event sentences name apart from any town ("the
    shooting outside the Quik Stop on Lindell Street" here, "the shooting in Harwick" there) is composed with the
    anchor's town (`site.venue_apart`), only when a sentence names that town (`town_said`): a town known from
    datelines alone may be where the reporters sit."""
    town = place_parts_of(place)
    ctx = Context()
    found: list[tuple[str, str, str]] = []
    apart: list[tuple[str, str, str]] = []
    elsewhere: list[str] = []
    kinds: list[tuple[str, str]] = []
    areas: list[str] = []
    settlements: list[tuple[str, str]] = []
    village = False
    for document, doc in zip(documents, docs, strict=True):
        recalled = recalled_sentences(doc)
        for sent in doc.sents:
            if sent.start in recalled:
                continue
            kinds += [(kind, document.id) for kind in kind_mentions(sent)]
            for place_found in event_places(sent, ctx):
                venue, container = place_parts(place_found)
                kind = place_found.tokens[-1].lower_
                if place_found.off or place_found.direction is not None:
                    continue
                if venue == town:
                    village = village or (container is None and kind in village_nouns())
                    continue
                if container is None:
                    if is_venue(place_found, venue):
                        apart.append((venue, document.id, kind))
                    elif kind in _area_nouns():
                        areas.append(venue)  # "the landslide in Wayanad district": a village's district
                    elif country_of(venue) is None:
                        settlements.append((venue, document.id))  # "landslips occurred at Kerma": a village?
                elif container == town or same_venue(venue, town):  # in the town, or the town in its district
                    found.append((venue, container, document.id))
                elif place_found.local and not town_name(place_found)[1]:
                    found.append((venue, town, document.id))  # "9 Tamar Street in Dalgat district": a city's
                elif container.split()[-1] in location_words("local_nouns"):
                    apart.append((container, document.id, container.split()[-1]))  # "the Quik Stop on Lindell
                    # Street": the street
                else:
                    elsewhere.append(venue)  # "Kasra hospital in Tehran" where the anchor is elsewhere
    if found:
        return choose_site(found)
    if not town_said or town in gazetteer()[0]:
        return None
    alone = venue_apart(apart, elsewhere, kinds, town)
    if alone:
        return f"{alone}, {town}"
    area = village_in_area(areas, town) if village else None
    if area:
        return f"{town}, {area}"
    if not _is_district(docs, town):
        return None
    settlement = settlement_in_district(settlements, _naming(docs, documents), town)
    return f"{settlement}, {town}" if settlement else None


def _is_district(docs: Sequence[Doc], town: str) -> bool:
    """The anchor's place is a district or a province: some document writes it with the noun ("Dorli district").
    A regex over the text: a name and a noun, whatever the parse makes of them."""
    nouns = "|".join(sorted(_area_nouns()))
    pattern = re.compile(rf"\b{re.escape(town)}\s+(?:{nouns})\b", re.I)
    return any(pattern.search(doc.text) for doc in docs)


def _naming(docs: Sequence[Doc], documents: Sequence[Document]) -> dict[str, set[str]]:
    """Each place name the documents' sentences give, normalised without its kind ("kerma" for "Kerma village"),
    with the documents that give it anywhere outside a recalled event's sentences."""
    named: dict[str, set[str]] = {}
    for document, doc in zip(documents, docs, strict=True):
        recalled = recalled_sentences(doc)
        for ent in entities(doc[:]):
            if ent.label_ in {"GPE", "LOC", "FAC"} and sentence_of(ent.root).start not in recalled:
                named.setdefault(place_parts_of(ent.text), set()).add(document.id)
    return named


@functools.cache
def _area_nouns() -> frozenset[str]:
    """Districts and provinces, which hold villages: "Wayanad district"."""
    broad = frozenset(lexicon("places").get("site", {}).get("broad_nouns", []))
    return broad - {"area", "neighbourhood", "neighborhood", "quarter"}


def place_parts_of(place: str) -> str:
    """The anchor's town as `where.place_parts` writes a container: "Hathras district" -> "hathras"."""
    words = normalise_place(place.split(",")[0]).split()
    area = location_words("area_nouns")
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in area else words)
