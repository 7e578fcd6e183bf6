"""Who "he" or "she" is: the paragraph's own speaker first, and never someone of the other gender.

"One night-shift worker, who gave only his first name, Pavel, said he had smelled solvent. '...,' he said": the
quote is the worker's, though the worker has no name the resolver knows and a named person was quoted earlier. And
"Ellery and Novak both attended a vigil; she said ..." is Ellery once the text has called Novak "he".
The gender of a speaker is read from the text only: a title or gendered noun in the speaker's own phrase ("Mr",
"spokeswoman", "who gave his first name"), or the pronoun that continued that speaker in their own paragraph.
"""

from __future__ import annotations

from spacy.tokens import Span

from reconcile.nlp import speakers
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
