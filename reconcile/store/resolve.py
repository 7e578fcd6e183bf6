"""From what a reviewer types to a Decision: ids, id prefixes and names resolved to stable keys, values checked.

`draft` turns (action, target, payload) into a Decision against the case as currently reviewed; `state_of` shows
a decision's target in a given state, which the store records as the audit log's before and after.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, TypeVar

from reconcile.errors import CaseError
from reconcile.links import web_url
from reconcile.model import (
    Action,
    Claim,
    Credibility,
    Document,
    Extraction,
    Reliability,
    ReviewStatus,
    Source,
    Verdict,
    claims_by_id,
)
from reconcile.store.decisions import (
    CaseState,
    Decision,
    Review,
    json_payload,
    split_source_id,
)
from reconcile.store.keys import claim_key, document_key, facet_key, names_near, source_key, source_names

E = TypeVar("E", bound=Enum)

CLAIM_ACTIONS = (Action.ACCEPT, Action.REJECT, Action.REASSIGN, Action.EDIT)
SOURCE_ACTIONS = (Action.MERGE, Action.SPLIT, Action.RELIABILITY)
FACET_ACTIONS = (Action.CREDIBILITY, Action.VERDICT)


def _choice(what: str, value: object, valid: Iterable[object]) -> CaseError:
    return CaseError(f"{what} {value!r} is invalid; it must be one of {', '.join(map(str, valid))}")


def _member(vocabulary: type[E], word: object, what: str, given: object) -> E:
    """The member of `vocabulary` that `word` names, else the CaseError listing them (`given` as typed)."""
    try:
        return vocabulary(word)
    except ValueError:
        raise _choice(what, given, list(vocabulary)) from None


def parse_value(text: str) -> Any:
    """A facet value typed on the command line: JSON when it parses ("60", "[10, 12]", "true"), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def find_claim(ref: str, extraction: Extraction, review: Review) -> Claim:
    """The claim whose id is `ref` or starts with it, among kept and rejected claims."""
    claims = claims_by_id((*extraction.claims, *review.rejected))
    return _unique("claim", ref.strip().lower(), claims, lambda c: c.text[:60])


def find_document(ref: str, extraction: Extraction) -> Document:
    """The document whose id is `ref` or starts with it (or whose path is `ref`)."""
    docs = {d.id: d for d in extraction.documents}
    by_path = [d for d in extraction.documents if d.path == ref]
    return (
        by_path[0] if len(by_path) == 1 else _unique("document", ref.strip().lower(), docs, lambda d: d.path)
    )


def find_source(ref: str, extraction: Extraction) -> Source:
    """The source with id (or id prefix) `ref`, else the one with `ref` as its name or an alias."""
    named = [s for s in extraction.sources if ref.casefold() in {n.casefold() for n in source_names(s)}]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise CaseError(
            f"'{ref}' names {len(named)} sources ({', '.join(s.id for s in named)}); give the source id instead"
        )
    return _unique("source", ref.strip().lower(), {s.id: s for s in extraction.sources}, lambda s: s.name)


def _unique(kind: str, ref: str, items: Mapping[str, Any], show: Any) -> Any:
    if ref in items:
        return items[ref]
    hits = [key for key in items if ref and key.startswith(ref)]
    if len(hits) == 1:
        return items[hits[0]]
    if not hits:
        raise CaseError(
            f"No {kind} has the id {ref!r}; list them with 'reconcile export --case NAME --format json' "
            "or copy an id from the evidence table"
        )
    shown = ", ".join(f"{key} ({show(items[key])})" for key in hits[:5])
    raise CaseError(
        f"{kind.capitalize()} id prefix {ref!r} matches {len(hits)}: {shown}; give more characters"
    )


def check_facet(facet: str, extraction: Extraction) -> str:
    facets = sorted({fv.facet for c in extraction.claims for fv in c.facets})
    if facet not in facets:
        raise _choice("Facet", facet, facets or ["(no facets: the case has no claims yet)"])
    return facet


def draft(
    action: str,
    target: str,
    payload: Mapping[str, Any],
    extraction: Extraction,
    review: Review,
    *,
    reviewer: str,
    comment: str | None,
    decided_at: str,
) -> Decision:
    """The Decision for `action` on `target` (an id, id prefix, name or facet), its payload checked and resolved.

    Raises:
        CaseError: unknown action, target or source, bad rating, or a verdict without a comment.
    """
    action = _member(Action, action, "Action", action)
    docs = {d.id: d for d in extraction.documents}
    payload = dict(payload)
    if action in CLAIM_ACTIONS:
        claim = find_claim(target, extraction, review)
        key, label = claim_key(claim, docs[claim.document_id]), f"claim {claim.id}"
        if action == Action.REASSIGN:
            payload["source"] = source_key(find_source(str(payload["source"]), extraction))
        elif action == Action.EDIT:
            payload = _edit_payload(claim, payload)
    elif action in SOURCE_ACTIONS:
        source = find_source(target, extraction)
        key, label = source_key(source), f"source {source.name}"
        payload = _source_payload(action, source, payload, extraction, review)
    elif action in FACET_ACTIONS:
        key, label = facet_key(check_facet(target, extraction)), f"row {target}"
        payload = _facet_payload(action, payload, comment)
    else:
        doc = find_document(target, extraction)
        key, label = document_key(doc), f"document {doc.id}"
        payload = _add_payload(doc, payload, extraction)
    return Decision(action, key, json_payload(payload), reviewer, comment, decided_at, label)


