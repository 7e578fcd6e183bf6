"""Who: the victim's name, status and activity, and whom the act was aimed at (who acted: `actors`)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from reconcile.claims.activity import find_described_activity
from reconcile.claims.context import Context, ancestors, facet, is_negated, kept_indices, matches, value, words
from reconcile.claims.hierarchy import kinds
from reconcile.claims.place_names import country_of
from reconcile.claims.victim_place import asked, doer, victim_place
from reconcile.claims.when import event_words
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


def find_status(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    status = facet("victim.status")
    labels = (("civilian_phrases", "civilian"), ("armed_phrases", "armed"), ("unarmed_phrases", "unarmed"),
              ("bystander_phrases", "bystander"))
    for phrases, label in labels:
        for _, sp in matches(span, "victim.status", phrases):
            if sp.start not in kept:
                continue
            if _none_did(sp):
                continue  # "not one of the guards had a gun" is said of the guards, by no one's count the victim
            if _negated_outside(sp):
                if label == "armed":  # "he was not holding a knife" says he was unarmed
                    yield value("victim.status", "unarmed", sp)
                continue  # "it is not true that he had nothing to do with it" asserts nothing
            yield value("victim.status", label, sp)
    for token in words(span, ctx):
        described = describe_role(token, status)
        if described is not None and not _anothers_description(token, status):
            text, tokens = described
            negated = _denied(token)
            yield value("victim.status", f"not {text}" if negated else text, tokens, negated=negated)


def _anothers_description(token: Token, status: dict) -> bool:
    """A status inside a description the statement reports of another party: "residents said a drone strike the
    military described as a hit on insurgents killed a vegetable trader" (the military's word, not the residents').
    Only an embedded verb of describing with a subject of its own; "The army described the dead as militants" is
    the army's own claim."""
    for node in ancestors(token, 4):
        if node.pos_ == "VERB" and node.lemma_.lower() in status["describing"]:
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if any(c.pos_ == "PRON" for c in subjects):
                return False  # "the body of Mesto, whom they described as a 60-year-old civilian": the source's own
            subject = any(c.pos_ in {"NOUN", "PROPN"} for c in subjects)
            # a relative clause's subject is often hung on the verb after it ("the military" on "killed")
            return node.dep_ in {"acl", "relcl"} or (node.dep_ in {"ccomp", "advcl"} and subject)
    return False


def _none_did(words_: Span) -> bool:
    """The phrase's verb has a subject that counts no one ("not one of the guards had a gun", "none of them was
    armed")."""
    verb = min(words_, key=lambda t: len(list(t.ancestors)))
    verb = verb if verb.pos_ in {"VERB", "AUX"} else verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.lower_ in {"none", "nobody", "no-one"} or any(n.dep_ == "neg" or n.lower_ == "no" for n in c.children)
               for c in subjects)


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
    return _inside_denial(token) or _under_no(token)


def _under_no(token: Token) -> bool:
    """The role lies in a clause or an "of" said of "no" thing ("there is no version of events in which these boys
    were combatants", "there was no evidence that he was a fighter", "no indication of any civilian casualties")."""
    clause = False
    for node in token.ancestors:
        clause = clause or node.pos_ in {"VERB", "AUX"} or node.lower_ == "of"
        if clause and node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
    return False


def _inside_denial(token: Token) -> bool:
    """The role lies in what a denial verb rejects ("He denied that children had been in the truck"), not in its
    subject ("The militants denied ...")."""
    node = token
    for verb in token.ancestors:
        if verb.lemma_.lower() in word_set("hedges", "polarity", "negative_cues"):
            return node.dep_ not in {"nsubj", "nsubjpass"}
        node = verb
    return False


def describe_role(token: Token, status: dict, *, placed: bool = False) -> tuple[str, list[Token]] | None:
    """"a senior Al Qaeda leader" -> "senior al qaeda leader"; "the father of 10" -> "father of 10"; "two civilian
    casualties" -> "civilian"; "nine displaced people" -> "displaced person".

    `placed`: the caller has already found the word where a victim or target stands (`find_target`)."""
    roles = status["roles"]
    lemma = _joined(token, roles)
    if token.lower_ in {"father", "mother"} and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "of" \
            and token.nbor(2).like_num:  # "the father of 10"; not "the mother of another young protester"
        tail = token.doc[token.i : min(len(token.doc), token.i + 3)]
        return tail.text.lower(), list(tail)
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        return _premodifier(token, status, placed=placed)
    if lemma in status["displaced_heads"] and any(c.lower_ == "displaced" for c in token.children if c.dep_ == "amod"):
        lemma = "displaced person"
    if lemma not in roles or token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return None
    group = roles[lemma]
    if token.pos_ == "ADJ" and lemma not in {"armed", "unarmed", "civilian"}:
        return None
    in_class = token.tag_ in {"NNS", "NNPS"} and lemma in status["class_roles"] and not doer(token)
    if not (placed or in_class or victim_place(token, status)):
        return None
    if any(a.lower_ in {"if", "whether"} for a in ancestors(token, 3) for a in [a, *a.children] if a.dep_ == "mark"):
        return None  # "whether civilians had been killed" asks, it does not say
    affiliation, tokens = _affiliation(token, status["groups"])
    combatant_roles = {"leader", "member", "commander", "operative", "financier"}
    if group == "combatant" and not affiliation and lemma in combatant_roles:
        return None  # "staff members", "team leader": a role with no armed group is not a status
    rank_words = word_set("facets", "facets", "victim.status", "ranks")
    rank = _rank(token, rank_words)
    trade = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"] if group != "combatant" else []
    trade = [c for c in trade if c.lower_ not in lemma.split("-")]  # "passer-by": the compound is the role's own
    said = status.get("same", {}).get(lemma, lemma)  # "terrorists" -> militant
    if lemma in status["qualified_roles"] and not trade and " " not in said and not placed:
        return None  # "the officer, a six-year veteran", "police can't get his name right": the police who acted
    if " " in said:
        trade = [t for t in trade if t.lower_ not in said.split()]  # "policeman" -> "police officer", once
    ranked = [" ".join(r.lower_ for r in rank).replace(" - ", "-")] if rank else []
    words_ = ranked + ([affiliation] if affiliation else []) + [t.lower_ for t in trade] + [said]
    return " ".join(words_), sorted([*rank, *tokens, *trade, token], key=lambda t: t.i)


