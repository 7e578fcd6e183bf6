"""Reported speech: statements introduced by a cue word rather than by quote marks.

Each shape takes its words from data/cues.toml: a clause ("said that ..."), a stance verb's object ("denied the
allegations"), a label ("called it 'a fraud'"), a phrasal cue ("called for a recount"), a passive with its agent
("was confirmed by the company"); the framed shapes ("according to X", headlines, belief nouns, views with no
holder) are in framed.py, and which words are cues and who speaks them in cues.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reconcile.model import QuoteKind
from reconcile.nlp.cues import is_cue, is_question, phrasal_prep, set_off, speaker_of
from reconcile.nlp.framed import (
    according_to,
    adjective_cue,
    fronted,
    headline,
    impersonal,
    nominal_cue,
    stated_figure,
)
from reconcile.nlp.spans import (
    CLAUSE_HEAD_DEPS,
    OBJECT_PREPS,
    SUBJECT_DEPS,
    Found,
    clause_words,
    contiguous_trimmed,
    cue_span,
    sentence_of,
    that_clauses,
    widen_to_quotes,
)
from reconcile.resources import word_set

TIME_MARKS = {"before", "after", "when", "while", "until", "once"}
"""Marks of a time clause between a cue and its content: "said before the report was published that ..."."""


def reported_speech(token: Token, in_quote: set[int], regions: list[Span]) -> Found | None:
    lower = token.lower_  # run on every token: each attribute read once
    if lower == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return according_to(token, in_quote)
    if token.pos_ == "NOUN" and token.lemma_.lower() in word_set("cues", "verbs", "nouns"):
        return nominal_cue(token, in_quote)
    if token.text == ":":
        return headline(token, regions)
    if lower in word_set("cues", "evidence", "preps") and token.dep_ == "prep":
        return fronted(token)
    if lower in word_set("cues", "adjectives", "belief"):
        return adjective_cue(token)
    if (view := impersonal(token)) is not None:
        return view
    if (figure := stated_figure(token)) is not None:
        return figure
    if not is_cue(token):
        return None
    speaker = speaker_of(token)
    if speaker is None or _quotes_as_saying(token) or set_off(token):
        return None  # "Residents, told to stay indoors, said ...": they were told; nobody named told them
    cue, content = cue_span(token), complement(token, in_quote)
    if content is not None:
        return Found(widen_to_quotes(content, regions), cue, speaker, QuoteKind.INDIRECT)
    clause = _misparsed_clause(token)
    if clause is not None:
        return Found(widen_to_quotes(clause, regions), cue, speaker, QuoteKind.INDIRECT)
    content, cue = _object_content(token, cue)
    if content is None:
        content = _passive_subject(token)
    if content is None:
        return None
    return Found(widen_to_quotes(content, regions), cue, speaker, QuoteKind.INDIRECT, proposition=False)


def further_clauses(found: Found, in_quote: set[int]) -> list[Found]:
    """The second thing a cue says when the parse hangs it on the cue itself: "She said she was woken at four, and
    that cracks had appeared in February" reports the cracks too, as a statement of the same speaker.

    Only a clause opened by a complementizer "that" counts (a mark, or a "that" before a plural noun, which cannot
    be its determiner): "..., and that plan was dropped" is the reporter going on."""
    cue = found.cue.root if found.cue is not None else None
    if cue is None or found.quote is not QuoteKind.INDIRECT or not found.proposition:
        return []
    doc = cue.doc
    more = []
    for conj in (c for c in cue.rights if c.dep_ == "conj" and c.i >= found.content.end and c.i not in in_quote):
        opener = conj.left_edge
        complementizer = opener.lower_ == "that" and (
            opener.dep_ == "mark" or opener.dep_ == "det" and opener.head.tag_ in {"NNS", "NNPS"})
        if not complementizer or doc[opener.i - 1].lower_ not in {"and", "but", "or"}:
            continue
        if any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} and c.i < conj.i for c in conj.children) or opener.dep_ == "mark":
            content = contiguous_trimmed(doc, list(conj.subtree))
            if content is not None:
                more.append(Found(content, found.cue, found.source, QuoteKind.INDIRECT))
    return more


def _quotes_as_saying(cue: Token) -> bool:
    """"The paper quoted an officer as saying the gates opened late": "saying" reports the clause, not "quoted"."""
    if cue.lemma_.lower() not in word_set("cues", "verbs", "quoting"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and is_cue(g) for g in c.children)
               for c in cue.children)


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
    object_content = word_set("cues", "verbs", "object_content")
    if not any(c.dep_ == "agent" for c in cue.children) or cue.lemma_.lower() not in object_content:
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    return contiguous_trimmed(cue.doc, list(subjects[0].subtree))


def complement(cue: Token, in_quote: set[int]) -> Span | None:
    """What the cue introduces: its clause, its "as" phrase, or the clause it interrupts ("X, officials said")."""
    doc = cue.doc
    clauses = [c for c in cue.children  # not "Residents, told to stay indoors, said": what they were told
               if c.dep_ in {"ccomp", "xcomp"} and not set_off(c) or is_question(c) and cue.i < c.i]
    if any(c.i > cue.i for c in clauses):  # "X left; she said it was early": a semicolon ends what went before
        clauses = [c for c in clauses if c.i > cue.i or not any(t.text == ";" for t in doc[c.right_edge.i : cue.i])]
    for child in clauses:
        span = contiguous_trimmed(doc, clause_words(child))
        if span is not None:
            return _before_inverted_cue(cue, _whole_clause(cue, child, span))
    for prep in cue.rights:  # "said in a statement that ...", the clause hung on the statement
        for channel in (o for o in prep.children if o.dep_ == "pobj" and prep.dep_ == "prep"):
            if channel.lemma_.lower() not in word_set("cues", "phrases", "channel_objects"):
                continue
            for clause in that_clauses(channel, {"acl", "ccomp", "relcl"}):
                if clause.i > channel.i and (span := contiguous_trimmed(doc, clause_words(clause))) is not None:
                    return span
    if (moved := _that_clause_after_time_clause(cue)) is not None:
        return moved
    for child in cue.children:
        if child.dep_ in {"prep", "oprd"} and child.lower_ == "as":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            # "identified the man as"
            labelled = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < child.i]
            if objects:
                start = labelled[0].left_edge.i if labelled else objects[0].left_edge.i
                end = objects[0].right_edge.i + 1
                for rest in (c for c in cue.rights if c.i > end and c.dep_ in {"oprd", "appos", "npadvmod"}):
                    if all(t.is_punct for t in doc[end : rest.left_edge.i]):  # "as X, 34, a cleaner employed ..."
                        end = rest.right_edge.i + 1
                return contiguous_trimmed(doc, list(doc[start:end]))
    participle = cue.tag_ in {"VBG", "VBN"} and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if cue.dep_ == "advcl" and (cue.i > cue.head.i or participle):
        return None  # "..., while confirming", "Citing data, she said ...": an adverbial clause is not the content
    if cue.dep_ in {"ccomp", "xcomp"} and is_cue(cue.head):
        return None  # "She said the inquiry would report in May": "report" is inside what she said
    interrupted = cue.head.pos_ in {"VERB", "AUX"} or cue.dep_ == "parataxis"  # "The hashtag, he said, spread"
    if cue.dep_ in {"parataxis", "advcl", "ccomp"} and cue.head.i != cue.i and interrupted:
        own = {t.i for t in cue.subtree}
        return contiguous_trimmed(doc, [t for t in cue.head.subtree if t.i not in own])
    return _inverted_subject(cue)


def _that_clause_after_time_clause(cue: Token) -> Span | None:
    """"X had said before the report was published that doctors believed ...": the parser hangs the "that" clause on
    the time clause between it and the cue; a time clause whose verb is no cue and has no object takes no "that"
    clause of its own, so it is the cue's."""
    for time in (c for c in cue.rights if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children)):
        if any(c.dep_ == "dobj" for c in time.children) or is_cue(time) or time.lemma_.lower() in word_set(
                "cues", "verbs", "speech"):
            continue  # "said before he announced that he would resign": the clause is what he announced
        for clause in time.rights:
            marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            if clause.dep_ in {"advcl", "ccomp"} and marked:
                return contiguous_trimmed(cue.doc, clause_words(clause))
    return None


