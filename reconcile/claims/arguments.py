"""Whether a word is an argument of the event: its instrument, agent or cause in the parse, not a thing merely named.

"The officer fired after the man advanced toward officers with a knife": the knife hangs on "advanced", which is no
act of harm, so it is not the shooting's weapon; "protesters were hurt by pepper spray and batons": both hang on
"hurt" through "by". The verbs and nouns of harm and of use are data (facets.toml, [facets."weapon"]).
"""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.causal_clues import asked
from reconcile.claims.context import facet, is_negated
from reconcile.claims.doer_clues import weapon_words
from reconcile.claims.hierarchy import kinds
from reconcile.nlp.spans import sentence_of

_INSTRUMENT_PREPS = {"by", "with", "from", "using", "via"}
_NAMING = {"weapon", "munition", "missile", "projectile", "ordnance", "device", "cause"}
"""Subjects of "was" that make its complement the weapon: "the weapon was a Hellfire"."""


def is_instrument(token: Token) -> bool:
    """True when `token` (the head word of a weapon term) is the instrument of an act of harm in the parse:

    - the act itself or its modifier: "gunfire", "a missile attack", "a gunshot wound";
    - the subject of a verb of harm: "a missile hit the truck", "the rocket landed";
    - the object of a verb of use: "officers used pepper spray", "fired tear gas", "discharged his service weapon";
    - the object of "by", "with" or "from" on a verb or noun of harm: "killed by a drone", "beaten with a baton",
      "injuries from an air-launched munition", "a crater caused by the missile";
    - a noun with a clause of use or harm: "the missile that hit the car", "the rifle used in the attack";
    - the complement of "the weapon was": "the munition was a guided bomb";
    - what a place "came under": "the camp came under heavy mortar fire";
    - what the attackers carried ("gunmen armed with rifles stormed the village", "men with Kalashnikovs opened
      fire"), or a list of what a used thing covered ("used excessive force, including water cannon").
    """
    spec = facet("weapon")
    harms, uses = set(spec["impacts"]), set(spec["verbs"])
    node = _first_conjunct(token)
    lemma = node.lemma_.lower()
    head = node.head
    named_by_act = {verb for verbs in spec["acts"].values() for verb in verbs}
    if intercepted(node):
        return False  # "the missile fired toward Jizan was intercepted": it struck nothing
    if node.pos_ == "NOUN" and lemma in harms and lemma not in named_by_act and lemma not in kinds("weapon"):
        return True  # "gunfire", "shelling"; the noun "club" ("members of a football club") is no act of clubbing,
        # and "bomb" a thing, not the act: "selling bombs to Saudi Arabia", "found a second bomb" use none
    if node.dep_ == "nsubj" and _phrasal(head) in spec["going_off"]:
        return True  # "a bomb went off outside the market"
    if node.dep_ in {"compound", "amod", "nmod"} and node.head.lemma_.lower() in harms | uses:
        return True  # "a missile attack", "the failed rocket launch"
    head_lemma = head.lemma_.lower()
    if node.dep_ == "nsubj" and head_lemma in harms - uses:
        return True  # "a missile hit the truck"
    if node.dep_ == "nsubj" and head_lemma in uses:
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return all(o.lemma_.lower() in weapon_words() for o in objects)  # "a drone dropped two grenades"; not "the
        # club had been using a forged licence"
    if node.dep_ == "nsubjpass" and head_lemma in uses:
        return True  # "the missile was fired from a drone"
    if node.dep_ == "dobj" and head_lemma in uses:
        return not any(c.dep_ == "nsubj" and c.lemma_.lower() in spec["rescuers"] for c in head.children)
    if node.dep_ == "dobj" and head_lemma in spec["carrying"]:
        return _carried_by_an_attacker(head)
    if node.dep_ in {"nmod", "compound"} and any(c.dep_ == "cc" for c in node.children):
        return is_instrument(head)  # "with [tear gas and stun] grenades": an item of a list parsed as a modifier
    if node.dep_ == "pobj" and head.lower_ in spec["including"]:
        return head.head.i != node.i and is_instrument(head.head)
    if node.dep_ == "pobj" and head.lower_ == "with" and _carried_by_an_attacker(head.head):
        return True
    if node.dep_ == "pobj" and head.lower_ == "with" and _matched_to_traces(head.head):
        return True  # "remnants at the site are consistent with a GBU-12 Paveway II"
    if node.dep_ == "pobj" and head.lower_ in _INSTRUMENT_PREPS:
        return _is_act(_past_a_share(head.head), harms | uses) and head.head.i != node.i
    if node.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in spec["undergoing"]:
        return True  # "the camp came under heavy mortar fire"
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in weapon_words() and \
            head.head.i != node.i and is_instrument(head.head):
        return True  # "wounds by impact of [a projectile] of fire arm": the kind that narrows the projectile
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in harms | uses:
        return True  # "the use of live ammunition", "a barrage of rockets"
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in harms | uses for c in node.children):
        return True
    if node.dep_ == "attr" and not any(c.dep_ == "neg" for c in head.children) and not asked(node):
        return any(_names_the_weapon(c) for c in head.children)  # not "I do not know if it was a missile"
    return False


