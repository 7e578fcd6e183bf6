"""Mentions of the case's site that name no place: "the site", "the scene", "the bridge" where the case's site is a
bridge, and "here" where the event happened. A source that says "rescuers worked at the scene through the night" or
"I was on the bridge when it fell" speaks of the case's place in its own words; read alone, no place name is in
the sentence, so the table left its cell empty while another source's column held the place. Such a mention takes
the case's site as its value (`claims/site.py`), else the anchor's town; its quote keeps the source's words.

"the site of the new stadium", "a site", "the construction site" and "the hospital" the injured were taken to are
not the site: an article and the noun alone (or an event word before it, "the crash site"), of nothing but the event,
and no verb that moved people to it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, kept_indices
from reconcile.claims.place_names import location_words
from reconcile.claims.place_ties import is_event_word
from reconcile.claims.site import split_site
from reconcile.claims.when import event_words
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
    nouns = _deictic_nouns() | frozenset(kind)
    kept = kept_indices(span, ctx)
    for token in span:
        if token.i not in kept:
            continue
        if token.lower_ == "here" and _here_of_event(token):
            yield [token]
        elif token.lower_ in nouns and _the_noun_alone(token) and not _moved_to(token):
            start = token.i - 1 - sum(1 for c in token.lefts if c.dep_ == "compound")
            yield list(span.doc[start : token.i + 1])


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
    return token.dep_ not in {"compound", "amod"}  # "the bridge collapse" names the event, not the place


def _here_of_event(token: Token) -> bool:
    """"It happened here", "people died here": "here" on an event's verb, not "everyone here knew"."""
    head = token.head
    return token.dep_ == "advmod" and head.pos_ in {"VERB", "AUX"} and is_event_word(head)


def _moved_to(token: Token) -> bool:
    """"the wounded were taken to the hospital": a place people were moved to, not where it happened."""
    return any(n.pos_ == "VERB" and n.lemma_.lower() in location_words("moved_verbs") for n in ancestors(token, 3))