def _whole_clause(cue: Token, clause: Token, span: Span) -> Span:
    """The content with the subject the parse took for the cue's second object: "told reporters his party's tally
    showed him winning" reports "his party's tally showed him winning".

    A second that-clause the parse hangs on the cue ("said she was woken at four, and that cracks had appeared")
    is left out: widening to it cost a held-out weapon value for one statement gained.
    """
    doc = cue.doc
    start = span.start
    objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and c.i < clause.i]
    own_subject = any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "expl"} for c in clause.children)
    if clause.i > cue.i and not own_subject and len(objects) >= 2 and objects[-1].i > cue.i:
        start = min(start, objects[-1].left_edge.i)
    widened = contiguous_trimmed(doc, list(doc[start : span.end]))
    return span if widened is None else widened


def _inverted_subject(cue: Token) -> Span | None:
    """"A jet crashed near Aktau, killing 38, the deputy prime minister said": a sentence-final cue whose
    content the parser made a second subject; the nearer subject, after a comma, is the speaker."""
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    if len(subjects) < 2 or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in cue.children):
        return None
    speaker = subjects[-1]
    comma = speaker.left_edge.i - 1
    if comma <= subjects[0].i or doc[comma].text != ",":
        return None
    lefts = [c.left_edge.i for c in cue.lefts if c.i != speaker.i and not c.is_punct]
    return contiguous_trimmed(doc, list(doc[min(lefts) : comma]))


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
    prep = phrasal_prep(cue)
    if prep is not None:
        tokens = [t for c in prep.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree]
        if prep.dep_ == "mark":  # "called for the president to resign", parsed as an adverbial clause
            tokens = [t for t in prep.head.subtree if t.i != prep.i]
        tokens += [t for c in cue.rights if c.i > prep.i and c.dep_ in {"xcomp", "ccomp"} for t in c.subtree]
        return _object_span(doc, tokens), doc[cue_span.start : max(cue_span.end, prep.i + 1)]
    objects = [c for c in cue.rights if c.dep_ in {"dobj", "oprd"}]
    if not objects:
        return None, cue_span
    labelled = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in cue.rights) or any(
        c.dep_ == "prep" and c.lower_ == "as" for c in objects[0].children)  # "identified [the man as X]"
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
