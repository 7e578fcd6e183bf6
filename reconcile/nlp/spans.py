"""What the attribution passes share: the Found record, the parse labels they look for, and span helpers."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reconcile.model import QuoteKind
from reconcile.resources import word_set

SUBJECT_DEPS = {"nsubj", "csubj"}
COMPLEMENT_DEPS = {"ccomp", "xcomp", "parataxis"}
SPEAKER_PREPS = {"within", "among", "by", "from", "of", "at", "inside", "in"}
MIN_CONTENT_TOKENS = 2
MIN_QUOTE_WORDS = 3
MAX_HEADLINE_SOURCE = 6
MAX_SPEAKER_WORDS = 12
REFUSALS = {"decline", "refuse"}
OBJECT_PREPS = {"for", "of", "as", "over"}
CUE_HELPER_DEPS = {"aux", "auxpass", "neg", "advmod"}
CLAUSE_HEAD_DEPS = {"ROOT", "conj", "ccomp", "parataxis", "relcl", "xcomp"}


@dataclass
class Found:
    content: Span
    cue: Span | None
    source: Span | None
    quote: QuoteKind
    proposition: bool = True
    """False for an act or a state of mind rather than a clause: "reported a leak", "was confident that"."""
    own_voice: bool = False
    """A view the text holds without naming whose it is ("the plan seems to have failed", "he is believed to have
    fled"): the document's own voice, hedged by its cue."""


def noun_phrase(head: Token) -> Span:
    doc = head.doc
    return doc[head.left_edge.i : head.right_edge.i + 1]


def cue_span(cue: Token) -> Span:
    """The cue verb with its particle, the auxiliaries, negation and adverbs just before it ("has also said") and
    the channel just after it ("said in a statement")."""
    doc = cue.doc
    particles = [c for c in cue.children if c.dep_ == "prt"]
    end = max([cue.i] + [p.i for p in particles]) + 1
    start = cue.i
    helpers = {c.i for c in cue.lefts if c.dep_ in CUE_HELPER_DEPS and not (c.dep_ == "advmod" and c.pos_ != "ADV")}
    while start - 1 in helpers:
        start -= 1
    for prep in (c for c in cue.rights if c.i == end and c.dep_ == "prep"):  # "said in a statement"
        if (channel := channel_of(prep)) is not None:
            end = channel.i + 1
    return doc[start:end]


def channel_of(prep: Token) -> Token | None:
    """The channel a preposition names, "statement" in "in a statement" or "Facebook" in "on Facebook"; None when
    its object is no channel of data/cues.toml."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.dep_ != "prep" or prep.lower_ not in word_set("cues", "phrases", "channel_preps") or not objects:
        return None
    return objects[0] if objects[0].lemma_.lower() in word_set("cues", "phrases", "channel_objects") else None


def that_clauses(head: Token, deps: set[str]) -> list[Token]:
    """The clauses of `head` with these labels that open with "that": "a belief that ...", "realised that ..."."""
    return [
        c for c in head.children if c.dep_ in deps and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def clause_words(clause: Token) -> list[Token]:
    """A clause's words without the "that" that opens it: what was said, not the word introducing it."""
    return [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause and t.lower_ == "that")]


