"""What the victims were doing: an "-ing" clause tied to the harm or a past progressive ("shot while walking to the
store", `find_activity`), or said of the victims themselves rather than in a clause of their own: "killed hundreds
of people sheltering at a hospital", "families who had taken shelter in the courtyard", "he was on the phone with his
girlfriend when an officer shot him" (`find_described_activity`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, facet, value, words
from reconcile.claims.hierarchy import kinds
from reconcile.claims.victim_status import negated_outside
from reconcile.model import FacetValue
from reconcile.resources import word_set

_DROPPED = {"det", "poss", "punct", "nummod", "predet", "case"}
_MOVING = {"go", "come"}
"""Verbs of going whose purpose is the activity: "who had gone to collect water" -> collect water."""


def harm_verbs() -> set[str]:
    """The verbs and nouns of killing, hurting and hitting (facets.toml)."""
    return (
        set(facet("casualties.killed")["verbs"])
        | set(facet("casualties.injured")["verbs"])
        | word_set("facets", "facets", "victim.activity", "harmed")
    )


def event_verbs() -> set[str]:
    """The verbs that say the event struck: the event kinds' verbs and the impacts of weapons (facets.toml), and
    `struck` ("the dam burst", "the landslide swept away the houses")."""
    kinds_ = {lemma for lemmas in facet("event.type")["verbs"].values() for lemma in lemmas}
    return kinds_ | set(facet("weapon")["impacts"]) | set(facet("victim.activity")["struck"])


def find_described_activity(span: Span, ctx: Context, *, done: frozenset[int] = frozenset()) -> Iterator[FacetValue]:
    """The activity attached to a noun that names the victims: an "-ing" phrase ("people sheltering at a hospital",
    "a labourer driving home from market"), a relative clause ("families who had taken shelter in the courtyard"), or
    a victim's place in a "when" sentence of harm ("he was on the phone with his girlfriend when he was shot").
    Verbs in `done` were read by `find_activity`."""
    harm = harm_verbs()
    for token in words(span, ctx):
        if token.i in done:
            continue  # read already as an "-ing" clause of its own
        if token.tag_ == "VBG" and token.dep_ == "acl" and _names_victims(token.head, harm):
            if token.lemma_.lower() not in harm and not _negated(token):
                parts = _activity_words(token)
                yield value("victim.activity", _text(parts, token), parts)
        elif token.dep_ == "relcl" and token.pos_ in {"VERB", "AUX"} and _names_victims(token.head, harm):
            if _relative_subject(token) and token.lemma_.lower() not in harm and not _negated(token):
                verb = _purpose(token)
                parts = _activity_words(verb)
                yield value("victim.activity", _text(parts, verb), parts)
        elif token.lemma_ == "be" and not _negated(token):
            parts = _state_when_harmed(token, harm)
            if parts:
                yield value("victim.activity", " ".join(t.lower_ for t in parts), parts)


def _names_victims(noun: Token, harm: set[str], depth: int = 0) -> bool:
    """`noun` names who was hit: the object of a verb of harm ("killed a labourer"), its passive subject ("people
    were killed"), a noun counted by one ("hundreds of people"), joined to one ("a trader and a labourer"), or what
    "the victims were" ("the victims were displaced families")."""
    if noun.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"} or depth > 3:  # "most of them, who ..."
        return False
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in harm:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "NUM"}:
        return _names_victims(head.head, harm, depth + 1)
    if noun.dep_ in {"conj", "appos"} and head.i != noun.i:
        return _names_victims(head, harm, depth + 1)
    if noun.dep_ == "attr" and head.lemma_ == "be":
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        victims = set(facet("victim.activity")["victim_nouns"])
        return any(s.lemma_.lower() in victims or s.lower_ in victims for s in subjects)
    return False


def _relative_subject(verb: Token) -> bool:
    """The relative clause is about its noun as the doer: "families who had taken shelter" (not "the car that they
    hit")."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"who", "that", "which"} for c in verb.children)


def _purpose(verb: Token) -> Token:
    """ "who had gone to collect water": the purpose of going is the activity."""
    if verb.lemma_.lower() in _MOVING:
        return next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"), verb)
    return verb


def _activity_words(verb: Token) -> list[Token]:
    """The verb with what completes it: its object, particle or "home", and one preposition with its noun
    ("driving home from market", "take shelter in courtyard"), without articles or possessives."""
    parts = [verb]
    for child in verb.children:
        if child.dep_ in {"dobj", "prt"} or (child.dep_ == "advmod" and child.lower_ in {"home", "back"}):
            parts.extend(t for t in child.subtree if t.dep_ not in _DROPPED and t.i <= child.i)
            break
    prep = next((c for c in verb.children if c.dep_ == "prep"), None)
    if prep is not None:
        parts.extend(_prep_words(prep))
    return sorted(parts, key=lambda t: t.i)


