"""Whom the act was aimed at, written as a status (`victim_status.describe_role`): "senior al qaeda leader",
"not civilian" where the aiming is denied."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, facet, is_negated, value, words
from reconcile.claims.victim_status import denied, describe_role
from reconcile.claims.when import event_words
from reconcile.model import FacetValue


def find_target(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Whom the act was aimed at: the object of a verb of aiming or striking ("the strike targeted a senior al Qaeda
    leader", "struck a group of fighters", "a senior Taliban commander was targeted in the raid") or of "on"/"at"/
    "against" after an event word or a verb of aiming ("an attack on worshippers", "the raid was aimed at a Hamas
    commander"), written as a status ("not civilian" when the aiming is denied: "the shelling was not aimed at
    civilians", "denied targeting civilians")."""
    spec = facet("target")
    status = facet("victim.status")
    events = event_words()
    for token in words(span, ctx):
        objects: list[Token] = []
        if token.lower_ in spec["preps"] and token.head.lemma_.lower() in {*events, *spec["verbs"], *spec["aiming"]}:
            objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
        elif token.lemma_.lower() in spec["names"] and token.pos_ == "NOUN":
            objects = _named_target(token)
        elif token.lemma_.lower() in spec["verbs"] and token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass"}]
        for person in filter(None, (_aimed_person(o, status) for o in objects)):
            described = describe_role(person, status, placed=True)
            if described is None:
                continue
            negated = denied(person) or is_negated(token.head if token.dep_ == "prep" else token) \
                or any(c.dep_ == "neg" for c in token.children)  # "directed against the police, not against civilians"
            text = described[0]
            yield value("target", f"not {text}" if negated else text, described[1], negated=negated)


def _named_target(noun: Token) -> list[Token]:
    """The other side of "be" from the word "target" ("the intended target was a mid-ranking commander", "police
    were the target of the bombing")."""
    verb = noun.head
    if verb.lemma_ != "be" or noun.dep_ not in {"nsubj", "attr"}:
        return []
    other = "attr" if noun.dep_ == "nsubj" else "nsubj"
    return [c for c in verb.children if c.dep_ == other]


def _aimed_person(obj: Token, status: dict) -> Token | None:
    """The person an object of aiming names: the object itself, the people of "a group of fighters", or the subject
    the small parser gives an "-ing" clause after the verb ("struck Hamas militants operating from the hospital",
    "aimed at civilians queuing for bread")."""
    if obj.dep_ in {"pcomp", "ccomp", "xcomp"}:
        if obj.tag_ != "VBG":
            return None
        subjects = [c for c in obj.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    if obj.lemma_.lower() in status["parts"]:
        of = [c for c in obj.children if c.lower_ == "of"]
        people = [c for p in of for c in p.children if c.dep_ == "pobj"]
        return people[0] if people else obj
    return obj
