"""The attribution component: who said what, as spans on the Doc.

Each span in `doc.spans["attributions"]` is the CONTENT of one statement; its `._.cue` and `._.source_span` give
the cue words and the speaker as written, `._.speaker*` the resolved source. Found in three passes over the parse:
direct quotes with their cue, reported speech from cue verbs ("X said that", "according to X", "X's belief
that"), and quotes with no cue, which continue the speaker of their paragraph.

Reported speech takes several shapes, each with its words in data/cues.toml: a clause ("said that ..."), a stance
verb's object ("denied the allegations"), a label ("called it 'a fraud'"), a phrasal cue ("called for a recount"),
a belief adjective or noun ("were confident that", "expressed alarm that"), a document that shows something ("the
poll shows", "in a new survey, ..."), and a headline ("Graham: ..."). A cue inside another statement's content is
dropped when it only echoes that speaker. A first-person speaker outside quotes ("I think", "we asked") and a view
with no holder ("seems", "is believed to") are the document's own voice.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from reconcile.model import QuoteKind, SourceKind
from reconcile.nlp import antecedents, speakers
from reconcile.nlp.cues import animate, is_cue, speaker_of, speaker_phrase
from reconcile.nlp.extensions import OWN_VOICE_KEY, SPAN_KEY
from reconcile.nlp.interview import answer_statements, find_layout, in_question
from reconcile.nlp.names import person_key, surname
from reconcile.nlp.quotes import quote_regions
from reconcile.nlp.reported import complement, further_clauses, reported_speech
from reconcile.nlp.spans import (
    COMPLEMENT_DEPS,
    CUE_HELPER_DEPS,
    MAX_SPEAKER_WORDS,
    MIN_QUOTE_WORDS,
    SUBJECT_DEPS,
    Found,
    contiguous_trimmed,
    cue_span,
    entities,
    index_paragraphs,
    noun_phrase,
    paragraph_index,
    person_introduced_before,
    sentence_of,
    token_region,
)

OWN_VOICE = speakers.Mention("the document's own voice", OWN_VOICE_KEY, SourceKind.OTHER)


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
        text = doc.text  # Doc.text joins every token: built once, for the quotes and the paragraphs
        index_paragraphs(doc, text)
        candidates = [token_region(doc, s, e) for s, e in quote_regions(text)]
        regions: list[Span] = [r for r in candidates if r is not None]
        doc._.quote_regions = [(r.start_char, r.end_char) for r in regions]
        in_quote = {t.i for r in regions for t in r}
        found = [hit for region in regions if (hit := _direct_quote(region, in_quote)) is not None]
        used_cues = {f.cue.root.i for f in found if f.cue is not None}
        for token in doc:
            if token.i not in in_quote and token.i not in used_cues:
                hit = reported_speech(token, in_quote, regions)
                if hit is not None:
                    found.append(hit)
                    found += further_clauses(hit, in_quote)
        layout = find_layout(doc, text)
        if layout is not None:  # the questions are the interviewer's, the answers the interviewee's
            found = [f for f in found if not in_question(layout, (f.cue or f.content).start_char)]
            found += answer_statements(doc, layout)
        found = _without_echoes(found)
        covered = [(f.content.start, f.content.end) for f in found]
        for region in regions:
            if not any(s <= region.start < e or region.start <= s < region.end for s, e in covered):
                if _is_free_standing(region):
                    found.append(Found(region, None, None, QuoteKind.DIRECT))
        found = [replace(f, own_voice=True) if speakers.is_first_person(f.source) else f for f in found]
        unique = {(f.content.start, f.content.end, f.cue.start if f.cue else -1): f for f in found}
        return sorted(unique.values(), key=lambda f: (f.content.start, f.content.end))

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        spans: list[Span] = []
        earlier: list[speakers.Mention] = []
        paragraph_speaker: dict[int, speakers.Mention] = {}
        doc._.alias_pairs = _alias_pairs(doc)
        last_by_paragraph: dict[int, Found] = {}
        genders: dict[str, str] = {}  # speaker key -> "he"/"she", as the text has shown it
        spoke_last: dict[int, tuple[speakers.Mention, Span | None]] = {}  # the paragraph's last speaker so far
        according = [f for f in found if f.cue is not None and f.source is not None
                     and f.cue.root.lower_ == "according"]
        for item in found:
            span = Span(doc, item.content.start, item.content.end, label=item.quote.value)
            paragraph = paragraph_index(doc, span.start_char)
            previous = last_by_paragraph.get(paragraph) or last_by_paragraph.get(paragraph - 1)
            if item.source is None and previous is None and not item.own_voice and not (
                    paragraph_speaker.get(paragraph) or paragraph_speaker.get(paragraph - 1)):
                introduced = person_introduced_before(span)  # "Ana Ruiz, 34, was at the door.\n\n'We ran.'"
                item = item if introduced is None else replace(item, source=introduced)
            introduced = None if item.source is None else antecedents.introduced_as(item.source)
            mention: speakers.Mention | None
            if item.own_voice:
                mention = OWN_VOICE
            elif item.cue is None and item.source is not None and item.quote is QuoteKind.DIRECT:
                mention = _named_person(item.source)  # an interviewee or a person introduced before the quote
            elif (pronoun := antecedents.pronoun_of(item.source)) is not None:
                mention = _continued(item, spoke_last.get(paragraph), pronoun, genders)
                if mention is not None:
                    genders.setdefault(mention.key, pronoun)
                else:
                    agreeing = [m for m in earlier if antecedents.agrees(m, pronoun, genders)]
                    mention = _mention_for(item, agreeing, paragraph_speaker, paragraph)
            elif introduced is not None:  # "he quoted the man as saying": the survivor the paragraph introduced
                mention = _mention_for(replace(item, source=introduced), earlier, paragraph_speaker, paragraph)
                mention = None if mention is None else antecedents.one_of(mention, introduced)
            else:
                mention = _mention_for(item, earlier, paragraph_speaker, paragraph)
            if mention is not None and item.source is not None and mention.needs_antecedent is None:
                if antecedents.pronoun_of(item.source) is None and (shown := antecedents.gender_in_phrase(item.source)):
                    genders.setdefault(mention.key, shown)
                if not item.own_voice:
                    spoke_last[paragraph] = (mention, item.source)
            if mention is None:  # never an antecedent: "he" after it is someone the text names
                mention = speakers.Mention("unattributed quote", "unknown:quote", SourceKind.OTHER)
            elif mention.needs_antecedent is None and not item.own_voice:
                earlier.append(mention)
                paragraph_speaker[paragraph] = mention
            if item.source is None and previous is not None and not item.own_voice:
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
            span._.via = _recipient(item.cue) or _passed_on_by(item, according)
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


def _continued(
    item: Found, last: tuple[speakers.Mention, Span | None] | None, pronoun: str, genders: dict[str, str]
) -> speakers.Mention | None:
    """The paragraph's last speaker, when "he"/"she" goes on from them: one person of that gender, with no other
    person named in narration between ("One night-shift worker said he had smelled solvent. '...,' he said")."""
    if last is None or item.source is None:
        return None
    mention, source = last
    if source is None or source.start >= item.source.start or not antecedents.one_person(mention, source):
        return None
    if not antecedents.agrees(mention, pronoun, genders):
        return None
    doc = item.source.doc
    if (source.root.dep_ == "appos" or any(
            e.label_ == "PERSON" and source.start - 4 <= e.end <= source.start for e in entities(doc[:source.start]))):
        return None  # "said Tendai Mapfumo, 27, a street vendor who said ...": the vendor is the name before it
    regions = doc._.quote_regions or []
    between = [e for e in entities(doc[source.end : item.source.start]) if e.label_ == "PERSON"
               and not any(s <= e.start_char < end for s, end in regions)]
    return None if between else mention


def _without_echoes(found: list[Found]) -> list[Found]:
    """Drops a cue inside another statement's content when its speaker is that statement's own.

    "He said he does not believe the figures": the speaker's belief is part of what he said, not a second
    statement. A different speaker inside the content ("he said the police believe ...") stays: that is a claim
    passed on by another source. An act or a state of mind inside a statement ("a source said inspectors had
    noted a defect", "officials said the general was confident that ...") is the outer speaker's account, not a
    statement of the people described.
    """
    kept = []
    cue_roots = [f.cue.root.i if f.cue is not None else None for f in found]  # Span.root walks the parse: once
    around = [(f, f.content.start, f.content.end) for f, root in zip(found, cue_roots, strict=True)
              if root is not None and f.source is not None]
    for inner, root in zip(found, cue_roots, strict=True):
        outer = [] if root is None else [f for f, start, end in around if f is not inner and start <= root < end]
        if outer and (not inner.proposition or inner.own_voice):
            continue  # "officials said the general is believed to have fled": the officials' account
        source = inner.source
        if source is None or not any(f.source is not None and _same_speaker(source, f.source) for f in outer):
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


def _named_person(name: Span) -> speakers.Mention:
    """The person a name with no cue stands for: a person by construction (the subject an interview's introduction
    or a quote's preceding paragraph is about), though the tagger may have missed the name ("Mukesh Paswan, 34,")."""
    mention = speakers.describe(name)
    if mention.person and mention.needs_antecedent is None:
        return mention
    return speakers.Mention(name.text, f"person:{person_key(name.text)}", SourceKind.OTHER, person=True)


def _mention_for(
    item: Found, earlier: list[speakers.Mention], by_paragraph: dict[int, speakers.Mention], paragraph: int
) -> speakers.Mention | None:
    if item.source is None:
        return by_paragraph.get(paragraph) or by_paragraph.get(paragraph - 1)
    mention = speakers.describe(item.source)
    if mention.needs_antecedent is None:
        return mention
    if mention.key in {"pronoun:it", "pronoun:they"} and (subject := _previous_subject(item.source)) is not None:
        return subject
    if mention.key == "pronoun:they":  # "it" is never "32 people" in "It said 32 people had survived"
        local = _plural_subject_in(item.content)
        if local is not None:
            return local
    if mention.key.startswith("group:"):
        named = speakers.last_org_named(item.source)
        if named is not None and named.needs_antecedent is None:
            return named
    resolved = speakers.resolve(mention, earlier)
    if mention.needs_antecedent == "person":
        named = speakers.last_named(item.source, earlier, resolved)
        resolved = named if named is resolved or _named_outside_quotes(item.source, named) else resolved
    if resolved is None and mention.needs_antecedent == "channel":
        resolved = _organisation_named_before(item.source)
    if resolved is None and not mention.key.startswith(("pronoun:", "channel:")):
        return replace(mention, needs_antecedent=None)  # "the company" with no company named before: itself
    return resolved


def _named_outside_quotes(pronoun: Span, named: speakers.Mention | None) -> bool:
    """Whether the person picked for "he" is named in narration near it: a name inside a quote is what the speaker
    talks about ('"We won. Mr Mnangagwa knows it," he said' is not Mnangagwa speaking)."""
    if named is None:
        return False
    doc = pronoun.doc
    regions = doc._.quote_regions or []
    sent = sentence_of(doc[pronoun.start])
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    return any(person_key(t.text) == surname(named.key) and not any(s <= t.idx < e for s, e in regions)
               for t in doc[start : pronoun.start] if t.pos_ == "PROPN")


def _previous_subject(pronoun: Span) -> speakers.Mention | None:
    """"The prosecutor's office gave another figure. It said 32 people had survived": a pronoun opening a sentence
    is the body that was the subject of the sentence before, though that body was quoted nowhere earlier."""
    doc = pronoun.doc
    sent = sentence_of(doc[pronoun.start])
    opening = next((t.i for t in sent if not (t.is_punct or t.is_space)), None)
    if opening != pronoun.start or sent.start == 0:
        return None
    before = sentence_of(doc[sent.start - 1])
    if paragraph_index(doc, before.start_char) < paragraph_index(doc, sent.start_char) - 1:
        return None
    subjects = [c for c in before.root.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and animate(c)]
    if not subjects or (subjects[0].tag_ in {"NNS", "NNPS"}) != (pronoun.root.lower_ == "they"):
        return None
    mention = speakers.describe(speaker_phrase(subjects[0]))
    return mention if mention.needs_antecedent is None and not mention.person else None


CHANNEL_REACH = 600
"""How far back, in characters, "the statement said" looks for the organisation that issued it."""


def _organisation_named_before(source: Span) -> speakers.Mention | None:
    """"Marlow Shipping issued a statement. '...,' the statement said": the organisation named last before a channel
    noun, though it was never quoted itself."""
    doc = source.doc
    start = doc.char_span(max(0, source.start_char - CHANNEL_REACH), source.start_char, alignment_mode="expand")
    if start is None:
        return None
    before = doc[start.start : source.start]
    named = [e for e in entities(before) if e.label_ == "ORG"]
    named += [noun_phrase(t) for t in before if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.ent_type_ not in {
        "PERSON", "GPE", "NORP", "DATE"}]  # "Marlow Shipping issued a statement": a name the tagger left out
    if not named:
        return None
    mention = speakers.describe(max(named, key=lambda n: n.start))
    return mention if mention.needs_antecedent is None else None


def _plural_subject_in(content: Span) -> speakers.Mention | None:
    """"Some defense officials saw this as a red flag, they told CNN": "they" is the clause's own subject."""
    for token in content:
        if token.dep_ == "nsubj" and token.tag_ in {"NNS", "NNPS"} and token.head.dep_ in COMPLEMENT_DEPS | {"ROOT"}:
            mention = speakers.describe(noun_phrase(token))
            if mention.needs_antecedent is None:
                return mention
    return None


# --- pass 1: direct quotes -------------------------------------------------------------------------------------


def _direct_quote(region: Span, in_quote: set[int]) -> Found | None:
    doc = region.doc
    if sum(1 for t in region if not t.is_punct) < MIN_QUOTE_WORDS:
        return None  # a quoted word or two ("absolutely") belongs to the reported speech around it
    first, last = sentence_of(doc[region.start]), sentence_of(doc[region.end - 1])
    sents = {first.start: first, last.start: last}
    after = _sentence_after(region, last)
    if after is not None:
        sents[after.start] = after
    for sent in sorted(sents.values(), key=lambda s: -s.start):
        for cue, clause in _cues_near(region, sent, in_quote):
            if sent is after and clause is not None:
                continue  # the next sentence says something of its own
            if clause is not None and _embeds(clause, region, cue, in_quote):
                return None  # a quoted phrase inside reported speech: pass 2 reports the whole clause
            if clause is not None and _separates(clause, cue, region):
                continue  # "said the plan would fail and called it 'a fraud'": "said" has its own clause
            speaker = _outside_quotes(speaker_of(cue), region, in_quote) or _between(region, cue)
            if speaker is None:
                continue
            return Found(region, cue_span(cue), speaker, QuoteKind.DIRECT)
    return None


def _outside_quotes(speaker: Span | None, region: Span, in_quote: set[int]) -> Span | None:
    """The speaker's words outside the quote it speaks: a parse that hangs the quote on the name ('"...," Ruiz, 41,
    told') or finds the subject inside a quote ('"We lost," Ruiz told': "We") must not make a quote its own speaker."""
    if speaker is None:
        return None
    doc = speaker.doc
    if speaker.root.i in in_quote:
        return None

    def stray(i: int) -> bool:  # the quote itself, its marks and commas, or space
        near = region.start - 2 <= i <= region.end + 1
        return near and (region.start <= i < region.end or doc[i].is_punct) or doc[i].is_space

    start, end = speaker.root.i, speaker.root.i + 1  # the run of words outside quotes around the head
    while start > speaker.start and not stray(start - 1):
        start -= 1
    while end < speaker.end and not stray(end):
        end += 1
    return speaker if (start, end) == (speaker.start, speaker.end) else doc[start:end]


def _between(region: Span, cue: Token) -> Span | None:
    """The words between a closing quote and its cue when the parse found no subject: '"...," Ruiz, 41, told AFP'.

    Only a short noun phrase counts (a name, a title, a pronoun, an age or a role after commas), never a clause."""
    doc = cue.doc
    if cue.i < region.end:
        return None
    words = [t for t in doc[region.end : cue_span(cue).start] if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_SPEAKER_WORDS or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    if words[0].pos_ not in {"PROPN", "NOUN", "PRON", "DET", "ADJ"} or not any(
        t.pos_ in {"PROPN", "NOUN", "PRON"} for t in words
    ):
        return None
    return contiguous_trimmed(doc, words, min_words=1)


def _sentence_after(region: Span, last: Span) -> Span | None:
    """The sentence right after a quote that ends its own sentence: the parser often cuts '"Why now?" she asked.' or a
    quote and "Trump said." on the next line into two sentences; only quote marks and space may lie between."""
    doc = region.doc
    if last.end >= len(doc) or any(not (t.is_punct or t.is_space) for t in doc[region.end : last.end]):
        return None
    return sentence_of(doc[last.end])


def _cues_near(region: Span, sent: Span, in_quote: set[int]) -> list[tuple[Token, Span | None]]:
    """Cue verbs outside quotes in the sentence, each with its clause: those whose clause holds the quote first,
    then the nearest.

    "Varga said preliminary findings pointed to a fault and that the plant had 'passed every inspection'": the
    quote is in what "said" reports, though "pointed" stands nearer.
    """
    doc = region.doc
    paragraph = paragraph_index(doc, region.start_char)
    cues = [(t, complement(t, in_quote)) for t in sent
            if t.i not in in_quote and paragraph_index(doc, t.idx) == paragraph and is_cue(t)]

    def rank(found: tuple[Token, Span | None]) -> tuple[bool, int]:
        cue, clause = found
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
    sent = sentence_of(region.doc[region.start])
    sent_words = [t for t in sent if not t.is_punct]
    inside = [t for t in sent_words if region.start <= t.i < region.end]
    return len(inside) >= 0.6 * len(sent_words)


# --- pass 2: reported speech -----------------------------------------------------------------------------------


def _recipient(cue: Span | None) -> str | None:
    """"told CNN": the outlet the statement was given to, as a source key."""
    if cue is None:
        return None
    for child in cue.root.children:
        if child.dep_ in {"dobj", "dative"} and child.pos_ == "PROPN":
            mention = speakers.describe(noun_phrase(child))
            if mention.kind is SourceKind.MEDIA:
                return mention.key
    return None


def _passed_on_by(item: Found, found: list[Found]) -> str | None:
    """"According to the Harbour Times, port officials said ...": the officials' claim reached us through the paper.

    `found` may hold only the "according to" statements: no other can pass a claim on."""
    if item.cue is None:
        return None
    for outer in found:
        if outer is item or outer.cue is None or outer.source is None or outer.cue.root.lower_ != "according":
            continue
        if outer.content.start <= item.cue.start and item.cue.end <= outer.content.end:
            mention = speakers.describe(outer.source)
            return mention.key if mention.needs_antecedent is None else None
    return None


def _known_as(token: Token) -> tuple[str, str] | None:
    """("x", "y") for "X, as Y is known," at `token` ("known" or "called"), the clause hung on X or on the verb X is
    the subject of, right after X; None elsewhere ("as it is known")."""
    if token.lower_ not in {"known", "called"} or token.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
    named = token.head
    if named.pos_ in {"VERB", "AUX"}:  # "Zeleznica, as the railway is known, said": the verb's subject, just before
        named = next((c for c in named.children if c.dep_ == "nsubj" and c.right_edge.i == token.left_edge.i - 2),
                     None) or named
    if subject is None or named.pos_ not in {"PROPN", "NOUN"}:
        return None
    doc = token.doc
    return speakers.org_key(noun_phrase(named)), speakers.org_key(doc[subject.left_edge.i : subject.i + 1])


def _alias_pairs(doc: Doc) -> list[tuple[str, str]]:
    """Names the text itself declares equal: "the Syrian Civil Defense, also known as the White Helmets",
    "Minoborony, as the Russian Defence Ministry is known,"."""
    pairs = []
    for token in doc:
        if token.lower_ in {"known", "called", "dubbed"} and token.dep_ in {"acl", "advcl", "relcl"}:
            for prep in token.children:
                if prep.lower_ == "as":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            named = speakers.org_key(noun_phrase(token.head))
                            alias = speakers.org_key(doc[obj.left_edge.i : obj.i + 1])
                            pairs.append((named, alias))
        if (named_as := _known_as(token)) is not None:  # "X, as Y is known,"
            pairs.append(named_as)
        bracketed = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
        if token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.pos_ == "PROPN" and (
                token.text.isupper() or bracketed):  # "the Coast Guard Agency (Frontex)"
            pairs.append((speakers.org_key(noun_phrase(token.head)), token.lower_))
    return pairs

