"""Investigation: which inquiry a statement speaks of and what it says of it (under way, completed, demanded...).

A value is "<name>: <state>" ("civilian casualty review: under way", "independent investigation: demanded"). The
state comes from the verbs the noun or verb hangs on: launched or conducted (under way), concluded or found
(completed), called for or "must be investigated" (demanded), promised or "would be investigated" (promised). A
noun with nothing said of it gives no value: a passing mention says nothing a fact-checker can set side by side.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, facet, is_negated, value, words
from reconcile.claims.legal_steps import legal_step
from reconcile.model import FacetValue

WAITING = {"until", "till", "pending"}
"""A clause opened by these waits for the inquiry to end: "until the investigation is concluded" says it is on."""


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    spec = facet("investigation")
    return {key: frozenset(spec[key]) for key in ("started", "finished", "demanding", "promising", "opening")}


def _under_way(node: Token) -> bool:
    """"an investigation is under way": the verb takes "under way" (two words, as most copy writes it)."""
    return any(c.lower_ == "under" and any(g.lower_ == "way" for g in c.children) for c in node.children)


def find_investigation(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """An investigation and its state: a noun of the list with what is said of it ("have launched our own internal
    investigation" -> "internal investigation: under way"), a noun that names one only when opened ("opened a
    criminal case", "an FIR is registered" -> under way), or a verb ("are investigating", "must be investigated")."""
    spec = facet("investigation")
    opened_nouns = set(spec["opened_nouns"])
    for token in words(span, ctx):
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in spec["nouns"] or token.pos_ in {"NOUN", "PROPN"} and (
                lemma in opened_nouns or token.lower_ in opened_nouns):
            named = lemma if lemma in spec["nouns"] else token.lower_ if token.lower_ in opened_nouns else lemma
            if named in opened_nouns and not _opened(token):
                continue  # "in any case", "the case of the missing ballots"
            state = _state(token) or ("under way" if named in opened_nouns else None)
            if state:
                modifiers = _modifiers(token)
                name = " ".join([m.lower_ for m in modifiers] + [_holder(token) or named])
                yield value("investigation", f"{name}: {state}", [*modifiers, token])
        elif token.pos_ == "NOUN" and (lemma in spec["bodies"] or _a_team(token)) and not token.ent_type_ \
                and not _holds_one(token):
            state = _set_up(token) or _asked(token)
            if state:
                modifiers = _modifiers(token)
                named = spec["body_names"].get(lemma, lemma)
                yield value("investigation", " ".join([m.lower_ for m in modifiers] + [named]) + f": {state}",
                            [*modifiers, token])
        elif token.pos_ == "VERB" and lemma in spec["verbs"] and (lemma != "look" or _into(token)):
            state = _verb_state(token)
            if state:
                body = _body_doing(token)
                by = " ".join(m.lower_ for m in [*_modifiers(body), body]) if body is not None else None
                yield value("investigation", f"{by or spec['verb_nouns'].get(lemma, 'investigation')}: {state}",
                            [token])
        elif token.pos_ == "PROPN" and token.dep_ == "nsubj" and (named_body := _named_body(token)) is not None:
            state = _set_up(token)
            if state:
                yield value("investigation", f"{named_body}: {state}", [token])
        elif (step := legal_step(token)) is not None:
            yield value("investigation", step, [token])


def _body_doing(verb: Token) -> Token | None:
    """The body that investigates as the verb's subject names the inquiry: "an independent committee of experts
    would examine what went wrong" -> "independent committee: promised", "a panel will review the decision" ->
    "panel: under way" (facets.toml `bodies` and `teams`); a person, a force or a pronoun names none."""
    spec = facet("investigation")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "conj" and subject is None:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    lemma = subject.lemma_.lower()
    return subject if lemma in spec["bodies"] and lemma not in spec["body_names"] or _a_team(subject) else None


def _reported(noun: Token) -> bool:
    """An inquiry with a report or findings of its own has reported: "the inquiry report, released on Thursday",
    "the review's findings", "the conclusions of the investigation" (facets.toml `results`)."""
    results = facet("investigation")["results"]
    if noun.dep_ in {"compound", "poss"}:
        result = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
        result = noun.head.head
    else:
        return False
    if result.lemma_.lower() not in results:
        return False
    verb = next((n for n in ancestors(result, 2) if n.pos_ in {"VERB", "AUX"}), None)
    awaited = verb is not None and (verb.lemma_.lower() in facet("investigation")["awaited"] or any(
        c.lower_ in {"will", "would", "shall"} for c in verb.children))
    return not awaited  # "the conclusions of the review are expected next month": not yet


def _named_body(token: Token) -> str | None:
    """A body named as one that investigates ("the Joint Incidents Assessment Team", "the Special Investigation
    Team", "the Rail Safety Investigation Authority"): the name's last word is a team word, or the name holds an
    inquiry noun ("the Electoral Commission" is none); the name, lowercased, as the inquiry's."""
    spec = facet("investigation")
    ent = next((e for e in token.doc.ents if e.root.i == token.i and e.label_ == "ORG"), None)
    if ent is None:
        return None
    words = [t.lemma_.lower() for t in ent if not t.is_punct and t.lower_ != "the"]
    inquiring = set(spec["nouns"]) | {"investigation"}
    if words and (words[-1] in spec["teams"] or inquiring & set(words)):
        return " ".join(t.lower_ for t in ent if t.lower_ != "the")
    return None


def _into(verb: Token) -> bool:
    """"Police are looking into the cause": "look" investigates only with "into"."""
    return any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)


