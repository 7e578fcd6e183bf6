"""A cause the event is "linked to", "traced to" or "attributed to", read by word order where the parser loses it.

The small parser often takes the "to" of "the outbreak has been linked to contaminated water supplies" or "officials
traced the deaths to diethylene glycol in the syrup" for an infinitive's marker and makes the cause a verb clause, so
the preposition's object that `causes._cause_of` reads is not there. The words say it plainly: a verb of linking
(causes.toml [links] `naming` and facets.toml cause `through`, with "to") said of the event or its harm, then "to",
then a noun phrase: that phrase is the cause.
"""

from __future__ import annotations

from spacy.tokens import Token

from reconcile.claims.cause_clauses import who
from reconcile.claims.context import facet, is_negated
from reconcile.claims.event_causes import event_nouns
from reconcile.claims.hierarchy import kinds
from reconcile.claims.when import event_words
from reconcile.resources import lexicon

_PHRASE = {"ADJ", "NOUN", "PROPN", "VERB", "NUM"}
"""Parts of speech a cause's noun phrase runs over ("contaminated water supplies", "diethylene glycol")."""


def linked_to(to: Token) -> list[Token] | None:
    """The noun phrase after a misparsed "to" of a verb of linking said of the event ("the deaths were traced to
    [diethylene glycol] in the syrup"), or None."""
    if to.lower_ != "to" or to.dep_ == "prep":
        return None  # a "to" the parser reads as a preposition is `causes._cause_of`'s
    verb = _linking_verb(to)
    if verb is None or is_negated(verb) or not _said_of_the_event(verb):
        return None
    phrase = _noun_run(to)
    if not phrase or who(phrase[-1]) or phrase[-1].lemma_.lower() in event_words():
        return None
    return phrase


def links_the_event(prep: Token) -> bool:
    """ "the deaths are linked to [consumption of a cough syrup]", "traced the outbreak to": a preposition of a verb
    of linking (causes.toml [links] `naming`) on a verb said of the event or its harm, so its object is the cause."""
    verb = prep.head
    wanted = lexicon("causes")["links"]["naming"].get(verb.lemma_.lower())
    return prep.dep_ == "prep" and prep.lower_ == wanted and not is_negated(verb) and _said_of_the_event(verb)


def _linking_verb(to: Token) -> Token | None:
    """The verb of linking just before "to", past its object ("traced [the deaths] to")."""
    doc = to.doc
    verbs = _linking_lemmas()
    for i in range(to.i - 1, max(to.sent.start, to.i - 6) - 1, -1):
        word = doc[i]
        if word.pos_ == "VERB" and word.lemma_.lower() in verbs:
            return word
        if word.pos_ in {"VERB", "AUX"} and word.dep_ not in {"aux", "auxpass"} or word.is_punct:
            return None
    return None


def _linking_lemmas() -> set[str]:
    naming = lexicon("causes")["links"]["naming"]
    through = facet("cause")["through"]
    return {v for v, p in naming.items() if p == "to"} | {v for v, (p, _) in through.items() if p == "to"}


def _said_of_the_event(verb: Token) -> bool:
    """The verb's passive subject or object is the event or its harm: "the outbreak has been linked", "traced the
    deaths"; never a weapon ("fragments of the bomb were traced to a US maker")."""
    harm = (event_words() | event_nouns() | set(facet("actor")["blame_nouns"])) - set(kinds("weapon"))
    return any(c.dep_ in {"nsubjpass", "dobj", "nsubj"} and c.lemma_.lower() in harm for c in verb.children)
    # a weapon is no event: "the bomb is traced to a US maker" says where it was made, not why the event happened


def _noun_run(to: Token) -> list[Token]:
    """The words after "to" up to the last noun of their run, without articles: "a breach" -> "breach"."""
    doc, run = to.doc, list[Token]()
    i = to.i + 1
    while i < to.sent.end and (doc[i].pos_ in _PHRASE or doc[i].pos_ == "DET" and not run or doc[i].text == "-"):
        if doc[i].pos_ != "DET":
            run.append(doc[i])
        i += 1
    while run and run[-1].pos_ not in {"NOUN", "PROPN"}:
        run.pop()
    return run
