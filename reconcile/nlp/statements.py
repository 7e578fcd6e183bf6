"""From annotated Docs to plain Statements: every attribution span, plus the document's own voice.

A sentence in which nobody is quoted belongs to the document's speaker: the tweet's author, or the outlet that
published the report (as narration). So does a sentence whose only view is the document's own ("we believe ...",
"the talks seem close to collapse"), hedged by its cue. Nothing is dropped: every sentence ends up with someone
who said it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import PurePath

from spacy.tokens import Doc, Span

from reconcile.ingest.header import next_title
from reconcile.ingest.header_layout import Line, header_lines
from reconcile.ingest.header_words import has_organisation_word
from reconcile.ingest.letterheads import NAME_UNDER_LABEL
from reconcile.model import Document, Inferred, QuoteKind, SourceKind, Statement, short_hash
from reconcile.nlp.certainty import certainty_of, polarity_of
from reconcile.nlp.extensions import OWN_VOICE_KEY, SPAN_KEY
from reconcile.nlp.spans import sentence_of
from reconcile.nlp.speakers import source_kind, text_key
from reconcile.resources import word_set

LETTERHEAD_SHARE = 0.6
"""An organisation fills most of its letterhead line; a shorter one is a mention inside a heading."""


def attribute(documents: Iterable[Document], docs: Iterable[Doc]) -> Iterator[Statement]:
    """Every statement of every document, in document order."""
    for document, doc in zip(documents, docs, strict=True):
        yield from _statements(document, doc)


def _statements(document: Document, doc: Doc) -> Iterator[Statement]:
    every = list(doc.spans[SPAN_KEY])
    own = [s._.speaker_key == OWN_VOICE_KEY for s in every]  # each `._` read costs a lookup: read once
    spans = [s for s, is_own in zip(every, own, strict=True) if not is_own]
    hedged = {sentence_of(s[0]).start: s for s, is_own in zip(every, own, strict=True) if is_own}
    owner = _owner(document)
    issued = _issued(document, owner[2])
    body = header[-1].end if issued and (header := header_lines(document.text)) else 0
    cues = [s._.cue for s in spans]
    for span, cue in zip(spans, cues, strict=True):
        yield _reported(document, span, cue, owner, own_evidence=bool(document.speaker) or issued)
    covered = [(s.start, s.end) for s in spans] + [(c.start, c.end) for c in cues if c is not None]
    for sent in doc.sents:
        sent_start, sent_end = sent.start, sent.end
        if any(start < sent_end and sent_start < end for start, end in covered):
            continue
        text = sent.text.strip()
        if len(text) < 3 or not any(t.is_alpha for t in sent):
            continue
        yield _own_voice(document, sent, owner, hedged.get(sent.start), issued=issued and sent.start_char >= body)


def name_issuers(documents: Iterable[Document], docs: Iterable[Doc]) -> list[Document]:
    """Each document with its issuer read by NER where no header shape named one: a short header line that is
    one organisation ("Médecins Sans Frontières" above the title) becomes the publisher, with its span and rule."""
    named = []
    for document, doc in zip(documents, docs, strict=True):
        document = _without_headline_issuer(document, doc)
        if document.speaker or document.publisher or document.author:
            named.append(document)
        elif issuer := _letterhead_entity(document, doc):
            named.append(replace(document, publisher=issuer.value, inferred=document.inferred + (issuer,)))
        else:
            named.append(_letterhead_over_title(document, doc))
    return named


def _without_headline_issuer(document: Document, doc: Doc) -> Document:
    """"PRESS RELEASE" over "City Council Approves Flood Relief Fund": a title-case line under a label is a name only
    when it has no verb; a headline's verb says what happened, so it issues nothing."""
    issuer = next((i for i in document.inferred if i.field == "publisher"), None)
    if issuer is None or issuer.rule != NAME_UNDER_LABEL:
        return document
    span = doc.char_span(issuer.start, issuer.end, alignment_mode="expand")
    if span is None or not any(t.pos_ in {"VERB", "AUX"} for t in span):
        return document
    kept = tuple(i for i in document.inferred if i is not issuer)
    if document.title is not None:
        return replace(document, publisher=None, inferred=kept)
    headline = Inferred("title", issuer.value, issuer.start, issuer.end, "headline with a verb under a label")
    return replace(document, publisher=None, title=issuer.value, inferred=kept + (headline,))


