"""Reading names in a speaker mention: a person's name without its titles, an organisation's name without its
articles or clauses, and the keys that group a speaker's mentions ("person:lloyd austin", "org:union of river
pilots").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokens import Span, Token

from reconcile.nlp.kinds import masthead, source_kind
from reconcile.nlp.spans import entities
from reconcile.resources import lexicon, word_set

NAME_POS = {"PROPN", "DET", "ADP", "CCONJ", "PART", "PUNCT"}
"""Parts of speech a multi-word name is made of: "the Coalition for Fair Pensions", "Workers' Union"."""
NAME_PREPOSITIONS = {"of", "for", "without"}
OWNED_NOUNS = {"office"}
"""Heads named by their owner: "the attorney general's office" is not "the governor's office", nor any office."""
"""Prepositions inside an organisation's name: "the Union of River Pilots", "Coalition for Fair Pensions"."""
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some",
               "multiple", "several", "many", "two", "three", "four", "five", "other", "another", "both", "all",
               "few", "one", "senior", "top", "unnamed", "anonymous", "various", "numerous", "more", "most"}
"""Words before a name that are no part of it: "the Coalition", "two senior officials"."""


def personal_name(span: Span) -> str | None:
    """The personal name in a mention, without titles; None when the mention names no person.

    A name that only owns or qualifies a common noun is someone else's: "Saal's brother", "the Brandt family",
    "the Trump administration".
    """
    head = span.root
    for ent in entities(span):
        if ent.label_ != "PERSON":
            continue
        owner = ent.root.head == head and ent.root.dep_ in {"poss", "compound"} and head.pos_ == "NOUN"
        outlet = masthead(ent.text) and not _described_as_person(ent.root)  # "told Atlas Press", tagged a person
        owned = len(ent) == 1 and any(c.dep_ == "poss" or c.lower_ == "the" for c in ent.root.children)
        body = len(ent) > 1 and ent[-1].lower_ in word_set("kinds", "bodies", "heads")  # "Hellenic Coast Guard"
        beside = ent.root.head == head or ent.root.dep_ == "appos" and _of_phrase_end(ent.root.head) == head
        if (ent.root == head or head in ent or beside) and not (owner or outlet or owned or body):
            return _strip_titles(ent)  # not "the Pilots' Guild", tagged a person: a surname has no owner or article
    if head.pos_ == "PROPN" and head.ent_type_ not in {"GPE", "NORP", "LOC", "FAC"}:
        core = [t for t in core_tokens(span) if t.pos_ != "DET"]
        if titled := _after_title(core, head):
            return titled
        name = " ".join(t.text for t in core)
        article = any(c.lower_ == "the" for c in head.children)  # "the Guild": a surname takes no article
        plain = len(span) <= 3 and head.ent_type_ != "ORG" and not article  # "Darwish said", nothing else to go by
        named = head.dep_ in {"nsubj", "pobj"} and len(core) <= 3 and _looks_like_name(core)
        if named and not source_kind(name)[1] and (plain or _described_as_person(head)):
            return name
    return None


def _of_phrase_end(noun: Token) -> Token | None:
    """The noun whose prepositional phrases end in `noun`, whose apposition the parser hangs on the last noun:
    "governor" for "region" in "The governor of the Belgorod region, Vyacheslav Gladkov, said"; None when `noun`
    ends none."""
    if _person_noun(noun):
        return None  # "the mother of another young protester, Nika Shakarami,": the apposition names the protester
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in {"NOUN", "PROPN"}:
        top = top.head.head  # "The person in charge of the Fire Unit, commander X," climbs "of" and "in"
    return top if top is not noun else None


def _person_noun(token: Token) -> bool:
    """A common noun that can name a person, whom an apposition may name: "protester", "mother", "driver"."""
    lemma = token.lemma_.lower()
    people, endings = _people_words()
    return token.pos_ == "NOUN" and (lemma in people or lemma.endswith(endings))


@functools.cache
def _people_words() -> tuple[frozenset[str], tuple[str, ...]]:
    kinds = lexicon("kinds")
    people = {w for listed in kinds["words"].values() for w in listed} | set(kinds["speakers"]["nouns"])
    return frozenset(people | set(kinds["roles"]["person"])), tuple(kinds["speakers"]["endings"])


def person_key(name: str) -> str:
    """A person's name as the grouping key: its words lowercased, without punctuation or accents ("Inès
    Marchetti": "ines marchetti"). The given names stay, so that Anna Berg and Lars Berg are two people; a surname
    alone ("Berg") is its own key, which `reconcile.sources.names` joins to the one person it can stand for."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    words = [w for w in (re.sub(r"[^\w]", "", w) for w in re.split(r"[\s\-]+", folded)) if w]
    while len(words) > 1 and words[-1] in word_set("kinds", "titles", "suffixes"):
        words.pop()  # "Denise Carrow, Esq."
    return " ".join(words) or name.lower()


def surname(key: str) -> str:
    """The surname in a person's key ("person:anna berg": "berg"), or in a name's `person_key`."""
    return key.partition("person:")[2 if key.startswith("person:") else 0].rsplit(" ", 1)[-1]


def org_key(span: Span) -> str:
    """An organisation's name in lemma form without articles, so "white helmet" and "the White Helmets" meet."""
    words = [t.lemma_.lower() if t.pos_ in {"NOUN", "PROPN"} else t.lower_ for t in core_tokens(span)
             if t.tag_ != "POS"]
    words = [w for w in words if w not in DETERMINERS and w not in {"'s", "’s"}]
    return " ".join(words) or span.root.lemma_.lower()


