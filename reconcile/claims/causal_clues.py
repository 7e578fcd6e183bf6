"""Causes said without a plain causal construction, or in sentences the small parser gets wrong: an act of violence
on the victim ("she was beaten in custody" -> beating), a weapon that failed ("a rocket that malfunctioned" -> rocket
malfunction), what let the event happen ("the leak may have allowed vapour to build up"), and "X caused" or "findings
point to X" when the parse loses the subject or the verb. `causes.find_cause` reads the plain constructions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Doc, Token

from reconcile.claims.context import facet, is_negated
from reconcile.claims.event_causes import (
    event_before,
    event_followed,
    event_nouns,
    event_when,
    set_off_by,
    suffered_before,
)
from reconcile.nlp.spans import sentence_bounds
from reconcile.resources import lexicon, word_set

Found = tuple[Token, str | None, bool]
"""(the token the cause is read from, its value when a table names it else None, negated)."""

_PATIENTS = {"him", "her", "he", "she"}
"""A single victim as a pronoun: "they beat her", "he was beaten". Plural patients ("women being beaten") describe a
pattern, not the death of one person."""


def find_clues(tokens: list[Token], rejected: Callable[[Token], bool]) -> Iterator[Found]:
    """Every cause clue among `tokens`, in order; `rejected` says a token lies in a claim the sentence denies.

    The finders are pure and few words are clues, so the question, rejection and denial checks (each a walk up the
    tree or over the sentence) are made only for a word a finder took."""
    finders = (_violence, _failed_weapon, _enabler, _lost_subject, _lost_pointer, _named_by_cause_noun, _means,
               _starter, _harmed_by, _shot_down, event_before, event_followed, event_when, set_off_by, suffered_before)
    for token in tokens:
        found = next((f for f in (finder(token) for finder in finders) if f is not None), None)
        if found is None or asked(token) or rejected(token) or _under_denial(token):
            continue
        yield found


def _violence(token: Token) -> Found | None:
    """ "They beat her in the van", "Amini was beaten on the head", "suffered a head injury after being beaten": an act
    of violence on one person names the cause of their death as its noun (causes.toml [violence])."""
    nouns = lexicon("causes")["violence"]
    if token.pos_ != "VERB" or token.lemma_.lower() not in nouns:
        return None
    patients = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    single = any(p.lower_ in _PATIENTS or p.ent_type_ == "PERSON" or p.tag_ == "NNP" for p in patients)
    after = token.dep_ == "pcomp" and token.head.lower_ == "after" and _harm_word(token.head.head)
    if not (single or after):
        return None
    return token, nouns[token.lemma_.lower()], is_negated(token)


def _harm_word(verb: Token) -> bool:
    """ "died after being beaten", "suffered a head injury after being beaten"."""
    return verb.lemma_.lower() in {*facet("cause")["after_events"], *facet("cause")["suffering"]}


def _failed_weapon(token: Token) -> Found | None:
    """ "a rocket fired by the group that malfunctioned shortly after launch" -> rocket malfunction."""
    spec = facet("cause")
    if token.dep_ != "relcl" or token.lemma_.lower() not in spec["failing"] or is_negated(token):
        return None
    weapon = token.head
    if weapon.lemma_.lower() not in spec["projectiles"]:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in token.children):
        return None
    return weapon, f"{weapon.lemma_.lower()} {token.lemma_.lower()}", False


def _enabler(token: Token) -> Found | None:
    """ "the leak may have allowed solvent vapour to build up": the subject of a verb of letting something happen."""
    head = token.head
    if token.dep_ != "nsubj" or head.lemma_.lower() not in facet("cause")["enabling"] or is_negated(head):
        return None
    if not any(c.dep_ in {"ccomp", "xcomp"} for c in head.children) or not _thing(token):
        return None
    spec = facet("cause")
    defective = any(c.lower_ in spec["defects"] for c in token.lefts) or token.lemma_.lower() in spec["failures"]
    return (token, None, False) if defective else None  # "the manager allowed the workers to leave" is no cause


def _lost_subject(token: Token) -> Found | None:
    """ "... after a collision with birds caused an emergency", parsed with "caused" joined to the main verb and no
    subject: the noun phrase just before the verb is its subject."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in facet("cause")["causing"] or is_negated(token):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for c in token.children) or token.i == 0:
        return None
    if token.dep_ == "conj":  # "heavy rain loosened the hillside and triggered the landslide": the first verb's
        shared = next((c for c in token.head.children if c.dep_ == "nsubj"), None)  # subject is this one's too
        return (shared, None, False) if shared is not None and _thing(shared) else None
    noun = token.doc[token.i - 1]
    while noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" and noun.head.head.i < noun.i:
        noun = noun.head.head  # "birds" -> "a collision with birds"
    return (noun, None, False) if noun.pos_ == "NOUN" and _thing(noun) else None