def _letterhead_over_title(document: Document, doc: Doc) -> Document:
    """"Information Base of the Police of Greater Tehran" above "Explanation of the police about ...": a first
    line without a verb that holds an organisation's head word, with a headline under it, is the issuer's name
    (a headline says what happened, so it has a verb; a letterhead is a name)."""
    title = next((i for i in document.inferred if i.field == "title"), None)
    lines = header_lines(document.text)
    if title is None or not lines or title.start != lines[0].start or not has_organisation_word(title.value):
        return document
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return document
    headline = next_title(document.text, title.end)
    if headline is None and not _labelled(lines[1:2]):
        return document
    issuer = Inferred("publisher", title.value, title.start, title.end, "letterhead: a name without a verb")
    inferred = tuple(i for i in document.inferred if i is not title) + (issuer,) + ((headline,) if headline else ())
    return replace(document, publisher=issuer.value, title=headline.value if headline else None, inferred=inferred)


def _labelled(lines: list[Line]) -> bool:
    """"Ministry of Health - Gaza" over "Press statement, 18 October 2023": the line under a name says what kind of
    document it issued, so the name is the issuer's, not a headline."""
    first = lines[0].text.strip().lower() if lines else ""
    return bool(first) and any(first.startswith(label) for label in word_set("headers", "labels"))


def _letterhead_entity(document: Document, doc: Doc) -> Inferred | None:
    title = next((i for i in document.inferred if i.field == "title"), None)
    for line in header_lines(document.text):
        if title is not None and title.start == line.start:
            continue  # a headline names what happened, not who issued it ("... on al Qaeda leader")
        for ent in doc.ents:
            name = ent.text.strip()  # the NER takes the line break after a one-line entity along
            inside = line.start <= ent.start_char and ent.start_char + len(name) <= line.end
            if inside and ent.label_ == "ORG" and len(name) >= LETTERHEAD_SHARE * len(line.text):
                end = ent.start_char + len(name)
                return Inferred("publisher", name, ent.start_char, end, "letterhead organisation (NER)")
    return None


def own_voice(document: Document) -> tuple[str, bool]:
    """Who speaks in the document's own voice, and whether that voice is the issuer's own statement (a ministry's
    press release) rather than narration (an outlet's report)."""
    owner = _owner(document)
    return owner[0], _issued(document, owner[2])


def _owner(document: Document) -> tuple[str, str, SourceKind, str]:
    """Who speaks in the document's own voice: its speaker (a tweet's author), else its issuer (the publisher read
    from a letterhead, a label or a wire dateline), else its author; "unattributed (FILE)" when nothing says."""
    unattributed = f"unattributed ({PurePath(document.path.split('#')[0]).name})"
    name = document.speaker or document.publisher or document.author or unattributed
    kind, evidence = source_kind(name)
    if document.speaker is None and kind is SourceKind.OTHER and not _self_issued(document):
        kind, evidence = SourceKind.MEDIA, "publisher"
    return name, text_key(name), kind, evidence


