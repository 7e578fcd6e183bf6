"""Crowds: whether a count sizes a gathering ("3,000 people took part", "a crowd of about 300 youths"), and the
bound or gathering said with it."""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.context import facet
from reconcile.claims.numbers import Amount, Value
from reconcile.resources import lexicon


def is_crowd(amount: Amount, noun: Token, context: list[Token], lemmas: list[str]) -> bool:
    """Whether the count sizes a gathering: people said to gather ("3,000 people took part", "the rally drew
    200,000 people"), participants counted by themselves ("740,000 demonstrators nationwide") unless the verb above
    them says what befell them ("police arrested 300 protesters"), a bare number that marches ("Some 10,000
    marched"), or people who make up or stand beside a gathering ("a crowd of about 300 youths", "HUGE crowd, at
    least 250k people")."""
    crowd, gatherings = facet("crowd.size"), set(lexicon("numbers")["counts"]["gatherings"])
    lemma = noun.lemma_.lower()
    verb = next((node for node in context if node.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.lemma_.lower() in crowd["not_crowds"]:
        return False
    if lemma == "crowd" or (noun.dep_ == "appos" and noun.head.lemma_.lower() in gatherings):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in gatherings:
        return True
    particles = crowd["particles"]
    bare = {n.lemma_.lower() for n in context if n.lemma_.lower() in particles  # "were taken to a camp"
            and not any(_particle(c, particles[n.lemma_.lower()]) for c in n.children)}
    if lemma in crowd["nouns"] and any((w in crowd["verbs"] and w not in bare) or w in gatherings for w in lemmas[1:]):
        return verb is None or not _places(verb, noun) & set(crowd["not_venues"])  # "300 arrived at the hospital"
    if verb is not None and verb.lemma_ == "be" and lemma in crowd["nouns"] and _present(verb, noun):
        return True
    if _a_crowd_at_the_scene(amount, noun, verb):
        return True
    if amount.start <= noun.i < amount.end:  # a bare number: "Thousands rallied outside parliament"
        if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in noun.head.children
        ):  # "we were nine thousand": those who gathered, counting themselves (not "we were 40 in the boat")
            return _a_crowd_at_all(amount) and not _in_a_vehicle(noun.head, noun)
        return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in crowd["bare_verbs"]
    return lemma in crowd["participants"]


def _particle(child: Token, particles: list[str]) -> bool:
    """The particle that makes a verb one of gathering: "took part", "turned out", or "took to" a place of
    gathering ("took to the streets"), not "were taken to a camp"."""
    if child.lower_ not in particles:
        return False
    if child.dep_ != "prep":
        return True
    venues = facet("crowd.size")["venues"]
    return any(g.lemma_.lower() in venues or g.lower_ in venues for g in child.children if g.dep_ == "pobj")


def _present(verb: Token, noun: Token) -> bool:
    """People said to be at a gathering's place ("6,000 people were inside the hall"), or just to be there ("There
    must have been one lakh people"), not in a vehicle or a building of no gathering ("40 people on the bus")."""
    moments = set(facet("crowd.size")["moments"])
    places = [g for p in (*verb.children, *noun.children) if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
              and g.lemma_.lower() not in moments and g.ent_type_ not in {"DATE", "TIME"}]
    if places:
        return all(g.lemma_.lower() in facet("crowd.size")["venues"] for g in places)
    return any(c.dep_ == "expl" for c in verb.children)


def bound_after(noun: Token, value_: Value) -> Value:
    """A bound said after the counted noun: "three thousand people at most" -> [None, 3000], "5,000 people at least"
    -> [5000, None]."""
    if not isinstance(value_, (int, float)):
        return value_
    for word in (c for c in noun.children if c.dep_ == "advmod" and c.lower_ in {"most", "least"}):
        if any(c.lower_ == "at" for c in word.children) or (word.i > 0 and noun.doc[word.i - 1].lower_ == "at"):
            return [None, value_] if word.lower_ == "most" else [value_, None]
    return value_


def _places(verb: Token, noun: Token) -> set[str]:
    """The lemmas of the places said with a verb or its counted noun ("at the hospital", "in the boat")."""
    return {g.lemma_.lower() for p in (*verb.children, *noun.children) if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pobj"}


def _in_a_vehicle(verb: Token, noun: Token) -> bool:
    return bool(_places(verb, noun) & set(facet("crowd.size")["vehicles"]))


def _a_crowd_at_all(amount: Amount) -> bool:
    """A figure large enough to be a crowd (facets.toml `least_at_scene`)."""
    low = amount.value[0] if isinstance(amount.value, list) else amount.value
    return low is not None and low >= facet("crowd.size")["least_at_scene"]


def _at_the_scene(verb: Token, noun: Token) -> bool:
    """People said to be, wait or shelter somewhere when the event struck, or just "there" or "inside": the crowd at
    its scene ("about 4,000 people had been at the station when it was hit", "Thousands of people were waiting there",
    "three thousand people at most were inside"); never in a vehicle ("40 people were on the bus when it crashed")."""
    crowd = facet("crowd.size")
    moments = set(crowd["moments"])
    places = [g for p in (*verb.children, *noun.children) if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
              and g.lemma_.lower() not in moments and g.ent_type_ not in {"DATE", "TIME"}]
    if any(g.lemma_.lower() in crowd["vehicles"] for g in places):
        return False
    when = any(c.dep_ == "advcl" and any(m.lower_ in {"when", "as"} and m.dep_ in {"advmod", "mark"}
                                         for m in c.children) for c in verb.children)
    there = any(c.dep_ == "advmod" and c.lower_ in {"there", "inside", "here"} for c in verb.children)
    return there or (when and bool(places))


def _a_crowd_at_the_scene(amount: Amount, noun: Token, verb: Token | None) -> bool:
    """`_at_the_scene`, for a number large enough to be a crowd: five people in a house are not one."""
    crowd = facet("crowd.size")
    return (_a_crowd_at_all(amount) and verb is not None and verb.lemma_.lower() in crowd["staying"]
            and noun.lemma_.lower() in crowd["nouns"] and _at_the_scene(verb, noun))


def crowd_gathering(noun: Token, table: dict) -> Token | None:
    """The crowd a number sizes when the parse does not hang it on "crowd": "estimated the crowd at 14,500" (the
    number after "at" on a verb whose object is a gathering) or "the crowd was about 300 youths" (the number
    counts what a gathering was)."""
    gatherings = set(table["gatherings"])
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        verb = noun.head.head
        return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in gatherings),
                    None)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in gatherings), None)
    return None