def intercepted(weapon: Token) -> bool:
    """The weapon was stopped in flight, or stopped weapons: the subject of "was intercepted" or the object of "shot
    down two drones"; the subject of "air defences shot down two drones" (what they stopped is a weapon). "Air
    defence shot down the airliner" keeps its weapon: an airliner is no weapon."""
    stopping = set(facet("weapon")["intercepting"])
    verb = weapon.head
    if weapon.dep_ in {"nsubjpass", "dobj"} and _phrasal(verb) in stopping | {verb.lemma_.lower()} & stopping:
        return True
    if weapon.dep_ == "nsubj" and (_phrasal(verb) in stopping or verb.lemma_.lower() in stopping):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in weapon_words() for c in verb.children)
    return any(_stopped_without_subject(v, stopping) for v in weapon.doc[weapon.i + 1 : sentence_of(weapon).end])


def _stopped_without_subject(verb: Token, stopping: set[str]) -> bool:
    """ "The missile fired toward Jizan was intercepted": a passive verb of stopping with no subject of its own, which
    the small parser hangs under "fired" and so parts from the missile it stopped."""
    return verb.lemma_.lower() in stopping and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ in {"nsubjpass", "nsubj"} for c in verb.children)


def _matched_to_traces(word: Token) -> bool:
    """ "consistent with" said of what the weapon left: remnants, fragments, a crater, wounds (facets.toml weapon
    `traces` and `matching`), the subject of the "be" the adjective completes or the noun it follows."""
    spec = facet("weapon")
    if word.lemma_.lower() not in spec["matching"]:
        return False
    verb = word.head
    if word.dep_ == "acomp" and verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in
                                                                verb.children):
        verb = verb.head  # "remnants photographed at the site ... are consistent with": the first verb's subject
    owners = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if word.dep_ == "acomp" else [verb]
    return any(o.lemma_.lower() in spec["traces"] and not is_negated(word.head) for o in owners)


def _phrasal(verb: Token) -> str:
    """The verb's lemma with its particle ("go off", "shoot down"), or the lemma alone."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _names_the_weapon(subject: Token) -> bool:
    """The subject of "was" that makes its complement the weapon: "the weapon was a Hellfire", "it was a missile, he
    added", "what hit us was a drone" (a clause of harm as the subject)."""
    if subject.dep_ == "nsubj":
        return subject.lemma_.lower() in _NAMING or subject.lower_ in {"it", "this"}
    harms = set(facet("weapon")["impacts"])
    return subject.dep_ == "csubj" and subject.lemma_.lower() in harms


def is_assault(verb: Token) -> bool:
    """A verb by which someone harms or attacks: of harm, of use, or of `assaults` alone or with its particle or
    object ("stormed", "blew himself up", "opened fire")."""
    spec = facet("weapon")
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in set(spec["impacts"]) | set(spec["verbs"]) | set(spec["assaults"]):
        return True
    return any(f"{lemma} {c.lemma_.lower()}" in spec["assaults"] for c in verb.children if c.dep_ in {"prt", "dobj"})


def is_attacker(noun: Token) -> bool:
    """The noun is the subject of an assault, or of one joined to it ("robbed the bank and shot a guard")."""
    if noun.dep_ != "nsubj" or noun.head.i == noun.i:
        return False
    verb = noun.head
    return is_assault(verb) or any(c.dep_ == "conj" and is_assault(c) for c in verb.children)


def _carried_by_an_attacker(word: Token) -> bool:
    """ "with" hangs on "armed" or on a noun of the attackers, or the weapon is the object of "carried": "gunmen
    armed with rifles", "the assailant, who was armed with a machete", "men in camouflage with Kalashnikovs", "the
    attackers, who carried machine guns"; the attackers are the subject of an assault."""
    if word.lemma_.lower() in facet("weapon")["carrying"] and word.pos_ in {"VERB", "ADJ"}:
        if word.dep_ in {"acl", "amod", "relcl"}:
            word = word.head  # "gunmen armed with", "the assailant, who was armed with"
        else:  # "the attackers arrived and were carrying rifles": a joined verb shares the first one's subject
            verb = word.head if word.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in word.children) else word
            word = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), word)
    for _ in range(3):  # "men in camouflage with": up from "camouflage" to "men"
        if word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
    if word.lemma_.lower() in facet("actor")["perpetrators"]:
        return True  # "the attackers arrived on motorcycles and were carrying rifles": attackers by name
    return word.pos_ in {"NOUN", "PROPN", "PRON"} and is_attacker(word)


def _past_a_share(word: Token) -> Token:
    """ "30 protesters were hurt, many of them by pepper spray": "by" hangs on the share ("many", "most", "some",
    "two") set beside the victims, and stands for the act the victims suffered."""
    if word.pos_ not in {"ADJ", "NUM", "PRON", "DET"}:
        return word
    if word.dep_ == "appos":
        return word.head.head  # "protesters were hurt, [many of them] by": the share set beside the victims
    if word.dep_ == "npadvmod" and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
        return word.head  # "demonstrators were injured, [most of them] by": the share hung on the verb
    return word


def _is_act(word: Token, acts: set[str]) -> bool:
    """An act of harm or use, or a verb that carries one out ("carried out a strike from a drone": the parser hangs
    "from a drone" on "carried")."""
    if word.lemma_.lower() in acts:
        return True
    return word.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in acts for c in word.children)


def _first_conjunct(token: Token) -> Token:
    """ "pepper spray and batons": the batons stand where the pepper spray stands."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node