def _edit_payload(claim: Claim, payload: dict[str, Any]) -> dict[str, Any]:
    facet = str(payload.get("facet") or "").strip()
    if not facet or "value" not in payload:
        raise CaseError("An edit needs a facet and a value, e.g. 'reconcile review edit CLAIM victim.age 60'")
    original = next((fv.value for fv in claim.facets if fv.facet == facet), None)
    return {"facet": facet, "value": payload["value"], "original": original}


def _source_payload(
    action: str, source: Source, payload: dict[str, Any], extraction: Extraction, review: Review
) -> dict[str, Any]:
    if action == Action.RELIABILITY:
        given = payload.get("rating")
        return {"rating": _member(Reliability, str(given or "").strip().upper(), "Reliability", given).value}
    if action == Action.MERGE:
        other = find_source(str(payload["other"]), extraction)
        if other.id == source.id:
            raise CaseError(f"Cannot merge source '{source.name}' with itself; name two different sources")
        return {"other": source_key(other)}
    alias = str(payload.get("alias", ""))
    names = {n.casefold(): n for n in source_names(source)}
    if len(names) < 2:
        raise CaseError(
            f"Source '{source.name}' has no other name to split off; merge or reassign claims instead"
        )
    if alias.casefold() not in names:
        raise _choice(f"Alias of source '{source.name}'", alias, list(names.values()))
    claims = payload.get("claims")
    docs = {d.id: d for d in extraction.documents}
    if claims is None:
        chosen = [
            c
            for c in extraction.claims
            if c.source_id == source.id and names_near(docs[c.document_id], c, alias)
        ]
    else:
        chosen = [find_claim(str(ref), extraction, review) for ref in claims]
    alias = alias if alias in source_names(source) else names[alias.casefold()]
    return {"alias": alias, "claims": [claim_key(c, docs[c.document_id]) for c in chosen]}


def _facet_payload(action: str, payload: Mapping[str, Any], comment: str | None) -> dict[str, Any]:
    if action == Action.CREDIBILITY:
        given = payload.get("rating")
        try:
            number = int(given)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            number = 0
        return {"rating": _member(Credibility, number, "Credibility", given).value}
    given = payload.get("rating")
    rating = _member(Verdict, str(given or "").strip().lower(), "Verdict", given).value
    if not (comment or "").strip():
        raise CaseError(f"A verdict needs a comment saying why it is '{rating}'; pass --comment TEXT")
    url = payload.get("url")
    if url is not None and str(url).strip() and web_url(url) is None:
        raise CaseError(
            f"The verdict's URL {str(url)!r} is not an http(s) address; give the https:// page of the fact-check"
        )
    return {"rating": rating, "url": web_url(url)}


def _add_payload(doc: Document, payload: Mapping[str, Any], extraction: Extraction) -> dict[str, Any]:
    start, end = int(payload["start"]), int(payload["end"])
    if not 0 <= start < end <= len(doc.text):
        raise CaseError(
            f"Span {start}-{end} is outside document {doc.id} ({len(doc.text)} characters); "
            "give 0 <= START < END <= its length"
        )
    name = str(payload["source"])
    try:
        source = source_key(find_source(name, extraction))
    except CaseError:
        source = {"kind": "source", "names": [name], "id": None, "name": name}
    added = {"start": start, "end": end, "text": doc.text[start:end], "source": source}
    if payload.get("facet"):
        added |= {"facet": str(payload["facet"]), "value": payload.get("value")}
    return added


def state_of(decision: Decision, extraction: Extraction, review: Review) -> dict[str, Any] | None:
    """What the decision's target looks like in this state: the audit log's before (or after) value."""
    case = CaseState(extraction)
    case.claims += review.rejected
    kind = decision.target["kind"]
    if kind == "claim":
        return _claim_state(case, case.claim(decision.target), review)
    if kind == "facet":
        facet = decision.target["facet"]
        return {
            "facet": facet,
            "verdict": review.verdicts.get(facet),
            "credibility": review.credibility.get(facet),
        }
    if kind == "document":
        key = {**decision.target, "start": decision.payload["start"], "end": decision.payload["end"]}
        i = case.claim(key)
        return (
            _claim_state(case, i, review)
            if i is not None and review.status.get(case.claims[i].id) == ReviewStatus.ADDED
            else None
        )
    state = {"source": _source_state(case, case.source(decision.target), review)}
    if decision.action == Action.MERGE:
        state["other"] = _source_state(case, case.source(decision.payload["other"]), review)
    if decision.action == Action.SPLIT:
        new = next(
            (i for i, s in enumerate(case.sources) if s.id == split_source_id(decision.payload["alias"])),
            None,
        )
        state["split_off"] = _source_state(case, new, review)
    return state


def _claim_state(case: CaseState, i: int | None, review: Review) -> dict[str, Any] | None:
    if i is None:
        return None
    claim = case.claims[i]
    source = next((s for s in case.sources if s.id == claim.source_id), None)
    return {
        "id": claim.id,
        "status": review.status.get(claim.id, "pending"),
        "source": source.name if source else claim.source_id,
        "facets": {fv.facet: fv.value for fv in claim.facets},
    }


def _source_state(case: CaseState, i: int | None, review: Review) -> dict[str, Any] | None:
    if i is None:
        return None
    source = case.sources[i]
    return {
        "id": source.id,
        "names": source_names(source),
        "reliability": review.reliability.get(source.id),
        "claims": sum(1 for c in case.claims if c.source_id == source.id),
    }
