"""Causes that are themselves events: "an explosion caused the fire", "the fire broke out after a blast", "the boat
capsized in a storm", "the vessel sank when a fire broke out", "a fire set off the explosion". The event the case is
about is the effect, the one whose verb the relation hangs on; the other event word in the relation is its cause.
`causal_clues.find_clues` runs these finders beside its own; each returns (the cause noun, None, negated) or None."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from reconcile.claims.context import facet, is_negated
from reconcile.resources import lexicon

Found = tuple[Token, str | None, bool]

_BEFORE = {"after", "following"}
"""Prepositions that put the cause first in time: "after a blast", "following a fire"."""
_AMID = {"in", "during", "amid", "amidst"}
"""Prepositions of circumstance: a hazard "in" which the event happened set it off ("capsized in a storm")."""
_ENDURED = {"die", "drown", "succumb"}
"""Verbs after which "in" names the event itself, not its cause ("died in the fire")."""


@cache
def hazards() -> frozenset[str]:
    """Nouns of an event or a force of nature that can set off another event (causes.toml [events] hazards)."""
    return frozenset(lexicon("causes")["events"]["hazards"])


@cache
def event_nouns() -> frozenset[str]:
    """Every noun that can be the earlier event: the hazards, [events] events and the event.type terms of one word."""
    terms = facet("event.type")["terms"]
    named = {t for kind, group in terms.items() if kind not in {"accident", "protest", "riot"} for t in group}
    return hazards() | frozenset(lexicon("causes")["events"]["events"]) | frozenset(t for t in named if " " not in t)


def happening(verb: Token, *, by_subject: bool = True) -> bool:
    """The verb says the event happened: an accident verb ("capsized", "broke out", "caved in", "gave way", "went
    down"), or (`by_subject`) any verb but one of causing whose subject is an event noun ("the mudslide came after
    days of rain", not "heavy rain resulted in flooding")."""
    spec, events = facet("cause"), lexicon("causes")["events"]
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in spec["after_events"] or lemma in spec["starting"] or lemma in events["happening"]:
        return True
    particle = events["phrasal"].get(lemma)
    if particle is not None and any(c.lower_ == particle and c.dep_ in {"prt", "dobj", "prep"} for c in verb.children):
        return True
    if particle is not None and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == particle:
        return True  # "the dam gave way after days of rain": the parser hangs "way" on "after"
    if not by_subject or lemma in spec["causing"] or lemma in spec["through"]:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in event_nouns() for c in verb.children)


def event_before(token: Token) -> Found | None:
    """ "the fire broke out after a blast", "the blast happened following a fire", "huge blaze at the market after
    gas tanker explosion" (a headline), "the boat capsized in a storm", "the roof caved in during a heavy storm": an
    event noun hung on the event's verb (or, after "after", on its noun) by a preposition of time or circumstance."""
    word = token.lower_
    if token.dep_ != "prep" or word not in _BEFORE | _AMID:
        return None
    head = token.head
    if word in _BEFORE:
        if not (happening(head) or (head.pos_ == "NOUN" and head.lemma_.lower() in event_nouns())):
            return None
        if any(c.dep_ == "npadvmod" for c in token.children):
            return None  # "two years after a similar disaster": a time since, not a cause
    elif not happening(head, by_subject=False) or head.lemma_.lower() in _ENDURED:
        return None
    cause = _stretch_of(_object(token))
    if cause is None or cause.lemma_.lower() not in (event_nouns() if word in _BEFORE else hazards()):
        return None
    if cause.lemma_.lower() == _event_of(head) or is_negated(head):
        return None
    return cause, None, False


def event_followed(token: Token) -> Found | None:
    """ "The landslide followed a night of heavy rain", "the collapse came after": an event noun as the subject of
    "follow" and an earlier event as its object (the object itself, or what a stretch of time is "of")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() != "follow" or is_negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in event_nouns():
        return None
    cause = _stretch_of(token)
    if cause is None or cause.lemma_.lower() not in event_nouns() or cause.lemma_.lower() == subject.lemma_.lower():
        return None
    return cause, None, False


def event_when(token: Token) -> Found | None:
    """ "the vessel sank when a fire broke out on board", "the fire started when lightning struck the roof": the
    subject of a "when" clause on the event's verb, when it is an event noun."""
    if token.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"} for c in token.children):
        return None
    head = token.head
    if not happening(head) or is_negated(head) or is_negated(token):
        return None
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() == _event_of(head):
        return None
    if subject.lemma_.lower() not in event_nouns() | set(facet("cause")["failures"]):
        return None  # "the fire started when a welding spark fell on the insulation": a failure too
    return subject, None, False


