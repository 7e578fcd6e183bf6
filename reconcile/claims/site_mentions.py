"""Mentions of the case's site that name no place: "the site", "the scene", "the bridge" where the case's site is a
bridge, and "here" where the event happened. A source that says "rescuers worked at the scene through the night" or
"I was on the bridge when it fell" speaks of the case's place in its own words; read alone, no place name is in
the sentence, so the table left its cell empty while another source's column held the place. Such a mention takes
the case's site as its value (`claims/site.py`), else the anchor's town; its quote keeps the source's words.

"the site of the new stadium", "a site", "the construction site" and "the hospital" the injured were taken to are
not the site: an article and the noun alone (or an event word before it, "the crash site"), of nothing but the event,
and no verb that moved people to it.

Once the case knows its site, its venue named in a sentence that ties it to no event word ("he lost his wife in
Kerma", "the Imam Reza mosque was full") is the site too (`named_parts`): the case's documents have said what
happened there. Its town alone is not: "arrested in Tehran" may be anywhere in the city. Only where the sentence
places something (a verb's "in", "at", "near", its subject or object), never a name inside another's ("Kerma
District Hospital", "the mayor of Kerma") nor where people were taken, born or live.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, kept_indices
from reconcile.claims.place_mentions import container_of, place_tokens, unnamed_places
from reconcile.claims.place_names import location_words, normalise_place
from reconcile.claims.place_ties import LOCATIVE, is_event_word
from reconcile.claims.site import names_site, same_venue, split_site
from reconcile.claims.when import event_words
from reconcile.nlp.spans import entities
from reconcile.resources import lexicon


@functools.cache
def _deictic_nouns() -> frozenset[str]:
    """Nouns that point at the event's place without naming it (places.toml [site] deictic_nouns)."""
    return frozenset(lexicon("places").get("site", {}).get("deictic_nouns", []))


def site_mentions(span: Span, ctx: Context) -> Iterator[list[Token]]:
    """The words of each mention of the case's place by "the site", "the scene", the site's kind or "here"."""
    if not (ctx.site or ctx.town):
        return
    kind = split_site(ctx.site)[0].split()[-1:] if ctx.site else []
    nouns = _deictic_nouns() | _of_the_event_nouns() | frozenset(kind)
    kept = kept_indices(span, ctx)
    for token in span:
        if token.i not in kept:
            continue
        if token.lower_ == "here" and _here_of_event(token):
            yield [token]
        elif token.lower_ in nouns and _the_noun_alone(token) and not _moved_to(token):
            start = token.i - 1 - sum(1 for c in token.lefts if c.dep_ == "compound")
            yield list(span.doc[start : token.i + 1])
        elif token.lower_ in kind and _kind_of_the_event(token):
            yield list(span.doc[token.i - 1 : token.head.i + 1])


def _kind_of_the_event(token: Token) -> bool:
    """"the bridge collapse", "the camp shelling": the site's kind naming what the event befell, right before the
    event's word and after "the"."""
    doc = token.doc
    return (token.dep_ == "compound" and token.head.i == token.i + 1 and is_event_word(token.head)
            and token.i > 0 and doc[token.i - 1].lower_ == "the")


def _the_noun_alone(token: Token) -> bool:
    """"the scene", "the crash site", "the bridge": "the" and the noun, with at most event words between, and no
    name after it ("the hospital of Saint Luke", "the camp Mugunga") nor an "of" that names anything but the event
    ("the site of the blast" yes, "the site of the new stadium" no)."""
    doc = token.doc
    between = [c for c in token.lefts if c.dep_ != "det"]
    if any(c.dep_ != "compound" or c.lemma_.lower() not in event_words() for c in between):
        return False
    article = doc[token.i - 1 - len(between)] if token.i - len(between) > 0 else None
    if article is None or article.lower_ != "the" or article.head.i != token.i:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN":
        return False
    if after is not None and after.lower_ == "of":
        return any(g.dep_ == "pobj" and is_event_word(g) for g in after.children)
    if token.lower_ in _of_the_event_nouns():
        return False  # "the place", "the spot": only "of the accident" makes them the site
    return token.dep_ not in {"compound", "amod"}  # "the bridge collapse" names the event, not the place


@functools.cache
def _of_the_event_nouns() -> frozenset[str]:
    """Nouns that point at the site only with "of" and the event ("the place of the accident")."""
    return frozenset(lexicon("places").get("site", {}).get("of_the_event_nouns", []))


def _here_of_event(token: Token) -> bool:
    """"It happened here", "the bomb exploded here": "here" on an event's verb, not "everyone here knew", nor "nine
    of them died here", which a doctor says of the hospital."""
    head = token.head
    return (token.dep_ == "advmod" and head.pos_ in {"VERB", "AUX"} and is_event_word(head)
            and head.lemma_.lower() not in _outcome_verbs())


@functools.cache
def _outcome_verbs() -> frozenset[str]:
    """What befalls people after the event too, in a hospital as well (places.toml [site] outcome_verbs)."""
    return frozenset(lexicon("places").get("site", {}).get("outcome_verbs", []))


