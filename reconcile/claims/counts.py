"""Counts: how many died, were hurt or took part, and how old the victim was.

A number means what the words around it in the parse say: the noun it counts and the verb that noun hangs on
("killed 10 civilians", "10 people were injured", "a crowd of 5,000", "a 60-year-old civilian").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, facet, value, words
from reconcile.claims.numbers import Amount, amount_at, is_count
from reconcile.model import FacetValue
from reconcile.resources import lexicon

NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
NAMES = {"FAC", "ORG", "PRODUCT", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
SUBSET_HEADS = {"including", "among", "include"}
MAX_AGE = 110


def find_counts(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Each amount phrase once ("three hundred and twelve" is 312, not 300, 100 and 12), as the toll, crowd or age
    the words around it make it; a number in a name, address, date, time or measure is none of them."""
    seen: set[int] = set()
    for token in words(span, ctx):
        if token.i in seen:
            continue
        decade = _decade_age(token)
        if decade is not None:
            seen.add(token.i)
            yield value("victim.age", decade[0], decade[1])
            continue
        amount = amount_at(token)
        if amount is None:
            continue
        seen.update(range(amount.start, amount.end))
        age = _age(amount)
        if age is not None:
            yield value("victim.age", age[0], age[1])
        elif _is_head_count(amount):
            found = _count(amount)
            if found is not None:
                yield found


def _age(amount: Amount) -> tuple[int, list[Token]] | None:
    token, n = amount.root, amount.value
    doc = token.doc
    if not amount.exact or not isinstance(n, int) or not 0 < n <= MAX_AGE or amount.start != amount.root.i:
        return None
    after = doc[amount.number_end : amount.number_end + 4]
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


def _decade_age(token: Token) -> tuple[list, list[Token]] | None:
    """"in his early forties" -> [40, 44], "in her late twenties" -> [26, 29], "in their sixties" -> [60, 69]."""
    decades = lexicon("numbers")["ages"]
    if token.lower_ not in decades["decades"]:
        return None
    doc, base = token.doc, decades["decades"][token.lower_]
    part = doc[token.i - 1].lower_ if token.i > 0 else ""
    low, high = decades["parts"].get(part, [0, 9])
    owner = token.i - (2 if part in decades["parts"] else 1)
    if owner < 0 or doc[owner].lower_ not in {"his", "her", "their"}:
        return None
    return [base + low, base + high], list(doc[owner : token.i + 1])


def _is_head_count(amount: Amount) -> bool:
    """Whether the phrase counts people or things rather than naming, dating or measuring something: "Route 66",
    "Flight 302", "9 Tamar Street", "a 7.8 magnitude quake", "the 400 block", "at 3 pm" are not counts."""
    root, doc = amount.root, amount.root.doc
    number = amount.value if amount.exact else None
    if isinstance(number, float) or root.ent_type_ in NOT_COUNTS or root.ent_type_ in NAMES:
        return False
    table = lexicon("numbers")
    labels, units = set(table["units"]["labels"]), set(table["units"]["words"])
    if amount.start > 0 and doc[amount.start - 1].lower_ in labels:
        return False  # "Route 66", "Flight 302"
    head = root.head
    if root.dep_ in {"nummod", "compound", "npadvmod"} and head.i > root.i and (
        (head.ent_type_ in NAMES and head.pos_ == "PROPN") or head.lower_ in table["units"]["streets"]
    ):
        return False  # a house number: "14 Harbour Lane"
    if root.dep_ == "nummod" and head.i < root.i and (head.pos_ == "PROPN" or head.lower_ in labels):
        return False  # a number after its noun labels it
    after = [t for t in doc[amount.number_end : amount.number_end + 2] if t.text != "-"][:1]
    between = [t for t in doc[root.i + 1 : head.i] if t.dep_ == "compound"] if head.i > root.i else []
    return not any(t.lemma_.lower() in units or t.lower_ in units for t in [*after, *between])


def _count(amount: Amount) -> FacetValue | None:
    """The toll or crowd an amount is, from the noun it counts and the verbs above that noun."""
    token = amount.root
    noun = token.head if token.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} else token
    after = token.doc[amount.end] if amount.end < len(token.doc) else None
    if noun is token and after is not None and after.pos_ == "NOUN" and after.head == token.head:
        noun = after  # "1.4m people marched", parsed as two subjects of "marched"
    for _ in range(3):  # "tens of thousands of people": the count is of the last noun in the "of" chain
        objects = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not objects or not (is_count(noun) or amount.start <= noun.i < amount.end):
            break
        noun = objects[0]
    tokens = _tokens(amount, noun)
    if noun.head.lower_ in SUBSET_HEADS or (noun.dep_ == "pobj" and noun.head.lower_ in SUBSET_HEADS):
        # "10 civilians, including 7 children": a part of a total, not another total; children are counted apart
        if noun.lemma_.lower() in facet("casualties.children")["nouns"]:
            return value("casualties.children", amount.value, tokens)
        return None
    context = [noun, *ancestors(noun, 3)]
    lemmas = []
    for node in context:
        lemmas.append(node.lemma_.lower())
        deps = {"amod", "acomp", "nsubj", "compound", "dobj", "oprd"}
        lemmas.extend(c.lemma_.lower() for c in node.children if c.dep_ in deps)
    killed, injured = set(facet("casualties.killed")["verbs"]), set(facet("casualties.injured")["verbs"])
    for lemma in lemmas:
        if lemma in killed:
            return value("casualties.killed", amount.value, tokens)
        if lemma in injured:
            return value("casualties.injured", amount.value, tokens)
    crowd = facet("crowd.size")
    gathered = any(lemma in crowd["verbs"] for lemma in lemmas[1:])
    if noun.lemma_.lower() in crowd["nouns"] and gathered or noun.lemma_.lower() == "crowd":
        return value("crowd.size", amount.value, tokens)
    if token.head.lemma_.lower() == "of" and token.head.head.lemma_.lower() == "crowd":
        return value("crowd.size", amount.value, _tokens(amount, token.head.head))
    return None


def _tokens(amount: Amount, noun: Token) -> list[Token]:
    """The phrase with the noun it counts: "more than 40,000 people", "a crowd of 5,000"."""
    doc = noun.doc
    return list(doc[min(amount.start, noun.i) : max(amount.end - 1, noun.i) + 1])
