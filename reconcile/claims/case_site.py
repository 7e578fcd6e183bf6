"""The case's site gathered from all its documents: the event's most specific place (a venue, a street, a
village) and the town or district it lies in, whether one sentence writes them together ("Crocus City Hall in
Krasnogorsk") or the documents give them apart (a venue here, its town in another account; a village in one
paragraph, its district in another). How each mention is then matched with the site is `claims/site.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Doc

from reconcile.claims.context import Context
from reconcile.claims.place_names import gazetteer, location_words, normalise_place
from reconcile.claims.site import choose_site, same_venue, venue_apart, village_in_area
from reconcile.claims.when import recalled_sentences
from reconcile.claims.where import event_places, is_venue, kind_mentions, place_parts, town_name, village_nouns
from reconcile.model import Document
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
    alone = venue_apart(apart, elsewhere, kinds)
    if alone:
        return f"{alone}, {town}"
    area = village_in_area(areas, town) if village else None
    return f"{town}, {area}" if area else None


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
