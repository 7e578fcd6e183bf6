"""Who can be a source: a person, an organisation, a group, a document or account, or a noun that can speak.

The attribution component takes the subject of any cue verb for its speaker, so "conflicting explanations
emerged", "the information available suggests" or "preliminary information showed" give a column to an abstract
noun. A speaker counts when the parse or the tagger names someone (a proper name, a person, an organisation, a
nationality or country), when its key says it is a person, a relative, a witness or unnamed officials, or when its
head noun is one data/kinds.toml lists as able to speak. Otherwise its words go to the voice around it: when the
mention lies inside another speaker's words ("Rosaviatsia said preliminary information showed ..."), they are
already that speaker's and the statement goes; so does a statement whose mention is a passive cue's agent ("claims
that X caused it are not supported by the information available"), whose content the sentence only weighs; else its
sentence becomes the document's own voice. A common noun that spells a name the case gives a speaker ("white
helmet", as machine translation writes the White Helmets) still speaks.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from reconcile.model import Statement, short_hash
from reconcile.nlp.certainty import certainty_of, polarity_of
from reconcile.nlp.spans import entities, sentence_of
from reconcile.resources import lexicon, word_set
from reconcile.sources.names import same_org

NAMED_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
"""Entity labels that name someone who can speak ("Russia said", "Kurds said")."""
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT", "LAW", "LANGUAGE"}
"""Entity labels of capitalised words that name no speaker: a date, a number, a weapon's or a law's name."""
OUTSIDE_NAME = {"prep", "pobj", "relcl", "acl", "advcl", "ccomp", "xcomp", "agent"}
"""Dependencies that leave the speaker's name for a phrase about it ("information from X", "a claim that X")."""
SPEAKING_KEYS = ("person:", "family:", "witness:", "anon:", "pronoun:", "channel:", "group:", "unknown:")
"""Keys that say the attribution component found a person or a reference to a speaker named before."""


