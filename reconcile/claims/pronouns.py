"""Pronouns that stand for the statement's speaker: "we did not fire", "its fighters had carried out the attack",
"Islamic Jihad denied it had fired the rocket", "the ministry said it had found no trace".

No coreference library works offline here (shared/DEPENDENCIES.md), and the one antecedent an actor pronoun needs
is the one the attribution has already found: the speaker. Two rules over spaCy's parse, with the pronouns by person
and number in data/facets.toml [speaker_pronouns]:

- a first-person pronoun in the speaker's own words (a direct quote, or a document in its own voice) is the
  speaker: "we" and "our" of an organisation or a group, "I" and "my" of a person. A person's "we" is their
  institution or their family, which the statement does not name, so it stays unresolved.
- a third-person pronoun that is the subject of the reported clause, or owns its subject, is the speaker when the
  clause hangs on the statement's own cue ("Islamic Jihad denied [it had fired]", "IS said [its fighters had carried
  out the attack]") and the pronoun agrees with the speaker: "he" or "she" for a person, "it" for one body ("the
  coalition", "Hamas"), "they" for several ("the rebels", "police"), by the speaker's head noun. A pronoun deeper in
  the clause ("Israel was trying to cover up what it called a massacre") has a nearer antecedent and is left alone.

Only the actor reads these pronouns (claims/actors.py); the speaker's own negated deed ("we did not fire") is then
its denial, "not <speaker>".

This module lives in claims/, not nlp/: it needs the statement (its speaker, quote kind and cue), which exists only
after the attribution and sources stages, and the claims stage is the first to hold a statement with its parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reconcile.model import QuoteKind, Statement
from reconcile.resources import word_set

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def speaker_behind(word: Token, statement: Statement | None) -> Token | None:
    """The pronoun in `word` that stands for the statement's speaker: the word itself ("it had fired") or the
    pronoun that owns it ("its fighters", "our forces"); None when there is none or it stands for someone else."""
    if statement is None:
        return None
    pronoun = word if word.pos_ == "PRON" else _owner(word)
    if pronoun is None:
        return None
    if _first_person(pronoun, statement) or _reported_subject(pronoun, word, statement):
        return pronoun
    return None


def _owner(noun: Token) -> Token | None:
    """The possessive pronoun of a noun: "its" in "its fighters"."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _kind(statement: Statement) -> str:
    """"person", "org" or "group": the part of the speaker key that says who can be "we", "it" or "he"."""
    return statement.speaker_key.partition(":")[0]


def _number(statement: Statement, doc: Doc) -> str:
    """Which third-person pronouns the speaker takes: "person" (he, she), "singular" (it: "the coalition", "Hamas"),
    "plural" (they: "the rebels", "police"), by the speaker's head noun where the statement names it here, else by
    its key; "none" for an anonymous or unresolved speaker."""
    kind = _kind(statement)
    if kind == "person":
        return "person"
    if kind not in {"org", "group"}:
        return "none"
    named = None
    if statement.speaker_start is not None and statement.speaker_end is not None:
        named = doc.char_span(statement.speaker_start, statement.speaker_end, alignment_mode="expand")
    if named is not None and len(named) > 0 and named.root.pos_ in {"NOUN", "PROPN"}:
        return "plural" if named.root.tag_ in {"NNS", "NNPS"} else "singular"
    return "singular" if kind == "org" else "plural"


def _first_person(pronoun: Token, statement: Statement) -> bool:
    if statement.quote not in {QuoteKind.DIRECT, QuoteKind.NARRATION}:
        return False  # in reported speech "we" is the writer's, not the speaker's
    kind = _kind(statement)
    if kind == "person":
        return pronoun.lower_ in word_set("facets", "speaker_pronouns", "first_singular")
    return kind in {"org", "group"} and pronoun.lower_ in word_set("facets", "speaker_pronouns", "first_plural")


def _reported_subject(pronoun: Token, word: Token, statement: Statement) -> bool:
    """The pronoun is (or owns) the subject of the clause the statement's cue reports, and agrees with the speaker."""
    if statement.quote is not QuoteKind.INDIRECT or statement.cue_start is None:
        return False
    if pronoun.lower_ not in word_set("facets", "speaker_pronouns", _number(statement, pronoun.doc)):
        return False  # "it" for "the coalition", "they" for "the rebels"; an anonymous speaker names no actor
    subject = pronoun if pronoun is word else word
    if subject.dep_ not in _SUBJECTS:
        return False
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "it had fired the rocket and hit the hospital": each verb of the reported clause
    cue = clause.head
    return cue.i != clause.i and cue.idx == statement.cue_start and not _inside(cue, statement)


def _inside(token: Token, statement: Statement) -> bool:
    return statement.start <= token.idx < statement.end
