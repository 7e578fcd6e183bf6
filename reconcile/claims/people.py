"""Who: the victim's name, status and activity, and whom the act was aimed at (who acted: `actors`)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from reconcile.claims.activity import find_described_activity
from reconcile.claims.context import Context, ancestors, facet, kept_indices, matches, value, words
from reconcile.claims.when import event_words
from reconcile.claims.where import country_of
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities
from reconcile.nlp.speakers import person_key
from reconcile.resources import word_set

DESCRIBING_DEPS = {"attr", "appos", "dobj", "pobj", "nsubjpass", "conj", "oprd", "nsubj", "ROOT"}


def find_victim_name(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """A person's name near a victim cue ("identified the man as X", "X was killed"); a name the statement gives as
    a name whatever the NER calls it ("His name was Marcus Delaney", tagged ORG by the small model); a family named
    among the dead ("including the whole Hakobyan family")."""
    cues = set(facet("victim.name")["cues"])
    kept = kept_indices(span, ctx)
    for ent in entities(span):
        if ent.root.i not in kept or person_key(ent.text) in ctx.speaker_names or ent.root.head.lower_ == "family":
            continue  # "the Hakobyan family" is read whole by _families
        if ent.label_ != "PERSON" and not (ent.label_ in {"ORG", "GPE", "NORP"} and _given_as_name(ent.root)):
            continue
        chain = [ent.root, *ancestors(ent.root, 3)]
        near = {n.lemma_.lower() for n in chain} | {c.lemma_.lower() for n in chain[1:2] for c in n.children}
        if near & cues:
            yield value("victim.name", ent.text, ent)
    yield from _families(words(span, ctx), cues)


def _given_as_name(root: Token) -> bool:
    """"His name was X", "identified him as X", "named the victim as X": the words are offered as a name."""
    head = root.head
    if root.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() == "name" for c in head.children):
        return True
    return root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in {"identify", "name"}


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


def find_status(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    status = facet("victim.status")
    labels = (("civilian_phrases", "civilian"), ("armed_phrases", "armed"), ("unarmed_phrases", "unarmed"))
    for phrases, label in labels:
        for _, sp in matches(span, "victim.status", phrases):
            if sp.start not in kept:
                continue
            if _negated_outside(sp):
                if label == "armed":  # "he was not holding a knife" says he was unarmed
                    yield value("victim.status", "unarmed", sp)
                continue  # "it is not true that he had nothing to do with it" asserts nothing
            yield value("victim.status", label, sp)
    for token in words(span, ctx):
        described = describe_role(token, status)
        if described is not None:
            text, tokens = described
            negated = _denied(token)
            yield value("victim.status", f"not {text}" if negated else text, tokens, negated=negated)


def _negated_outside(words_: Span | list[Token]) -> bool:
    """A negation on the verb that governs a phrase and outside the phrase's own words ("was not holding a knife",
    "never saw a knife"); "had no weapon" carries its own negation and is not negated by it."""
    tokens = list(words_)
    inside = {t.i for t in tokens}
    root = min(tokens, key=lambda t: len(list(t.ancestors)))
    for node in [root, *ancestors(root, 2)]:
        if any((c.dep_ == "neg" or c.lower_ in {"never", "no"}) and c.i not in inside for c in node.children):
            return True
        if node.pos_ in {"VERB", "AUX"}:
            break
    return False


def _denied(token: Token) -> bool:
    """"he was not a senior leader", "not an al-Qaeda member": the status itself is negated, not the verb around it
    ("did not name the alleged leader" says nothing against his being one)."""
    doc = token.doc
    edge = token.left_edge.i
    before = {doc[edge].lower_} | ({doc[edge - 1].lower_} if edge > 0 else set())
    if before & {"not", "n't", "never", "no"}:
        return True
    head = token.head
    if token.dep_ in {"attr", "acomp"} and any(c.dep_ == "neg" for c in head.children):
        return True
    return _inside_denial(token)


def _inside_denial(token: Token) -> bool:
    """The role lies in what a denial verb rejects ("He denied that children had been in the truck"), not in its
    subject ("The militants denied ...")."""
    node = token
    for verb in token.ancestors:
        if verb.lemma_.lower() in word_set("hedges", "polarity", "negative_cues"):
            return node.dep_ not in {"nsubj", "nsubjpass"}
        node = verb
    return False


def describe_role(token: Token, status: dict) -> tuple[str, list[Token]] | None:
    """"a senior Al Qaeda leader" -> "senior al qaeda leader"; "the father of 10" -> "father of 10"."""
    roles = status["roles"]
    lemma = token.lemma_.lower()
    if token.lower_ in {"father", "mother"} and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "of":
        tail = token.doc[token.i : min(len(token.doc), token.i + 3)]
        return tail.text.lower(), list(tail)
    if lemma not in roles or token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return None
    group = roles[lemma]
    if token.pos_ == "ADJ" and lemma not in {"armed", "unarmed", "civilian"}:
        return None
    if token.pos_ == "ADJ" and token.dep_ == "amod" and lemma == "civilian":
        return None  # "civilian casualties" describes the harm, not the victim's status
    if token.dep_ not in DESCRIBING_DEPS or _doer(token):
        return None
    if any(a.lower_ in {"if", "whether"} for a in ancestors(token, 3) for a in [a, *a.children] if a.dep_ == "mark"):
        return None  # "whether civilians had been killed" asks, it does not say
    affiliation, tokens = _affiliation(token, status["groups"])
    combatant_roles = {"leader", "member", "commander", "operative", "financier"}
    if group == "combatant" and not affiliation and lemma in combatant_roles:
        return None  # "staff members", "team leader": a role with no armed group is not a status
    if group == "civilian" and token.tag_ in {"NNS", "NNPS"} and lemma not in status["plural_roles"]:
        return None
    rank_words = word_set("facets", "facets", "victim.status", "ranks")
    rank = [c for c in token.children if c.lower_ in rank_words and c.dep_ == "amod"]
    trade = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"] if group == "civilian" else []
    said = status.get("same", {}).get(lemma, lemma)  # "terrorists" -> militant
    words_ = [r.lower_ for r in rank] + ([affiliation] if affiliation else []) + [t.lower_ for t in trade] + [said]
    return " ".join(words_), sorted([*rank, *tokens, *trade, token], key=lambda t: t.i)


def _doer(token: Token) -> bool:
    """The role names who did it, not who was hit: the agent of a passive ("rockets fired by militants") or the subject
    of an act of violence ("gunmen opened fire"); the actor finder reads those."""
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    actor = facet("actor")
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in {*actor["verbs"], *actor["deeds"]}


def _affiliation(token: Token, groups: list[str]) -> tuple[str, list[Token]]:
    """The armed group named with a role: in its compounds ("Al Qaeda leader") or after "of"/"with"."""
    doc = token.doc
    candidates = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    if candidates:
        start = min(t.left_edge.i for t in candidates)
        phrase = doc[start : token.i]
        norm = _norm(phrase.text)
        if any(norm.endswith(_norm(g)) or _norm(g) == norm for g in groups):
            tokens = [t for t in phrase if t.lower_ not in {"senior", "top", "a", "the"}]
            return _group_name(norm, groups), tokens
    for prep in token.children:
        if prep.lower_ in {"of", "with", "in"}:
            for obj in prep.children:
                norm = _norm(doc[obj.left_edge.i : obj.i + 1].text)
                if any(_norm(g) == norm for g in groups):
                    return _group_name(norm, groups), list(doc[prep.i : obj.i + 1])
    return "", []


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("the ", " ").split())


def _group_name(norm: str, groups: list[str]) -> str:
    for g in sorted(groups, key=len, reverse=True):
        if norm.endswith(_norm(g)):
            return _norm(g)
    return norm


TIME_MARKS = {"while", "when", "as", "after", "before"}


def find_activity(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """What the victim was doing: a listed activity verb with its object ("herding sheep"), or any -ing verb tied to
    the harm by "while"/"when" ("shot while walking to the store", "was transporting explosives when hit")."""
    verbs = set(facet("victim.activity")["verbs"])
    harm = set(facet("casualties.killed")["verbs"]) | set(facet("casualties.injured")["verbs"]) \
        | word_set("facets", "facets", "victim.activity", "harmed")
    done: set[int] = set()
    for token in words(span, ctx):
        if token.tag_ != "VBG":
            continue
        objects = [c for c in token.children if c.dep_ in {"dobj", "prep"}]
        if token.lemma_.lower() in harm:
            continue  # "striking the man" is the harm itself, not what the victim was doing
        if _negated_outside([token]):
            continue  # "he was not holding a knife" says what he was not doing
        linked = _tied_to_harm(token, harm) or _victim_was_doing(token)
        listed = token.lemma_.lower() in verbs and (any(o.dep_ == "dobj" for o in objects) or linked)
        if not (listed or linked):
            continue
        parts = [token, *_object_words(objects[:1])]
        text = " ".join(t.lower_ if t.i == token.i or t.pos_ == "PRON" else t.lemma_.lower() for t in parts)
        done.add(token.i)
        yield value("victim.activity", text, parts)
    yield from find_described_activity(span, ctx, done=frozenset(done))


def _tied_to_harm(token: Token, harm: set[str]) -> bool:
    """The -ing clause and a verb of harm are joined as one moment: "killed while grazing", "herding when shot"."""
    for clause, other in ((token, token.head), *((c, token) for c in token.children if c.dep_ == "advcl")):
        marked = any(m.lower_ in TIME_MARKS for m in clause.children if m.dep_ in {"mark", "advmod"})
        joined = clause.dep_ in {"advcl", "pcomp"} and (marked or clause.dep_ == "pcomp")
        if joined and (other.lemma_.lower() in harm or clause.lemma_.lower() in harm and clause is not token):
            return True
    return any(n.lemma_.lower() in harm for n in token.subtree if n.dep_ == "advcl")




def _victim_was_doing(token: Token) -> bool:
    """"My son was walking to the store", "the vehicle had been transporting explosives": the past progressive of
    the victim (a person word, he or she, or a named person) says what they were doing."""
    past = any(c.dep_ == "aux" and c.lower_ in {"was", "were", "been"} for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    victims = word_set("facets", "facets", "victim.activity", "victim_subjects")
    return past and any(s.lower_ in victims or s.lemma_.lower() in victims or s.ent_type_ == "PERSON" for s in subjects)


def _object_words(objects: list[Token]) -> list[Token]:
    """The object of an activity without articles or possessives: "his sheep" -> sheep, "to the store" -> to store."""
    if not objects:
        return []
    obj = objects[0]
    if obj.dep_ == "prep":
        pobj = [c for c in obj.children if c.dep_ == "pobj"]
        return [obj, pobj[0]] if pobj else []
    return [obj]


def find_target(span: Span, ctx: Context) -> Iterator[FacetValue]:
    spec = facet("target")
    status = facet("victim.status")
    events = event_words()
    for token in words(span, ctx):
        objects: list[Token] = []
        if token.lower_ in spec["preps"] and token.head.lemma_.lower() in events:
            objects = [c for c in token.children if c.dep_ == "pobj"]
        elif token.lemma_.lower() in spec["verbs"] and token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ == "dobj"]
        for obj in objects:
            described = describe_role(obj, status)
            if described is not None:
                yield value("target", described[0], described[1])


MAX_AGE = 110
PERSON_PRONOUNS = {"he", "she"}


def find_age(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Ages said without "-year-old" or "aged" (those are read with the counts): "he was 31", a bare number as what
    a person was; "Sara Kamali, 27 years", years in apposition to a name."""
    for token in words(span, ctx):
        if not token.like_num or not token.text.isdigit() or not 0 < int(token.text) <= MAX_AGE:
            continue
        if token.dep_ == "attr" and token.head.lemma_ == "be" and not list(token.children):
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if any(s.lower_ in PERSON_PRONOUNS or s.ent_type_ == "PERSON" for s in subjects):
                yield value("victim.age", int(token.text), [token])
        elif token.dep_ == "nummod" and token.head.lower_ in {"years", "yrs"} and token.head.dep_ == "appos":
            owner = token.head.head
            if owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN":
                yield value("victim.age", int(token.text), [token, token.head])
