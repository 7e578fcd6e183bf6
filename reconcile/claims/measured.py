"""Which words of a sentence about the case's event are the case's, and which tell another event it is measured
against: the asides (claims/asides.py) that stay aside, a "than" after the case's own clause, and a clause that goes
on about the compared event ("that crash was blamed on ...")."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from reconcile.claims.anchor import Anchor
from reconcile.claims.asides import Aside, aside_tokens, asides
from reconcile.claims.when import event_words, normalise_date
from reconcile.nlp.spans import entities


def last_aside(sent: Span, anchor: Anchor, published: date | None) -> Aside | None:
    """The sentence's last aside about another event (`other_asides`), if any."""
    found = [a for a in asides(sent, weighing=weighs_its_own(sent, anchor, published))
             if not is_the_case(words_of(sent.doc, a), anchor, published)]
    return found[-1] if found else None


def refers_back(sent: Span, after: int) -> bool:
    """A clause after character `after` whose subject is "that crash" or "those floods": the event an aside
    before it told ("It was the deadliest since 1995, when two trains collided; that crash was blamed on a signal
    fault", or in the next sentence "That collision was blamed on ...")."""
    return any(t.idx >= after and t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in event_words()
               and any(c.dep_ == "det" and c.lower_ in {"that", "those"} for c in t.children) for t in sent)


def other_asides(doc: Doc, reasons: dict[int, str], anchor: Anchor, published: date | None = None) -> list[Aside]:
    """The asides (`claims/asides.py`) of the sentences that are about the case's event: the words of another event
    such a sentence measures the case's against, in document order; not one that dates its event to the anchor's
    day or place ("since the flood on Tuesday, which killed 26 people")."""
    published = published or anchor.latest
    return [aside for sent in doc.sents if sent.start not in reasons
            for aside in asides(sent, weighing=weighs_its_own(sent, anchor, published))
            if not is_the_case(words_of(doc, aside), anchor, published)]


def is_the_case(words: Span, anchor: Anchor, published: date | None) -> bool:
    """An aside that names the case's own event: its day ("since the flood on Tuesday"), or its place with no
    date of its own ("a week after the crush in Nashik"; not "since the 2016 flood in Accra")."""
    if names_anchor_day(words, anchor, published):
        return True
    return not any(ent.label_ == "DATE" for ent in entities(words)) and names_the_case(words, anchor, published)


def weighs_its_own(sent: Span, anchor: Anchor, published: date | None) -> bool:
    """"Tuesday's strike killed more people than the March raid on the market, which killed four": a "than" whose
    sentence names the case's event (its day or place) outside the words weighed; only those go aside. Without
    that, the sentence may be about both events and goes aside whole ("The toll was higher than in the 2006
    crash")."""
    weighed = aside_tokens(sent, weighing=True)
    if weighed == aside_tokens(sent):
        return False
    outside = [t for t in sent if t.i not in weighed]
    return bool(outside) and names_the_case(sent.doc[outside[0].i : outside[-1].i + 1], anchor, published,
                                             skip=weighed)


def names_the_case(words: Span, anchor: Anchor, published: date | None, *,
                    skip: frozenset[int] = frozenset()) -> bool:
    """The words date the case's event to the anchor's day or set it in the anchor's place ("Friday's crush",
    "the Nashik crush", "the flood on Tuesday")."""
    if any(ent.root.i not in skip and ent.label_ == "DATE" and anchor.date and len(anchor.date) == 10
           and normalise_date(ent.text, published, anchor.latest) == anchor.date for ent in entities(words)):
        return True
    place = (anchor.place or "").lower()
    return bool(place) and any(t.i not in skip and t.pos_ == "PROPN" and nested_names(place, t.lower_)
                               for t in words)


def words_of(doc: Doc, aside: Aside) -> Span:
    return doc.char_span(aside.start, aside.end, alignment_mode="expand") or doc[0:0]


def names_anchor_day(sent: Span, anchor: Anchor, published: date | None) -> bool:
    """"Police on Friday arrested three men over the June 2 crash": a sentence that dates the case's own event
    tells what followed it, and its claims (the toll, the cause) are about the case's event."""
    if not anchor.date or len(anchor.date) != 10:
        return False
    return any(ent.label_ == "DATE" and normalise_date(ent.text, published, anchor.latest) == anchor.date
               for ent in entities(sent))


def nested_names(here: str, there: str) -> bool:
    """"gaza city" and "gaza", "moscow region" and "moscow": one name is the other with words added."""
    a, b = here.replace("-", " ").split(), there.replace("-", " ").split()
    short, long = sorted((a, b), key=len)
    return bool(short) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