def _joined(token: Token, roles: dict) -> str:
    """The role's lemma, with the word before a hyphen when the tokenizer split a listed role ("passer-by",
    "non-combatant")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].tag_ == "HYPH":
        word = f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
        if word in roles:
            return word
    return token.lemma_.lower()


def _rank(token: Token, rank_words: frozenset[str]) -> list[Token]:
    """The rank words before a role, a hyphened one split by the tokenizer included ("mid-ranking")."""
    doc = token.doc
    found: list[Token] = []
    for c in token.children:
        if c.dep_ != "amod" or c.i in {t.i for t in found}:
            continue
        if c.lower_ in rank_words:
            found.append(c)
        elif c.i + 2 < token.i and doc[c.i + 1].text == "-" and doc[c.i : c.i + 3].text.lower() in rank_words:
            found.extend(doc[c.i : c.i + 3])
    return found


def _premodifier(token: Token, status: dict, *, placed: bool) -> tuple[str, list[Token]] | None:
    """"an armed militant", "an unarmed man": the adjective says it of the person it modifies, when that person
    stands where a victim does ("armed men stormed the bank" says it of the attackers); "civilian" says it only of
    nouns of harm ("two civilian casualties", not "civilian areas" or "a civilian casualty review")."""
    head = token.head
    lemma = token.lower_
    if lemma not in {"armed", "unarmed", "civilian"} or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if lemma == "civilian":  # a casualty is harmed wherever the word stands ("no indication of civilian casualties")
        harm = head.lemma_.lower() in status["harm_nouns"] and head.dep_ != "compound"
        return (lemma, [token]) if harm and not asked(head, status) else None
    if not placed and not victim_place(head, status):
        return None
    return lemma, [token]


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
        if _done_by_the_attacker(token, harm):
            continue  # "the drone was circling above the field when ...": not what the victim was doing
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


def find_target(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Whom the act was aimed at: the object of a verb of aiming or striking ("the strike targeted a senior al Qaeda
    leader", "struck a group of fighters", "a senior Taliban commander was targeted in the raid") or of "on"/"at"/
    "against" after an event word or a verb of aiming ("an attack on worshippers", "the raid was aimed at a Hamas
    commander"), written as a status ("not civilian" when the aiming is denied: "the shelling was not aimed at
    civilians", "denied targeting civilians")."""
    spec = facet("target")
    status = facet("victim.status")
    events = event_words()
    for token in words(span, ctx):
        objects: list[Token] = []
        if token.lower_ in spec["preps"] and token.head.lemma_.lower() in {*events, *spec["verbs"], *spec["aiming"]}:
            objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
        elif token.lemma_.lower() in spec["names"] and token.pos_ == "NOUN":
            objects = _named_target(token)
        elif token.lemma_.lower() in spec["verbs"] and token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass"}]
        for person in filter(None, (_aimed_person(o, status) for o in objects)):
            described = describe_role(person, status, placed=True)
            if described is None:
                continue
            negated = _denied(person) or is_negated(token.head if token.dep_ == "prep" else token) \
                or any(c.dep_ == "neg" for c in token.children)  # "directed against the police, not against civilians"
            text = described[0]
            yield value("target", f"not {text}" if negated else text, described[1], negated=negated)


def _named_target(noun: Token) -> list[Token]:
    """The other side of "be" from the word "target" ("the intended target was a mid-ranking commander", "police
    were the target of the bombing")."""
    verb = noun.head
    if verb.lemma_ != "be" or noun.dep_ not in {"nsubj", "attr"}:
        return []
    other = "attr" if noun.dep_ == "nsubj" else "nsubj"
    return [c for c in verb.children if c.dep_ == other]


def _aimed_person(obj: Token, status: dict) -> Token | None:
    """The person an object of aiming names: the object itself, the people of "a group of fighters", or the subject
    the small parser gives an "-ing" clause after the verb ("struck Hamas militants operating from the hospital",
    "aimed at civilians queuing for bread")."""
    if obj.dep_ in {"pcomp", "ccomp", "xcomp"}:
        if obj.tag_ != "VBG":
            return None
        subjects = [c for c in obj.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    if obj.lemma_.lower() in status["parts"]:
        of = [c for c in obj.children if c.lower_ == "of"]
        people = [c for p in of for c in p.children if c.dep_ == "pobj"]
        return people[0] if people else obj
    return obj


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
