"""The victim's age a number gives: "a 60-year-old civilian", "aged 60", "Jane Doe, 60", "in his early forties"."""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.numbers import Amount
from reconcile.resources import lexicon

MAX_AGE = 110


def stated_age(amount: Amount) -> tuple[int, list[Token]] | None:
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


def decade_age(token: Token) -> tuple[list, list[Token]] | None:
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