def text_key(name: str) -> str:
    """The grouping key for a speaker known only by a name string (a tweet's author, a publisher, an alias file).

    A name made of two or three capitalised words with no organisation word, and not ending in a body's noun
    ("Hellenic Coast Guard"), is taken for a person.
    """
    clean = name.strip().lstrip("@")
    _, evidence = source_kind(clean)
    words = clean.split()
    body = bool(words) and words[-1].lower() in word_set("kinds", "bodies", "heads")  # "South Eastern Railway"
    if not evidence and not body and 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words):
        return f"person:{person_key(clean)}"
    tokens = [w.lower() for w in re.split(r"\s+", clean) if w.lower() not in DETERMINERS]
    return "org:" + " ".join("and" if w == "&" else w for w in tokens)  # "Chemical & Energy" is "Chemical and Energy"


def display_name(span: Span) -> str:
    tokens = core_tokens(span)
    while tokens and tokens[0].lower_ in {"the", "a", "an", "his", "her", "their", "its"}:
        tokens = tokens[1:]
    text = "".join(t.text_with_ws if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else t.text + " "
                   for i, t in enumerate(tokens))
    return text.strip() or span.text


def core_tokens(span: Span) -> list[Token]:
    """The head noun with its compounds and modifiers, without relative clauses, appositions or prepositions,
    except those that are part of a proper name ("the Union of River Pilots", "the Pilots' Guild")."""
    head = span.root
    keep = [t for t in head.subtree if t.i >= span.start and t.i < span.end and _in_core(t, head)]
    return [t for t in keep if not t.is_punct or t.text in {".", "-", "&"} or t.tag_ == "POS"]


def _in_core(token: Token, head: Token) -> bool:
    chain = []
    while token.i != head.i:
        chain.append(token)
        token = token.head
    if chain and _names_with(chain[-1], head):
        return True  # all of "Chemical and Energy Workers'" in "Chemical and Energy Workers' Union"
    owner = chain[-1] if chain else None
    if owner is not None and owner.dep_ == "poss" and owner.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in \
            OWNED_NOUNS:  # "the attorney general's office"
        return not any(t.dep_ in {"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl"} for t in chain)
    return not any(t.dep_ in {"relcl", "acl", "appos", "prep", "punct", "cc", "conj", "advcl", "poss"} for t in chain)


def _names_with(token: Token, head: Token) -> bool:
    """A preposition or possessor that is part of its head's proper name: "of River Pilots" in "Union of River
    Pilots", "Pilots'" in "Pilots' Guild"; not "of the victim", "Saal's" in "Saal's family", "in Harwick" or a
    country's "Britain's" in "Britain's Foreign Office"."""
    if not head.text[:1].isupper() or head.pos_ not in {"PROPN", "NOUN"}:
        return False
    if token.dep_ == "poss" and token.ent_type_ in {"GPE", "LOC", "NORP"}:
        return False
    if token.dep_ == "prep" and token.lower_ not in NAME_PREPOSITIONS:
        return False
    if token.dep_ not in {"prep", "poss"}:
        return False
    words = [t for t in token.subtree if t.i != token.i or token.dep_ == "poss"]
    return bool(words) and all(
        t.pos_ in NAME_POS and (t.pos_ != "PROPN" or t.text[:1].isupper()) and t.ent_type_ not in {"DATE", "TIME"}
        for t in words
    ) and any(t.pos_ == "PROPN" for t in words)


def _after_title(core: list[Token], head: Token) -> str:
    """The name after a person's title: "Brig. General Patride", "Chief Executive Helena Varga", "Chief of Police
    Laura Benning". A name the model tags as an organisation needs two words, a given name and a surname, so that
    "Army General Staff" names no one; empty when the words name no titled person."""
    titles = word_set("kinds", "titles", "words")
    # a title, or a role written in lower case before the name ("harbour master Anneke Sterling")
    marks = [i for i, t in enumerate(core) if t.lower_ in titles or t.pos_ == "NOUN" and t.text.islower()]
    if not marks and not (head.i > 0 and head.doc[head.i - 1].lower_ in titles):
        return ""
    name = core[marks[-1] + 1 :] if marks else core
    text = " ".join(t.text for t in name)
    if not _looks_like_name(name) or (len(name) < 2 and head.ent_type_ == "ORG") or _names_a_body(name):
        return ""
    return text


def _names_a_body(name: list[Token]) -> bool:
    """The words name a body, not a person: a kind word among them ("Army General Staff", "Kessling Police"), but
    for a given name that is also a word of a kind ("Charity Charamba", "Union" is no first name but "Charity" is):
    a body's name ends in its kind word, a person's surname does not."""
    kind_word = source_kind(" ".join(t.text for t in name))[1]
    if not kind_word:
        return False
    given_only = len(name) >= 2 and kind_word == name[0].lower_ and not source_kind(name[-1].text)[1]
    return not given_only


def _described_as_person(name: Token) -> bool:
    """A name the text describes as one person: "Oleksandr Kovalenko, the port's chief engineer,". The small model
    tags many unfamiliar full names as organisations; the apposition says which they are."""
    roles = word_set("kinds", "roles", "person")
    return any(c.dep_ == "appos" and c.lemma_.lower() in roles for c in name.children)


def _looks_like_name(tokens: list[Token]) -> bool:
    """A bare capitalised word as a speaker ("Ryder said"): news style names people by surname after first use."""
    return bool(tokens) and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in tokens)


def _strip_titles(ent: Span) -> str:
    titles = word_set("kinds", "titles", "words")
    tokens = list(ent)
    while len(tokens) > 1 and tokens[0].lower_ in titles:
        tokens = tokens[1:]
    return ent.doc[tokens[0].i : ent.end].text.strip()  # as written: "Al-Nashif", not "Al - Nashif"
