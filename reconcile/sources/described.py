"""Names and the descriptions the text gives them: "Her father, Amjad Amini,", "Russia's aviation watchdog,
Rosaviatsia,", "Police spokeswoman Charity Charamba", "Jaya Varma Sinha, a member of the Railway Board".

News style introduces a speaker once with a name and a description, then uses either alone, in that document or
another of the case: "the police spokeswoman said", "her father has said". A description the case gives to one
name only stands for that name wherever it speaks; a description two names share ("spokesman", for the coast
guard's and the government's) stands for neither. The organisation inside a description ("the Railway Board",
"Kremlin" in "Kremlin spokesman Dmitry Peskov") is whom the named person speaks for: their affiliation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reconcile.nlp.kinds import source_kind
from reconcile.nlp.names import DETERMINERS, NAME_PREPOSITIONS
from reconcile.nlp.spans import entities, entity_at
from reconcile.nlp.speakers import describe
from reconcile.resources import lexicon, word_set

NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC", ""}
"""Entity labels a name in an apposition may carry: the small model tags unfamiliar bodies as places
("Rosaviatsia") and unfamiliar people as organisations."""
RELATIVE_PRONOUNS = {"who", "which", "that"}
HEAD_NOUNS = {"head", "chief", "chairman", "chairwoman", "chair"}
"""Roles that lead the body their "of" phrase names, as its agent noun does: the head of an administration is its
administrator, the chief of a directorate its director."""
ADJECTIVE_STEM = 5
"""Least letters an adjective shares with the noun it is made from ("regio" in "regional" and "region")."""
ROLE_DEPS = {"compound", "amod", "nmod", "poss"}
"""How the words of a title attach to the name after it: "Police spokeswoman Charity Charamba"."""


@dataclass(frozen=True)
class Description:
    """A name and the words that describe it at one place of one document."""

    name_key: str
    name: str
    role_key: str
    role: str
    document_id: str
    start: int
    end: int
    affiliation: str = ""
    """The organisation named inside the description ("the Railway Board" in "a member of the Railway Board")."""
    clause: bool = False
    """The description is the doer of a relative clause's verb: "organiser" for "X, which organised the march,"."""

    @property
    def where(self) -> str:
        return f"{self.role!r} describes {self.name!r} (characters {self.start}-{self.end})"


def find_descriptions(docs: Mapping[str, Doc]) -> list[Description]:
    """Every name-and-description pair of the case's documents, keyed as the attribution keys speakers."""
    return [found for document_id, doc in docs.items() for found in _in_doc(doc, document_id)]


def role_words(key: str) -> tuple[str, ...]:
    """The words of a description's key without honorifics or its "of ..." tail: "org:hon'ble chief minister" is
    ("chief", "minister"); "org:acting high commissioner for human rights" is ("acting", "high", "commissioner")."""
    honorifics = word_set("kinds", "titles", "honorifics")
    words = [w for w in key.partition(":")[2].split() if w not in honorifics and w not in DETERMINERS]
    cut = next((i for i, w in enumerate(words) if w in NAME_PREPOSITIONS), len(words))
    return tuple(words[:cut])


def fits(speaker_key: str, description: Description) -> bool:
    """A role speaker's words say no more than the description and end in the same noun: "police spokeswoman" fits
    "Police spokeswoman Charity Charamba", "spokesman" fits "coast guard spokesman Nikos Alexiou"."""
    if speaker_key.partition(":")[0] != description.role_key.partition(":")[0]:
        return False
    said, described = role_words(speaker_key), role_words(description.role_key)
    if not said or not described:
        return False
    tail = _tail_words(description.role)
    same = said[-1] == described[-1] or {said[-1], described[-1]} <= {"head", "chief"}  # "service chief", "head of"
    if not same and not (described[-1] in HEAD_NOUNS and tail and _adjective_of(said[-1], tail[-1])):
        return False  # "the military administrator" is "the head of the regional military administration"
    levels = word_set("kinds", "roles", "levels")
    return all(w in described or w in levels or any(_adjective_of(w, t) for t in tail) for w in said[:-1])


