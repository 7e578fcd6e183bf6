"""Reported speech: statements introduced by a cue word rather than by quote marks.

Each shape takes its words from data/cues.toml: a clause ("said that ..."), a stance verb's object ("denied the
allegations"), a label ("called it 'a fraud'"), a phrasal cue ("called for a recount"), "according to X", a belief
adjective or noun ("were confident that", "a growing belief within the Pentagon that"), a document that shows
something ("the poll shows"), and a headline ("Graham: ...").
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from reconcile.model import QuoteKind
from reconcile.nlp.spans import (
    CLAUSE_HEAD_DEPS,
    COMPLEMENT_DEPS,
    MAX_HEADLINE_SOURCE,
    OBJECT_PREPS,
    REFUSALS,
    SPEAKER_PREPS,
    SUBJECT_DEPS,
    Found,
    contiguous_trimmed,
    cue_span,
    noun_phrase,
    sentence_of,
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
    if pos == "VERB" and (lemma in _cue_verbs() or _phrasal_prep(token) is not None):
        pass
    elif token.lower_ in word_set("cues", "verbs", "forms") and pos in {"VERB", "NOUN", "PROPN"}:
        pass
    elif pos == "VERB" and _holds_that_clause(token):
        return True
    else:
        return False
    if token.dep_ in {"acl", "amod"} and token.tag_ in {"VBN", "VBG"} and not _has_finite_clause(token):
        return False  # "formally known as", "information questioning whether": a modifier, not a speech act
    if lemma in REFUSALS or token.head.lemma_.lower() in REFUSALS:
        return False  # "declined to say why": nothing was said
    if lemma in word_set("cues", "verbs", "need_complement") or token.pos_ != "VERB":
        complements = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS | {"prep", "oprd"} or _is_question(c)]
        addressed = any(c.dep_ in {"dobj", "dative"} for c in token.children)  # "asked the ministry to act"
        if complements and not addressed and all(_is_infinitive(c) and not is_cue(c) for c in complements):
            return False  # "hiring continues to grow": an infinitive that says nothing
        return bool(complements) or token.dep_ in {"ROOT", "parataxis"}
    return True


def _holds_that_clause(token: Token) -> bool:
    """Any verb whose subject, a person or a group, holds a that-clause: "she realised that", "they learned that",
    "he made clear that". The cue list cannot name every such verb; the construction itself is the evidence."""
    if token.lemma_.lower() in word_set("cues", "verbs", "not_cues"):
        return False
    that = any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return that and bool(subjects) and _animate(subjects[0])


def _animate(head: Token) -> bool:
    """A subject that can hold a view: a pronoun for people, a named person, group or nation, or a plural or
    human noun ("officials", "the ministry"); "it", "this", "the data" and "which" cannot."""
    if head.pos_ == "PRON":
        return head.lower_ in {"he", "she", "they", "we", "i", "you", "who"}
    if head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in word_set("cues", "verbs", "animate_nouns")


def _has_finite_clause(token: Token) -> bool:
    """"witnesses saying that the jet was low", "a poll found last week that ...": a clause with its own subject
    makes a modifier a speech act."""
    return any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS | {"nsubjpass"} for g in c.children)
               for c in token.children)


def _is_question(clause: Token) -> bool:
    """"asked the students if they were serious": an indirect question the parser hung on the verb as an adverbial."""
    if clause.dep_ != "advcl" or clause.head.lemma_.lower() not in word_set("cues", "verbs", "asking"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


def _is_infinitive(clause: Token) -> bool:
    """"to grow" in "continues to grow"."""
    return clause.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


def reported_speech(token: Token, in_quote: set[int], regions: list[Span]) -> Found | None:
    lower = token.lower_  # run on every token: each attribute read once
    if lower == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return _according_to(token, in_quote)
    if token.pos_ == "NOUN" and token.lemma_.lower() in word_set("cues", "verbs", "nouns"):
        return _nominal_cue(token, in_quote)
    if token.text == ":":
        return _headline(token, regions)
    if lower in word_set("cues", "evidence", "preps") and token.dep_ == "prep":
        return _in_evidence(token) or _in_channel(token)
    if lower in word_set("cues", "adjectives", "belief"):
        return _adjective_cue(token)
    if (impersonal := _impersonal(token)) is not None:
        return impersonal
    if not is_cue(token):
        return None
    speaker = speaker_of(token)
    if speaker is None:
        return None
    cue, content = cue_span(token), complement(token, in_quote)
    if content is not None:
        return Found(_widen_to_quotes(content, regions), cue, speaker, QuoteKind.INDIRECT)
    clause = _misparsed_clause(token)
    if clause is not None:
        return Found(_widen_to_quotes(clause, regions), cue, speaker, QuoteKind.INDIRECT)
    content, cue = _object_content(token, cue)
    if content is None:
        content = _passive_subject(token)
    if content is None:
        return None
    return Found(_widen_to_quotes(content, regions), cue, speaker, QuoteKind.INDIRECT, proposition=False)


def _misparsed_clause(cue: Token) -> Span | None:
    """"said the frigate lost radar contact", parsed as "said [the frigate-lost radar contact]": an object of a verb
    of saying that holds a finite verb is a clause the parser took for a noun phrase."""
    if cue.lemma_.lower() not in word_set("cues", "verbs", "speech") or any(c.dep_ == "neg" for c in cue.children):
        return None
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    if not objects:
        return None
    doc = cue.doc

    def finite(t: Token) -> bool:  # "lost" after "the frigate" is a verb with its subject, not "the lost contact"
        after_noun = t.i > 0 and doc[t.i - 1].pos_ in {"NOUN", "PROPN"} and doc[t.i - 1].head.i == objects[0].i or (
            t.i > 0 and doc[t.i - 1].head.i == t.i and doc[t.i - 1].pos_ in {"NOUN", "PROPN"})
        return t.pos_ in {"VERB", "AUX"} and (t.tag_ in {"VBD", "VBZ", "VBP"} or t.tag_ == "VBN" and after_noun)

    if not any(finite(t) for t in objects[0].subtree if t.i != objects[0].i):
        return None
    return contiguous_trimmed(doc, list(objects[0].subtree))


def _passive_subject(cue: Token) -> Span | None:
    """"The death of a second worker was confirmed by the company": with an agent as the speaker, what was
    confirmed is the passive subject (and its "as" phrase: "was named as the driver")."""
    if not any(c.dep_ == "agent" for c in cue.children) or cue.lemma_.lower() not in word_set("cues", "verbs", "object_content"):
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    return contiguous_trimmed(cue.doc, list(subjects[0].subtree))


def _impersonal(token: Token) -> Found | None:
    """"The talks seem close to collapse", "the general is believed to have fled": a view with no holder named.

    The content is the subject with the complement; an agent ("was confirmed by the ministry") names a speaker, so
    that shape is left to the cue verbs.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = token.lemma_.lower()
    if lemma not in word_set("cues", "impersonal", "verbs"):
        if lemma not in word_set("cues", "impersonal", "passive"):
            return None
        if not any(c.dep_ == "auxpass" for c in token.children):
            return None
    complements = [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "acomp", "oprd"}]
    if not complements or any(c.dep_ == "agent" for c in (*token.children, *complements[-1].children)):
        return None  # "was thought (to be safe) by the engineers": the engineers hold the view
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"it", "there"}]
    parts = [*subjects, complements[-1]]
    tokens = [t for part in parts for t in part.subtree if t.i != token.i]
    content = contiguous_trimmed(token.doc, list(token.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]))
    if content is None:
        return None
    return Found(content, cue_span(token), None, QuoteKind.INDIRECT, own_voice=True)


