"""The attribution component: who said what, as spans on the Doc.

Each span in `doc.spans["attributions"]` is the CONTENT of one statement; its `._.cue` and `._.source_span` give
the cue words and the speaker as written, `._.speaker*` the resolved source. Found in three passes over the parse:
direct quotes with their cue, reported speech from cue verbs ("X said that", "according to X", "X's belief
that"), and quotes with no cue, which continue the speaker of their paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from reconcile.model import QuoteKind, SourceKind
from reconcile.nlp import speakers
from reconcile.nlp.extensions import SPAN_KEY
from reconcile.nlp.quotes import quote_regions
from reconcile.resources import word_set

SUBJECT_DEPS = {"nsubj", "csubj"}
COMPLEMENT_DEPS = {"ccomp", "xcomp", "parataxis"}
SPEAKER_PREPS = {"within", "among", "by", "from", "of", "at", "inside", "in"}
MIN_CONTENT_TOKENS = 3
MIN_QUOTE_WORDS = 3
REFUSALS = {"decline", "refuse"}


@dataclass
class Found:
    content: Span
    cue: Span | None
    source: Span | None
    quote: QuoteKind


@Language.factory(
    "reconcile_attribution",
    default_config={},
    requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc.spans"],
)
def make_attribution_finder(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()


class AttributionFinder:
    """Finds statements and their speakers; see the module docstring for the passes."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Found]:
        regions = [_token_region(doc, s, e) for s, e in quote_regions(doc.text)]
        regions = [r for r in regions if r is not None]
        doc._.quote_regions = [(r.start_char, r.end_char) for r in regions]
        in_quote = {t.i for r in regions for t in r}
        found: list[Found] = []
        used_cues: set[int] = set()
        for region in regions:
            hit = _direct_quote(region, in_quote)
            if hit is not None:
                found.append(hit)
                if hit.cue is not None:
                    used_cues.add(hit.cue.start)
        for token in doc:
            if token.i in in_quote or token.i in used_cues:
                continue
            hit = _reported_speech(token, in_quote, regions)
            if hit is not None:
                found.append(hit)
        covered = [(f.content.start, f.content.end) for f in found]
        for region in regions:
            if not any(s <= region.start < e or region.start <= s < region.end for s, e in covered):
                if _is_free_standing(region):
                    found.append(Found(region, None, None, QuoteKind.DIRECT))
        unique = {(f.content.start, f.content.end, f.cue.start if f.cue else -1): f for f in found}
        return sorted(unique.values(), key=lambda f: (f.content.start, f.content.end))

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        spans: list[Span] = []
        earlier: list[speakers.Mention] = []
        paragraph_speaker: dict[int, speakers.Mention] = {}
        doc._.alias_pairs = _alias_pairs(doc)
        last_by_paragraph: dict[int, Found] = {}
        for item in found:
            span = Span(doc, item.content.start, item.content.end, label=item.quote.value)
            paragraph = _paragraph_index(doc, span.start_char)
            mention = _mention_for(item, earlier, paragraph_speaker, paragraph)
            if mention is None:
                mention = speakers.Mention("unattributed quote", "unknown:quote", SourceKind.OTHER)
            if mention.needs_antecedent is None:
                earlier.append(mention)
                paragraph_speaker[paragraph] = mention
            previous = last_by_paragraph.get(paragraph) or last_by_paragraph.get(paragraph - 1)
            if item.source is None and previous is not None:
                item = Found(item.content, previous.cue, previous.source, item.quote)  # a quote continued
            if item.source is not None:
                last_by_paragraph[paragraph] = item
            span._.cue = item.cue
            span._.source_span = item.source
            span._.speaker = mention.name
            span._.speaker_key = mention.key
            span._.speaker_kind = mention.kind.value
            span._.kind_evidence = mention.kind_evidence
            span._.quote_kind = item.quote.value
            span._.via = _recipient(item.cue)
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


def _mention_for(
    item: Found, earlier: list[speakers.Mention], by_paragraph: dict[int, speakers.Mention], paragraph: int
) -> speakers.Mention | None:
    if item.source is None:
        return by_paragraph.get(paragraph) or by_paragraph.get(paragraph - 1)
    mention = speakers.describe(item.source)
    if mention.needs_antecedent is None:
        return mention
    if mention.key.startswith("pronoun:") and mention.plural:
        local = _plural_subject_in(item.content)
        if local is not None:
            return local
    resolved = speakers.resolve(mention, earlier)
    if resolved is None and not mention.key.startswith(("pronoun:", "channel:")):
        return replace(mention, needs_antecedent=None)  # "the company" with no company named before: itself
    return resolved


