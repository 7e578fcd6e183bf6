"""What: the kind of event and the weapon (the investigation and its state: `inquiry`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from reconcile.claims.context import Context, is_negated, kept_indices, matches, value
from reconcile.model import FacetValue

def find_event_type(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    for label, sp in matches(span, "event.type", "terms"):
        if sp.start in kept and not is_negated(sp.root):
            yield value("event.type", label, sp)


def find_weapon(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    for label, sp in matches(span, "weapon", "terms"):
        if sp.start in kept and not is_negated(sp.root):
            yield value("weapon", label, sp)
