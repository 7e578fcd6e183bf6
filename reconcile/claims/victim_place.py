"""Where a word stands in the parse when it names the one who was hit, not the one who acted, spoke or saw: the
subject of dying, the object of harm, "among the dead", "the deaths of" (claims/victim_status.py and claims/target.py
read victims' statuses and targets with it; the words are facets.toml victim.status `suffering`, `receiving`,
`suffered`, `preps`, `parts`, `harmed`, `not_harm`, `carrying`, `unasserting`, `guarding`)."""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.context import ancestors, facet
from reconcile.resources import word_set


def asked(noun: Token, status: dict) -> bool:
    """The words are asked about or alleged, not said: under "whether"/"if" ("examine whether it resulted in civilian
    deaths"), as what an inquiry or allegation is about ("allegations of civilian casualties", "the review of
    civilian casualties") or what a policy would prevent ("designed to prevent and respond to civilian casualties");
    facets.toml victim.status `unasserting` and `guarding`."""
    if any(a.lower_ in {"if", "whether"} for a in ancestors(noun, 4) for a in [a, *a.children] if a.dep_ == "mark"):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.lemma_.lower() in status["guarding"]:
        return True  # "a policy designed to prevent, mitigate and respond to civilian casualties"
    node = noun
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in {"of", "into", "about", "for"}:
            node = node.head.head
        elif node.dep_ in {"compound", "nmod"}:
            node = node.head
        else:
            return False
        if node.lemma_.lower() in status["unasserting"]:
            return True
    return False


def victim_place(token: Token, status: dict) -> bool:
    """The word stands where the one who was hit stands, not the one who acted, spoke or saw (facets.toml
    victim.status `suffering`, `receiving`, `suffered`, `preps`, `parts`): "the prisoners died", "killed three
    worshippers", "the dead included two paramedics", "14 of the dead were children", "Ali, a farmer, was killed";
    not "civilians fled", "a teacher at the school said", "the farmer who found the bodies called the police", "the
    officer was placed on leave", "dozens of villagers reached the scene", "soldiers were responsible"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "women and children": where the first stands
    dep, head = token.dep_, token.head
    if doer(token):
        return False
    if token.lemma_.lower() in status["harm_nouns"]:
        return True  # "four bodies were brought in, including those of two children"
    if dep == "nsubjpass":
        return harm(head, status) or head.lemma_.lower() in {*status["receiving"], *status["suffered"]}
    if dep in {"oprd", "ROOT"} or any(harmed_word(c, status) for c in token.children if c.dep_ == "amod"):
        return True  # "the slain journalist had worked there for a decade"
    if dep == "attr":
        relative = head.dep_ == "relcl" and any(c.lower_ in RELATIVES for c in head.children if c.dep_ == "nsubj")
        return not relative or victim_place(head.head, status)  # "the witness, who is a teacher, said"
    if dep == "appos":
        harmed = any(c.dep_ == "acl" and harm(c, status) for c in token.children)  # "Samir, a journalist killed"
        return harmed or victim_place(head, status)  # "Mohamed, a farmer who saw it, said" is a witness
    if dep == "nsubj":
        return _victim_subject(token, status)
    if dep == "dobj":
        carried = head.dep_ == "acl" and head.lemma_.lower() in status["carrying"] and _carrier_hit(head.head, status)
        return carried or harm(head, status) or head.lemma_.lower() in status["receiving"]
    if dep == "pobj":
        return _victim_object(head, status)
    return False


RELATIVES = {"who", "that", "which"}


def _victim_subject(token: Token, status: dict) -> bool:
    """The subject of dying, or of being among the dead or being dead ("civilians were among the dead", "three
    workers are dead"; not "soldiers were responsible", "these boys were combatants", where the predicate says what
    they were, nor "children had been in the car"); one person named by a
    role as the subject of something other than speaking, seeing or acting ("the labourer may have come from a
    neighbouring village"; not "a teacher at the school said", "the farmer who found the bodies called the police",
    "civilians fled")."""
    head = token.head
    lemma = head.lemma_.lower()
    if lemma == "be":  # "civilians were among the dead", "three workers are dead"; not "children were in the car"
        said = [c for c in head.children if c.dep_ in {"attr", "acomp"}]
        among = any(_among_the_harmed(c, status) for c in head.children if c.dep_ == "prep")
        return all(harmed_word(c, status) for c in said) and (among or bool(said))
    if lemma in status["suffering"]:
        return True
    if token.tag_ in {"NNS", "NNPS"} or any(c.dep_ in {"relcl", "acl"} for c in token.children):
        return False
    return lemma not in {*word_set("cues", "verbs", "speech"), *word_set("cues", "verbs", "belief")}


def _among_the_harmed(prep: Token, status: dict) -> bool:
    """ "among the dead", "among the injured", "among the victims"; not "firefighters were among the first at the
    scene", "among the crowd"."""
    if prep.lower_ not in {"among", "amongst"}:
        return False
    harmed = {*status["harm_nouns"], *facet("casualties.killed")["verbs"], *facet("casualties.injured")["verbs"],
              *facet("victim.activity")["victim_nouns"]}
    return any(g.lemma_.lower() in harmed or g.lower_ in harmed or harmed_word(g, status)
               or any(c.dep_ in {"acl", "relcl"} and harm(c, status) for c in g.children)  # "among those killed"
               for g in prep.children if g.dep_ == "pobj")


