"""The attribution component: who said what, as spans on the Doc.

Each span in `doc.spans["attributions"]` is the CONTENT of one statement; its `._.cue` and `._.source_span` give
the cue words and the speaker as written, `._.speaker*` the resolved source. Found in three passes over the parse:
direct quotes with their cue, reported speech from cue verbs ("X said that", "according to X", "X's belief
that"), and quotes with no cue, which continue the speaker of their paragraph.

Reported speech takes several shapes, each with its words in data/cues.toml: a clause ("said that ..."), a stance
verb's object ("denied the allegations"), a label ("called it 'a fraud'"), a phrasal cue ("called for a recount"),
a belief adjective or noun ("were confident that", "expressed alarm that"), a document that shows something ("the
poll shows", "in a new survey, ..."), and a headline ("Graham: ..."). A cue inside another statement's content is
dropped when it only echoes that speaker; a first-person speaker outside quotes is the document's own voice.
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
MAX_HEADLINE_SOURCE = 6
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
        found = [hit for region in regions if (hit := _direct_quote(region, in_quote)) is not None]
        used_cues = {f.cue.root.i for f in found if f.cue is not None}
        for token in doc:
            if token.i not in in_quote and token.i not in used_cues:
                hit = _reported_speech(token, in_quote, regions)
                if hit is not None:
                    found.append(hit)
        found = _without_echoes(found)
        covered = [(f.content.start, f.content.end) for f in found]
        for region in regions:
            if not any(s <= region.start < e or region.start <= s < region.end for s, e in covered):
                if _is_free_standing(region):
                    found.append(Found(region, None, None, QuoteKind.DIRECT))
        found = [f for f in found if not speakers.is_first_person(f.source)]  # the author's own voice
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


def _without_echoes(found: list[Found]) -> list[Found]:
    """Drops a cue inside another statement's content when its speaker is that statement's own.

    "He said he does not believe the figures": the speaker's belief is part of what he said, not a second
    statement. A different speaker inside the content ("he said the police believe ...") stays: that is a claim
    passed on by another source. An act or a state of mind inside a statement ("a source said inspectors had
    noted a defect", "officials said the general was confident that ...") is the outer speaker's account, not a
    statement of the people described.
    """
    kept = []
    for inner in found:
        outer = [f for f in found if f is not inner and f.cue is not None and inner.cue is not None
                 and f.content.start <= inner.cue.root.i < f.content.end and f.source is not None]
        if outer and not inner.proposition:
            continue
        if inner.source is None or not any(_same_speaker(inner.source, f.source) for f in outer):
            kept.append(inner)
    return kept


def _same_speaker(inner: Span, outer: Span) -> bool:
    mention, around = speakers.describe(inner), speakers.describe(outer)
    if mention.key == around.key:
        return True
    if mention.needs_antecedent == "person":  # "he" after "the mayor said"
        return around.person and not around.plural or around.needs_antecedent == "person"
    if mention.key in {"pronoun:they", "pronoun:we", "pronoun:it"}:  # "they" after "officials said"
        return not (around.person and not around.plural)
    return False


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
    if mention.key.startswith("group:"):
        named = speakers.last_org_named(item.source)
        if named is not None and named.needs_antecedent is None:
            return named
    resolved = speakers.resolve(mention, earlier)
    if mention.needs_antecedent == "person":
        resolved = speakers.last_named(item.source, earlier, resolved)
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
            if complement is not None and _embeds(complement, region, cue, in_quote):
                return None  # a quoted phrase inside reported speech: pass 2 reports the whole clause
            if complement is not None and _separates(complement, cue, region):
                continue  # "said the plan would fail and called it 'a fraud'": "said" has its own clause
            speaker = _speaker_of(cue)
            if speaker is None:
                continue
            return Found(region, _cue_span(cue), speaker, QuoteKind.DIRECT)
    return None


def _cues_near(region: Span, sent: Span, in_quote: set[int]) -> list[Token]:
    """Cue verbs outside quotes in the sentence: those whose clause holds the quote first, then the nearest.

    "Varga said preliminary findings pointed to a fault and that the plant had 'passed every inspection'": the
    quote is in what "said" reports, though "pointed" stands nearer.
    """
    paragraph = _paragraph_index(region.doc, region.start_char)
    cues = [t for t in sent if t.i not in in_quote and is_cue(t) and _paragraph_index(t.doc, t.idx) == paragraph]

    def rank(cue: Token) -> tuple[bool, int]:
        clause = _complement(cue, in_quote)
        holds = clause is not None and clause.start < region.end and region.start < clause.end
        return not holds, min(abs(cue.i - region.start), abs(cue.i - region.end))

    return sorted(cues, key=rank)


def _separates(clause: Span, cue: Token, region: Span) -> bool:
    """The cue's own clause stands between the cue and the quote."""
    return cue.i < clause.start and clause.end <= region.start or region.end <= clause.start and clause.end <= cue.i


def _embeds(clause: Span, region: Span, cue: Token, in_quote: set[int]) -> bool:
    """The quote is a phrase inside the cue's clause: three or more narrated words of the clause lie outside it."""
    words = [t.i for t in region if not t.is_punct]
    if not (clause.start <= words[0] and words[-1] < clause.end):
        return False
    own = {cue.i} | {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS | CUE_HELPER_DEPS for t in c.subtree}
    outside = [t for t in clause if not t.is_punct and t.i not in in_quote and t.i not in own]
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
    """A verb of saying or believing, or one with its cue preposition ("rail against"), used as a speech act."""
    lemma = token.lemma_.lower()
    verbs = word_set("cues", "verbs", "speech") | word_set("cues", "verbs", "belief")
    if token.pos_ == "VERB" and (lemma in verbs or _phrasal_prep(token) is not None):
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
        complements = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS | {"prep", "oprd"}]
        if complements and all(_is_infinitive(c) and not is_cue(c) for c in complements):
            return False  # "hiring continues to grow": an infinitive that says nothing
        return bool(complements) or token.dep_ in {"ROOT", "parataxis"}
    return True