def _holder(noun: Token) -> str | None:
    """"a commission of inquiry" names the inquiry by the body that holds it."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in {"commission", "committee",
                                                                                             "board", "panel"}:
        return f"{noun.head.head.lemma_.lower()} of {noun.lemma_.lower()}"
    return None


def _holds_one(body: Token) -> bool:
    """"a commission of inquiry": the inquiry names it (`_holder`), not the commission."""
    return any(c.lower_ == "of" and any(g.lemma_.lower() in facet("investigation")["nouns"] for g in c.children)
               for c in body.children)


def _set_up(body: Token) -> str | None:
    """A body that investigates, by what is said of it: set up, formed, appointed or leading one (under way),
    reporting or finding (completed): "a government commission has been formed", "a panel headed by a judge", "the
    committee found"; a body merely named, or speaking ("what the commission announced"), says nothing."""
    lists = _lists()
    made = body.dep_ in {"dobj", "nsubjpass"}  # set up by someone: "formed a commission", "a panel was appointed"
    verbs = [body.head] if body.dep_ != "pobj" else []
    for node in [*verbs, *(c for c in body.children if c.dep_ in {"acl", "relcl"})]:
        lemma = node.lemma_.lower()
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        if lemma in lists["started"] and (made or node.head.i == body.i):
            return "not launched" if is_negated(node) else "under way"
        if lemma in lists["finished"] and body.dep_ == "nsubj":
            return "not completed" if is_negated(node) else "completed"
    return None


def _a_team(noun: Token) -> bool:
    """"an investigative team", "a fact-finding mission": a group that a word before it makes one that inquires
    (facets.toml `teams`, `inquiring`) is a body that investigates."""
    spec = facet("investigation")
    if noun.lemma_.lower() not in spec["teams"]:
        return False
    return any(t.lower_ in spec["inquiring"] for t in noun.doc[max(noun.left_edge.i, noun.i - 4) : noun.i])