def _victim_object(prep: Token, status: dict) -> bool:
    """The object of a preposition of the harmed ("an attack on worshippers", "killed ten, including seven
    children" where the ten were hit, "the deaths of six civilians", "two of the farmers were killed")."""
    word = prep.lower_
    owner = prep.head
    if word == "of":
        nouns = {*status["harm_nouns"], *facet("casualties.killed")["verbs"], *facet("casualties.injured")["verbs"]}
        if owner.lemma_.lower() in nouns or owner.lower_ in nouns:
            return True  # "the deaths of six civilians", "the bodies of two children"
        part = owner.like_num or owner.lemma_.lower() in status["parts"] or owner.lower_ in status["parts"]
        return part and victim_place(owner, status)
    if word in {"including", "like"} and owner.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        return victim_place(owner, status)  # "six officials, including a police officer, were suspended"
    if word in {"including", "like"}:  # "four bodies were brought in, including those of two children"; not "11 people
        # had been detained, including all four gunmen"
        harmed = harm(owner, status) or owner.lemma_.lower() in {*status["receiving"], *status["suffered"]}
        arguments = [c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        return harmed or any(victim_place(c, status) for c in arguments)
    return word in status["preps"]


def _carrier_hit(carrier: Token, status: dict) -> bool:
    """The vehicle that carried them was what was hit ("a strike on a vehicle transporting three terrorists")."""
    return victim_place(carrier, status) or carrier.dep_ == "pobj" and carrier.head.lower_ in status["preps"]


def harmed_word(word: Token, status: dict) -> bool:
    """An adjective or participle that says the person was killed or hurt ("slain", "wounded", "late")."""
    return word.lower_ in status["harmed"] or word.tag_ == "VBN" and harm(word, status)


def harm(verb: Token, status: dict) -> bool:
    """A verb of killing, hurting or attacking ("killed", "wounded", "shot", "targeted")."""
    lemma = verb.lemma_.lower()
    actor = facet("actor")
    harm = {*facet("casualties.killed")["verbs"], *facet("casualties.injured")["verbs"], *actor["deeds"]}
    if lemma in status["not_harm"]:
        return False  # "no soldier had been charged": a court's word, not a wound
    return verb.pos_ in {"VERB", "AUX"} and (lemma in harm or lemma in actor["verbs"])


def doer(token: Token) -> bool:
    """The role names who did it, not who was hit: the agent of a passive ("rockets fired by militants") or the subject
    of an act of violence ("gunmen opened fire"); the actor finder reads those."""
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    actor = facet("actor")
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in {*actor["verbs"], *actor["deeds"]}