def contiguous_trimmed(doc: Doc, tokens: list[Token], min_words: int = MIN_CONTENT_TOKENS) -> Span | None:
    if not tokens:
        return None
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in {"and", "but", "that"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    words = [t for t in doc[start:end] if not t.is_punct]
    if len(words) < min_words:
        return None
    return doc[start:end]


def token_region(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    end_token = span.end
    while end_token > span.start and doc[end_token - 1].text in {",", ";", ":"}:
        end_token -= 1  # '"..., he said': the comma before the cue is punctuation, not what was said
    return doc[span.start : end_token] if end_token > span.start else None


def _entity_bounds(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of every entity of the Doc, in order, read once per Doc."""
    bounds = doc.user_data.get("reconcile_ents")
    if bounds is None:
        bounds = [(e.start, e.end, e.label_) for e in doc.ents]
        doc.user_data["reconcile_ents"] = bounds
    return bounds


def entities(span: Span) -> list[Span]:
    """The named entities inside `span`, from bounds read once per Doc (Doc.ents and Span.ents rebuild every
    entity on each call, which made them the costliest calls of a run). The bounds are plain numbers, so the Doc
    still pickles for `n_process`."""
    doc = span.doc
    bounds = _entity_bounds(doc)
    first, stop = span.start, span.end
    at = bisect.bisect_left(bounds, (first,))  # Doc.ents come sorted and never overlap
    found = []
    for s, e, label in bounds[at:]:
        if s >= stop:
            break
        if e <= stop:
            found.append(Span(doc, s, e, label=label))
    return found


def entity_at(token: Token) -> Span | None:
    """The named entity holding `token`, or None, from the bounds `entities` reads once per Doc (a scan of Doc.ents
    per token rebuilt every entity)."""
    doc = token.doc
    bounds = _entity_bounds(doc)
    at = bisect.bisect_right(bounds, (token.i, len(doc) + 1)) - 1  # the last entity starting at or before it
    if at >= 0 and bounds[at][0] <= token.i < bounds[at][1]:
        start, end, label = bounds[at]
        return Span(doc, start, end, label=label)
    return None


def sentence_of(token: Token) -> Span:
    """The sentence holding `token`, from sentence bounds read once per Doc (Token.sent scans the Doc)."""
    doc = token.doc
    start, end = sentence_bounds(doc, token.i)
    return doc[start:end]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The start and end of the sentence holding word `i`, without making its Span (callers that need only where
    it starts, per word, are many)."""
    starts = doc.user_data.get("reconcile_sent_starts")
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data["reconcile_sent_starts"] = starts
    at = bisect.bisect_right(starts, i) - 1
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(doc)


def proper_name(head: Token) -> Span:
    """The proper name a noun phrase's head ends, without its appositives: "Marina S." in "Marina S., 29, a
    teacher"."""
    doc, start = head.doc, head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in {head.ent_type_, "", "PERSON"}:
        start -= 1  # the parse may cut a name at a paragraph's start ("Mukesh" as a root), or tag its last word a
        # place ("Rocío Huanca Apaza"): its words still run on
    return doc[start : head.i + 1]


def person_introduced_before(span: Span) -> Span | None:
    """The last person who is the subject of a sentence in the paragraph before `span` or in its own paragraph
    before it: "Mukesh Paswan, 34, was travelling to Chennai." introduces the speaker of the quotes that follow."""
    doc = span.doc
    starts = index_paragraphs(doc)
    paragraph = paragraph_index(doc, span.start_char)
    window = doc.char_span(starts[paragraph - 2] if paragraph >= 2 else 0, span.start_char, alignment_mode="contract")
    if window is None:
        return None
    people = [t for t in window if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and (
        t.ent_type_ == "PERSON" or not t.ent_type_ and any(c.dep_ == "appos" for c in t.children))]  # "X, 34, a driver"
    return proper_name(people[-1]) if people else None


def paragraph_index(doc: Doc, char: int) -> int:
    return bisect.bisect_left(index_paragraphs(doc), char)


def index_paragraphs(doc: Doc, text: str | None = None) -> list[int]:
    """Where each paragraph break (a blank line) of the Doc's `text` starts, found once per Doc (Doc.text joins
    every token: pass it when you have it)."""
    starts = doc.user_data.get("reconcile_paragraph_starts")
    if starts is None:
        text = doc.text if text is None else text
        starts = []
        at = text.find("\n\n")
        while at != -1:
            starts.append(at)
            at = text.find("\n\n", at + 1)
        doc.user_data["reconcile_paragraph_starts"] = starts
    return starts


def widen_to_quotes(span: Span, regions: list[Span]) -> Span:
    """The span grown to whole quotes it touches, so a statement never cuts a quote in two."""
    start, end = span.start, span.end
    for region in regions:
        if region.start < end and start < region.end:
            start, end = min(start, region.start), max(end, region.end)
    return span.doc[start:end]
