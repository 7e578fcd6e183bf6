"""Who "he", "she" or a bare "the man" is: the paragraph's own speaker first, never someone of the other gender.

"One night-shift worker, who gave only his first name, Pavel, said he had smelled solvent. '...,' he said": the
quote is the worker's, though the worker has no name the resolver knows and a named person was quoted earlier. And
"Ellery and Novak both attended a vigil; she said ..." is Ellery once the text has called Novak "he".
The gender of a speaker is read from the text only: a title or gendered noun in the speaker's own phrase ("Mr",
"spokeswoman", "who gave his first name"), or the pronoun that continued that speaker in their own paragraph.
A bare "the man" or "the survivor" is the person the paragraph introduced with "a ..." (`introduced_as`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from reconcile.nlp import speakers
from reconcile.nlp.names import text_key
from reconcile.resources import word_set

GENDERED = ("he", "she")


def pronoun_of(source: Span | None) -> str | None:
    """"he" or "she" when the speaker as written is that pronoun, else None."""
    if source is None or len(source) != 1:
        return None
    lower = source.root.lower_
    return lower if lower in GENDERED else None


def gender_in_phrase(source: Span) -> str | None:
    """The pronoun a speaker's own phrase shows: "Mr Dube", "a police spokeswoman", "who gave only his first name".

    None when the phrase shows neither or both ("a man and his wife")."""
    words = {t.lower_ for t in source}
    found = {g for g in GENDERED if words & word_set("cues", "pronouns", g)}
    return found.pop() if len(found) == 1 else None


def one_person(mention: speakers.Mention, source: Span | None) -> bool:
    """Whether a speaker is one person "he" or "she" can continue: a named person, or a singular person noun
    ("a night-shift worker", "the spokeswoman"), never a body ("the company") or a group ("residents")."""
    if mention.plural or mention.needs_antecedent is not None:
        return False
    if mention.person:
        return True
    if source is None:
        return False
    head = source.root
    if head.tag_ not in {"NN", "NNP"} or head.ent_type_ in {"ORG", "GPE", "NORP"}:
        return False
    who = any(c.dep_ == "relcl" and any(t.lower_ in {"who", "whom", "whose"} for t in c.subtree)
              for c in head.children)  # "a deckhand who did not want to be named"
    return who or head.lemma_.lower() in word_set("cues", "pronouns", "person_nouns")


def agrees(mention: speakers.Mention, pronoun: str, genders: dict[str, str]) -> bool:
    """Whether nothing the text said of this speaker rules out the pronoun."""
    return genders.get(mention.key, pronoun) == pronoun


def introduced_as(source: Span) -> Span | None:
    """The person a bare "the man" stands for: the nearest "a ..." person the paragraph introduced before it.

    "Tasos Polychronopoulos said a 24-year-old Syrian survivor had described the moment to him. '...,' he quoted
    the man as saying": the quote is the survivor's. None when the speaker is more than "the" and a noun, or when
    the paragraph introduced no one of a fitting gender.
    """
    words = [t for t in source if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].lemma_.lower() not in word_set(
            "cues", "pronouns", "anaphors"):
        return None
    doc, noun = source.doc, words[1]
    regions = doc._.quote_regions or []
    start = source.start
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1  # back to the paragraph's first word
    wanted = gender_in_phrase(source)
    for token in reversed(doc[start : source.start]):
        if not _introduces(token, noun) or any(s <= token.idx < e for s, e in regions):
            continue
        phrase = doc[token.left_edge.i : token.i + 1]
        if wanted is None or gender_in_phrase(phrase) in {None, wanted}:
            return phrase
    return None


def _introduces(token: Token, noun: Token) -> bool:
    """"a 24-year-old Syrian survivor": an indefinite person noun, the same noun or any person for "the man"; never
    a name's apposition ("Tasos Milonas, a harbour official,"), which is that name."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    if token.tag_ != "NN" or token.dep_ == "appos" or not indefinite:
        return False
    lemma = token.lemma_.lower()
    generic = noun.lemma_.lower() in {"man", "woman", "boy", "girl"}
    return lemma == noun.lemma_.lower() or generic and lemma in word_set("cues", "pronouns", "person_nouns")


def one_of(mention: speakers.Mention, phrase: Span) -> speakers.Mention:
    """A single unnamed person as a speaker apart from the group of their kind: "a 24-year-old Syrian survivor" is
    not "Survivors", whose key a bare kind noun shares."""
    words = [t for t in phrase if t.dep_ != "det"]
    if mention.person or not words:
        return mention
    name = phrase.doc[words[0].i : phrase.end].text
    key = f"{mention.key}:{text_key(name).split(':', 1)[-1]}"
    return replace(mention, name=name, key=key, person=True, plural=False)
