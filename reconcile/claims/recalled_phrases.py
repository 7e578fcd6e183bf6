"""A phrase inside a sentence about the case that is dated to an earlier event: its words are that event's.

"Human Rights Watch has documented such strikes since the invasion, including on 24 February 2022 outside a hospital
in Vuhledar, where four civilians were killed and ten wounded"; "The toll surpasses that of Ayacucho, where soldiers
opened fire on protesters on Dec. 15, killing 10 people"; "The governor said the toll was higher than in the March
shelling of the market in Dolna, where six people died". The sentence's own clause is the case's (or says nothing
of an event); the phrase that holds a date well before the anchor's day, and an event word, tells the earlier event,
wherever it stands and whatever word introduces it. Its words are an aside (claims/asides.py's `Aside`), so only
its values go to "Other events mentioned". A date on the clause's own verb ("In 2019, a strike killed 12") is the
whole sentence's, which claims/scope.py reads; a date in the clause's subject ("The strike of 3 March killed ...")
too. Dates after the anchor's are left alone: what a phrase dates later is most often the case's aftermath ("a
man who died of his wounds on 20 January").
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable, Iterator
from datetime import date

from spacy.tokens import Span, Token

from reconcile.claims.anchor import Anchor
from reconcile.claims.asides import Aside, trailing_participle
from reconcile.claims.measured import names_anchor_day, nested_names
from reconcile.claims.recalled_people import MONTHS
from reconcile.claims.when import YEAR, event_words, normalise_date
from reconcile.nlp.spans import entities
from reconcile.resources import lexicon

WEEK = 7
"""A phrase's date this many days or more before the anchor's day is another event's: nearer, it may be the case's
own beginning (a protest that began days before it turned deadly, an arrest before a death in custody)."""
MAIN = {"ROOT", "ccomp", "conj", "parataxis", "xcomp"}
"""The dependencies that keep a verb in the sentence's main line: the root, what it reports, what is joined to it."""
PLACES = {"GPE", "LOC", "FAC"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
COMPARING = {"against", "from", "with", "versus", "than", "over"}
"""Prepositions that give another event's figure beside the case's ("against 60,000 at the first march")."""
ARGUMENTS = {"dobj", "attr", "oprd", "dative"}
"""The main verb's own arguments, where the case's figures stand ("killed 11 people, including two teachers hurt in
an earlier attack"): a mark inside one sets aside only the smallest phrase that tells the other event."""
DURATION = {"since", "until", "for", "till", "by", "through", "throughout"}
"""A date after these says how long, not when ("has worked there since 2010")."""


@functools.cache
def _light_verbs() -> frozenset[str]:
    return frozenset(lexicon("scope")["light_verbs"])


def recalled_phrases(sent: Span, anchor: Anchor, published: date | None) -> Iterator[Aside]:
    """Each phrase of `sent` dated to an event before the anchor's day (see the module's docstring)."""
    seen: set[int] = set()
    for ent in entities(sent):
        if ent.label_ != "DATE" or not _earlier(ent, anchor, published):
            continue
        top = _phrase(ent.root, sent)
        if top is None or top.i in seen:
            continue
        first, last = _bounds(top, sent, anchor)
        words = sent.doc[first.i : last.i + 1]
        if not _tells_an_event(words, ent) or names_anchor_day(words, anchor, published):
            continue
        seen.add(top.i)
        said = f"{words[:8].text}..." if len(words) > 8 else words.text
        yield Aside(first.idx, last.idx + len(last.text), f"'{said}' dated '{ent.text}', an earlier event")


def _earlier(ent: Span, anchor: Anchor, published: date | None) -> bool:
    """The date is a point in time (not "since 2010") a week or more before the anchor's day, or in an earlier
    year than the anchor's."""
    holder = ent.root.head if ent.root.dep_ == "pobj" else None
    if holder is not None and holder.lower_ in DURATION:
        return False
    years = [int(y) for y in YEAR.findall(ent.text)]
    if anchor.year and years and all(y < anchor.year for y in years):
        return True
    if not anchor.date or len(anchor.date) != 10 or anchor.date_documents < 2:
        return False
    day = normalise_date(ent.text, published, anchor.latest) or month_before(ent, anchor.date, published)
    if not day or len(day) < 7:
        return False
    last = day if len(day) == 10 else f"{day}-{calendar.monthrange(int(day[:4]), int(day[5:7]))[1]:02d}"
    return (date.fromisoformat(anchor.date) - date.fromisoformat(last)).days >= WEEK


def month_before(ent: Span, anchor_day: str, published: date | None) -> str | None:
    """"the March shelling", "in December": a month named alone is the last such month before the anchor's, unless
    the document was written after the anchor's month and the month lies between the two (what followed: "a man who
    died of his wounds in November", in a December follow-up to an October event)."""
    named = [MONTHS[t.lower_] for t in ent if t.lower_ in MONTHS]
    if len(named) != 1 or any(t.like_num for t in ent):
        return None
    year, month = int(anchor_day[:4]), int(anchor_day[5:7])
    back = (month - named[0]) % 12
    ahead = (published.year - year) * 12 + published.month - month if published else 0
    if back == 0 or 12 - back <= ahead:
        return None
    return f"{year - (named[0] > month)}-{named[0]:02d}"


def _phrase(root: Token, sent: Span) -> Token | None:
    """The head of the smallest phrase above the date that holds an event word, below the sentence's main line;
    None when the date hangs on a main verb (the whole clause is dated) or the phrase is a clause's subject."""
    events = event_words()
    node = root
    while node.head.i != node.i and sent.start <= node.head.i < sent.end:
        head = node.head
        if _main(head):
            return None
        if node.dep_ in SUBJECTS:
            return None
        if node.i != root.i and node.dep_ != "pobj" and _has_event(node, events, skip=root):
            return node
        node = head
    return None


def confined_phrase(mark: Token, sent: Span, is_the_case: Callable[[Span], bool], reason: str) -> Aside | None:
    """The phrase below the sentence's main line that holds `mark` (a date, place or word of another event), as an
    aside, when the words outside it name the case's event (`is_the_case`: its day or place); None when the mark
    dates or places the main clause itself, lies in its subject, or nothing else names the case. In the main verb's
    own object only the smallest phrase that tells the other event goes, with the figure it describes ("killed 11
    people on Tuesday, including two teachers hurt in an earlier attack in August")."""
    node, smallest = mark, None
    while node.head.i != node.i and sent.start <= node.head.i < sent.end and not _main(node.head):
        if smallest is None and node.i != mark.i and node.dep_ != "pobj" and _has_event(node, event_words(),
                                                                                          skip=mark):
            smallest = node
        node = node.head
    if node.i == mark.i or node.dep_ in SUBJECTS or not _main(node.head) or node.head.i == node.i:
        return None
    if node.dep_ == "prep" and mark.head.i == node.i:
        return None  # "on 1 March" on the main verb: the clause's own date
    own = node.dep_ in ARGUMENTS or node.dep_ == "prep" and node.lower_ in {"to", "at"} and any(
        c.dep_ == "pobj" and c.like_num for c in node.children)  # "rose to 12", "put the turnout at 100,000"
    top = _figure_of(smallest, node) if smallest is not None and own else node
    first, last = _bounds(top, sent, None)
    first = _figure_before(top, first)
    outside = [t for t in sent if not first.i <= t.i <= last.i]
    if not outside or not any(is_the_case(run) for run in _runs(sent, outside)):
        return None
    return Aside(first.idx, last.idx + len(last.text), f"{reason} ('{sent.doc[first.i : last.i + 1][:8].text}')")


def _figure_of(top: Token, limit: Token) -> Token:
    """The smallest phrase that tells the other event, with the figure it describes ("the 50,000 who marched in
    March", "30,000 at the previous march"), up to the phrase on the main line (`limit`)."""
    while top.i != limit.i and top.dep_ in {"relcl", "acl", "prep"} and top.head.like_num:
        top = top.head
    return top


def _figure_before(node: Token, first: Token) -> Token:
    """"Police counted 45,000 on Saturday, against 60,000 at the first march in January": the figure the phrase
    gives for the other event stands just before it, in a phrase of its own on the same verb."""
    before = [c for c in node.head.children if c.i < node.i and c.dep_ == "prep"]
    if not before or before[-1].lower_ not in COMPARING:
        return first  # "rose to 12 after a girl died on Friday in Madrid": 12 is the case's
    words = sorted(before[-1].subtree, key=lambda t: t.i)
    if words[-1].i + 1 == first.i and any(t.like_num for t in words):
        return words[0]
    return first


def _runs(sent: Span, tokens: list[Token]) -> Iterator[Span]:
    """The spans of consecutive tokens."""
    start = prev = tokens[0].i
    for token in tokens[1:]:
        if token.i != prev + 1:
            yield sent.doc[start : prev + 1]
            start = token.i
        prev = token.i
    yield sent.doc[start : prev + 1]


def _main(token: Token) -> bool:
    """A verb of the sentence's main line: its root, or a clause it reports or joins ("said the toll was")."""
    node = token
    while node.dep_ in MAIN:
        if node.dep_ == "ROOT":
            return True
        if node.pos_ not in {"VERB", "AUX"}:
            return False
        node = node.head
    return False


def _has_event(top: Token, events: frozenset[str], *, skip: Token) -> bool:
    return any(t.lemma_.lower() in events and t.lemma_.lower() not in _light_verbs() and t.i != skip.i
               and t.ent_type_ != "DATE" for t in top.subtree)


def _bounds(top: Token, sent: Span, anchor: Anchor | None) -> tuple[Token, Token]:
    """The phrase's first and last words, with the participle or clause that the parser hung on the noun a
    relative clause describes ("Ayacucho, where soldiers opened fire on Dec. 15, killing 10 people")."""
    words = list(top.subtree)
    first, last = words[0], words[-1]
    if top.dep_ in {"relcl", "acl"}:
        later = [c for c in top.head.children if c.i > top.i and c.dep_ in {"acl", "relcl", "advcl"}]
        if later:
            last = max(later[-1].subtree, key=lambda t: t.i)
        if anchor is not None and top.head.ent_type_ in PLACES and not nested_names(
                (anchor.place or "").lower(), top.head.lower_):
            first = min(top.head.subtree, key=lambda t: t.i)  # "Ayacucho, where ...": the other event's place
    return first, trailing_participle(last, sent)


def _tells_an_event(words: Span, date_ent: Span) -> bool:
    """The phrase tells something happening besides its date: an event word outside the date's own words."""
    events = event_words()
    return any(t.lemma_.lower() in events and t.lemma_.lower() not in _light_verbs() and not
               date_ent.start <= t.i < date_ent.end for t in words)