def _moved_to(token: Token) -> bool:
    """"the wounded were taken to the hospital": a place people were moved to, not where it happened."""
    return any(n.pos_ == "VERB" and n.lemma_.lower() in location_words("moved_verbs") for n in ancestors(token, 3))


def named_parts(span: Span, ctx: Context) -> Iterator[list[Token]]:
    """The words of each place the statement names that is the case's site's venue however spelled (alone, in the
    site's town or in a wider area) where the sentence places something there, tied to an event word or not."""
    if not ctx.site:
        return
    kept = kept_indices(span, ctx)
    for ent in sorted([*entities(span), *unnamed_places(span), *_untagged_names(span)], key=lambda e: e.start):
        tokens = place_tokens(ent) if ent.root.i in kept else None
        if tokens is None:
            continue
        head = tokens[-1]
        while (head.dep_ in {"compound", "nmod"} and head.head.i > head.i
               and head.head.lemma_.lower() in _place_holders()):
            head = head.head  # "the Mugunga 3 camp": the NER's name is part of the place's
        tokens = [*tokens, *span.doc[tokens[-1].i + 1 : head.i + 1]]
        if not _placed(head) or _moved_to(head) or _home(head):
            continue
        container = container_of(span, tokens[-1].i + 1)
        venue = normalise_place(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text)
        town = normalise_place(container[0].doc[container[0].i : container[-1].i + 1].text) if container else None
        site_venue = split_site(ctx.site)[0]
        if same_venue(_bare(venue), site_venue) and names_site(_bare(venue), _bare(town) if town else None, ctx.site):
            yield [*tokens, *(container or [])]


def _untagged_names(span: Span) -> Iterator[Span]:
    """Runs of proper names no entity holds ("she went to Phulrai", untagged): candidates, kept only when they
    spell the site's venue."""
    tagged = {i for ent in entities(span) for i in range(ent.start, ent.end)}
    i = span.start
    while i < span.end:
        if span.doc[i].pos_ != "PROPN" or i in tagged:
            i += 1
            continue
        j = i
        while j < span.end and span.doc[j].pos_ == "PROPN" and j not in tagged:
            j += 1
        yield Span(span.doc, i, j, label="GPE")
        i = j


def _placed(token: Token) -> bool:
    """The place is where a verb's doing or state is ("prayed at the mosque", "lost his wife and two grandchildren
    in Kerma", where the parser hangs "in" on the object), or a verb's subject or object ("the mosque was full");
    not a name inside another name, a noun's "of", nor where a subject is from ("residents in Kerma said")."""
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return token.head.pos_ in {"VERB", "AUX"}
    if token.dep_ == "appos" and token.head.lemma_.lower() in _place_holders():
        return _placed(token.head)  # "in the village Fulrai Mughalgarhi": the name in apposition to its noun
    preposition = token.head
    holder = preposition.head
    if token.dep_ == "pobj" and preposition.lower_ == "of" and holder.lemma_.lower() in _place_holders():
        return _placed(holder)  # "fired bombs on the site of displaced of Mugunga"
    if token.dep_ == "pobj" and preposition.lower_ == "to" and holder.lemma_.lower() in _going_verbs():
        return True  # "on Tuesday she went to Phulrai with her sister-in-law"
    if token.dep_ != "pobj" or preposition.lower_ not in LOCATIVE or preposition.dep_ != "prep":
        return False
    if holder.pos_ in {"VERB", "AUX"}:
        return True
    speaking = holder.dep_ == "nsubj" and holder.head.lemma_.lower() in _speaking_verbs()
    return holder.pos_ in {"NOUN", "PROPN"} and not speaking  # "our teams at the Mugunga camp received 29 wounded"


@functools.cache
def _place_holders() -> frozenset[str]:
    """Nouns whose "of" names the place they are, or are part of ("the site of displaced of Mugunga")."""
    return _deictic_nouns() | location_words("site_nouns") | location_words("place_nouns")


@functools.cache
def _going_verbs() -> frozenset[str]:
    """Verbs of going somewhere (places.toml [site] going_verbs): "went to Phulrai" puts the person there."""
    return frozenset(lexicon("places").get("site", {}).get("going_verbs", []))


@functools.cache
def _speaking_verbs() -> frozenset[str]:
    """Verbs of saying: "residents in Kerma said" places the speakers, not the event (places.toml [site])."""
    return frozenset(lexicon("places").get("site", {}).get("speaking_verbs", []))


@functools.cache
def _home_verbs() -> frozenset[str]:
    """Verbs of where people live or come from (places.toml [site] home_verbs): "born in Krasnogorsk" is not the
    shooting's hall."""
    return frozenset(lexicon("places").get("site", {}).get("home_verbs", []))


def _home(token: Token) -> bool:
    return any(n.pos_ in {"VERB", "AUX"} and n.lemma_.lower() in _home_verbs() for n in ancestors(token, 3))


def _bare(place: str) -> str:
    """"kerma village" -> "kerma": the kind of area goes, as `where.place_parts` writes a place."""
    words = place.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in location_words("area_nouns") else place
