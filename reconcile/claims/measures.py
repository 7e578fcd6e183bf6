"""Figures given as the value of a measure: "put the number of marchers at 31,000", "the death toll rose to 31",
"claimed a turnout of 500,000", "the number of the demonstrators was 12 thousand", "Participants numbered about
800", "revised their estimate of the crowd to 45,000".

Such a figure counts no noun of its own; the parse hangs it on "at", "to", "of", a copula or "number", and what it
counts is the measure noun ("toll", "turnout", "number") or what follows that noun's "of" ("the number of wounded").
"""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.context import facet
from reconcile.resources import lexicon

_VALUE_PREPS = {"at", "to", "of", "about", "around", "in", "close", "by"}
"""Words a figure hangs on as a measure's value: "put at", "rose to", "a turnout of", "numbered about", "numbering in
the tens of thousands", "numbering close to", "increased by 12 to 80" (the parse hangs the 80 on "by"; the step right
after "by" is no value: counts.py)."""
_SUBJECTS = {"nsubj", "nsubjpass", "dobj"}
_MEASURING_VERBS = {"number", "estimate", "put", "total"}
"""Verbs whose figure sizes the people they describe: "Demonstrators, numbering in the tens of thousands", "A crowd
estimated at between 20,000 and 30,000"."""


def measured(root: Token, end: int) -> tuple[str, Token] | None:
    """The facet a figure is the value of and the measure noun that says so ("the number of wounded" at "about 90"
    -> casualties.injured, "number"), or None when the figure is no measure's value.

    Args:
        root: the figure's word that the parse attaches (numbers.Amount.root).
        end: one past the figure's last word: an "of" after it makes a part of a group ("three of the injured").
    """
    for measure in _measures(root, end):
        kind = _kind(_counted(measure))
        if kind is not None:
            return kind, measure
    return None


def _measures(root: Token, end: int) -> list[Token]:
    """The nouns a figure may give the size of, from where the parse hangs the figure."""
    if any(c.lower_ == "of" and c.i >= end for c in root.children):
        return []  # "three of the injured": a part of a group, not the size of a measure
    if root.dep_ == "pobj" and any(c.dep_ == "pobj" and c.i < root.i for c in root.head.children):
        return []  # "rose to six as three ...": the preposition's value is its first object
    node = root
    while node.dep_ in {"pobj", "advmod", "quantmod", "prep"} and node.head.lower_ in _VALUE_PREPS:
        node = node.head  # up through "at", "to", "close to", "about"
    anchor = node.head
    if (node.i == root.i and root.dep_ not in {"attr", "dobj"}) or anchor.i == node.i:
        return []
    if node.i != root.i and node.lower_ == "of":
        return [anchor] if _is_measure(anchor) else []  # "a turnout of 500,000"
    if anchor.lemma_.lower() in _MEASURING_VERBS and anchor.dep_ in {"acl", "prep", "advcl"}:
        owner = anchor.head.head if anchor.head.is_punct else anchor.head  # a comma misparsed as the head
        return [owner] if _is_measure(owner) else []  # "Demonstrators, numbering in the tens"
    if anchor.pos_ not in {"VERB", "AUX"} or anchor.lemma_.lower() in facet("crowd.size")["not_crowds"]:
        return []  # "the crowd killed 3" gives no size
    # "put the number of marchers at", "the toll rose to", "the number ... was"
    # "those injured were 35": any subject of a copula, when its own words say what befell them (`_kind`)
    copula = anchor.lemma_.lower() in {"be", "number", "total"}
    return [c for c in anchor.children if c.dep_ in _SUBJECTS and c.i != root.i
            and (_is_measure(c) or (copula and c.dep_ == "nsubj"))]


def _is_measure(noun: Token) -> bool:
    table = lexicon("numbers")["counts"]
    lemma = noun.lemma_.lower()
    return lemma in table["measures"] or lemma in table["gatherings"] or lemma in facet("crowd.size")["participants"]


def _counted(measure: Token) -> Token:
    """What a measure counts: the end of its "of" chain ("the estimate of the number of marchers" -> marchers)."""
    noun = measure
    for _ in range(3):
        objects = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not objects or noun.lemma_.lower() not in lexicon("numbers")["counts"]["measures"]:
            break
        noun = objects[0]
    return noun


def _kind(noun: Token) -> str | None:
    """The facet a counted noun makes of its figure: the dead, the hurt, or those who gathered."""
    words = {noun.lemma_.lower(), noun.lower_}
    words.update(c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "acl", "relcl"})
    if words & set(facet("casualties.killed")["verbs"]):
        return "casualties.killed"
    if words & set(facet("casualties.injured")["verbs"]):
        return "casualties.injured"
    crowd = facet("crowd.size")
    gatherings = set(lexicon("numbers")["counts"]["gatherings"])
    if noun.lemma_.lower() in {*crowd["participants"], *gatherings} or words & set(crowd["bare_verbs"]):
        return "crowd.size"
    return None
