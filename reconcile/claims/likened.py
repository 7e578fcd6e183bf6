"""An event a sentence likens to the case's own: the likened one is another event.

"Like Friday's crush, the Ratangarh stampede began on a bridge": the comparison's object is the case's event (its
day, its place, "this one"), so the clause it hangs on tells of something else, here with a name of its own. This
is the reverse of an aside (claims/asides.py), where the case's event is measured against another: the rule looks
at which event the clause's own subject is, not at where the comparison word stands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from reconcile.claims.asides import distance_object, likening_words
from reconcile.claims.when import event_words

RELATIVES = {"which", "that", "who"}


def likened_to_the_case(sent: Span, is_the_case: Callable[[Span], bool]) -> str | None:
    """Why `sent`'s clause is about another event that it likens to the case's, or None. `is_the_case(words)`
    says whether words name the case's event (its day or place: "Friday's crush", "the Nashik crush")."""
    for word, obj in _likenings(sent):
        words = sent.doc[min(t.i for t in obj.subtree) : max(t.i for t in obj.subtree) + 1]
        if not (is_the_case(words) or any(t.lower_ in {"this", "these"} for t in words) or _bare(obj)):
            continue
        likened = _likened(word)
        if likened is not None and _of_its_own(likened, words, is_the_case):
            return f"'{likened.text}' set beside the case's event ('{word.text} {words.text}')"
    return None


def _bare(obj: Token) -> bool:
    """"the strike", "the crush": the case's event named by its kind alone."""
    return obj.lemma_.lower() in event_words() and [c.lower_ for c in obj.children] == ["the"]


def _likenings(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(the likening word, the object it likens to): "like Friday's crush", "similar to this one", "compared
    Tuesday's strike", "as on Tuesday", "two weeks after the Nashik crush"."""
    likening, similar, comparing = likening_words()
    for token in sent:
        lower, lemma = token.lower_, token.lemma_.lower()
        if token.dep_ == "prep" and lower in likening or lower in similar and token.pos_ == "ADJ":
            holder = token if lower in likening else next(
                (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "with", "of"}), None)
            obj = next((c for c in holder.children if c.dep_ == "pobj"), None) if holder is not None else None
        elif lemma in comparing and token.pos_ == "VERB":
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        elif lower == "as" and token.i + 1 < sent.end and token.doc[token.i + 1].dep_ == "prep":
            obj = next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)
        elif (obj := distance_object(token)) is None:
            continue  # "Two weeks after the Nashik crush, a stampede at Pandharpur killed 20": weeks from the case's
        if obj is not None:
            yield token, obj


def _likened(word: Token) -> Token | None:
    """What the comparison is said of: the noun it hangs on ("a strike on a bus, much like this one"), or the
    subject of the verb it hangs on, through a relative pronoun to its noun ("The Ratangarh stampede, which like
    Friday's crush began ...")."""
    head = word.head
    while head.dep_ in {"prep", "advmod", "amod", "advcl"} and head.pos_ in {"ADP", "ADV", "ADJ"} and (
            head.head.i != head.i):
        head = head.head
    if word.lemma_.lower() != "compare" and head.pos_ in {"NOUN", "PROPN"}:
        return head
    verb = word if word.pos_ == "VERB" else head
    if verb.dep_ == "relcl" and verb.pos_ == "VERB":
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "pobj", "dep"}
                        and c.lower_ in RELATIVES), None)
        if subject is not None or word.lemma_.lower() == "compare":
            return verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _of_its_own(likened: Token, compared: Span, is_the_case: Callable[[Span], bool]) -> bool:
    """The likened thing is not the case's: an indefinite one ("a crush at Mandhradevi"), or one with a name or
    place of its own that is not the case's ("the Ratangarh stampede", "floods in Kumasi"). A pronoun or a bare
    "the crush" is the case's own event, told by its likeness to another."""
    if likened.pos_ == "PRON" or likened.i in range(compared.start, compared.end):
        return False
    clauses = {t.i for c in likened.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    words = [t for t in likened.subtree if t.i not in clauses and not compared.start <= t.i < compared.end]
    if any(is_the_case(run) for run in _runs(likened.doc, [t.i for t in words if not t.is_punct])):
        return False
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in likened.children):
        return likened.lemma_.lower() in event_words() or likened.pos_ in {"NOUN", "PROPN"}
    return any(t.pos_ == "PROPN" and t.ent_type_ != "DATE" for t in words)


def _runs(doc: Doc, indices: list[int]) -> Iterator[Span]:
    """The spans of consecutive token indices: a noun's words without the clauses inside it."""
    start = None
    for at, i in enumerate(indices):
        if start is None:
            start = i
        if at + 1 == len(indices) or indices[at + 1] != i + 1:
            yield doc[start : i + 1]
            start = None