def _lost_pointer(token: Token) -> Found | None:
    """ "Preliminary findings ... point to external interference", with "point" parsed as a noun: "to" after a word of
    pointing, in a sentence whose subject is a word of evidence."""
    spec = facet("cause")
    doc = token.doc
    if token.lower_ != "to" or token.i == 0 or doc[token.i - 1].pos_ == "VERB":
        return None
    if doc[token.i - 1].lemma_.lower() not in spec["pointing"]:
        return None
    if not any(t.lemma_.lower() in spec["evidence"] for t in doc[sentence_bounds(doc, token.i)[0] : token.i - 1]):
        return None
    obj = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return (obj, None, False) if obj is not None and _thing(obj) else None


def _named_by_cause_noun(token: Token) -> Found | None:
    """ "the root cause had been identified and it related to a change in the interlocking", "the reason lay in poor
    drainage": a verb of `naming` (causes.toml [links]) whose subject is a noun of the cause itself, or "it" standing
    for the subject of the verb it is joined to."""
    links = lexicon("causes")["links"]
    verb = token.head
    if token.dep_ != "prep" or links["naming"].get(verb.lemma_.lower()) != token.lower_ or is_negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (subject is None or subject.pos_ == "PRON") and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() not in links["cause_nouns"]:
        return None
    obj = next((c for c in token.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return (obj, None, False) if obj is not None and _thing(obj) else None


def _means(token: Token) -> Found | None:
    """ "this crime, which was carried out by an Israeli air strike": the means of attack an act was carried out by
    (a passive agent of a verb of `carrying`, causes.toml [links]) is its cause."""
    links = lexicon("causes")["links"]
    if token.dep_ != "pobj" or token.head.dep_ != "agent" or token.lemma_.lower() not in links["means"]:
        return None
    verb = token.head.head
    particle = links["carrying"].get(verb.lemma_.lower())
    if particle is None or not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return None
    return token, None, is_negated(verb)


def _starter(token: Token) -> Found | None:
    """ "Investigators believe a faulty heater started the fire": the subject of a verb of `setting` (causes.toml
    [links]) whose object is an event noun; a person who started it ("a man started the fire") is an actor."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon("causes")["links"]["setting"] or is_negated(verb):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in event_nouns() for c in verb.children):
        return None
    return (token, None, False) if _thing(token) else None


def _harmed_by(token: Token) -> Found | None:
    """ "The workers were killed by toxic fumes", "crushed by a falling wall": the passive agent of a verb of
    `harming` (causes.toml [links]) when it is a thing and no weapon (a weapon is the weapon facet's, a person the
    actor's)."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent" or not _thing(token):
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in lexicon("causes")["links"]["harming"] or token.lemma_.lower() in _weapon_words():
        return None
    return token, None, is_negated(verb)


def _shot_down(token: Token) -> Found | None:
    """ "Russia shot down the airliner", "the jet was shot down over the sea": an aircraft shot down crashed because
    it was; the cause is that ("shot down"), whoever fired (the actor) and with whatever (the weapon)."""
    if token.lemma_.lower() != "shoot" or not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return None
    aircraft = lexicon("causes")["links"]["aircraft"]
    if not any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in aircraft for c in token.children):
        return None
    return token, "shot down", is_negated(token)


@cache
def _weapon_words() -> frozenset[str]:
    """Each word of every weapon term: "car bomb" and "rocket fire" are weapons, not causes found here."""
    terms = facet("weapon")["terms"].values()
    return frozenset(word for group in terms for term in group for word in term.split())


def _thing(token: Token) -> bool:
    """A cause is a thing or an event, not a person or a group (those are actors)."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and token.ent_type_ not in {"PERSON", "NORP", "ORG", "GPE"}
        and lemma not in facet("actor")["doers"]
        and lemma not in facet("cause")["people"]
        and lemma not in facet("victim.status")["roles"]
    )


def asked(token: Token) -> bool:
    """The token hangs below a clause opened by "whether" or "if": a question or a condition, not a claim."""
    doc = token.doc
    marked = _question_heads(doc)
    if not marked:
        return False
    heads = doc.user_data.get("reconcile_heads")
    if heads is None:
        heads = doc.user_data["reconcile_heads"] = [t.head.i for t in doc]
    if token.i in marked:
        return True  # "looking into whether faulty wiring was to blame", "whether" parsed as the noun's determiner
    at, steps = token.i, 0
    while heads[at] != at and steps < len(heads):  # Token.ancestors, on plain numbers
        at = heads[at]
        if at in marked:
            return True
        steps += 1
    return False


def _question_heads(doc: Doc) -> frozenset[int]:
    """The words with a "whether" or "if" mark among their children, found once per Doc (scanning every
    ancestor's children for each token of every statement was one of the costliest loops of a run)."""
    marked = doc.user_data.get("reconcile_question_heads")
    if marked is None:
        marked = frozenset(t.head.i for t in doc if t.lower_ in {"whether", "if"} and t.head.i != t.i
                           and (t.dep_ == "mark" or t.lower_ == "whether"))
        doc.user_data["reconcile_question_heads"] = marked
    return marked


def _under_denial(token: Token) -> bool:
    """ "The police chief denied that she was beaten": the clue lies in what a denial verb rejects."""
    denying = word_set("hedges", "polarity", "negative_cues")
    node = token
    for verb in token.ancestors:
        if verb.lemma_.lower() in denying:
            return node.dep_ not in {"nsubj", "nsubjpass"}
        node = verb
    return False