def can_speak(span: Span, key: str) -> bool:
    """The speaker mention names someone who can say something: a name, a person, a body, a document."""
    if key.startswith(SPEAKING_KEYS):
        return True
    head = span.root
    if head.pos_ == "NUM":  # "One of them", "two of the witnesses": the people the numeral counts
        counted = [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return bool(counted) and can_speak(span.doc[counted[0].i : counted[0].i + 1], key)
    if head.pos_ == "PRON":
        return True  # "it", "which": the attribution component resolved it to someone named before
    names = entities(span)  # Span.ents rebuilds every entity of the Doc
    if any(e.label_ in NAMED_ENTITIES and len(e.text.strip()) > 1 and _names_head(e.root, head) for e in names):
        return True
    # a name, whatever the tagger made of it: "Railways said"
    if head.pos_ == "PROPN" or head.pos_ in {"NOUN", "ADJ", "VERB", "X"} and head.text[:1].isupper():
        return len(head.text) > 1 and head.ent_type_ not in NOT_NAMES  # "Q:" opens an interview's question
    lemma, lower = head.lemma_.lower(), head.lower_
    return bool({lemma, lower} & _speaking_nouns()) or lower.endswith(_speaking_endings())


def _names_head(name: Token, head: Token) -> bool:
    """The name is the speaker or qualifies it ("the Kremlin spokesman", "Russia's envoy"), not a name inside a
    modifier of an abstract noun: "Preliminary information from the Construction Supervision Department" is the
    information, which cannot speak."""
    while name != head:
        if name.dep_ in OUTSIDE_NAME or name.head == name:
            return False
        name = name.head
    return True


def speaking(statements: Iterable[Statement], docs: Mapping[str, Doc], *, enclosing: bool = True) -> list[Statement]:
    """The statements without speakers that cannot speak: dropped where another speaker's words contain the
    mention (when `enclosing`), else their sentence given to the document's own voice. A statement whose document
    has no own voice is kept."""
    statements = list(statements)
    by_document: dict[str, list[Statement]] = {}
    for st in statements:
        by_document.setdefault(st.document_id, []).append(st)
    rejected = {st.id for st in statements if not _speaks(st, docs)}
    named = {st.speaker_key[4:] for st in statements if st.id not in rejected and st.speaker_key.startswith("org:")}
    rejected -= {st.id for st in statements if st.id in rejected and st.speaker_key.startswith("org:")
                 and any(same_org(st.speaker_key[4:], other) for other in named)}  # "white helmet", as named
    if not rejected:
        return statements
    out = []
    for st in statements:
        if st.id not in rejected:
            out.append(st)
            continue
        around = by_document[st.document_id]
        if enclosing and _enclosing(st, around, rejected) is not None:
            continue  # its words are already the enclosing speaker's
        if _agent(st, docs[st.document_id]):
            continue  # "claims that X caused it are not supported by the information": the sentence rejects X
        voice = _own_voice(around)
        out.append(_as_narration(st, voice, docs[st.document_id]) if voice is not None else st)
    return out


def _speaks(st: Statement, docs: Mapping[str, Doc]) -> bool:
    if st.speaker_start is None or st.speaker_end is None or st.document_id not in docs:
        return True  # the document's own voice
    span = docs[st.document_id].char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
    return span is None or can_speak(span, st.speaker_key)


def _enclosing(st: Statement, around: Sequence[Statement], rejected: set[str]) -> Statement | None:
    """The innermost statement of another speaker whose words hold the rejected speaker's mention."""
    start, end = st.speaker_start or st.start, st.speaker_end or st.end
    holding = [o for o in around if o.id not in rejected and o.id != st.id and o.speaker_start is not None
               and not o.speaker_key.startswith("unknown:") and o.start <= start and end <= o.end]
    return min(holding, key=lambda o: o.end - o.start) if holding else None


def _own_voice(around: Sequence[Statement]) -> Statement | None:
    return next((o for o in around if o.speaker_start is None), None)


def _agent(st: Statement, doc: Doc) -> bool:
    """The rejected mention is the agent of a passive cue ("are not supported by the information available"): the
    content is what the sentence weighs, not what its voice says."""
    if st.speaker_start is None or st.speaker_end is None:
        return False
    span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
    head = span.root if span is not None else None
    return head is not None and head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent"


def _as_narration(st: Statement, voice: Statement, doc: Doc) -> Statement:
    """The whole sentence in the document's own voice, as if nobody had been quoted in it: "Claims that X caused
    it are not supported by the information available" is the issuer rejecting X, not X."""
    span = doc.char_span(st.start, st.end, alignment_mode="expand")
    sent = sentence_of(span[0]) if span is not None and len(span) else None
    if sent is None:
        return replace(st, speaker=voice.speaker, speaker_key=voice.speaker_key, kind=voice.kind,
                       kind_evidence=voice.kind_evidence, via=voice.via, speaker_start=None, speaker_end=None)
    text = doc.text[sent.start_char : sent.end_char]
    start = sent.start_char + len(text) - len(text.lstrip())
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return replace(st, id=short_hash(st.document_id, start, end, voice.speaker_key), start=start, end=end,
                   text=doc.text[start:end], speaker=voice.speaker, speaker_key=voice.speaker_key,
                   quote=voice.quote, cue=None, cue_start=None, cue_end=None, speaker_start=None, speaker_end=None,
                   certainty=certainty_of(sent, None), polarity=polarity_of(sent, None), via=voice.via,
                   kind=voice.kind, kind_evidence=voice.kind_evidence)


@functools.cache
def _speaking_nouns() -> frozenset[str]:
    kinds = lexicon("kinds")
    words: set[str] = {w for listed in kinds["words"].values() for w in listed if " " not in w}
    words |= set(kinds["roles"]["person"]) | set(kinds["anonymous"]["heads"]) | set(kinds["speakers"]["nouns"])
    words |= word_set("cues", "verbs", "channel_nouns") | word_set("cues", "evidence", "nouns")
    return frozenset(w.lower() for w in words)


@functools.cache
def _speaking_endings() -> tuple[str, ...]:
    return tuple(lexicon("kinds")["speakers"]["endings"])


def rejected_speakers(statements: Iterable[Statement], docs: Mapping[str, Doc]) -> Iterator[Statement]:
    """The statements whose speaker cannot speak, for reports and tests."""
    return (st for st in statements if not _speaks(st, docs))
