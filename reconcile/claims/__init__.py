"""Claims: the facts inside each statement, typed and normalised, scoped to the case's event or another one."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from reconcile.claims.activity import find_activity
from reconcile.claims.actors import find_actor
from reconcile.claims.anchor import Anchor, infer_anchor
from reconcile.claims.asides import Aside
from reconcile.claims.causes import find_cause
from reconcile.claims.clock import find_time
from reconcile.claims.context import Context
from reconcile.claims.counts import find_counts
from reconcile.claims.denials import mark_denials
from reconcile.claims.inquiry import find_investigation
from reconcile.claims.people import find_age, find_named_victim, find_victim_name
from reconcile.claims.place_names import anchor_town
from reconcile.claims.recalled_people import case_people
from reconcile.claims.scope import other_asides, other_events
from reconcile.claims.target import find_target
from reconcile.claims.things import case_kind, find_event_type, find_weapon
from reconcile.claims.victim_status import find_status
from reconcile.claims.when import find_when, own_dates
from reconcile.claims.where import find_where
from reconcile.model import Claim, Document, FacetValue, Statement, short_hash
from reconcile.nlp.spans import sentence_bounds
from reconcile.sources import speaker_group

FINDERS = (find_counts, find_when, find_time, find_where, find_victim_name, find_age, find_status, find_activity,
           find_actor, find_target, find_event_type, find_weapon, find_investigation, find_cause)

__all__ = ["extract_claims", "facet_values"]


def extract_claims(
    statements: Sequence[Statement],
    docs: Sequence[Doc],
    documents: Sequence[Document],
    source_of: Mapping[str, str],
    *,
    event_date: str | None = None,
    event_place: str | None = None,
    anchor: Anchor | None = None,
) -> Iterator[Claim]:
    """One claim per statement, carrying the facet values its words state, in document order.

    A second pass credits every statement that names a victim already identified by someone ("Lutfi never left
    his village", after "identified as Loutfi Hassan Mesto") with that victim's name, spelled as it says it.
    """
    by_id = {d.id: (d, doc) for d, doc in zip(documents, docs, strict=True)}
    if anchor is None:
        anchor = infer_anchor(docs, documents, date=event_date, place=event_place)
    town = anchor_town(anchor.place)
    kind = case_kind(anchor.event_type, docs)
    people = case_people(docs)
    scopes = {d.id: other_events(doc, anchor, _published(d), people=people)
              for d, doc in zip(documents, docs, strict=True)}
    aside = {d.id: other_asides(doc, scopes[d.id], anchor, _published(d))
             for d, doc in zip(documents, docs, strict=True)}
    speaker_names = frozenset(k.split(":", 1)[1] for k in source_of if k.startswith("person:"))
    per_doc: dict[str, list[Statement]] = {}
    for st in statements:
        per_doc.setdefault(st.document_id, []).append(st)
    seen: set[str] = set()
    found: list[tuple[Claim, Span, Context]] = []
    for document_id, group in per_doc.items():
        document, doc = by_id[document_id]
        index, scope_starts = _by_start(group), sorted(scopes[document_id])
        for st in group:
            span = doc.char_span(st.start, st.end, alignment_mode="expand")
            claim_id = short_hash(document.sha256, st.start, st.end, st.speaker_key)
            if span is None or claim_id in seen:
                continue  # one span said once, even when two cues introduce it
            seen.add(claim_id)
            published = _published(document) or _anchor_day(anchor)
            ctx = Context(published, _nested(st, index, doc), speaker_names, latest=anchor.latest, town=town,
                          dated=own_dates(document), statement=st, kind=kind, site=anchor.site,
                          event_day=_anchor_day(anchor) if anchor.date_documents >= 2 else None,
                          part_of_day=anchor.part_of_day, own_day=_published(document),
                          undated=_published(document) is None,
                          others=frozenset(scopes[document_id]))
            claim = Claim(
                id=claim_id,
                source_id=source_of.get(speaker_group(st.speaker_key), source_of.get(st.speaker_key, "")),
                document_id=document_id,
                start=st.start,
                end=st.end,
                text=st.text,
                quote=st.quote,
                cue=st.cue,
                certainty=st.certainty,
                polarity=st.polarity,
                via=source_of.get(st.via) if st.via else None,
                facets=tuple(facet_values(span, ctx)),
                other_event=_scope(span, scopes[document_id], scope_starts),
            )
            found += [(part, span, ctx) for part in _set_aside(claim, aside[document_id], document.sha256)]
    victims = {fv.value for claim, _, _ in found for fv in claim.facets if fv.facet == "victim.name"}
    for claim, span, ctx in found:
        known = [f.value for f in claim.facets if f.facet == "victim.name"]
        mentions = [fv for fv in find_named_victim(span, ctx, victims) if fv.value not in known]
        yield replace(claim, facets=claim.facets + tuple(mentions)) if mentions else claim


def facet_values(span: Span, ctx: Context) -> list[FacetValue]:
    found: list[FacetValue] = []
    for finder in FINDERS:
        for fv in finder(span, ctx):
            if not any(f.facet == fv.facet and f.value == fv.value for f in found):
                found.append(fv)
    return mark_denials(found, span.doc)


def _set_aside(claim: Claim, asides: Sequence[Aside], sha256: str) -> list[Claim]:
    """The claim, less the values that lie in an aside about another event ("the deadliest since the 2005
    collision, which killed 340"), and for each such aside a claim over its words holding those values."""
    if claim.other_event is not None or not asides:
        return [claim]
    kept, parts = list(claim.facets), []
    for aside in asides:
        start, end = max(aside.start, claim.start), min(aside.end, claim.end)
        inside = [fv for fv in kept if start <= fv.start and fv.end <= end]
        if not inside:
            continue
        kept = [fv for fv in kept if fv not in inside]
        words = claim.text[start - claim.start : end - claim.start]
        parts.append(replace(claim, id=short_hash(sha256, start, end, claim.id), start=start, end=end, text=words,
                             facets=tuple(inside), other_event=aside.reason))
    return [replace(claim, facets=tuple(kept)), *parts] if parts else [claim]


def _by_start(group: Sequence[Statement]) -> tuple[list[int], list[Statement]]:
    """The statements sorted by start, and their starts, so `_nested` looks only at those that can lie inside."""
    ordered = sorted(group, key=lambda st: st.start)
    return [st.start for st in ordered], ordered


def _nested(statement: Statement, index: tuple[list[int], list[Statement]], doc: Doc) -> frozenset[int]:
    """Tokens of statements inside this one said by someone else: the innermost speaker owns those words.

    Only statements starting within this one are looked at (bisect), so a long document is not quadratic.
    """
    starts, ordered = index
    skip: set[int] = set()
    first, last = bisect.bisect_left(starts, statement.start), bisect.bisect_right(starts, statement.end)
    for other in ordered[first:last]:
        if other is statement or other.speaker_key == statement.speaker_key:
            continue
        inside = statement.start <= other.start and other.end <= statement.end
        if inside and (other.end - other.start) < (statement.end - statement.start):
            inner = doc.char_span(other.start, other.end, alignment_mode="expand")
            if inner is not None:
                skip.update(range(inner.start, inner.end))
    return frozenset(skip)


def _scope(span: Span, reasons: Mapping[int, str], starts: Sequence[int]) -> str | None:
    """The reason of the other-event sentence that holds the span's start, when every sentence the span reaches
    is about another event; a statement that goes on from the case's event to another ("Eleven people died on
    Tuesday. In 2019 we lost twelve,") keeps its own values, and the other sentences' go aside
    (`scope.other_asides` gives each such sentence as an aside).

    `reasons` is keyed by sentence start in ascending order (`other_events`) and `starts` is its keys: the span's
    sentences are all other when as many keys lie within it (found by bisect) as it has sentence starts.
    """
    holding, end = sentence_bounds(span.doc, span.start)
    if holding not in reasons:
        return None
    first, last = bisect.bisect_right(starts, holding), bisect.bisect_left(starts, span.end)
    inside = 0
    while end < span.end:
        inside, end = inside + 1, sentence_bounds(span.doc, end)[1]
    return reasons[holding] if last - first == inside else None


def _anchor_day(anchor: Anchor) -> date | None:
    """The anchor's day, to read "on Tuesday" in a document that gives no date of its own."""
    return date.fromisoformat(anchor.date) if anchor.date and len(anchor.date) == 10 else None


def _published(document: Document) -> date | None:
    try:
        return date.fromisoformat(document.published[:10]) if document.published else None
    except ValueError:
        return None

