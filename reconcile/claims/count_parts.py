"""Counts that are a part of a group rather than a total: "four of them in intensive care", "including 7
children", "Twelve children were among the 40 dead"."""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.context import facet
from reconcile.claims.numbers import Amount
from reconcile.resources import lexicon


def whole_among(noun: Token) -> bool:
    """"Twelve children were among the 40 dead": the counted noun after "among" a copula is the whole the subject
    is a part of, the toll itself ("including 7 children" and "among them 9 women" count parts)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in {"among", "amongst"} and prep.head.lemma_ == "be"
            and any(c.dep_ == "det" and c.lower_ in {"the", "those", "these"} for c in noun.children))


def is_part(amount: Amount, noun: Token, table: dict) -> bool:
    """A count that is a part of a group rather than a total: a partitive of a group counted elsewhere ("four of
    them in intensive care", "three of the injured died", but not "both of them", "one of them died" or "two of our
    colleagues"), or a count left out of one ("Barring seven children and one man, all the dead were women")."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.head.lower_ in table["excluding"] or first.head.lemma_.lower() in table["excluding"]:
        return True
    doc, root = amount.root.doc, amount.root
    after = doc[amount.end : amount.end + 2]
    if any(t.lower_ in table["degrees"] for t in (*after[:1], *(c for c in root.children if c.dep_ == "advmod"))):
        return True  # "injured 50 people, 10 seriously": how badly some of them were hurt
    if _of_whom(root):
        return True  # "injured 60, of whom 8 were in critical condition": some of a group counted before
    if root.dep_ == "conj" and _partitive_before(root.head):
        return True  # "fifteen of the eighteen died from bullets, and three from pellets": the rest of the same whole
    if len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in {"them", "whom", "those", "these"} and (
        root.dep_ not in {"nsubj", "nsubjpass", "dobj"} and root.lower_ not in table["wholes"]
    ):
        return True  # "30 people died, 20 of them women" (the parse hangs the 20 on "women"); not "one of them died"
    # "four of the injured": the "of" hangs on a word before it; a fronted "Of the 40 dead, 12 were children" gives
    # the whole
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.i >= amount.end and (
        noun.head.head.i < noun.head.i)
    if not partitive or amount.root.lower_ in table["wholes"]:
        return False
    if noun.like_num:
        return True  # "three of the 12 dead were police officers": a part of a counted whole
    if noun.pos_ == "PRON":  # "one of them died" is a toll; "four of them in intensive care" a part of one
        return noun.lower_ in table["groups"] and amount.root.dep_ not in {"nsubj", "nsubjpass", "dobj"}
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)
    if not definite or not (noun.lower_ in table["groups"] or noun.lemma_.lower() in table["groups"]):
        return False
    verb = amount.root.head if amount.root.dep_ in {"nsubj", "nsubjpass"} else None
    # "three of the injured died": some of a toll moved to another; "twelve of the 40 dead were children": what some
    # of them were
    return verb is None or is_state(verb) or verb.lemma_ == "be"


def _partitive_before(head: Token) -> bool:
    """The number a joined figure follows counts a part of a whole ("fifteen of the eighteen"), whether the parse
    joins the figure to that number or to its verb ("... died from bullets, and three from pellets")."""
    first = head if head.pos_ == "NUM" else next(
        (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NUM"), None)
    if first is None:
        return False
    wholes = [g for c in first.children if c.lower_ == "of" and c.i > first.i for g in c.children]
    return any(g.like_num or g.pos_ == "NUM" or g.lower_ in {"them", "those", "these"} for g in wholes)


def _of_whom(root: Token) -> bool:
    """The figure is the subject of a clause that opens with "of whom", "of which" or "of them" before it: the
    clause says how some of a group counted before it fared ("60 were injured, of whom 8 critically", "Of them, 11
    died later")."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i < root.i and
               any(g.lower_ in {"whom", "which", "them", "these", "those"} for g in c.children if g.dep_ == "pobj")
               for c in verb.children)


def is_state(noun: Token) -> bool:
    """A noun that says what befell those counted ("dead", "injured", "missing") rather than who they were."""
    table = lexicon("numbers")["counts"]
    states = {*facet("casualties.killed")["verbs"], *facet("casualties.injured")["verbs"], *table["not_tolls"],
              "missing", "survivor"}
    return noun.lemma_.lower() in states or noun.lower_ in states