def _according_to(token: Token, in_quote: set[int]) -> Found | None:
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    speaker = speaker_phrase(objects[0])
    sent = sentence_of(token)
    attached = {t.i for t in token.subtree} | {to.i} | {t.i for t in speaker}
    rest = [t for t in sent if t.i not in attached and not (t.is_punct and t.i in {speaker.end, token.i - 1})]
    content = contiguous_trimmed(token.doc, rest)
    if content is None:
        return None
    return Found(content, token.doc[token.i : token.i + 2], speaker, QuoteKind.INDIRECT)


def _in_evidence(prep: Token) -> Found | None:
    """"In a new survey, 40 percent of voters chose the mayor": the survey is the source of the clause it opens."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    head = prep.head
    if not objects or objects[0].lemma_.lower() not in word_set("cues", "evidence", "nouns"):
        return None
    if prep.i > head.i or head.pos_ not in {"VERB", "AUX"} or is_cue(head):
        return None  # "In a report, the agency said ...": the verb is the cue
    own = {t.i for t in prep.subtree}
    content = contiguous_trimmed(prep.doc, [t for t in head.subtree if t.i not in own])
    if content is None:
        return None
    return Found(content, prep.doc[prep.i : prep.i + 1], noun_phrase(objects[0]), QuoteKind.INDIRECT)


def _in_channel(prep: Token) -> Found | None:
    """"In a statement, the ministry put the toll at 14": a fronted channel makes the clause its subject's statement."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    head = prep.head
    if not objects or objects[0].lemma_.lower() not in word_set("cues", "phrases", "channel_objects"):
        return None
    if prep.i > head.i or head.pos_ not in {"VERB", "AUX"} or is_cue(head):
        return None  # "In a statement, the agency said ...": the verb is the cue
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i > prep.i]
    if not subjects:
        return None
    own = {t.i for t in prep.subtree} | {t.i for t in subjects[0].subtree}
    content = contiguous_trimmed(prep.doc, [t for t in head.subtree if t.i not in own and t.i > subjects[0].i])
    if content is None:
        return None
    cue = prep.doc[prep.i : objects[0].i + 1]
    return Found(content, cue, speaker_phrase(subjects[0]), QuoteKind.INDIRECT)


