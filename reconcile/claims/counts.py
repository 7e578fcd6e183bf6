"""Counts: how many died, were hurt or took part, and how old the victim was.

A number means what the words around it in the parse say: the noun it counts and the verb that noun hangs on
("killed 10 civilians", "10 people were injured", "a crowd of 5,000", "a 60-year-old civilian").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, facet, value, words
from reconcile.claims.numbers import is_count, number_at, quantity
from reconcile.model import FacetValue

NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
SUBSET_HEADS = {"including", "among", "include"}
MAX_AGE = 110


def find_counts(span: Span, ctx: Context) -> Iterator[FacetValue]:
    seen: set[int] = set()
    for token in words(span, ctx):
        if token.i in seen or not is_count(token):
            continue
        age = _age(token)
        if age is not None:
            seen.add(token.i)
            yield value("victim.age", age[0], age[1])
            continue
        if token.ent_type_ in NOT_COUNTS or token.lower_ in {"a", "an"}:
            continue
        found = _count(token)
        if found is not None:
            seen.update(t.i for t in token.doc[token.i : token.i + 4] if t.lower_ in {"tens", "of", "hundreds", "thousands"})
            seen.add(token.i)
            yield found


def _age(token: Token) -> tuple[int, list[Token]] | None:
    doc = token.doc
    n = number_at(token)
    if n is None or not 0 < n <= MAX_AGE:
        return None
    after = doc[token.i + 1 : token.i + 5]
    tail = "".join(t.lower_ for t in after)
    if tail.startswith(("-year-old", "year-old", "yearsold", "yearold", "-years-old")):
        return n, [token, *[t for t in after if t.lower_ in {"-", "year", "old", "years"}]]
    if token.i > 0 and doc[token.i - 1].lower_ in {"aged", "age"}:
        return n, [doc[token.i - 1], token]
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.ent_type_ in {"DATE", "CARDINAL", ""}:
        return n, [token]
    if token.ent_type_ == "DATE" and token.lower_.isdigit() and token.i > 0 and doc[token.i - 1].text == "," and (
        token.i > 1 and doc[token.i - 2].ent_type_ == "PERSON"
    ):
        return n, [token]
    return None


def _count(token: Token) -> FacetValue | None:
    noun = token.head if token.dep_ in {"nummod", "quantmod", "amod", "compound"} else token
    for _ in range(3):  # "tens of thousands of people": the count is of the last noun in the "of" chain
        objects = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not objects or not (is_count(noun) or noun.i == token.i):
            break
        noun = objects[0]
    amount = quantity(token)
    if amount is None:
        return None
    if noun.head.lower_ in SUBSET_HEADS or (noun.dep_ == "pobj" and noun.head.lower_ in SUBSET_HEADS):
        # "10 civilians, including 7 children": a part of a total, not another total; children are counted apart
        if noun.lemma_.lower() in facet("casualties.children")["nouns"]:
            return value("casualties.children", amount, _tokens(token, noun))
        return None
    context = [noun, *ancestors(noun, 3)]
    lemmas = []
    for node in context:
        lemmas.append(node.lemma_.lower())
        lemmas.extend(c.lemma_.lower() for c in node.children if c.dep_ in {"amod", "acomp", "nsubj", "compound", "dobj", "oprd"})
    killed, injured = set(facet("casualties.killed")["verbs"]), set(facet("casualties.injured")["verbs"])
    for lemma in lemmas:
        if lemma in killed:
            return value("casualties.killed", amount, _tokens(token, noun))
        if lemma in injured:
            return value("casualties.injured", amount, _tokens(token, noun))
    crowd = facet("crowd.size")
    if noun.lemma_.lower() in crowd["nouns"] and any(l in crowd["verbs"] for l in lemmas[1:]) or noun.lemma_.lower() == "crowd":
        return value("crowd.size", amount, _tokens(token, noun))
    if token.head.lemma_.lower() == "of" and token.head.head.lemma_.lower() == "crowd":
        return value("crowd.size", amount, _tokens(token, token.head.head))
    return None


def _tokens(token: Token, noun: Token) -> list[Token]:
    doc = token.doc
    start = min(token.i, noun.i)
    end = max(token.i, noun.i)
    while start > 0 and doc[start - 1].lower_ in {"least", "than", "to", "about", "around", "nearly", "some", "over"}:
        start -= 1
        if doc[start].lower_ in {"least", "than"} and start > 0:
            start -= 1
    return list(doc[start : end + 1])