def _is_infinitive(clause: Token) -> bool:
    """"to grow" in "continues to grow"."""
    return clause.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)


def _reported_speech(token: Token, in_quote: set[int], regions: list[Span]) -> Found | None:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return _according_to(token, in_quote)
    if token.pos_ == "NOUN" and token.lemma_.lower() in word_set("cues", "verbs", "nouns"):
        return _nominal_cue(token, in_quote)
    if token.text == ":":
        return _headline(token, regions)
    if token.dep_ == "prep" and token.lower_ in word_set("cues", "evidence", "preps"):
        return _in_evidence(token)
    if token.lower_ in word_set("cues", "adjectives", "belief"):
        return _adjective_cue(token)
    if not is_cue(token):
        return None
    speaker = _speaker_of(token)
    if speaker is None:
        return None
    cue, content = _cue_span(token), _complement(token, in_quote)
    if content is not None:
        return Found(_widen_to_quotes(content, regions), cue, speaker, QuoteKind.INDIRECT)
    content, cue = _object_content(token, cue)
    if content is None:
        return None
    return Found(_widen_to_quotes(content, regions), cue, speaker, QuoteKind.INDIRECT, proposition=False)


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


def _in_evidence(prep: Token) -> Found | None:
    """"In a new survey, 40 percent of voters chose the mayor": the survey is the source of the clause it opens."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    head = prep.head
    if not objects or objects[0].lemma_.lower() not in word_set("cues", "evidence", "nouns"):
        return None
    if prep.i > head.i or head.pos_ not in {"VERB", "AUX"} or is_cue(head):
        return None  # "In a report, the agency said ...": the verb is the cue
    own = {t.i for t in prep.subtree}
    content = _contiguous_trimmed(prep.doc, [t for t in head.subtree if t.i not in own])
    if content is None:
        return None
    return Found(content, prep.doc[prep.i : prep.i + 1], _noun_phrase(objects[0]), QuoteKind.INDIRECT)


def _headline(colon: Token, regions: list[Span]) -> Found | None:
    """"Graham: Trump's rhetoric is hurting the party", "Poll: Trump trails in Florida": a name, a colon, a claim."""
    doc = colon.doc
    source = doc[colon.sent.start : colon.i]
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
    content = _contiguous_trimmed(doc, list(doc[colon.i + 1 : end]))
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
            speaker = _noun_phrase(child)
        elif child.dep_ == "prep" and child.lower_ in SPEAKER_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"PROPN", "NOUN"}:
                speaker = _noun_phrase(objects[0])
    verb = token.head
    if speaker is None and token.dep_ == "dobj" and verb.lemma_.lower() in word_set("cues", "verbs", "light"):
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not share the view that"
        speaker, cue = _speaker_of(verb), doc[_cue_span(verb).start : token.i + 1]
    if speaker is None:
        return None
    content = _contiguous_trimmed(doc, [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head == clauses[0])])
    if content is None:
        return None
    return Found(content, cue, speaker, QuoteKind.INDIRECT)


def _adjective_cue(token: Token) -> Found | None:
    """"Officials were confident that the dam would hold": a belief adjective with its clause."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    copula = token.head
    if token.dep_ != "acomp" or not clauses or copula.pos_ not in {"AUX", "VERB"}:
        return None
    speaker = _speaker_of(copula)
    tokens = [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head == clauses[0] and t.lower_ == "that")]
    content = _contiguous_trimmed(token.doc, tokens)
    if speaker is None or content is None:
        return None
    cue = token.doc[_cue_span(copula).start : token.i + 1]
    return Found(content, cue, speaker, QuoteKind.INDIRECT, proposition=False)


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
        if current.dep_ == "advcl" and current.tag_ == "VBN" and not any(c.lower_ == "having" for c in current.lefts):
            return None  # "Asked about the fire, he said ...": he was asked; the question has no speaker here
        if current.dep_ in {"conj", "advcl", "xcomp"} and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "ended the debate by saying ..."
            current = current.head.head
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
                return _before_inverted_cue(cue, span)
    for child in cue.children:
        if child.dep_ in {"prep", "oprd"} and child.lower_ == "as":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            labelled = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < child.i]  # "identified the man as"
            if objects:
                start = labelled[0].left_edge.i if labelled else objects[0].left_edge.i
                return _contiguous_trimmed(doc, list(doc[start : objects[0].right_edge.i + 1]))
    participle = cue.tag_ in {"VBG", "VBN"} and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    if cue.dep_ == "advcl" and (cue.i > cue.head.i or participle):
        return None  # "..., while confirming", "Citing data, she said ...": an adverbial clause is not the content
    if cue.dep_ in {"ccomp", "xcomp"} and is_cue(cue.head):
        return None  # "She said the inquiry would report in May": "report" is inside what she said
    interrupted = cue.head.pos_ in {"VERB", "AUX"} or cue.dep_ == "parataxis"  # "The hashtag, he said, spread"
    if cue.dep_ in {"parataxis", "advcl", "ccomp"} and cue.head.i != cue.i and interrupted:
        own = {t.i for t in cue.subtree}
        return _contiguous_trimmed(doc, [t for t in cue.head.subtree if t.i not in own])
    return None