def _asked(body: Token) -> str | None:
    """A body that investigates asked for or promised: "called for an independent commission", "demanded an
    international panel", "promised a commission"."""
    lists = _lists()
    if body.dep_ not in {"dobj", "pobj", "conj"}:
        return None  # "the rights commission called for calm": the body asks, it is not asked for
    for node in ancestors(body, 2):
        lemma = node.lemma_.lower()
        if lemma in lists["demanding"] and node.pos_ in {"VERB", "NOUN"}:
            return "demanded"
        if lemma in lists["promising"] and node.pos_ == "VERB":
            return "promised"
        if node.pos_ == "VERB":
            return None
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The words that say which investigation: "civilian casualty review", "joint investigation", "criminal case"."""
    doc = noun.doc
    lefts = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"ADJ", "NOUN", "PROPN"}]
    if not lefts:
        return []
    start = min(c.left_edge.i for c in lefts)
    return [t for t in doc[start : noun.i] if t.dep_ not in {"det", "poss", "punct", "nummod", "advmod", "case"}
            and t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.lower_ not in {"own", "new", "further"}]


def _opened(noun: Token) -> bool:
    """"opened a criminal case", "an FIR is registered", "take up the case": the case exists because it was opened."""
    opening = _lists()["opening"]
    for node in ancestors(noun, 2):
        if node.lemma_.lower() in opening:
            return True
        if node.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in node.children):
            return True
    return False


def _verb_state(verb: Token) -> str | None:
    """"are investigating", "will be recounted" (under way); "must be investigated", "wanted the violence to be
    investigated" (demanded); "promised that the case would be investigated" (promised); "to investigate and
    report", an order with no verb of its own (ordered)."""
    lists = _lists()
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not modals and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        modals = {c.lower_ for c in verb.head.children if c.dep_ == "aux"}  # "would serve ... and examine"
    governing = [n.lemma_.lower() for n in ancestors(verb, 2)]
    if modals & {"must", "should"} or any(g in lists["demanding"] for g in governing):
        return "demanded"
    if "would" in modals or any(g in lists["promising"] for g in governing):
        return "promised"
    if verb.tag_ == "VB" and modals & {"will", "shall"}:
        return None if is_negated(verb) else "under way"  # "the CBI will investigate the accident"
    if verb.tag_ in {"VBG", "VBZ", "VBP"}:
        return "not under way" if is_negated(verb) else "under way"
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and modals & {"will", "being", "shall"}:
        return "under way"
    if verb.tag_ == "VBN" and any(c.lower_ == "being" for c in verb.children):
        return "under way"  # "were being investigated"
    headline = verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}
    if headline and modals == {"to"}:
        return "ordered"  # "Regional governor and police chief to investigate": a sentence with no verb but this
    return None


def _state(noun: Token) -> str | None:
    """Whether an investigation noun is said to be under way, not launched, completed, demanded or promised."""
    lists = _lists()
    if noun.head.lower_ == "under" and noun.dep_ == "pobj":
        return "under way"  # "three of which are under review"
    if _reported(noun):
        return "completed"  # "the inquiry report blamed the operator", "the conclusions of the review"
    clause = next((n for n in [noun, *ancestors(noun, 3)] if n.dep_ in {"advcl", "ROOT", "ccomp", "relcl"}), None)
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in WAITING for c in clause.children):
        return "under way"  # "suspending flights until the investigation is concluded"
    if noun.head.lower_ in WAITING:
        return "under way"  # "pending an inquiry"
    verb = next((n for n in ancestors(noun, 4) if n.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and _under_way(verb):
        return "not under way" if is_negated(verb) else "under way"
    if verb is not None and any(c.lower_ in {"will", "shall"} for c in verb.children) and not is_negated(verb):
        return "under way"  # "will conduct an independent investigation", "will be the subject of an inquiry"
    for node in [noun, *ancestors(noun, 3)]:
        lemma = node.lemma_.lower()
        if any(c.lemma_.lower() in {"ongoing", "underway"} for c in node.children) or lemma in {"ongoing", "underway"}:
            return "under way"
        if lemma in lists["demanding"] and node.pos_ in {"VERB", "NOUN"}:
            return "demanded"  # "called for a prompt investigation", "asked Athens for a transparent investigation"
        if lemma in lists["promising"] and node.pos_ == "VERB":
            return "promised"
        if lemma in lists["started"]:
            if is_negated(node):
                began_later = any(c.lower_ == "until" for c in node.children)
                return "under way" if began_later else "not launched"
            return "under way"
        if lemma in lists["finished"]:
            return "not completed" if is_negated(node) else "completed"
    if any(c.lower_ == "no" for c in noun.children):
        return "none"
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ in {"the", "this"} for c in noun.children):
        return "under way"  # "The recount on Wednesday is the right step": the speaker takes it as happening
    return None
