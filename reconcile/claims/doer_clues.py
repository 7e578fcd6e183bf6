"""What the words around a noun say of it as the doer of the act, or as no doer: accused "of" the act, "behind"
it, working the weapon, the subject of "by using" a weapon; the act taken refuge from in general, or said to be
absent ("no evidence of an Israeli bomb"). claims/actors.py reads who acted with these."""

from __future__ import annotations

import functools
from collections.abc import Set

from spacy.tokens import Token

from reconcile.claims.context import facet


@functools.cache
def weapon_words() -> frozenset[str]:
    """Single weapon words ("drone", "missile") of facets.toml [facets."weapon".terms]."""
    terms = facet("weapon")["terms"]
    return frozenset(term for group in terms.values() for term in group if " " not in term)


def none_of(word: Token) -> bool:
    """The act is said not to be there: "found no evidence of an Israeli air-dropped bomb", "there was no Russian
    strike" (a noun above the name, within a few steps, with the determiner "no")."""
    for node in [word.head, *list(word.head.ancestors)[:3]]:
        if node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
    return False


def fled_from(word: Token) -> bool:
    """ "had gathered to seek safety from Israeli strikes", "fled Russian shelling": acts taken refuge from in
    general, whose doer is not named as this event's actor (the event noun under "from" a word of `refuge`)."""
    act = word.head
    refuge = facet("actor")["refuge"]
    if act.dep_ == "pobj" and act.head.lower_ == "from":
        return act.head.head.lemma_.lower() in refuge
    return act.dep_ == "dobj" and act.head.lemma_.lower() in refuge


def accused_of_an_act(accused: Token, acts: Set[str]) -> bool:
    """ "accused the rebels of shelling the camp", "of the attack": "of" (on the verb or, as parsed, on the accused)
    takes an act of harm, or a verb of one."""
    harms = set(facet("actor")["deeds"]) | set(facet("actor")["verbs"]) | set(facet("weapon")["verbs"])
    preps = [*accused.children, *accused.head.children]
    for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ == "of"):
        for what in prep.children:
            lemma = what.lemma_.lower()
            if (what.dep_ == "pcomp" and lemma in harms) or (what.dep_ == "pobj" and lemma in acts):
                return True
    return False


def in_the_act(involvement: Token, acts: Set[str]) -> bool:
    """ "involvement in the blast", or "involvement" alone; not "involvement in the scandal"."""
    preps = [c for c in involvement.children if c.dep_ == "prep" and c.lower_ in {"in", "for"}]
    return not preps or any(o.dep_ == "pobj" and o.lemma_.lower() in acts for p in preps for o in p.children)


def behind_an_act(verb: Token, acts: Set[str]) -> bool:
    """ "were behind the shelling": "behind" on "be" takes an act of harm."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "behind"):
        if any(c.dep_ == "pobj" and c.lemma_.lower() in acts for c in prep.children):
            return True
    return False


def works_a_weapon(verb: Token) -> bool:
    """ "a drone operated by the militia", "the bomb was planted by insurgents": a verb of working or using a weapon
    said of a weapon (the noun it describes, or its passive subject)."""
    if verb.lemma_.lower() not in {*facet("actor")["operating"], *facet("weapon")["verbs"]}:
        return False
    weapon = verb.head if verb.dep_ in {"acl", "relcl"} else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return weapon is not None and weapon.lemma_.lower() in weapon_words()


def by_doing(verb: Token) -> bool:
    """ "By using live ammunition, [the army] broke ...", "by firing into the crowd": the verb's "by" takes a verb of
    using a weapon or of harm, so its subject did that act."""
    uses, harms = set(facet("weapon")["verbs"]), set(facet("actor")["deeds"]) | set(facet("actor")["verbs"])
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"):
        for act in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            lemma = act.lemma_.lower()
            if lemma in harms - uses or (lemma in uses and _uses_a_weapon(act)):
                return True  # "by using social media" is no act of harm
    return False


def _uses_a_weapon(verb: Token) -> bool:
    """The verb's object is a weapon: "using live ammunition", "firing tear gas"."""
    terms = {term for group in facet("weapon")["terms"].values() for term in group}
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        phrase = " ".join(t.lower_ for t in obj.doc[obj.left_edge.i : obj.i + 1] if t.dep_ != "det")
        if any(phrase == term or phrase.endswith(f" {term}") for term in terms):
            return True
    return False