def _before_inverted_cue(cue: Token, content: Span) -> Span:
    """Everything before an inverted cue is its content: "The plant is hanging on, but it is under pressure, said
    its chief executive" reports the whole sentence, not only the clause the parser attached to "said"."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if content.end > cue.i or not subjects or subjects[0].i < cue.i:
        return content
    widened = _contiguous_trimmed(cue.doc, list(cue.doc[cue.sent.start : cue.i]))
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
    if not labelled and cue.dep_ not in CLAUSE_HEAD_DEPS:
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


def _is_evidence(cue: Token) -> bool:
    """"The poll shows the mayor with a lead", "a review found flaws": a document or count that shows something."""
    if cue.lemma_.lower() not in word_set("cues", "evidence", "verbs"):
        return False
    subject = _speaker_of(cue)
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


def _noun_phrase(head: Token) -> Span:
    doc = head.doc
    return doc[head.left_edge.i : head.right_edge.i + 1]


def _cue_span(cue: Token) -> Span:
    """The cue verb with its particle and the auxiliaries, negation and adverbs just before it ("has also said")."""
    doc = cue.doc
    particles = [c for c in cue.children if c.dep_ == "prt"]
    end = max([cue.i] + [p.i for p in particles]) + 1
    start = cue.i
    helpers = {c.i for c in cue.lefts if c.dep_ in CUE_HELPER_DEPS and not (c.dep_ == "advmod" and c.pos_ != "ADV")}
    while start - 1 in helpers:
        start -= 1
    return doc[start:end]


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