def set_off_by(token: Token) -> Found | None:
    """ "a fire in the storage hall set off the explosion", "the landslide was set off by an earthquake", "a spark
    touched off the blast", "the blaze was started by an explosion": an event noun or a failure (facets.cause
    `failures`) as the subject or agent of a verb of causing said with a particle, and an event noun as the agent of
    "started" (not "started by arsonists": a person is the actor)."""
    particle = lexicon("causes")["events"]["causing_phrasal"].get(token.lemma_.lower())
    starting = token.lemma_.lower() in facet("cause")["starting"]
    if token.pos_ != "VERB" or is_negated(token) or (particle is None and not starting):
        return None
    if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
        return None
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None:
        cause = _object(agent)
    elif particle is not None:
        cause = next((c for c in token.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if cause is None or not _thing(cause):
        return None
    lemma = cause.lemma_.lower()
    if lemma not in event_nouns() and (starting or lemma not in facet("cause")["failures"]):
        return None  # "her death set off protests": a death is the case's event, not what set it off
    return cause, None, False


def suffered_before(token: Token) -> Found | None:
    """ "she died after suffering a stroke": what the victim suffered before the event."""
    spec = facet("cause")
    if token.dep_ != "pcomp" or token.lemma_.lower() not in {"suffer", "sustain"} or token.head.lower_ != "after":
        return None
    if token.head.head.lemma_.lower() not in spec["after_events"] or is_negated(token.head.head):
        return None
    suffered = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None if suffered is None else (suffered, None, False)


def _thing(noun: Token) -> bool:
    """A thing or an event, not a person or a group ("police set off a controlled explosion": an actor)."""
    lemma = noun.lemma_.lower()
    people = {*facet("actor")["doers"], *facet("cause")["people"], *facet("victim.status")["roles"]}
    return noun.pos_ == "NOUN" and noun.ent_type_ not in {"PERSON", "NORP", "ORG", "GPE"} and lemma not in people


def _object(prep: Token) -> Token | None:
    """The noun a preposition governs ("following" is tagged a verb with an object)."""
    return next((c for c in prep.children if c.dep_ in {"pobj", "dobj"}), None)


def _stretch_of(noun: Token | None) -> Token | None:
    """ "days of heavy rain" -> rain: a stretch of time whose "of" names the event."""
    if noun is None or noun.lemma_.lower() not in lexicon("causes")["events"]["stretches"]:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return noun if of is None else _object(of)


def _event_of(verb: Token) -> str | None:
    """The event noun the verb is said of ("the fire broke out": fire), so a cause is never the event itself."""
    if verb.pos_ == "NOUN":
        return verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None if subject is None else subject.lemma_.lower()


_CONNECTIVE = {"because", "due", "owing", "result", "as", "a", "of", "to"}
"""The words of "because of", "due to", "owing to", "as a result of", climbed past to the word they hang on."""


def explains_the_event(connective: Token) -> bool:
    """The word a "because of", "due to" or "as a result of" hangs on is the event happening, harm done, or a "be"
    that says what it was due to: "the building collapsed because of ...", "eighteen people died because of ...",
    "the deaths were due to ...", "it was due to ...". Not another act of the day: "the plane changed course because
    of the weather", "the airport was closed because of fog", "residents were evacuated because of the risk", whose
    reason is no cause of the event. A noun of the event ("a fire due to a faulty heater") counts too."""
    word = connective
    while word.head.i != word.i and word.lower_ in _CONNECTIVE:
        word = word.head
    if word.lower_ in _CONNECTIVE or word.pos_ not in {"VERB", "AUX"}:
        return True  # a fragment, or a noun the small parser hung it on ("Due to the storm the boat overturned
        # near the coast, police report" hangs on "report"): nothing to judge it by
    if _of_the_event(word) or any(_of_the_event(c) for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}):
        return True
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in _event_verbs() for c in word.children)  # "police said
    # due to the storm the boat overturned": hung on the verb of saying above the event's clause


def _of_the_event(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        return lemma in event_nouns() or lemma in _event_verbs()
    return lemma == "be" or lemma in _event_verbs() or happening(word)


@cache
def _event_verbs() -> frozenset[str]:
    """Verbs and nouns of the event happening or of harm: the event words, accident verbs, verbs of dying, starting,
    harm (facets.toml) and of an event happening (causes.toml [events])."""
    from reconcile.claims.when import event_words  # claims/when reads the event words; imported late as it is large

    cause, weapon, actor = facet("cause"), facet("weapon"), facet("actor")
    events = lexicon("causes")["events"]
    words = {*cause["after_events"], *cause["starting"], *cause["dying"], *weapon["impacts"], *actor["deeds"],
             *lexicon("causes")["links"]["harming"], *events["happening"], *events["phrasal"]}
    return frozenset(words) | event_words()
