"""Legal steps against people over the event: arrests, detentions, charges, a prosecution.

Issue 15 asks that "prosecutors have charged", "detained" and "arrests" count as what a source says of the inquiry:
a fact-checker sets "three railway staff were arrested" beside another source's "no one has been held to account".
A step counts only when it answers for the event: it is taken against someone who runs, builds, drives, guards or
commands (or a suspect), or it says what for ("charged with manslaughter", "held over the crash"). A crowd's members
arrested at a protest ("police arrested 200 protesters") answer for nothing the table compares.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from reconcile.claims.context import ancestors, facet, is_negated

_WHAT_FOR = {"over", "for", "after", "with", "on", "in"}
"""Prepositions that say what a step answers for: "arrested over the crash", "charged with manslaughter", "held on
suspicion of negligence", "detained in connection with the fire"."""
_NOBODY = {"no", "nobody", "none", "noone"}


@functools.cache
def _vocabulary() -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str], frozenset[str],
                           frozenset[str], frozenset[str]]:
    spec = facet("investigation")
    events = {word for words_ in facet("event.type")["terms"].values() for word in words_ if " " not in word}
    return (spec["legal_verbs"], spec["legal_nouns"], spec["taken"], frozenset(spec["legal_noun_verbs"]),
            frozenset(spec["answerable"]), frozenset(spec["crimes"]) | events, frozenset(spec["demanding"]))


def legal_step(token: Token) -> str | None:
    """The value a verb or noun of a legal step names, as a state of the criminal case it belongs to ("criminal
    case: arrests made", "criminal case: charges brought", "criminal case: no arrests", "criminal case: arrests
    demanded"), so that the comparator sets it beside another source's "criminal case: under way"; None when the
    word names no step taken over the event."""
    step = _step(token)
    if step is None:
        return None
    name, state = step
    said = f"no {name}" if state == "none" else f"{name} {state}"
    return f"{facet('investigation')['legal_case']}: {said}"


def _step(token: Token) -> tuple[str, str] | None:
    """The step a word names and what is said of it: ("arrests", "made"), ("charges", "none")."""
    verbs, nouns, taken, noun_verbs, _, _, demanding = _vocabulary()
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in verbs:
        name = verbs[lemma]
        people = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        people += [token.head] if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"} else []
        if not people or _a_crowd(people) or not (_answers(token) or any(_answerable(p) for p in people)):
            return None
        if lemma == "charge" and not _answers(token):
            return None  # "riot police charged the crowd": a charge needs what it is for
        modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if modals & {"must", "should"} or any(n.lemma_.lower() in demanding for n in ancestors(token, 2)):
            return name, "demanded"
        if is_negated(token) or any(_nobody(p) for p in people):
            return name, "none"
        return (name, taken[name]) if token.tag_ in {"VBD", "VBN"} else None
    if token.pos_ == "NOUN" and lemma in nouns:
        name = nouns[lemma]
        if any(c.lower_ == "no" for c in token.children):
            return name, "none"  # "no arrests have been made"
        governing = [n for n in ancestors(token, 2) if n.pos_ in {"VERB", "NOUN"}]
        if any(n.lemma_.lower() in demanding for n in governing):
            return (name, "demanded") if _answers(token) or _answerable_object(token) else None
        verb = next((n for n in governing if n.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in noun_verbs or is_negated(verb):
            return None
        if _a_crowd([c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]):
            return None  # "200 protesters remain in detention"
        if name == "charges" and token.tag_ != "NNS" and not _answers(token):
            return None  # "in charge of", "took charge": a charge names no step by itself
        return name, taken[name]
    return None


def _a_crowd(people: list[Token]) -> bool:
    """"Police arrested 200 protesters": members of a crowd (crowd.size nouns) that no word makes answerable."""
    crowd = set(facet("crowd.size")["nouns"]) - _vocabulary()[4]
    return bool(people) and all(p.lemma_.lower() in crowd for person in people for p in [person, *person.conjuncts])


def _nobody(person: Token) -> bool:
    """"No one has been arrested", "nobody was charged"."""
    return person.lower_ in _NOBODY or any(c.lower_ == "no" for c in person.children)


def _answerable(person: Token) -> bool:
    """A person who can answer for the event: a named person, or a noun of `answerable` ("the club's owner", "three
    railway employees", "two suspects"), or a conjunct of one."""
    answerable = _vocabulary()[4]
    return any(p.ent_type_ == "PERSON" or p.lemma_.lower() in answerable or _nobody(p)
               for p in [person, *person.conjuncts])


def _answerable_object(noun: Token) -> bool:
    """"the arrest of the officers": the people the step is named after."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_answerable(g) for g in c.children if g.dep_ == "pobj")
               for c in noun.children)


def _answers(word: Token) -> bool:
    """The step says what it answers for: a preposition of `_WHAT_FOR` whose object (or its "of" object) is a crime
    or the event's own word ("charged with manslaughter", "arrested on suspicion of negligence", "held over the
    crash", "in connection with the fire")."""
    crimes = _vocabulary()[5]
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in _WHAT_FOR):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            inner = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in {"of", "with"} for o in p.children
                     if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in crimes for o in [obj, *inner]):
                return True
        # "charged with carrying out the attack": the charge is a clause whose object is the event
        if any(g.dep_ == "pcomp" and any(o.dep_ == "dobj" and o.lemma_.lower() in crimes for o in g.children)
               for g in prep.children):
            return True
    return False