def _headline(colon: Token, regions: list[Span]) -> Found | None:
    """"Graham: Trump's rhetoric is hurting the party", "Poll: Trump trails in Florida": a name, a colon, a claim."""
    doc = colon.doc
    source = doc[sentence_of(colon).start : colon.i]
    if not 1 <= len(source) <= MAX_HEADLINE_SOURCE or any(t.pos_ in {"VERB", "AUX", "PUNCT", "PRON"} for t in source):
        return None
    heads = [t for t in source if t.pos_ in {"PROPN", "NOUN"}]
    if not heads or not source[0].text[:1].isupper() or heads[-1].ent_type_ in {"GPE", "LOC", "DATE", "TIME"}:
        return None
    if heads[-1].pos_ != "PROPN" and heads[-1].lemma_.lower() not in word_set("cues", "headlines", "sources"):
        return None  # "Update: ...", "Note: ...": a label, not a speaker
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text and not (end > colon.i + 1 and doc[end].is_sent_start):
        end += 1
    content = contiguous_trimmed(doc, list(doc[colon.i + 1 : end]))
    if content is None:
        return None
    return Found(_widen_to_quotes(content, regions), doc[colon.i : colon.i + 1], source, QuoteKind.INDIRECT)


def _nominal_cue(token: Token, in_quote: set[int]) -> Found | None:
    """"a growing belief within the Pentagon that ...", "the ministry's statement that ...", and with a light verb
    "the mayor expressed alarm that ...", "the union made the case that ..."."""
    clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not clauses:
        return None
    doc = token.doc
    speaker, cue = None, doc[token.i : token.i + 1]
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            speaker = noun_phrase(child)
        elif child.dep_ == "prep" and child.lower_ in SPEAKER_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"PROPN", "NOUN"}:
                speaker = noun_phrase(objects[0])
    verb = token.head
    if speaker is None and token.dep_ == "dobj" and verb.lemma_.lower() in word_set("cues", "verbs", "light"):
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not share the view that"
        speaker, cue = speaker_of(verb), doc[cue_span(verb).start : token.i + 1]
    if speaker is None:
        return None
    content = contiguous_trimmed(doc, [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head == clauses[0])])
    if content is None:
        return None
    return Found(content, cue, speaker, QuoteKind.INDIRECT)


