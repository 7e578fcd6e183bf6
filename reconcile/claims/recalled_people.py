"""People a document recalls who are not the case's: another victim with an age of their own.

"Karim Ouali, 31, was found dead in a police cell in Toulouse in June": a person written with their age, whom no
other document of the case names, is another victim the report recalls when the sentence also gives another date
or town (claims/scope.py decides that part). The case's own people are those two documents or more name.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from reconcile.claims.anchor import Anchor
from reconcile.claims.numerals import read_number
from reconcile.nlp.spans import entities

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def case_people(docs: Sequence[Doc]) -> frozenset[str]:
    """The words of the people two documents or more name: the case's own (its victims, its officials)."""
    seen: dict[str, set[int]] = {}
    for number, doc in enumerate(docs):
        for ent in entities(doc[:]):
            if ent.label_ == "PERSON":
                for token in ent:
                    if token.is_alpha and token.is_title:
                        seen.setdefault(token.lower_, set()).add(number)
    return frozenset(word for word, found in seen.items() if len(found) >= 2)


def aged_stranger(sent: Span, people: frozenset[str]) -> tuple[Span, int] | None:
    """The first name in `sent` written with an age whose words no other document shares, and that age (in a
    case whose documents share names at all: a lone account names its victim once)."""
    if not people:
        return None
    for ent in entities(sent):
        if ent.label_ not in {"PERSON", "ORG"} or any(t.lower_ in people for t in ent):
            continue  # the parser often takes "Karim Ouali, 31," for a body: its age makes it a person
        age = age_after(ent)
        if age is not None:
            return ent, age
    return None


def other_month(sent: Span, anchor: Anchor) -> bool:
    """A month named alone ("in June") that is not the anchor's."""
    if not anchor.date:
        return False
    month = int(anchor.date[5:7])
    return any(ent.label_ == "DATE" and not any(t.like_num for t in ent) and
               any(t.lower_ in MONTHS and MONTHS[t.lower_] != month for t in ent) for ent in entities(sent))


def age_after(ent: Span) -> int | None:
    """The age written after a name: "Karim Ouali, 31," or "Karim Ouali, aged 31"."""
    doc, at = ent.doc, ent.end
    words = [t for t in doc[at : at + 4]]
    if len(words) >= 3 and words[0].text == "," and words[1].lower_ == "aged":
        words = words[1:]
    if len(words) >= 3 and words[0].text in {",", "aged"} and words[1].like_num and words[2].text in {",", ";"}:
        number = read_number(words[1].text)
        return int(number) if number and 0 < number < 110 else None
    return None
