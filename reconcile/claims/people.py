"""Who: the victim's name and age (the victim's status: `victim_status`; whom the act was aimed at: `target`; what
the victim was doing: `activity`; who acted: `actors`)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, facet, kept_indices, value, words
from reconcile.claims.place_names import country_of
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities
from reconcile.nlp.speakers import person_key
from reconcile.resources import word_set


def find_victim_name(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """A person's name near a victim cue ("identified the man as X", "X was killed"); a name the statement gives as
    a name whatever the NER calls it ("His name was Marcus Delaney", tagged ORG by the small model); a family named
    among the dead ("including the whole Hakobyan family")."""
    cues = set(facet("victim.name")["cues"])
    kept = kept_indices(span, ctx)
    for ent in entities(span):
        if ent.root.i not in kept or person_key(ent.text) in ctx.speaker_names or ent.root.head.lower_ == "family":
            continue  # "the Hakobyan family" is read whole by _families
        offered = _given_as_name(ent.root) or _described_as_person(ent.root)
        if ent.label_ != "PERSON" and not (ent.label_ in NAME_LABELS and offered):
            continue
        chain = [ent.root, *ancestors(ent.root, 3)]
        beside = [c for n in chain[1:2] for c in n.children]
        beside += [o for c in beside if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]  # "among the dead"
        near = {n.lemma_.lower() for n in chain} | {c.lemma_.lower() for c in beside}
        if near & cues:
            yield value("victim.name", ent.text, ent)
    yield from _families(words(span, ctx), cues)


NAME_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}
"""Labels the small NER gives unfamiliar personal names ("identified him as Tomas Kral": FAC), read as a name only
when the statement offers the words as one (`_given_as_name`)."""


def _given_as_name(root: Token) -> bool:
    """"His name was X", "identified him as X", "named the victim as X": the words are offered as a name."""
    head = root.head
    if root.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() == "name" for c in head.children):
        return True
    return root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in {"identify", "name"}


def _described_as_person(root: Token) -> bool:
    """The name has an apposition that calls it a person ("Jina (Mahsa) Amini, a twenty-two-year-old Kurdish woman",
    tagged ORG; "Ward Kessel, a retired teacher"), a person word of victim.activity `victim_subjects` or a status
    role."""
    people = word_set("facets", "facets", "victim.activity", "victim_subjects") | facet("victim.status")["roles"].keys()
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in people for c in root.children)


def _families(tokens: list[Token], cues: set[str]) -> Iterator[FacetValue]:
    """"the whole Hakobyan family" in a sentence about the dead or hurt -> "Hakobyan family"."""
    for token in tokens:
        if token.lemma_.lower() != "family" or token.dep_ in {"nsubj", "nsubjpass"}:
            continue  # "the Ferreira family said": a speaker, not a victim
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and any(t.lemma_.lower() in cues for t in token.sent if t.i != token.i):
            yield value("victim.name", f"{' '.join(n.text for n in names)} family", [*names, token])


NAME_VARIANT = 80
NAME_VARIANT_SAME_INITIAL = 70
"""rapidfuzz ratios at which a name word spells a victim's name word: 80 (Routfi/Loutfi 83), or 70 when both start
with the same letter (Karim/Kareem 73, Jamil/Jameel 73); Hassan/Hussein (62) stay two names."""


def spells_name(word: str, name_word: str) -> bool:
    """One name word is a spelling of the other (lowercase words)."""
    score = fuzz.ratio(word, name_word)
    return score >= NAME_VARIANT or (score >= NAME_VARIANT_SAME_INITIAL and word[:1] == name_word[:1])


def find_named_victim(span: Span, ctx: Context, victims: set[str]) -> Iterator[FacetValue]:
    """Names in the statement that spell a known victim's name, such as a first name alone or a variant."""
    if not victims:
        return
    kept = kept_indices(span, ctx)
    victim_words = _name_words(frozenset(victims))
    for token in words(span, ctx):
        if token.pos_ != "PROPN" or len(token.text) < 4 or token.ent_type_ in {"ORG", "NORP"}:
            continue
        if token.ent_type_ == "GPE" and country_of(token.text) is not None:
            continue  # a known place, whatever it resembles; the small NER also tags unfamiliar names GPE
        doc = span.doc
        before = token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
        if before or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue  # part of a longer name, which find_victim_name reads whole
        if person_key(token.text) in ctx.speaker_names:
            continue
        if any(spells_name(token.lower_, w) for w in victim_words):
            yield value("victim.name", token.text, [token])
    for ent in entities(span):
        if ent.label_ == "PERSON" and ent.root.i in kept and len(ent) > 1 and _spells_victim(ent.text, victims):
            yield value("victim.name", ent.text, ent)  # "Varro won't count Andrei Mocanu", after "Andrej Mocanu"


@functools.lru_cache(maxsize=16)  # one set of victims for every statement of a case
def _name_words(victims: frozenset[str]) -> frozenset[str]:
    """The words of the victims' names that are long enough to compare (lowercase)."""
    return frozenset(w.lower() for name in victims for w in str(name).split() if len(w) >= 4)


def _spells_victim(name: str, victims: set[str]) -> bool:
    """Every word of a full name spells a word of one known victim's name (Andrei/Andrej Mocanu; not Curtis
    Delaney, the uncle of Marcus Delaney)."""
    parts = name.lower().split()
    return any(
        all(any(spells_name(p, w) for w in str(v).lower().split()) for p in parts) for v in victims
    )


MAX_AGE = 110
AGE_ASIDES = {"punct", "neg", "appos", "advmod", "cc", "conj"}
PERSON_PRONOUNS = {"he", "she"}


def find_age(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Ages said without "-year-old" or "aged" (those are read with the counts): "he was 31", a bare number as what
    a person was; "Sara Kamali, 27 years", years in apposition to a name."""
    for token in words(span, ctx):
        if not token.like_num or not token.text.isdigit() or not 0 < int(token.text) <= MAX_AGE:
            continue
        loose = all(c.dep_ in AGE_ASIDES for c in token.children)  # "he was 22, not 24", "she was only 19"
        if token.dep_ == "attr" and token.head.lemma_ == "be" and loose:
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            victims = word_set("facets", "facets", "victim.activity", "victim_subjects")
            if any(s.lower_ in PERSON_PRONOUNS or s.ent_type_ == "PERSON" or s.lemma_.lower() in victims
                   and s.pos_ == "NOUN" for s in subjects):
                yield value("victim.age", int(token.text), [token])
        elif token.dep_ == "nummod" and token.head.lower_ in {"years", "yrs"} and token.head.dep_ == "appos":
            owner = token.head.head
            if owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN":
                yield value("victim.age", int(token.text), [token, token.head])