def _tail_words(role: str) -> list[str]:
    """The words of a description after its "of" or "for": "belgorod" and "region" in "governor of the Belgorod
    region"."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if w in NAME_PREPOSITIONS), len(words))
    return [w.strip(".,'’") for w in words[cut + 1 :]]


def _adjective_of(adjective: str, noun: str) -> bool:
    """`adjective` is the adjective (or agent noun) of `noun`: "regional" of "region", "provincial" of "province",
    "municipal" of "municipality", "administrator" of "administration"; they share all but the last two letters of
    the shorter, and at least ADJECTIVE_STEM letters."""
    if adjective == noun:
        return True
    shared = next((i for i, (a, b) in enumerate(zip(adjective, noun, strict=False)) if a != b),
                  min(len(adjective), len(noun)))
    return shared >= ADJECTIVE_STEM and shared >= min(len(adjective), len(noun)) - 2


def _in_doc(doc: Doc, document_id: str) -> Iterator[Description]:
    for token in doc:
        if token.dep_ == "appos" and token.head.i != token.i:
            yield from _apposition(token.head, token, document_id)
    for ent in doc.ents:
        if ent.label_ in {"PERSON", "ORG"}:
            yield from _title(ent, document_id)
    for token in doc:
        if token.dep_ == "relcl" and token.pos_ == "VERB":
            yield from _relative(token, document_id)


def _relative(verb: Token, document_id: str) -> Iterator[Description]:
    """"The Coalition for Fair Pensions, which organised the march,": the name is the march's organiser. The doer's
    noun is made from the verb ("organise" -> "organiser", "lead" -> "leader"); it only ever meets a speaker
    whose key is that noun, so a noun English lacks links nothing."""
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return
    top = verb.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "PROPN":
        top = top.head.head  # "Coalition for Fair Pensions": the clause hangs on "Pensions"
    if top.pos_ != "PROPN" or not top.text[:1].isupper() or _is_role(top):  # any entity label: the small model
        return  # read "The Coalition for Fair Pensions" as a work of art
    name_span = _trim(verb.doc[top.left_edge.i : verb.left_edge.i])
    if name_span is None or not any(t.pos_ == "PROPN" for t in name_span):
        return
    name = describe(name_span)
    if name.needs_antecedent or not name.key.startswith(("person:", "org:")):
        return
    lemma = verb.lemma_.lower()
    doer = lemma + ("r" if lemma.endswith("e") else "er")
    start, end = name_span.start_char, verb.doc[verb.right_edge.i].idx + len(verb.doc[verb.right_edge.i])
    yield Description(name.key, name_span.text, f"org:{doer}", doer, document_id, start, end, clause=True)


def _apposition(head: Token, appos: Token, document_id: str) -> Iterator[Description]:
    """"Her father, Amjad Amini," (role first) and "Nada Al-Nashif, the acting High Commissioner," (name first)."""
    for name, role in ((head, appos), (appos, head)):
        if _is_name(name) and _is_role(role):
            name_span = _name_span(name)
            if role is head:
                role = _office_of(head)  # "The governor of the Belgorod region, Vyacheslav Gladkov,"
                role_span = _trim(head.doc[role.left_edge.i : appos.left_edge.i])
            else:
                role_span = _trim(head.doc[appos.left_edge.i : appos.right_edge.i + 1])
            if name_span is not None and role_span is not None:
                yield from _described(name_span, role_span, document_id)


def _office_of(noun: Token) -> Token:
    """The person's role whose "of" phrase ends in `noun`: "governor" for "region" in "the governor of the Belgorod
    region", whose apposition the parser hangs on the last noun; `noun` itself otherwise."""
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ in NAME_PREPOSITIONS and top.head.head.pos_ in {"NOUN", "PROPN"}:
        top = top.head.head
    return top if top is not noun and top.lemma_.lower() in word_set("kinds", "roles", "person") else noun


