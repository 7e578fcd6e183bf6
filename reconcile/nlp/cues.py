"""Which words are cues and who speaks them: the cue verbs of data/cues.toml (and any person's verb with a
that-clause), the subject or agent that says them, and the words of the speaker's name."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from reconcile.nlp.spans import (
    COMPLEMENT_DEPS,
    REFUSALS,
    SUBJECT_DEPS,
    channel_of,
    noun_phrase,
    that_clauses,
)
from reconcile.resources import word_set


@functools.cache
def _cue_verbs() -> frozenset[str]:
    return word_set("cues", "verbs", "speech") | word_set("cues", "verbs", "belief")


def is_cue(token: Token) -> bool:
    """A verb of saying or believing, or one with its cue preposition ("rail against"), used as a speech act."""
    pos = token.pos_
    if pos != "VERB" and (pos not in {"NOUN", "PROPN"} or token.lower_ not in word_set("cues", "verbs", "forms")):
        return False  # the common case, decided without the lemma
    lemma = token.lemma_.lower()
    if pos == "VERB" and lemma in word_set("cues", "verbs", "labelling"):
        return _labels_as(token)
    listed = pos == "VERB" and (lemma in _cue_verbs() or phrasal_prep(token) is not None)
    if not (listed or token.lower_ in word_set("cues", "verbs", "forms")):
        return pos == "VERB" and _holds_that_clause(token)
    if token.dep_ in {"acl", "amod"} and token.tag_ in {"VBN", "VBG"} and not has_finite_clause(token):
        return False  # "formally known as", "information questioning whether": a modifier, not a speech act
    if lemma in REFUSALS or token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSALS:
        return False  # "declined to say why": nothing was said; "refused to concede, saying ..." says something
    if lemma in word_set("cues", "verbs", "need_complement") or token.pos_ != "VERB":
        complements = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS | {"prep", "oprd"} or is_question(c)]
        addressed = any(c.dep_ in {"dobj", "dative"} for c in token.children)  # "asked the ministry to act"
        if complements and not addressed and all(_is_infinitive(c) and not is_cue(c) for c in complements):
            return False  # "hiring continues to grow": an infinitive that says nothing
        return bool(complements) or token.dep_ in {"ROOT", "parataxis"}
    return True


def _labels_as(verb: Token) -> bool:
    """"named the victim as Andrej Mocanu": an "as" phrase on the verb or on its object."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ in {"prep", "oprd"} and c.lower_ == "as" for h in heads for c in h.children if c.i > verb.i)


def _holds_that_clause(token: Token) -> bool:
    """Any verb whose subject, a person or a group, holds a that-clause: "she realised that", "they learned that",
    "he made clear that". The cue list cannot name every such verb; the construction itself is the evidence."""
    if token.lemma_.lower() in word_set("cues", "verbs", "not_cues"):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(that_clauses(token, {"ccomp"})) and bool(subjects) and animate(subjects[0])


def animate(head: Token) -> bool:
    """A subject that can hold a view: a pronoun for people, a named person, group or nation, or a plural or
    human noun ("officials", "the ministry"); "it", "this", "the data" and "which" cannot."""
    if head.pos_ == "PRON":
        return head.lower_ in {"he", "she", "they", "we", "i", "you", "who"}
    if head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in word_set("cues", "verbs", "animate_nouns")


def has_finite_clause(token: Token) -> bool:
    """"witnesses saying that the jet was low", "a poll found last week that ...": a clause with its own subject
    makes a modifier a speech act."""
    return any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS | {"nsubjpass"} for g in c.children)
               for c in token.children)


