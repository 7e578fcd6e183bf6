"""Place mentions: the words of a named place with the noun it names ("Idlib province"), the town or street it is
written in ("<place> in <town>", "<place> on <street>"), places the NER left untagged and roads given by the towns
they join."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.place_names import country_of, gazetteer, location_words
from reconcile.claims.place_ties import direction_of
from reconcile.nlp.spans import entities, entity_at
from reconcile.resources import lexicon


def place_tokens(ent: Span) -> list[Token] | None:
    """The words of a named place, with the noun it names ("Idlib province", "the Dalgat district"); None when the
    entity is no place."""
    place_nouns = location_words("place_nouns")
    anchor, tokens = ent.root, list(ent)
    if anchor.dep_ == "det" and len(ent) > 1:
        anchor = ent[1:].root  # "the Deir al-Balah area": the NER takes "the" in, whose head is "area" too
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()  # "the Station:" in a title, where the NER takes the colon
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ == "of" and ent[-1].lemma_.lower() in place_nouns:
        return None  # "the Kazakh city of Aktau" names Aktau
    if anchor.dep_ in {"compound", "amod"} and anchor.head.lemma_.lower() in place_nouns | location_words("area_nouns"):
        tokens = [*ent, anchor.head]  # "Idlib province", "the Sikandrarao area"
    elif (noun := _named_noun(anchor)) is not None:
        tokens = list(ent.doc[ent.start : noun.i + 1])  # "the Vozara detention centre", "the Mugunga 3 camp"
    if ent.label_ in {"GPE", "LOC", "FAC"} or (ent.label_ in {"PRODUCT", "WORK_OF_ART", "EVENT"} and _known_town(ent)):
        return tokens  # "over the Kramatorsk railway station", where the NER saw a product
    if ent.label_ in {"ORG", "PERSON"} and tokens[-1].lemma_.lower() in place_nouns:
        return tokens  # NER calls streets ORG
    if ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and tokens[-1].lemma_.lower() in location_words("area_nouns"):
        return tokens  # a district the NER took for a nationality ("Hathras district"), not "the Uzbek city"
    if (ent.label_ in {"ORG", "PERSON"} and len(ent) <= 2 and all(t.pos_ == "PROPN" for t in ent)
            and ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in location_words("site_nouns")):
        return tokens  # "our Brennick site": the town the site is in, where the NER saw a person
    if ent.label_ == "ORG" and ent.root.dep_ == "pobj" and _known_town(ent):
        return tokens  # "struck the railway station in Kramatorsk", where the NER saw an organisation
    if ent.label_ == "ORG" and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "at" and _in_a_place(ent):
        return tokens  # "27 workers burned at Delta Knit in Ashulia": the company's premises in a town
    if ent.label_ in {"ORG", "PERSON", "NORP"} and ent.root.dep_ == "pobj":
        if ent.root.head.lower_ in location_words("place_prepositions") and ent.root.pos_ == "PROPN":
            return tokens  # "sank off Pylos", where the NER saw a person
        if direction_of(ent.root) is not None and ent.root.pos_ == "PROPN":
            return tokens  # "southwest of Pylos"
    return None


def _broad_nouns() -> frozenset[str]:
    return frozenset(lexicon("places").get("site", {}).get("broad_nouns", []))


def _in_a_place(ent: Span) -> bool:
    """"in" and a named place right after the entity ("Delta Knit in Ashulia")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in":
        return False
    after = entity_at(doc[ent.end + 1])
    return after is not None and after.label_ in {"GPE", "LOC"}


def _known_town(ent: Span) -> bool:
    """The entity's words are a town the gazetteer knows, all proper names."""
    _, cities, _ = gazetteer()
    return all(t.pos_ == "PROPN" for t in ent) and ent.text.lower().removeprefix("the ") in cities


def _named_noun(anchor: Token) -> Token | None:
    """The place noun a name modifies through a word or two ("Vozara" in "the Vozara detention centre", "Mugunga" in
    "the Mugunga 3 camp"): the name and the words up to the noun are one place."""
    nouns = location_words("place_nouns") | location_words("local_nouns")
    head = anchor
    for _ in range(2):
        if head.dep_ not in {"compound", "amod", "nmod"} or not 0 < head.head.i - anchor.i <= 3:
            return None
        head = head.head
        if head.lemma_.lower() in nouns:
            return head
    return None


def container_of(span: Span, i: int) -> list[Token] | None:
    """The town or district a place is written in, right after it: "<place> in <town>", "<place>, <town>" or
    "<place> on <street>" ("outside the Quik Stop on Lindell St."). A comma followed by "and"/"or" later is a
    list of places, not an address."""
    doc = span.doc
    apposed = _apposed_area(doc, i, span.end)
    if i + 2 < span.end and doc[i].text == "," and doc[i + 1].lower_ == "in":
        i += 1  # "in Deir al-Balah, in central Gaza"
    elif apposed is not None:
        i = apposed  # "Kerma, a hill village in Dorli district", "Gulshan, a neighbourhood of Karachi"
    if i + 1 >= span.end or doc[i].lower_ not in {"in", ",", "on", "of"}:
        return None
    if doc[i].lower_ == "of" and doc[i - 1].lower_ not in location_words("area_nouns") and apposed is None:
        return None  # "the Sikandrarao area of Hathras district" is in the district; "the bridge of X" names it
    j = i + 1 + (doc[i + 1].lower_ == "the")
    if j + 1 < span.end and doc[j].pos_ == "ADJ" and doc[j].lower_ in gazetteer()[2]:
        j += 1  # "in central Gaza": the part of it is said by the direction, the town is the container
    ent = entity_at(doc[j]) if j < len(doc) else None  # Doc.ents would rebuild every entity of the Doc
    ents = [ent] if ent is not None and ent.start == j and ent.end <= span.end else []
    tokens = (_street_cut(ents[0]) or _container_tokens(ents[0])) if ents else (
        _unnamed_street(doc, j, span.end) or _unnamed_town(doc, i, j, span.end))
    last = tokens[-1].lower_.rstrip(".") if tokens else ""
    if tokens is None or (doc[i].lower_ == "on" and last != "st" and last not in location_words("local_nouns")):
        return None
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if doc[i].text == "," and after is not None and after.lower_ in {"and", "or"}:
        return None  # "Gaza, Rafah and Khan Younis": a list, not an address
    return tokens