def _prep_words(prep: Token) -> list[Token]:
    """ "at the hospital" -> at hospital; "with his girlfriend" -> with girlfriend (the noun and its compounds)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return []  # "sitting ten metres from us" says where, not what
    return [prep, *[t for t in obj.lefts if t.dep_ in {"compound", "amod"}], obj]


def _text(parts: list[Token], verb: Token) -> str:
    """The verb as said when it is an "-ing" form, else its lemma; the other words as lemmas ("crates", "shelter")."""
    return " ".join(t.lower_ if t.i == verb.i and t.tag_ == "VBG" else t.lemma_.lower() for t in parts)


def _state_when_harmed(verb: Token, harm: set[str]) -> list[Token]:
    """ "He was on the phone with his girlfriend when an officer shot him": the victim's predicate preposition, when
    a "when"/"while" clause of harm hangs on the same verb. Only the nouns of `states` ("on the phone", "on duty")."""
    spec = facet("victim.activity")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    victims = set(spec["victim_subjects"])
    if not any(s.lower_ in victims or s.lemma_.lower() in victims or s.pos_ == "PROPN" for s in subjects):
        return []
    if not any(_harm_clause(c, harm) for c in verb.children if c.dep_ == "advcl"):
        return []
    complements = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [c for a in complements for c in a.children if c.dep_ == "conj" and c.pos_ == "ADP"]  # "unarmed and on"
    for prep in sorted(preps, key=lambda t: t.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in spec["states"]:
            return [prep, obj, *_company(obj)]
    return []


def _company(obj: Token) -> list[Token]:
    """ "on the phone with his girlfriend": the "with" phrase after the state, on it or (as the parse often hangs it)
    on the word before."""
    doc = obj.doc
    nxt = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ == "with":
        return _prep_words(nxt)
    return []


def _harm_clause(clause: Token, harm: set[str]) -> bool:
    """ "when an officer shot him", "when the shots were fired": a "when"/"while" clause whose verb or subject is
    harm."""
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "while", "as"} for c in clause.children):
        return False
    subject_words = {c.lemma_.lower() for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return clause.lemma_.lower() in harm or bool(subject_words & (harm | {"shot", "shots"}))


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


TIME_MARKS = {"while", "when", "as", "after", "before"}


def find_activity(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """What the victim was doing: a listed activity verb with its object ("herding sheep"), or any -ing verb tied to
    the harm by "while"/"when" ("shot while walking to the store", "was transporting explosives when hit")."""
    verbs = set(facet("victim.activity")["verbs"])
    harm = harm_verbs()
    struck = harm | event_verbs()  # "were praying when the bomb exploded", "were sleeping when the building collapsed"
    done: set[int] = set()
    for token in words(span, ctx):
        if token.tag_ != "VBG":
            continue
        objects = [c for c in token.children if c.dep_ in {"dobj", "prep"}]
        if token.lemma_.lower() in struck:
            continue  # "striking the man", "the cars were burning": the harm or the event itself, not an activity
        if negated_outside([token]):
            continue  # "he was not holding a knife" says what he was not doing
        if _done_by_the_attacker(token, harm):
            continue  # "the drone was circling above the field when ...": not what the victim was doing
        linked = _tied_to_harm(token, struck) or _victim_was_doing(token)
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


def _done_by_the_attacker(token: Token, harm: set[str]) -> bool:
    """The -ing verb's subject is what struck or who struck, not who was struck: a weapon ("the drone was circling
    above the field when the farmer was hit") or the doers of a harm clause on the same verb ("the officers were
    shouting commands when they shot him": "they" of a plural subject)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    weapons = kinds("weapon")
    if any(s.lemma_.lower() in weapons or s.lower_ in weapons for s in subjects):
        return True
    for clause in (c for c in token.children if c.dep_ == "advcl" and c.lemma_.lower() in harm):
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        for subject, doer_ in ((s, d) for s in subjects for d in doers):
            if doer_.lower_ == subject.lower_ or (doer_.lower_ == "they" and subject.tag_ in {"NNS", "NNPS"}):
                return True
    return False


def _victim_was_doing(token: Token) -> bool:
    """"My son was walking to the store", "the vehicle had been transporting explosives": the past progressive of
    the victim (a person word, he or she, or a named person) says what they were doing."""
    past = any(c.dep_ == "aux" and c.lower_ in {"was", "were", "been"} for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    victims = word_set("facets", "facets", "victim.activity", "victim_subjects")
    vehicles = word_set("facets", "facets", "victim.activity", "vehicle_subjects")
    if token.lemma_.lower() not in word_set("facets", "facets", "victim.activity", "vehicle_verbs"):
        victims = victims - vehicles  # "the cars were burning" says nothing of what anyone was doing
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