def _reported(
    document: Document,
    span: Span,
    cue: Span | None,
    owner: tuple[str, str, SourceKind, str],
    *,
    own_evidence: bool = False,
) -> Statement:
    """A statement found by the attribution component; with `own_evidence` (a tweet, an issuer's statement), one
    whose source is unowned evidence ("Preliminary information shows that ...", "An analysis of our radar data
    indicates ...") is the document's speaker citing its own evidence."""
    source = span._.source_span
    via = span._.via
    speaker, speaker_key, kind = span._.speaker, span._.speaker_key, SourceKind(span._.speaker_kind)
    kind_evidence = span._.kind_evidence
    if own_evidence and _unowned_evidence(source):
        speaker, speaker_key, kind, kind_evidence = owner
    if via is None and document.speaker is None and speaker_key != owner[1]:
        via = owner[1]  # a report quoting someone: the claim reached us through the outlet
    return Statement(
        id=short_hash(document.id, span.start_char, span.end_char, speaker_key),
        document_id=document.id,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        speaker=speaker,
        speaker_key=speaker_key,
        quote=QuoteKind(span._.quote_kind),
        cue=cue.text if cue is not None else None,
        cue_start=cue.start_char if cue is not None else None,
        cue_end=cue.end_char if cue is not None else None,
        speaker_start=source.start_char if source is not None else None,
        speaker_end=source.end_char if source is not None else None,
        certainty=certainty_of(span, cue),
        polarity=polarity_of(span, cue),
        via=via,
        kind=kind,
        kind_evidence=kind_evidence,
    )


def _unowned_evidence(source: Span | None) -> bool:
    """A document or finding as the subject, with no body named as its owner ("the ministry's analysis", "a report
    by the coroner" have one)."""
    if source is None or source.root.lemma_.lower() not in word_set("cues", "evidence", "nouns"):
        return False
    return not any(t.dep_ == "poss" or t.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} for t in source)


def _own_voice(
    document: Document,
    sent: Span,
    owner: tuple[str, str, SourceKind, str],
    view: Span | None = None,
    *,
    issued: bool = False,
) -> Statement:
    """The whole sentence as the document's own statement; `view` is a hedged view inside it ("we believe", "the
    talks seem close to collapse"), whose cue sets the certainty; `issued` when it is a sentence of an issuer's
    statement below its header, which the issuer says rather than narrates."""
    name, key, kind, evidence = owner
    start, end = _trimmed(sent, document.text)
    content = sent.doc.char_span(start, end, alignment_mode="expand") or sent
    cue = view._.cue if view is not None else None
    return Statement(
        id=short_hash(document.id, start, end, key),
        document_id=document.id,
        start=start,
        end=end,
        text=document.text[start:end],
        speaker=name,
        speaker_key=key,
        quote=QuoteKind.DIRECT if document.speaker or issued else QuoteKind.NARRATION,
        cue=cue.text if cue is not None else None,
        cue_start=cue.start_char if cue is not None else None,
        cue_end=cue.end_char if cue is not None else None,
        certainty=certainty_of(content, cue),
        polarity=polarity_of(content, cue),
        kind=kind,
        kind_evidence=evidence,
    )


ISSUING_KINDS = frozenset({SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.NGO, SourceKind.COMPANY,
                           SourceKind.ARMED_GROUP})
"""Kinds of issuer whose own text is their statement: a ministry's press statement speaks for the ministry, while
an outlet's report narrates."""


def _issued(document: Document, kind: SourceKind) -> bool:
    """A document whose own voice is its issuer's statement: the publisher read from its header is a body that
    speaks for itself ("Ministry of Health", "Electoral Commission"), not a news outlet or a byline's reporter."""
    return document.speaker is None and document.publisher is not None and (
        kind in ISSUING_KINDS or (kind is not SourceKind.MEDIA and _self_issued(document)))


NARRATING_RULES = ("dateline agency", "byline outlet", "agency credit", "told in an interview", "site name",
                  "outlet line", "outlet credit")
"""Header rules that find who published a report about others (a wire agency, an outlet); every other rule that
names a publisher finds a body issuing its own statement ("Statement from the family of ...", a letterhead)."""


def _self_issued(document: Document) -> bool:
    """The publisher was read from a shape that says the document is its own statement, not from a credit line."""
    rule = next((i.rule for i in document.inferred if i.field == "publisher"), None)
    return rule is not None and not rule.startswith(NARRATING_RULES)


def _trimmed(sent: Span, text: str) -> tuple[int, int]:
    """The sentence without surrounding white space, in the document's text (a str: Doc.text rebuilds itself)."""
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