def _adjective_cue(token: Token) -> Found | None:
    """"Officials were confident that the dam would hold": a belief adjective with its clause."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    copula = token.head
    if token.dep_ != "acomp" or not clauses or copula.pos_ not in {"AUX", "VERB"}:
        return None
    speaker = speaker_of(copula)
    tokens = [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head == clauses[0] and t.lower_ == "that")]
    content = contiguous_trimmed(token.doc, tokens)
    if speaker is None or content is None:
        return None
    cue = token.doc[cue_span(copula).start : token.i + 1]
    return Found(content, cue, speaker, QuoteKind.INDIRECT, proposition=False)


def speaker_of(cue: Token) -> Span | None:
    """The subject of a cue verb, inherited through coordination ("denied that and said ...")."""
    current = cue
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:  # two subjects is a parse gone wrong ("LAGOS (Reuters) — The minister said"): the nearer one
            before = [c for c in subjects if c.i < current.i]
            return speaker_phrase(before[-1] if before else subjects[0])
        if current.pos_ == "NOUN":  # "the tweet read": the tagger took the verb for a noun
            compounds = [c for c in current.children if c.dep_ == "compound"]
            if compounds:
                return noun_phrase(compounds[0])
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return speaker_phrase(agents[0])
        if current.dep_ in {"acl", "amod"} and current.head.pos_ in {"NOUN", "PROPN"} and _has_finite_clause(current):
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
    for prep in head.rights:
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ in word_set("cues", "phrases", "channel_preps") and objects and (
            objects[0].lemma_.lower() in word_set("cues", "phrases", "channel_objects")
            or objects[0].ent_type_ in {"DATE", "TIME"}
        ):
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


def complement(cue: Token, in_quote: set[int]) -> Span | None:
    """What the cue introduces: its clause, its "as" phrase, or the clause it interrupts ("X, officials said")."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ in {"ccomp", "xcomp"} or _is_question(child) and cue.i < child.i:
            tokens = [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child and t.lower_ == "that")]
            span = contiguous_trimmed(doc, tokens)
            if span is not None:
                return _before_inverted_cue(cue, span)
    for prep in cue.rights:  # "said in a statement that ...", the clause hung on the statement
        for channel in (o for o in prep.children if o.dep_ == "pobj" and prep.dep_ == "prep"):
            if channel.lemma_.lower() not in word_set("cues", "phrases", "channel_objects"):
                continue
            for clause in (c for c in channel.rights if c.dep_ in {"acl", "ccomp", "relcl"}):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    span = contiguous_trimmed(doc, [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)])
                    if span is not None:
                        return span
    for child in cue.children:
        if child.dep_ in {"prep", "oprd"} and child.lower_ == "as":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            labelled = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < child.i]  # "identified the man as"
            if objects:
                start = labelled[0].left_edge.i if labelled else objects[0].left_edge.i
                return contiguous_trimmed(doc, list(doc[start : objects[0].right_edge.i + 1]))
    participle = cue.tag_ in {"VBG", "VBN"} and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if cue.dep_ == "advcl" and (cue.i > cue.head.i or participle):
        return None  # "..., while confirming", "Citing data, she said ...": an adverbial clause is not the content
    if cue.dep_ in {"ccomp", "xcomp"} and is_cue(cue.head):
        return None  # "She said the inquiry would report in May": "report" is inside what she said
    interrupted = cue.head.pos_ in {"VERB", "AUX"} or cue.dep_ == "parataxis"  # "The hashtag, he said, spread"
    if cue.dep_ in {"parataxis", "advcl", "ccomp"} and cue.head.i != cue.i and interrupted:
        own = {t.i for t in cue.subtree}
        return contiguous_trimmed(doc, [t for t in cue.head.subtree if t.i not in own])
    return None