def _plural_subject_in(content: Span) -> speakers.Mention | None:
    """"Some defense officials saw this as a red flag, they told CNN": "they" is the clause's own subject."""
    for token in content:
        if token.dep_ == "nsubj" and token.tag_ in {"NNS", "NNPS"} and token.head.dep_ in COMPLEMENT_DEPS | {"ROOT"}:
            mention = speakers.describe(_noun_phrase(token))
            if mention.needs_antecedent is None:
                return mention
    return None


# --- pass 1: direct quotes -------------------------------------------------------------------------------------


def _direct_quote(region: Span, in_quote: set[int]) -> Found | None:
    doc = region.doc
    if sum(1 for t in region if not t.is_punct) < MIN_QUOTE_WORDS:
        return None  # a quoted word or two ("absolutely") belongs to the reported speech around it
    sents = {doc[region.start].sent.start: doc[region.start].sent, doc[region.end - 1].sent.start: doc[region.end - 1].sent}
    for sent in sorted(sents.values(), key=lambda s: -s.start):
        for cue in _cues_near(region, sent, in_quote):
            complement = _complement(cue, in_quote)
            if complement is not None and _embeds(complement, region):
                return None  # a quoted phrase inside reported speech: pass 2 reports the whole clause
            speaker = _speaker_of(cue)
            if speaker is None:
                continue
            return Found(region, _cue_span(cue), speaker, QuoteKind.DIRECT)
    return None


def _cues_near(region: Span, sent: Span, in_quote: set[int]) -> list[Token]:
    """Cue verbs outside quotes in the sentence, nearest to the quote first."""
    paragraph = _paragraph_index(region.doc, region.start_char)
    cues = [t for t in sent if t.i not in in_quote and is_cue(t) and _paragraph_index(t.doc, t.idx) == paragraph]
    return sorted(cues, key=lambda t: min(abs(t.i - region.start), abs(t.i - region.end)))


def _embeds(clause: Span, region: Span) -> bool:
    if not (clause.start <= region.start and region.end <= clause.end):
        return False
    outside = [t for t in clause if not t.is_punct and not (region.start <= t.i < region.end)]
    return len(outside) >= 3


def _is_free_standing(region: Span) -> bool:
    """A quote that is a sentence of its own, not a word in quote marks inside someone's narration."""
    words = [t for t in region if not t.is_punct]
    if len(words) < 4 or not any(t.pos_ in {"VERB", "AUX"} for t in region):
        return False
    sent = region.doc[region.start].sent
    sent_words = [t for t in sent if not t.is_punct]
    inside = [t for t in sent_words if region.start <= t.i < region.end]
    return len(inside) >= 0.6 * len(sent_words)


# --- pass 2: reported speech -----------------------------------------------------------------------------------


def is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    verbs = word_set("cues", "verbs", "speech") | word_set("cues", "verbs", "belief")
    if token.pos_ in {"VERB"} and lemma in verbs:
        pass
    elif token.lower_ in word_set("cues", "verbs", "forms") and token.pos_ in {"VERB", "NOUN", "PROPN"}:
        pass
    else:
        return False
    if token.dep_ in {"acl", "amod"} and token.tag_ in {"VBN", "VBG"}:
        return False  # "formally known as", "information questioning whether": a modifier, not a speech act
    if lemma in REFUSALS or token.head.lemma_.lower() in REFUSALS:
        return False  # "declined to say why": nothing was said
    if lemma in word_set("cues", "verbs", "need_complement") or token.pos_ != "VERB":
        return any(c.dep_ in COMPLEMENT_DEPS | {"prep"} for c in token.children) or token.dep_ in {"ROOT", "parataxis"}
    return True


def _reported_speech(token: Token, in_quote: set[int], regions: list[Span]) -> Found | None:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return _according_to(token, in_quote)
    if token.pos_ == "NOUN" and token.lemma_.lower() in word_set("cues", "verbs", "nouns"):
        return _nominal_cue(token, in_quote)
    if not is_cue(token):
        return None
    speaker = _speaker_of(token)
    content = _complement(token, in_quote)
    if speaker is None or content is None:
        return None
    return Found(_widen_to_quotes(content, regions), _cue_span(token), speaker, QuoteKind.INDIRECT)


def _according_to(token: Token, in_quote: set[int]) -> Found | None:
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    speaker = _noun_phrase(objects[0])
    sent = token.sent
    attached = {t.i for t in token.subtree} | {to.i} | {t.i for t in speaker}
    rest = [t for t in sent if t.i not in attached and not (t.is_punct and t.i in {speaker.end, token.i - 1})]
    content = _contiguous_trimmed(token.doc, rest)
    if content is None:
        return None
    return Found(content, token.doc[token.i : token.i + 2], speaker, QuoteKind.INDIRECT)


