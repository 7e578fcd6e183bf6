"""Statements framed by something other than a cue verb's clause or object: "according to X", a fronted survey or
statement ("In a new survey, ..."), a headline ("Graham: ..."), a belief noun or adjective ("a growing belief within
the Pentagon that", "were confident that"), and a view with no holder ("seems", "is believed to")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from reconcile.model import QuoteKind
from reconcile.nlp.cues import animate, capitalised_aux, is_cue, set_off, speaker_of, speaker_phrase
from reconcile.nlp.spans import (
    MAX_HEADLINE_SOURCE,
    SPEAKER_PREPS,
    SUBJECT_DEPS,
    Found,
    clause_words,
    contiguous_trimmed,
    cue_span,
    noun_phrase,
    sentence_of,
    that_clauses,
    widen_to_quotes,
)
from reconcile.resources import word_set


def impersonal(token: Token) -> Found | None:
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
        reduced = token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"} or (
            set_off(token))
        if not (reduced or any(c.dep_ == "auxpass" for c in token.children)) or capitalised_aux(token) is not None:
            return None  # "The fourth victim, believed to be a farm worker,": a reduced relative is passive too
    complements = [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "acomp", "oprd"}]
    if not complements or any(c.dep_ == "agent" for c in (*token.children, *complements[-1].children)):
        return None  # "was thought (to be safe) by the engineers": the engineers hold the view
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"it", "there"}]
    parts = [*subjects, complements[-1]]
    tokens = [t for part in parts for t in part.subtree if t.i != token.i]
    if token.dep_ == "acl":  # the noun the participle hangs on is what the view is about
        tokens += list(token.doc[token.head.left_edge.i : token.head.i + 1])
    content = contiguous_trimmed(token.doc, list(token.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]))
    if content is None:
        return None
    return Found(content, cue_span(token), None, QuoteKind.INDIRECT, own_voice=True)


def stated_figure(verb: Token) -> Found | None:
    """"Police put the toll at 116 late on Tuesday", "the ministry gave a figure of 471 dead", "it revised it down to
    275": a speaker sets a figure; the content runs from the figure noun to the end of the verb's phrase."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("cues", "figures", "verbs"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and (
        c.lemma_.lower() in word_set("cues", "figures", "nouns") or c.lower_ == "it")]
    if not objects:
        return None
    own = {t.i for c in verb.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    preps = [p for p in verb.subtree if p.dep_ == "prep" and p.i > objects[0].i and p.i not in own
             and p.lower_ in word_set("cues", "figures", "preps") and any(_figure(t) for t in p.subtree)]
    speaker = speaker_of(verb)
    if not preps or speaker is None or not _can_state(speaker):
        return None
    end = max([t.right_edge.i for t in verb.rights if t.dep_ not in {"conj", "cc", "punct"}] + [preps[0].right_edge.i])
    content = contiguous_trimmed(verb.doc, list(verb.doc[objects[0].left_edge.i : end + 1]))
    if content is None:
        return None
    return Found(content, cue_span(verb), speaker, QuoteKind.INDIRECT, proposition=False)


def _figure(token: Token) -> bool:
    """A number, in words or digits, or a time or date with digits: "put it at about 11:20 p.m."."""
    return token.like_num or any(ch.isdigit() for ch in token.text)


def _can_state(speaker: Span) -> bool:
    """Who sets a figure is whoever the subject is (a person, a body, a document: "the assessment put the toll at
    ..."); an event rarely does in news ("the flood left 4,000 homeless"), so only a date or a bare number is out."""
    head = speaker.root
    if head.pos_ == "PRON":
        return head.lower_ in {"he", "she", "they", "we", "i", "it", "who"}
    return head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}


def according_to(token: Token, in_quote: set[int]) -> Found | None:
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


