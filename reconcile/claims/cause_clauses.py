"""Clauses given as a cause ("capsized after the engine failed", "sank because it was overloaded") and the tests
causes.py shares with them: whether a word names a person or group (an actor, not a cause) or a thing."""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.context import facet, is_negated
from reconcile.claims.event_causes import happening
from reconcile.resources import lexicon

WHO = {"PERSON", "NORP", "ORG", "GPE"}
"""A named person, group or country blamed is an actor (claims/actors.py), not a cause."""


def who(token: Token) -> bool:
    """A person or group ("police", "the pilot", a named body): blamed, it is the actor, not the cause."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "PRON"
        or token.ent_type_ in WHO
        or lemma in facet("actor")["doers"]
        or lemma in facet("victim.status")["roles"]
        or lemma in facet("cause")["people"]
    )


def nominal(token: Token) -> bool:
    """A noun, or a gerund standing as one ("due to overloading")."""
    return token.pos_ in {"NOUN", "PROPN"} or (token.tag_ == "VBG" and token.dep_ == "pcomp")


def clause_cause(token: Token) -> list[Token] | None:
    """A clause given as the cause of the event: "crashed because the engine failed", "capsized after the engine
    failed", "sank while a tug was towing it" (the clause's subject and verb, with the verb's object), or None when
    `token` opens none. The clause must hang on a verb of the event happening: "I remember looking at my phone because
    the concert was supposed to start" or "asked not to be named because he was not authorised" give no cause."""
    if token.dep_ != "mark" or token.head.dep_ != "advcl":
        return None
    verb, event = token.head, token.head.head
    happened = accident(event) or (token.lower_ == "because" and (happening(event) or _harm_done(event)))
    if token.lower_ == "while" and _when_only(event):
        happened = False  # "the stampede that happened while people tried to escape" tells when, not why
    if token.lower_ in {"because", "after", "while"} and happened:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if is_negated(verb) or is_negated(event):
            return None
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ in {"it", "they"}:
            return _state_of_the_thing(verb)
        if subject is None or who(subject):
            return None
        objects = [c for c in verb.children if c.dep_ in {"dobj", "acomp"} and c.pos_ != "PRON"]
        return [*_modified(subject), verb, *[t for o in objects for t in _modified(o)]]
    return None


def _when_only(event: Token) -> bool:
    """A verb that only says the event took place ("happened", "occurred"): its "while" clause tells when."""
    lemma = event.lemma_.lower()
    return lemma not in facet("cause")["after_events"] or lemma in {"happen", "occur",
                                                                    *lexicon("causes")["events"]["happening"]}


def _state_of_the_thing(verb: Token) -> list[Token] | None:
    """What the clause says of the thing that failed, named by a pronoun: the agent of a passive verb ("sank after it
    was hit by a large wave"), else its state ("sank because it was overloaded", "because it had been poorly
    maintained"); "after it left port" says nothing of a cause."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = _agent_thing(verb)
        if agent is not None:
            return _modified(agent)
        if any(c.dep_ == "agent" for c in verb.children):
            return None  # "after it was attacked by pirates": a who, an actor
        return [*[c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i], verb]
    state = next((c for c in verb.children if c.dep_ == "acomp"), None)
    return [state] if verb.lemma_ == "be" and state is not None and state.pos_ in {"ADJ", "VERB"} else None


def _harm_done(verb: Token) -> bool:
    """A verb of the harm the event did to its victims: "nine people were killed because the exits were locked"."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon("causes")["links"]["harming"] or lemma in facet("cause")["suffering"] or lemma in {
        "injure", "hurt", "wound"}


def _agent_thing(verb: Token) -> Token | None:
    """The passive verb's agent when it is a thing, not a person or group: "hit by a large wave"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    return noun if noun is not None and nominal(noun) and not who(noun) else None


def accident(event: Token) -> bool:
    """The verb, or a verb joined to it, says the accident happened: "capsized", "began to list ... and capsized",
    "the passengers moved after the engine failed, and the boat rolled over" (the "after" hangs on the first verb)."""
    if event.lemma_.lower() in facet("cause")["after_events"] or happening(event, by_subject=False):
        return True
    return any(c.dep_ == "conj" and happening(c, by_subject=False) for c in event.children)


def _modified(noun: Token) -> list[Token]:
    """A noun with the modifiers before it, without determiners and possessives."""
    return [t for t in noun.doc[noun.left_edge.i : noun.i + 1]
            if t.dep_ in {"compound", "amod", "nmod"} or t.i == noun.i]


def clause_phrase(tokens: list[Token]) -> str:
    return " ".join(t.lemma_.lower() for t in tokens)


def clause_words(tokens: list[Token]) -> list[Token]:
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    return list(tokens[0].doc[first : last + 1])



def faulty_state(state: Token) -> tuple[list[Token], bool] | None:
    """A fault said of a thing as its state, the cause of an accident in the words of a witness or an engineer: "the
    boat was overloaded", "the wiring was old and faulty", "the footbridge had been poorly maintained" (facets.toml
    cause `faults`, or a participle with a word of `fault_manners`). Returns the fault's words with the thing
    ("overloaded boat", with what it held: "contaminated syrup with diethylene glycol") and whether it is denied ("the
    ferry was not overloaded"), or None; never said of a person ("the driver was unsafe") or of a place that took in
    the harmed ("the hospital was overloaded with the wounded": `unfaulted`)."""
    spec = facet("cause")
    manner = [c for c in state.children if c.dep_ == "advmod" and c.lower_ in spec["fault_manners"]]
    if state.pos_ not in {"ADJ", "VERB"} or not (state.lower_ in spec["faults"] or (manner and state.tag_ == "VBN")):
        return None
    verb = state
    if state.dep_ == "conj" and state.head.dep_ == "acomp":
        verb = state.head.head  # "was old and faulty"
    elif state.dep_ == "acomp":
        verb = state.head
    elif state.tag_ != "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or who(subject):
        return None
    if (verb is not state and verb.lemma_ != "be") or subject.lemma_.lower() in spec["unfaulted"]:
        return None
    held = next((c for c in state.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    thing = None if held is None else next((c for c in held.children if c.dep_ == "pobj"), None)
    counted = thing is not None and (any(c.dep_ == "nummod" for c in thing.children)
                                     or thing.lemma_.lower() in facet("crowd.size")["nouns"])
    tail = [held, *_modified(thing)] if held is not None and thing is not None and not who(thing) and not counted \
        else []  # "overloaded with more than 600 people" says how much, not with what
    if not tail and state.lower_ in spec["held_faults"]:
        return None
    return [*manner, state, *_modified(subject), *tail], is_negated(state) or is_negated(verb)
