"""Interviews and first-person accounts: a body of text that is one person's words though no cue says so.

Two layouts, read from the lines of the raw text (a regex over text is the exception here because the evidence is
typography: a "Q:" opener or a line set in bold, which the parser gives no role):

- an interview: two or more questions, each a line opened by "Q:" or set wholly in bold and ending in "?"; what
  follows a question up to the next one is the answer, in the words of the person the introduction is about
  ("Ana Ruiz, 41, a nurse from Tyre, spoke to us by phone." before "Q: Where were you?");
- an account "as told to" a reporter: every sentence after that header line is the narrator's ("Account of Ana
  Ruiz, as told to Ben Cole").

The questions are the interviewer's: statements found inside them are dropped, and the document keeps them as its
own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from reconcile.model import QuoteKind
from reconcile.nlp.spans import Found, entities, proper_name
from reconcile.resources import word_set

MIN_QUESTIONS = 2
"""One bold line ending in "?" may be a headline; two make a question-and-answer layout."""

MARKUP = "*_#> \t"
LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Layout:
    """Where an interview's questions and answers lie (character offsets), and who answers."""

    questions: list[tuple[int, int]]
    answers: list[tuple[int, int]]
    speaker: Span


def find_layout(doc: Doc, text: str) -> Layout | None:
    """The interview or as-told-to account in `doc`, or None when the text has neither layout."""
    lines = [(m.start(), m.end(), m.group()) for m in LINE.finditer(text)]
    told = _told_to(doc, lines, len(text))
    if told is not None:
        return told
    questions = _questions(lines)
    if len(questions) < MIN_QUESTIONS:
        return None
    speaker = _interviewee(doc, questions[0][0])
    if speaker is None:
        return None
    bounds = [start for start, _ in questions[1:]] + [len(text)]
    answers = [(_after_opener(text, end, word_set("cues", "interview", "answers")), stop)
               for (_, end), stop in zip(questions, bounds, strict=True)]
    return Layout(questions, [(s, e) for s, e in answers if s < e], speaker)


def answer_statements(doc: Doc, layout: Layout) -> list[Found]:
    """Each sentence of each answer as a direct statement of the interviewee."""
    found = []
    for start, end in layout.answers:
        for sent in doc.sents:
            if sent.end_char <= start or sent.start_char >= end:
                continue
            words = [t.i for t in sent if start <= t.idx < end and not _is_markup(t)]
            if not words:
                continue
            first, last = words[0], words[-1]
            while last > first and doc[last].is_punct and doc[last].text not in {"?", "!", "."}:
                last -= 1  # the whole sentence, its full stop too, as a quote's region would hold it
            if any(t.is_alpha for t in doc[first : last + 1]):
                found.append(Found(doc[first : last + 1], None, layout.speaker, QuoteKind.DIRECT))
    return found


def in_question(layout: Layout, char: int) -> bool:
    return any(start <= char < end for start, end in layout.questions)


def _questions(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Lines opened by "Q:"; failing two of those, bold lines from the first that ends in "?" (an interviewer's
    prompt may be a statement: "**The police say you ran.**")."""
    openers = word_set("cues", "interview", "questions")
    marked = [(s, e) for s, e, line in lines if _opener(line.strip(MARKUP)) in openers]
    if len(marked) >= MIN_QUESTIONS:
        return marked
    bold = [(s, e, line.strip()) for s, e, line in lines if _is_bold(line.strip())]
    asked = [i for i, (_, _, line) in enumerate(bold) if line.strip(MARKUP).endswith("?")]
    if len(asked) < MIN_QUESTIONS:
        return []
    return [(s, e) for s, e, _ in bold[asked[0]:]]


def _opener(line: str) -> str | None:
    """"Q" in "Q: When did ...", "Question" in "Question. Why ..."."""
    head, mark, _ = line.partition(":") if ":" in line[:10] else line.partition(".")
    return head.strip(MARKUP).lower() if mark and len(head) <= 10 else None


def _is_bold(line: str) -> bool:
    return len(line) > 4 and (line[:2] == line[-2:] == "**" or line[:2] == line[-2:] == "__")


def _after_opener(text: str, start: int, openers: frozenset[str]) -> int:
    """Where an answer's words begin: past white space and an "A:" opener."""
    while start < len(text) and text[start].isspace():
        start += 1
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end != -1 else len(text)]
    if _opener(line) in openers:
        start += line.index(":" if ":" in line[:10] else ".") + 1
    return start


def _interviewee(doc: Doc, before: int) -> Span | None:
    """The person the introduction is about: the first named subject before the first question, else the first
    person named there who is not the interviewer ("Interview by Olga Reznik"), else the first person noun that is
    a subject there ("A survivor describes the night")."""
    intro = doc.char_span(0, before, alignment_mode="contract")
    if intro is None:
        return None
    for token in intro:
        if token.dep_ == "nsubj" and token.pos_ == "PROPN" and not _after_byline(token):
            return proper_name(token)
    people = [e for e in entities(intro) if e.label_ == "PERSON" and not _after_byline(e[0])]
    if people:
        return people[0]
    for token in intro:  # "Survivor describes night of the flood": no name, but the person the interview is with
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.lemma_.lower() in word_set(
                "cues", "pronouns", "person_nouns"):
            words = [t for t in intro.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
            return intro.doc[words[0].i : token.i + 1]
    return None


def _told_to(doc: Doc, lines: list[tuple[int, int, str]], size: int) -> Layout | None:
    """"Account of Ana Ruiz, 36, as told to Ben Cole": the person named before "as told to" speaks the body."""
    for phrase in word_set("cues", "interview", "told_to"):
        for start, end, line in lines[:4]:
            at = line.lower().find(phrase)
            if at == -1:
                continue
            header = doc.char_span(start, start + at, alignment_mode="contract")
            if header is None:
                continue
            people = [e for e in entities(header) if e.label_ == "PERSON"]
            roles = {"pobj", "nsubj", "appos"}
            untagged = [t for t in header if t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in roles]
            if people or untagged:  # the NER's person, else the first name it left untagged ("Account of Priya Nair")
                return Layout([], [(end, size)], people[-1] if people else proper_name(untagged[0]))
    return None


def _after_byline(token: Token) -> bool:
    """"Interview by Olga Reznik", "as told to Ben Cole": the name of whoever asked or wrote."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in word_set("cues", "interview", "bylines")


def _is_markup(token: Token) -> bool:
    return token.is_space or all(ch in MARKUP for ch in token.text)
