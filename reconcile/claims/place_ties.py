"""Whether a place word is where the event happened: the parse ties it to an event word through a locative
preposition ("strike in Kabul"), a direction ("southwest of Pylos") or as what the event struck ("hit the hospital")."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from reconcile.claims.context import ancestors
from reconcile.claims.place_names import gazetteer, location_words
from reconcile.claims.when import tie_words
from reconcile.resources import lexicon

LOCATIVE = {"in", "near", "at", "on", "across", "outside", "inside", "over", "into", "around", "off"}
"""Prepositions that place an event ("off" a coast: "the trawler sank off Pylos"); "from" and "to" give a route's ends
("flight J2 from Baku to Grozny crashed near Aktau") or where people came from, not where it happened."""


def is_event_place(token: Token) -> bool:
    """A place word hanging on an event word through a locative preposition ("strike in Kabul", "Kabul strike",
    "the march ended at Freedom Square", "a strike on a vehicle transporting three men near Beit Seraj"), not on a
    verb that moved people after it ("the injured were taken to hospitals in Krasnogorsk")."""
    targets = tie_words()
    if token.dep_ == "compound" and token.head.lemma_.lower() in targets:
        _, cities, _ = gazetteer()
        return token.lower_ in cities  # "Kabul strike" names a place; "U.S. strike" names who struck
    if token.dep_ == "compound" and token.head.lemma_.lower() in location_words("site_nouns"):
        return is_event_place(token.head)  # "a fire broke out in the storage area of our Brennick site"
    holder = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and holder.lemma_.lower() in _holders() | _part_nouns():
        return is_event_place(holder)  # "crashed near the Kazakh city of Aktau", "the 400 block of Lindell Street",
        # "broke out on the ground floor of the Delta Knit factory", "on the outskirts of Dhaka"
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
    return node.pos_ == "VERB" and node.lemma_.lower() in location_words("moved_verbs")


def is_event_word(node: Token) -> bool:
    """The word is the event's: an event word, "the site of the shipwreck", or a verb whose subject is one."""
    return _is_event(node, tie_words())


def _is_event(node: Token, targets: frozenset[str]) -> bool:
    if node.lemma_.lower() in targets:
        return True
    if node.lemma_.lower() in location_words("site_nouns") and any(  # "the site of the shipwreck off Pylos"
        (c.lower_ == "of" and any(g.lemma_.lower() in targets for g in c.children))
        or (c.dep_ == "compound" and c.lemma_.lower() in targets) for c in node.children  # "the crash site near X"
    ):
        return True
    return node.pos_ in {"VERB", "AUX"} and any(  # "the strike hit ..."
        (c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in targets) or _killing(c, targets)
        for c in node.children
    )


def _killing(clause: Token, targets: frozenset[str]) -> bool:
    """A participle of the event that closes the clause ("a bomber blew himself up inside the mosque, killing 31";
    "the tanker overturned on the highway, injuring 12"): the clause's doing is the event's, so its place is too."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in targets


def direction_of(token: Token) -> str | None:
    """The direction a place is given from ("southwest of Pylos" -> "south-west"), None when it is given none."""
    _, _, directions = gazetteer()
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    return directions.get(token.head.head.lower_)


def is_struck_place(token: Token) -> bool:
    """A building or a street that an event verb has as its object or passive subject ("an air strike hit the
    Al-Ahli Arab Hospital", "our hospital was struck"), or that a verb of giving way has as its subject ("the
    bridge collapsed"): the place the event happened at."""
    verb = token.head
    if token.dep_ == "nsubj" and verb.pos_ == "VERB":
        return verb.lemma_.lower() in _befallen_verbs()  # "the Kalyan bridge collapsed", "the dam gave way"
    return token.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and verb.lemma_.lower() in tie_words()


@functools.cache
def _befallen_verbs() -> frozenset[str]:
    """Verbs whose subject is what the event befell, so where it happened (places.toml [site] befallen_verbs)."""
    return frozenset(lexicon("places").get("site", {}).get("befallen_verbs", []))


def _holders() -> frozenset[str]:
    """Nouns whose "of" names the place they are part of ("the city of Aktau", "the 400 block of Lindell Street",
    "the storage area of our site")."""
    return (location_words("place_nouns") | location_words("local_nouns") | location_words("area_nouns")
            | location_words("site_nouns"))


@functools.cache
def _part_nouns() -> frozenset[str]:
    """Parts of a place ("the ground floor of the factory", "the outskirts of Dhaka"): the event at the part is at
    the place (places.toml [site] part_nouns)."""
    return frozenset(lexicon("places").get("site", {}).get("part_nouns", []))


@functools.cache
def _destination_verbs() -> frozenset[str]:
    """Verbs of an event that moves to its place (a march): their "to" names where it happened."""
    return frozenset(lexicon("places").get("routes", {}).get("destination_verbs", []))


def _occasions() -> frozenset[str]:
    """Occasions of speaking ("at a press conference in Kyiv"): a place on one is where it was said."""
    return location_words("occasion_nouns")