def fronted(prep: Token) -> Found | None:
    """A clause opened by where it was said: "In a new survey, 40 percent of voters chose the mayor" (the survey is
    the source), "In a statement, the ministry put the toll at 14" (the subject is, and the channel is the cue)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    head = prep.head
    if not objects or prep.i > head.i or head.pos_ not in {"VERB", "AUX"} or is_cue(head):
        return None  # "In a report, the agency said ...": the verb is the cue
    noun, own = objects[0].lemma_.lower(), {t.i for t in prep.subtree}
    if noun in word_set("cues", "evidence", "nouns"):
        content = contiguous_trimmed(prep.doc, [t for t in head.subtree if t.i not in own])
        cue, speaker = prep.doc[prep.i : prep.i + 1], noun_phrase(objects[0])
    elif noun in word_set("cues", "phrases", "channel_objects"):
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i > prep.i]
        if not subjects:
            return None
        own |= {t.i for t in subjects[0].subtree}
        content = contiguous_trimmed(prep.doc, [t for t in head.subtree if t.i not in own and t.i > subjects[0].i])
        cue, speaker = prep.doc[prep.i : objects[0].i + 1], speaker_phrase(subjects[0])
    else:
        return None
    return None if content is None else Found(content, cue, speaker, QuoteKind.INDIRECT)


def headline(colon: Token, regions: list[Span]) -> Found | None:
    """"Graham: Trump's rhetoric is hurting the party", "Poll: Trump trails in Florida": a name, a colon, a claim."""
    doc = colon.doc
    source = doc[sentence_of(colon).start : colon.i]
    if not 1 <= len(source) <= MAX_HEADLINE_SOURCE or any(t.pos_ in {"VERB", "AUX", "PUNCT", "PRON"} for t in source):
        return None
    label = source.text.strip().lower()
    if label in word_set("cues", "headlines", "labels"):
        return None  # "URGENT: 750 people in distress": a label of the post, not who speaks
    if label in word_set("cues", "interview", "questions") | word_set("cues", "interview", "answers"):
        return None  # "Q: Where were you?": an interview's opener, whose speaker the layout tells (interview.py)
    heads = [t for t in source if t.pos_ in {"PROPN", "NOUN"}]
    if not heads or not source[0].text[:1].isupper() or heads[-1].ent_type_ in {"GPE", "LOC", "DATE", "TIME"}:
        return None
    if heads[-1].pos_ != "PROPN" and heads[-1].lemma_.lower() not in word_set("cues", "headlines", "sources"):
        return None  # "Update: ...", "Note: ...": a label, not a speaker
    # A name that opens its line speaks to the line's end: a transcript's turn ("Karimi: At my stall. It was about
    # 11.") or a headline, which is one line. Inside a line ("... said. Graham: it hurts.") one sentence.
    turn = source.start == 0 or "\n" in doc[source.start - 1].text or "\n" in doc[source.start - 1].whitespace_
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text and not (
            end > colon.i + 1 and doc[end].is_sent_start and not turn):
        end += 1
    content = contiguous_trimmed(doc, list(doc[colon.i + 1 : end]))
    if content is None:
        return None
    return Found(widen_to_quotes(content, regions), doc[colon.i : colon.i + 1], source, QuoteKind.INDIRECT)


def nominal_cue(token: Token, in_quote: set[int]) -> Found | None:
    """"a growing belief within the Pentagon that ...", "the ministry's statement that ...", "a police account that
    ...", and with a light verb
    "the mayor expressed alarm that ...", "the union made the case that ..."."""
    clauses = that_clauses(token, {"acl", "ccomp", "relcl"})  # relcl: "that" a mark, not "the account that he gave"
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
    if speaker is None:  # "a police account that ...", "the army statement that ...": the body before the noun
        bodies = [c for c in token.lefts if c.dep_ in {"compound", "nmod"} and animate(c)]
        speaker = noun_phrase(bodies[-1]) if bodies else None
    verb = token.head
    if speaker is None and token.dep_ == "dobj" and verb.lemma_.lower() in word_set("cues", "verbs", "light"):
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not share the view that"
        speaker, cue = speaker_of(verb), doc[cue_span(verb).start : token.i + 1]
    if speaker is None:
        return None
    content = contiguous_trimmed(doc, clause_words(clauses[0]))
    if content is None:
        return None
    return Found(content, cue, speaker, QuoteKind.INDIRECT)


def adjective_cue(token: Token) -> Found | None:
    """"Officials were confident that the dam would hold": a belief adjective with its clause."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    copula = token.head
    if token.dep_ != "acomp" or not clauses or copula.pos_ not in {"AUX", "VERB"}:
        return None
    speaker = speaker_of(copula)
    content = contiguous_trimmed(token.doc, clause_words(clauses[0]))
    if speaker is None or content is None:
        return None
    cue = token.doc[cue_span(copula).start : token.i + 1]
    return Found(content, cue, speaker, QuoteKind.INDIRECT, proposition=False)