def _nominal_cue(token: Token, in_quote: set[int]) -> Found | None:
    """"a growing belief within the Pentagon that ...", "the ministry's statement that ..."."""
    clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not clauses:
        return None
    speaker = None
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            speaker = _noun_phrase(child)
        elif child.dep_ == "prep" and child.lower_ in SPEAKER_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"PROPN", "NOUN"}:
                speaker = _noun_phrase(objects[0])
    if speaker is None:
        return None
    content = _contiguous_trimmed(token.doc, [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head == clauses[0])])
    if content is None:
        return None
    return Found(content, token.doc[token.i : token.i + 1], speaker, QuoteKind.INDIRECT)


def _speaker_of(cue: Token) -> Span | None:
    """The subject of a cue verb, inherited through coordination ("denied that and said ...")."""
    current = cue
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return _noun_phrase(subjects[0])
        if current.pos_ == "NOUN":  # "the tweet read": the tagger took the verb for a noun
            compounds = [c for c in current.children if c.dep_ == "compound"]
            if compounds:
                return _noun_phrase(compounds[0])
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return _noun_phrase(agents[0])
        if current.dep_ in {"conj", "advcl", "xcomp"} and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def _complement(cue: Token, in_quote: set[int]) -> Span | None:
    """What the cue introduces: its clause, its "as" phrase, or the clause it interrupts ("X, officials said")."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ in {"ccomp", "xcomp"}:
            tokens = [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child and t.lower_ == "that")]
            span = _contiguous_trimmed(doc, tokens)
            if span is not None:
                return span
    for child in cue.children:
        if child.dep_ in {"prep", "oprd"} and child.lower_ == "as":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _contiguous_trimmed(doc, list(objects[0].subtree))
    if cue.dep_ in {"parataxis", "advcl", "ccomp"} and cue.head.i != cue.i and cue.head.pos_ in {"VERB", "AUX"}:
        own = {t.i for t in cue.subtree}
        rest = [t for t in cue.head.subtree if t.i not in own]
        if cue.dep_ == "advcl" and cue.i > cue.head.i:
            return None  # "..., while confirming": a trailing adverbial clause is not the content
        return _contiguous_trimmed(doc, rest)
    return None


def _widen_to_quotes(span: Span, regions: list[Span]) -> Span:
    start, end = span.start, span.end
    for region in regions:
        if region.start < end and start < region.end:
            start, end = min(start, region.start), max(end, region.end)
    return span.doc[start:end]


def _noun_phrase(head: Token) -> Span:
    doc = head.doc
    return doc[head.left_edge.i : head.right_edge.i + 1]


def _cue_span(cue: Token) -> Span:
    doc = cue.doc
    particles = [c for c in cue.children if c.dep_ == "prt"]
    end = max([cue.i] + [p.i for p in particles]) + 1
    return doc[cue.i : end]


def _recipient(cue: Span | None) -> str | None:
    """"told CNN": the outlet the statement was given to, as a source key."""
    if cue is None:
        return None
    for child in cue.root.children:
        if child.dep_ in {"dobj", "dative"} and child.pos_ == "PROPN":
            mention = speakers.describe(_noun_phrase(child))
            if mention.kind is SourceKind.MEDIA:
                return mention.key
    return None


def _contiguous_trimmed(doc: Doc, tokens: list[Token]) -> Span | None:
    if not tokens:
        return None
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in {"and", "but", "that"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    words = [t for t in doc[start:end] if not t.is_punct]
    if len(words) < MIN_CONTENT_TOKENS:
        return None
    return doc[start:end]


def _token_region(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    end_token = span.end
    while end_token > span.start and doc[end_token - 1].text in {",", ";", ":"}:
        end_token -= 1  # '"..., he said': the comma before the cue is punctuation, not what was said
    return doc[span.start : end_token] if end_token > span.start else None


def _paragraph_index(doc: Doc, char: int) -> int:
    return doc.text.count("\n\n", 0, char)


def _alias_pairs(doc: Doc) -> list[tuple[str, str]]:
    """Names the text itself declares equal: "the Syrian Civil Defense, also known as the White Helmets"."""
    pairs = []
    for token in doc:
        if token.lower_ in {"known", "called", "dubbed"} and token.dep_ in {"acl", "advcl", "relcl"}:
            for prep in token.children:
                if prep.lower_ == "as":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            named = speakers.org_key(_noun_phrase(token.head))
                            alias = speakers.org_key(doc[obj.left_edge.i : obj.i + 1])
                            pairs.append((named, alias))
        if token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.pos_ == "PROPN" and token.text.isupper():
            pairs.append((speakers.org_key(_noun_phrase(token.head)), token.lower_))
    return pairs