def _title(ent: Span, document_id: str) -> Iterator[Description]:
    """"Police spokeswoman Charity Charamba", "Kremlin spokesman Dmitry Peskov": a role written before the name."""
    doc, root = ent.doc, ent.root
    lefts = [c for c in root.lefts if c.dep_ in ROLE_DEPS and c.i < ent.start]
    if not lefts:
        return
    role_span = _trim(doc[min(c.left_edge.i for c in lefts) : ent.start])
    if role_span is None or not any(t.pos_ == "NOUN" or t.lower_ in word_set("kinds", "titles", "words")
                                    for t in role_span):
        return
    yield from _described(ent, role_span, document_id)


def _described(name_span: Span, role_span: Span, document_id: str) -> Iterator[Description]:
    name, role = describe(name_span), describe(role_span)
    if name.needs_antecedent or role.needs_antecedent or not name.key.startswith(("person:", "org:")):
        return
    if role.key == name.key or role.key.startswith(("person:", "pronoun:", "anon:")):
        return
    doc = name_span.doc
    start = min(name_span.start_char, role_span.start_char)
    end = max(name_span.end_char, role_span.end_char)
    yield Description(name.key, name.name, role.key, role_span.text, document_id, start, end,
                      _affiliation(role_span, name_span, doc))


def _affiliation(role_span: Span, name_span: Span, doc: Doc) -> str:
    """The organisation a description names: an ORG entity inside it, or a capitalised name with a kind of body
    ("Kremlin spokesman")."""
    for ent in entities(role_span):
        if ent.label_ == "ORG":
            words = [t for t in ent if t.lower_ not in DETERMINERS and t.tag_ != "POS"]
            if words and not _a_title(words):
                return " ".join(t.text for t in words).strip()
    names = [t for t in role_span if t.pos_ == "PROPN" and t.ent_type_ in {"", "ORG"} and t.text[:1].isupper()]
    text = " ".join(t.text for t in names)
    if names and source_kind(text)[1] and not _a_title(names):
        return text
    return ""


def _a_title(words: list[Token]) -> bool:
    """Words the tagger took for an organisation that are a person's title: "Deputy Prime Minister", "Brigadier
    General", "President", "Dr. Umesh"; a body's name holds no word for a person or a rank."""
    people = word_set("kinds", "roles", "person")
    titles = word_set("kinds", "titles", "words")
    bodies = {w for listed in lexicon("kinds")["words"].values() for w in listed}
    lowered = [t.lower_.rstrip(".") for t in words]
    if len(lowered) == 1 and (lowered[0] in titles or words[0].lower_ in titles):
        return True
    return any(w in people or (w in titles or f"{w}." in titles) and w not in bodies for w in lowered)


def _is_name(token: Token) -> bool:
    named = token.pos_ == "PROPN" and token.text[:1].isupper()
    return named and token.ent_type_ in NAME_ENTITIES and not _is_role(token)


def _is_role(token: Token) -> bool:
    """A common noun, or a title the tagger took for a name ("the acting High Commissioner")."""
    roles = word_set("kinds", "roles", "person") | word_set("kinds", "titles", "words")
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.lower_ in roles and token.ent_type_ != "PERSON"


def _name_span(token: Token) -> Span | None:
    """The name a proper noun ends: its entity, else the run of capitalised proper nouns before it."""
    doc = token.doc
    ent = entity_at(token)
    if ent is not None:
        return _trim(ent)
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start : _name_end(token) + 1]


def _name_end(token: Token) -> int:
    """The last token of a name that goes on past its head by "of" or "for" and capitalised words: "Medics of the
    World", "Coalition for Fair Pensions"."""
    end = token.i
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ not in NAME_PREPOSITIONS:
            break
        tail = list(prep.subtree)[1:]
        if not tail or not all(t.pos_ == "PROPN" or t.lower_ in DETERMINERS or t.lower_ == "and" for t in tail):
            break
        end = prep.right_edge.i
    return end


def _trim(span: Span) -> Span | None:
    """The span without punctuation or articles at its edges; None when nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None