def is_question(clause: Token) -> bool:
    """"asked the students if they were serious": an indirect question the parser hung on the verb as an adverbial."""
    if clause.dep_ != "advcl" or clause.head.lemma_.lower() not in word_set("cues", "verbs", "asking"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


def _is_infinitive(clause: Token) -> bool:
    """"to grow" in "continues to grow"."""
    return clause.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


def phrasal_prep(cue: Token) -> Token | None:
    """The preposition that makes a verb a cue ("call for", "rail against"), when the verb governs it."""
    pairs = word_set("cues", "phrases", "phrasal")
    for child in cue.rights:
        if child.dep_ in {"prep", "prt"} and f"{cue.lemma_.lower()} {child.lower_}" in pairs:
            return child
        marks = [m for m in child.children if m.dep_ == "mark" and m.i == cue.i + 1] if child.dep_ == "advcl" else []
        if marks and f"{cue.lemma_.lower()} {marks[0].lower_}" in pairs:
            return marks[0]
    return None


def speaker_of(cue: Token) -> Span | None:
    """The subject of a cue verb, inherited through coordination ("denied that and said ...")."""
    current = cue
    for _ in range(4):
        if (quoted := _quoted_as_saying(current)) is not None:
            return quoted
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:  # "Residents, told to stay indoors, said ...": the set-off participle took the subject
            subjects = [g for c in current.children if c.i < current.i and c.dep_ == "ccomp" and set_off(c)
                        for g in c.children if g.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in RELATIVES and current.dep_ == "relcl":
            return _relative_speaker(current.head)  # "the report of the safety board, which found that ..."
        if subjects:  # two subjects is a parse gone wrong ("LAGOS (Reuters) — The minister said"): the nearer one
            before = [c for c in subjects if c.i < current.i]
            return speaker_phrase(before[-1] if before else subjects[0])
        if (acronym := capitalised_aux(current)) is not None:
            return current.doc[acronym.i : acronym.i + 1]  # "IS said in a statement": Islamic State, not "is"
        if current.pos_ == "NOUN":  # "the tweet read": the tagger took the verb for a noun
            compounds = [c for c in current.children if c.dep_ == "compound"]
            if compounds:
                return noun_phrase(compounds[0])
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return speaker_phrase(agents[0])
        if current.dep_ in {"acl", "amod"} and current.head.pos_ in {"NOUN", "PROPN"} and has_finite_clause(current):
            head = current.head  # "witnesses saying that ...": the noun the clause hangs on, without the clause
            return head.doc[head.left_edge.i : head.i + 1]
        if current.dep_ == "advcl" and current.tag_ == "VBN" and not any(c.lower_ == "having" for c in current.lefts):
            return None  # "Asked about the fire, he said ...": he was asked; the question has no speaker here
        if current.dep_ in {"conj", "advcl", "xcomp"} and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "ended the debate by saying ..."
            current = current.head.head
            if current.lemma_.lower() in word_set("cues", "verbs", "quoting"):  # "was quoted as saying"
                passive = [c for c in current.children if c.dep_ == "nsubjpass"]
                if passive:
                    return speaker_phrase(passive[0])
            continue
        return None
    return None


RELATIVES = {"which", "who", "that"}


def capitalised_aux(verb: Token) -> Token | None:
    """An auxiliary before the verb written in capitals in a sentence that is not: an acronym the tagger read as a
    verb ("IS said in a statement on its Amaq news agency" is the Islamic State speaking)."""
    for child in verb.lefts:
        if child.dep_ in {"aux", "auxpass"} and len(child) > 1 and child.text.isupper() and child.is_alpha:
            words = [t for t in verb.doc[child.i + 1 : verb.i + 1] if t.is_alpha]
            return child if words and not all(t.is_upper for t in words) else None
    return None


def _quoted_as_saying(verb: Token) -> Span | None:
    """"He quoted the man as saying ...": whoever is quoted speaks, not whoever quotes them."""
    if verb.lemma_.lower() not in word_set("cues", "verbs", "quoting") or verb.tag_ == "VBN":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    quoted_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return speaker_phrase(objects[0]) if objects and quoted_as else None


def _relative_speaker(noun: Token) -> Span:
    """The noun a relative clause hangs on, or the body behind a document named by it: "the report of the Commission
    of Railway Safety, which found" is the commission's finding."""
    if noun.lemma_.lower() in word_set("cues", "evidence", "nouns") | word_set("cues", "verbs", "channel_nouns"):
        for prep in noun.children:
            owners = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if prep.dep_ == "prep" and prep.lower_ in {"of", "by", "from"} and owners:
                return noun_phrase(owners[0])
    doc = noun.doc
    clause = min((c.left_edge.i for c in noun.children if c.dep_ == "relcl"), default=noun.right_edge.i + 1)
    end = clause
    while end > noun.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != ")":
        end -= 1  # "the Commission of Railway Safety (CRS), which": without the comma before "which"
    return doc[noun.left_edge.i : end]


def set_off(verb: Token) -> bool:
    """"The suspect, believed to be in his 30s, fled", parsed with "believed" as the suspect's verb: a participle
    set off by commas right after its noun, going on with "to", is a reduced relative, not the noun's belief."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return bool(subjects) and verb.tag_ in {"VBD", "VBN"} and doc[verb.i - 1].text == "," and (
        subjects[-1].right_edge.i in {verb.i - 2, verb.i - 1}) and any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.lefts) for c in verb.children)


def speaker_phrase(head: Token) -> Span:
    """The words naming a speaker, without what the parse hangs on them but does not name them: a dateline before a
    dash ("CLEVELAND, July 19 (UPI) — Former Attorney General ..."), where or when they spoke ("Trump in his
    announcement speech", "X, during interviews on Thursday,"), and a dangling "and" or opening bracket."""
    doc = head.doc
    phrase = noun_phrase(head)
    start, end = phrase.start, phrase.end
    dashes = [t.i for t in phrase if t.text in {"—", "–", "--", "―"}]
    if dashes and (dashes[0] < head.i or any(t.ent_type_ in {"DATE", "GPE"} or t.is_upper and len(t) > 2
                                             for t in doc[start : dashes[0]])):
        start = dashes[0] + 1  # the words before are a dateline ("NEW YORK (AP) —") or not the speaker
    for prep in head.rights:  # "in his announcement speech", "during interviews on Thursday"
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        dated = prep.dep_ == "prep" and prep.lower_ in word_set("cues", "phrases", "channel_preps") and any(
            o.ent_type_ in {"DATE", "TIME"} for o in objects[:1])
        if dated or channel_of(prep) is not None:
            end = min(end, prep.left_edge.i)
    if end < phrase.end or doc[end - 1].lower_ in {"and", "or"}:
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"and", "or"}):
            end -= 1
    opened = [t.i for t in doc[start:end] if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]) and opened[-1] > head.i:
        end = opened[-1]  # "A 2010 YouTube video (above": the bracket closes after the speaker
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    if end <= start or not any(t.is_alpha for t in doc[start:end]):
        return phrase
    return phrase if (start, end) == (phrase.start, phrase.end) else doc[start:end]