def _apposed_area(doc, i: int, end: int) -> int | None:
    """The "in" or "of" of an apposition that says what a place is and where (", a hill village in Dorli
    district", ", a neighbourhood of Karachi"): a comma, an article, at most two modifiers, a place noun."""
    if i + 3 >= end or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return None
    nouns = location_words("area_nouns") | location_words("local_nouns") | location_words("place_nouns")
    for k in range(i + 2, min(i + 6, end - 1)):
        if doc[k].lemma_.lower() in nouns and doc[k + 1].lower_ in {"in", "of"}:
            return k + 1
        if doc[k].pos_ not in {"ADJ", "NOUN", "PUNCT"}:
            return None
    return None


def possessor_of(span: Span, tokens: list[Token]) -> list[Token] | None:
    """The town a place is written in as its possessor ("Karachi's Gulshan area", "Odisha's Balasore district"):
    the named place right before the "'s" that opens the place's words."""
    doc, first = span.doc, tokens[0].i - (tokens[0].lower_ == "the")
    if first - 2 < span.start or doc[first - 1].lower_ not in {"'s", "’s"}:
        return None
    ent = entity_at(doc[first - 2])
    if ent is None or ent.label_ not in {"GPE", "LOC"} or ent.end != first - 1:
        return None
    return list(ent)


def _street_cut(ent: Span) -> list[Token] | None:
    """A street whose "St." ends the sentence, which the NER runs into the next one ("outside the Quik Stop on
    Lindell St. Police can't even get his name right" tags "Lindell St. Police"): the words up to "St."."""
    cut = next((t.i for t in ent[1:] if t.lower_ in {"st.", "st"}), None)
    return list(ent.doc[ent.start : cut + 1]) if cut is not None and cut + 1 < ent.end else None


def _container_tokens(ent: Span) -> list[Token] | None:
    """A town the NER took for an organisation ("near Bahanaga Bazar station, Balasore,") still contains the place
    before it when it is a short proper name."""
    tokens = place_tokens(ent)
    if tokens is None and ent.label_ in {"ORG", "PERSON"} and len(ent) <= 2 and all(t.pos_ == "PROPN" for t in ent):
        return list(ent)  # "near Orvik station, Dunmore," where the NER saw a person
    return tokens


def unnamed_places(span: Span) -> Iterator[Span]:
    """Names with a place noun that the NER left untagged ("Our Al-Ahli Arab Hospital in Gaza City")."""
    nouns = location_words("local_nouns") | location_words("area_nouns")
    tagged = {i for ent in entities(span) if not _misread(ent) for i in range(ent.start, ent.end)}  # no Token made
    for token in span:
        if token.i in tagged or token.lemma_.lower() not in nouns:
            continue
        quoted = _quoted_name(span, token)
        if quoted is not None:
            yield quoted  # the "Pulse" discotheque, the discotheque "Puls"
            continue
        before = span.doc[token.i - 1] if token.i > span.start else None
        if not token.text[:1].isupper() and (before is None or before.pos_ != "PROPN" or before.i in tagged):
            continue  # "Orvik station": a name and a lower-case place noun
        start = token.i
        while start > span.start and span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].i not in tagged:
            start -= 1
        while start > span.start and span.doc[start - 1].text == "-" and start - 2 >= span.start:
            start -= 2  # "Al-Ahli"
        if start < token.i:  # a village or a district is an area, not a building (`is_local`)
            yield Span(span.doc, start, token.i + 1,
                       label="GPE" if token.lower_ in location_words("area_nouns") else "FAC")


QUOTES = frozenset('"“”«»')


def _quoted_name(span: Span, noun: Token) -> Span | None:
    """A place noun with its name in quotation marks before or after it ('the "Pulse" discotheque', 'the
    discotheque "Puls"'), as statements and translations write a venue's name."""
    doc, i = span.doc, noun.i
    if i - 3 >= span.start and doc[i - 1].text in QUOTES and doc[i - 3].text in QUOTES and doc[i - 2].pos_ == "PROPN":
        return Span(doc, i - 3, i + 1, label="FAC")
    if i + 3 < span.end and doc[i + 1].text in QUOTES and doc[i + 3].text in QUOTES and doc[i + 2].pos_ == "PROPN":
        return Span(doc, i, i + 4, label="FAC")
    return None


def roads_between(span: Span) -> Iterator[Span]:
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
    return list(doc[j : k + 1]) if noun == "st" or noun in location_words("place_nouns") else None


def is_local(ent: Span, tokens: list[Token]) -> bool:
    """A building, a street or a district: the NER's facility, or a name ending in a local noun ("Tamar Street")."""
    local, noun = location_words("local_nouns"), tokens[-1].lemma_.lower()
    named_after_town = len(tokens) > len(ent) and noun not in location_words("area_nouns") | _broad_nouns()
    return ent.label_ == "FAC" or (noun in local and (country_of(ent.text) is None or named_after_town))
    # "the Kramatorsk railway station" is a building, named after its town; "Hathras district" is no building