def _before_inverted_cue(cue: Token, content: Span) -> Span:
    """Everything before an inverted cue is its content: "The plant is hanging on, but it is under pressure, said
    its chief executive" reports the whole sentence, not only the clause the parser attached to "said"."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if content.end > cue.i or not subjects or subjects[0].i < cue.i:
        return content
    widened = contiguous_trimmed(cue.doc, list(cue.doc[sentence_of(cue).start : cue.i]))
    return widened if widened is not None and widened.end >= content.end else content


def _object_content(cue: Token, cue_span: Span) -> tuple[Span | None, Span]:
    """What a cue says through its object, with the cue widened by its preposition.

    Three shapes: a phrasal cue's object ("called for a recount", "railed against the plan"), a label ("called her
    'third-rate'", "described the plan as a disaster") and a stance verb's direct object ("criticized the mayor for
    closing the bridge", "denied the allegations").
    """
    doc = cue.doc
    if any(c.dep_ == "neg" for c in cue.children):
        return None, cue_span  # "could not confirm the count", "did not comment on it": nothing was said
    prep = _phrasal_prep(cue)
    if prep is not None:
        tokens = [t for c in prep.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree]
        if prep.dep_ == "mark":  # "called for the president to resign", parsed as an adverbial clause
            tokens = [t for t in prep.head.subtree if t.i != prep.i]
        tokens += [t for c in cue.rights if c.i > prep.i and c.dep_ in {"xcomp", "ccomp"} for t in c.subtree]
        return _object_span(doc, tokens), doc[cue_span.start : max(cue_span.end, prep.i + 1)]
    objects = [c for c in cue.rights if c.dep_ in {"dobj", "oprd"}]
    if not objects:
        return None, cue_span
    labelled = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in cue.rights)
    if not labelled and cue.dep_ not in CLAUSE_HEAD_DEPS and not _continues_speech(cue):
        return None, cue_span  # "5,000 people are outside demanding a count": a description, not a statement
    evidence = _is_evidence(cue)
    if not (labelled or evidence or cue.lemma_.lower() in word_set("cues", "verbs", "object_content")):
        return None, cue_span
    end = max(t.i for t in objects[-1].subtree)
    for child in sorted(cue.rights, key=lambda c: c.i):  # "for closing the bridge", "as a disaster", "with a lead"
        own = child.dep_ in {"oprd", "xcomp"} or child.dep_ == "prep" and (evidence or child.lower_ in OBJECT_PREPS)
        if child.left_edge.i == end + 1 and own:
            end = child.right_edge.i
    return _object_span(doc, [t for t in doc[objects[0].left_edge.i : end + 1]]), cue_span


def _continues_speech(cue: Token) -> bool:
    """An adverbial cue that is a statement of its own: one with its own subject ("..., while his supporters have
    accused her of ..."), or a participle going on from another cue ("criticized the chairman, accusing him of ...")."""
    if cue.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in cue.children if c.dep_ == "mark"}
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):  # not "after a caller reported a man with a knife": an event
        return marks <= word_set("cues", "phrases", "contrast_marks")
    return cue.tag_ == "VBG" and is_cue(cue.head)


def _is_evidence(cue: Token) -> bool:
    """"The poll shows the mayor with a lead", "a review found flaws": a document or count that shows something."""
    if cue.lemma_.lower() not in word_set("cues", "evidence", "verbs"):
        return False
    subject = speaker_of(cue)
    return subject is not None and subject.root.lemma_.lower() in word_set("cues", "evidence", "nouns")


def _phrasal_prep(cue: Token) -> Token | None:
    """The preposition that makes a verb a cue ("call for", "rail against"), when the verb governs it."""
    pairs = word_set("cues", "phrases", "phrasal")
    for child in cue.rights:
        if child.dep_ in {"prep", "prt"} and f"{cue.lemma_.lower()} {child.lower_}" in pairs:
            return child
        marks = [m for m in child.children if m.dep_ == "mark" and m.i == cue.i + 1] if child.dep_ == "advcl" else []
        if marks and f"{cue.lemma_.lower()} {marks[0].lower_}" in pairs:
            return marks[0]
    return None


def _object_span(doc: Doc, tokens: list[Token]) -> Span | None:
    """The object as content: one word is enough ("praised Obama"), a bare pronoun is not ("denied it")."""
    words = [t for t in tokens if not t.is_punct]
    if not words or all(t.pos_ == "PRON" for t in words):
        return None
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < len(doc) and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2:
        end += 1  # 'called the budget "a gamble"': the closing mark of a quote the object opens
    return doc[start:end]


def _widen_to_quotes(span: Span, regions: list[Span]) -> Span:
    start, end = span.start, span.end
    for region in regions:
        if region.start < end and start < region.end:
            start, end = min(start, region.start), max(end, region.end)
    return span.doc[start:end]
