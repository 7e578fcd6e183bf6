"""Reviewer decisions and how they are re-applied, in order, to a fresh extraction after every run.

A decision names its target by a stable key (see keys.py), not by an id a new extractor may change. Replaying
the decisions gives the extraction as reviewed, for `pipeline.assemble`; a decision that fits nothing is returned
as an orphan (the store keeps it and retries it after the next run). Verdicts, credibility and reliability do not
change the table: they come back in a `Review`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from reconcile.model import (
    Action,
    Certainty,
    Claim,
    Document,
    Extraction,
    FacetValue,
    Polarity,
    QuoteKind,
    ReviewStatus,
    Source,
    SourceKind,
    short_hash,
)
from reconcile.store.keys import (
    Anchor,
    best_claim,
    best_source,
    names_near,
    reanchor,
    same_document,
    source_names,
)
from reconcile.store.records import plain, python


@dataclass(frozen=True)
class Decision:
    """One reviewer decision: what was done, to which stable target, by whom and when."""

    action: str
    target: dict[str, Any]
    """A stable key: {"kind": "claim" | "source" | "facet" | "document", ...} (see the module docstring)."""
    payload: dict[str, Any]
    reviewer: str
    comment: str | None = None
    decided_at: str = ""
    label: str = ""
    """How the target was shown when the decision was taken ("claim 3f2a1b9c0d1e", "source CENTCOM")."""
    id: int | None = None

    def summary(self) -> str:
        """One line for the CLI and the log: "#3 edit claim 3f2a1b9c0d1e: victim.age 56 -> 60 (ana)"."""
        detail = _DETAILS[self.action](self.target, self.payload, self.comment)
        number = f"#{self.id} " if self.id is not None else ""
        return f"{number}{self.action} {self.label}{': ' + detail if detail else ''} ({self.reviewer})"


def _quote(text: str, limit: int = 50) -> str:
    return "“" + (text if len(text) <= limit else text[: limit - 1] + "…") + "”"


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_DETAILS: dict[str, Callable[[dict[str, Any], dict[str, Any], str | None], str]] = {
    Action.ACCEPT: lambda t, p, c: _quote(t["text"]),
    Action.REJECT: lambda t, p, c: _quote(t["text"]),
    Action.REASSIGN: lambda t, p, c: f"now said by {p['source']['name']}",
    Action.EDIT: lambda t, p, c: f"{p['facet']} {_shown(p.get('original'))} -> {_shown(p['value'])}",
    Action.MERGE: lambda t, p, c: f"merged with {p['other']['name']}",
    Action.SPLIT: lambda t, p, c: f"'{p['alias']}' split off with {len(p.get('claims') or ())} claim(s)",
    Action.ADD: lambda t, p, c: (
        f"{_quote(p['text'])} said by {p['source']['name']}"
        + (f", {p['facet']} = {_shown(p.get('value'))}" if p.get("facet") else "")
    ),
    Action.RELIABILITY: lambda t, p, c: f"reliability {p['rating']}",
    Action.CREDIBILITY: lambda t, p, c: f"credibility {p['rating']}",
    Action.VERDICT: lambda t, p, c: f"{p['rating']}, because {c}",
}


@dataclass(frozen=True)
class Edit:
    """A facet value a reviewer changed; `original` is the machine's value (None if the facet was added)."""

    claim_id: str
    facet: str
    original: Any
    value: Any
    reviewer: str
    decided_at: str


@dataclass(frozen=True)
class Review:
    """The reviewer's judgements beside the Evidence: what the exports and the app show next to the table."""

    verdicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    """facet -> {"rating", "comment", "reviewer", "url", "decided_at"}: the shape claimreview.claim_reviews takes."""
    credibility: dict[str, int] = field(default_factory=dict)
    """facet -> Admiralty credibility 1-6 (a model.Credibility value)."""
    reliability: dict[str, str] = field(default_factory=dict)
    """source id -> Admiralty reliability A-F (a model.Reliability value)."""
    status: dict[str, str] = field(default_factory=dict)
    """claim id -> ReviewStatus accepted, rejected or added (claims nobody reviewed are absent)."""
    rejected: tuple[Claim, ...] = ()
    edits: tuple[Edit, ...] = ()
    orphans: tuple[Decision, ...] = ()
    reanchored: tuple[Reanchored, ...] = ()
    """Decisions whose document changed and whose quote was found again in the new copy (see keys.reanchor)."""


@dataclass(frozen=True)
class Reanchored:
    """A decision that fits only because its quote was found again in an edited document: where, and how."""

    decision: Decision
    anchor: Anchor

    def before(self) -> dict[str, Any]:
        key = self.decision.target
        return {"sha256": key.get("sha256"), "start": key.get("start"), "end": key.get("end"), "text": key.get("text")}

    def after(self) -> dict[str, Any]:
        a = self.anchor
        return {"sha256": a.sha256, "start": a.start, "end": a.end, "method": a.method, "score": a.score}


class CaseState:
    """The working state while decisions are replayed: claims keep their status until the end."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.docs = {doc.id: doc for doc in extraction.documents}
        self.claims = list(extraction.claims)
        self.sources = list(extraction.sources)
        self.status: dict[str, str] = {}
        self.edits: list[Edit] = []
        self.verdicts: dict[str, dict[str, Any]] = {}
        self.credibility: dict[str, int] = {}
        self.reliability: dict[str, str] = {}
        self.anchors: list[Anchor] = []
        """Re-anchorings made while replaying, in order; apply_review gives each to its decision."""

    def document(self, key: Mapping[str, Any]) -> Document | None:
        return next((d for d in self.docs.values() if same_document(d, key)), None)

    def claim(self, key: Mapping[str, Any]) -> int | None:
        """Index in self.claims of the claim the key fits best, or None.

        When the key's document is gone because its bytes changed, the quote is looked for in the new copy
        (keys.reanchor) and the claim is matched at the place found.
        """
        found = best_claim(key, self.claims, self.docs)
        if found is not None or key.get("kind") != "claim":
            return found
        anchor = reanchor(key, self.docs.values())
        if anchor is None:
            return None
        found = best_claim(anchor.moved(key), self.claims, self.docs)
        if found is not None:
            self.anchors.append(anchor)
        return found

    def source(self, key: Mapping[str, Any]) -> int | None:
        """Index in self.sources of the source sharing most names with the key, or None."""
        return best_source(key, self.sources)

    def facets(self) -> set[str]:
        return {fv.facet for c in self.claims if self.status.get(c.id) != ReviewStatus.REJECTED for fv in c.facets}

    def review(
        self, orphans: Sequence[Decision], reanchored: Sequence[Reanchored] = ()
    ) -> tuple[Extraction, Review]:
        kept = tuple(c for c in self.claims if self.status.get(c.id) != ReviewStatus.REJECTED)
        rejected = tuple(c for c in self.claims if self.status.get(c.id) == ReviewStatus.REJECTED)
        extraction = replace(self.extraction, claims=kept, sources=tuple(self.sources))
        review = Review(
            verdicts=self.verdicts,
            credibility=self.credibility,
            reliability={s.id: r for s in self.sources if (r := self.reliability.get(s.id))},
            status=dict(self.status),
            rejected=rejected,
            edits=tuple(self.edits),
            orphans=tuple(orphans),
            reanchored=tuple(reanchored),
        )
        return extraction, review


def _set_status(status: ReviewStatus) -> Callable[[CaseState, Decision], bool]:
    def apply(case: CaseState, d: Decision) -> bool:
        i = case.claim(d.target)
        if i is None:
            return False
        case.status[case.claims[i].id] = status
        return True

    return apply


def _reassign(case: CaseState, d: Decision) -> bool:
    i, s = case.claim(d.target), case.source(d.payload["source"])
    if i is None or s is None:
        return False
    claim, source = case.claims[i], case.sources[s]
    case.claims[i] = replace(claim, source_id=source.id, via=None if claim.via == source.id else claim.via)
    if claim.document_id not in source.documents:
        case.sources[s] = replace(source, documents=(*source.documents, claim.document_id))
    return True


def _edit(case: CaseState, d: Decision) -> bool:
    i = case.claim(d.target)
    if i is None:
        return False
    claim, facet, value = case.claims[i], d.payload["facet"], python(d.payload["value"])
    at = next((n for n, fv in enumerate(claim.facets) if fv.facet == facet), None)
    if at is None:
        original = None
        facets = (*claim.facets, FacetValue(facet, value, claim.text, claim.start, claim.end))
    else:
        original = claim.facets[at].value
        facets = tuple(replace(fv, value=value) if n == at else fv for n, fv in enumerate(claim.facets))
    case.claims[i] = replace(claim, facets=facets)
    case.edits.append(Edit(claim.id, facet, original, value, d.reviewer, d.decided_at))
    return True


def _merge(case: CaseState, d: Decision) -> bool:
    a, b = case.source(d.target), case.source(d.payload["other"])
    if a is None or b is None:
        return False
    if a == b:
        return True
    keep, gone = case.sources[a], case.sources[b]
    names = [n for n in dict.fromkeys((*source_names(keep), *source_names(gone))) if n != keep.name]
    docs = tuple(dict.fromkeys((*keep.documents, *gone.documents)))
    case.sources[a] = replace(keep, aliases=tuple(names), documents=docs)
    del case.sources[b]
    case.claims = [_move(c, gone.id, keep.id) for c in case.claims]
    if gone.id in case.reliability and keep.id not in case.reliability:
        case.reliability[keep.id] = case.reliability[gone.id]
    return True


def _move(claim: Claim, old: str, new: str) -> Claim:
    source_id = new if claim.source_id == old else claim.source_id
    via = new if claim.via == old else claim.via
    if source_id == claim.source_id and via == claim.via:
        return claim
    return replace(claim, source_id=source_id, via=None if via == source_id else via)


def _split(case: CaseState, d: Decision) -> bool:
    s = case.source(d.target)
    if s is None:
        return False
    source, alias = case.sources[s], d.payload["alias"]
    names = source_names(source)
    if alias.casefold() not in {n.casefold() for n in names} or len(names) < 2:
        return True  # already a source of its own: nothing left to split
    rest = [n for n in names if n.casefold() != alias.casefold()]
    new = Source(split_source_id(alias), alias, (), source.kind, (), source.kind_evidence)
    moved = _split_claims(case, source, alias, d.payload.get("claims"))
    for i in moved:
        case.claims[i] = replace(case.claims[i], source_id=new.id)
    docs = tuple(dict.fromkeys(case.claims[i].document_id for i in moved))
    case.sources[s] = replace(source, name=rest[0], aliases=tuple(rest[1:]))
    case.sources.insert(s + 1, replace(new, documents=docs))
    return True


def split_source_id(alias: str) -> str:
    return short_hash("source", "split", alias.casefold())


def _split_claims(
    case: CaseState, source: Source, alias: str, keys: Iterable[Mapping[str, Any]] | None
) -> list[int]:
    """Indexes of the claims that go with the split-off name: the listed ones, else those it is named beside."""
    if keys is not None:
        found = (case.claim(key) for key in keys)
        return sorted({i for i in found if i is not None and case.claims[i].source_id == source.id})
    return [
        i
        for i, c in enumerate(case.claims)
        if c.source_id == source.id and names_near(case.docs[c.document_id], c, alias)
    ]


def _add(case: CaseState, d: Decision) -> bool:
    doc = case.document(d.target)
    start, end = d.payload["start"], d.payload["end"]
    if doc is None or not 0 <= start < end <= len(doc.text):
        return False
    s = case.source(d.payload["source"])
    if s is None:
        name = d.payload["source"]["name"]
        case.sources.append(Source(added_source_id(name), name, (), SourceKind.OTHER, (doc.id,)))
        s = len(case.sources) - 1
    elif doc.id not in case.sources[s].documents:
        case.sources[s] = replace(case.sources[s], documents=(*case.sources[s].documents, doc.id))
    text = doc.text[start:end]
    facets: tuple[FacetValue, ...] = ()
    if d.payload.get("facet"):
        facets = (FacetValue(d.payload["facet"], python(d.payload.get("value")), text, start, end),)
    claim = Claim(
        id=short_hash("added", doc.id, start, end),
        source_id=case.sources[s].id,
        document_id=doc.id,
        start=start,
        end=end,
        text=text,
        quote=QuoteKind(d.payload.get("quote", QuoteKind.INDIRECT)),
        cue=None,
        certainty=Certainty.CERTAIN,
        polarity=Polarity.POSITIVE,
        via=None,
        facets=facets,
    )
    case.claims = [c for c in case.claims if c.id != claim.id] + [claim]
    case.status[claim.id] = ReviewStatus.ADDED
    return True


def added_source_id(name: str) -> str:
    return short_hash("source", "added", name.casefold())


def _reliability(case: CaseState, d: Decision) -> bool:
    s = case.source(d.target)
    if s is None:
        return False
    case.reliability[case.sources[s].id] = d.payload["rating"]
    return True


def _credibility(case: CaseState, d: Decision) -> bool:
    if d.target["facet"] not in case.facets():
        return False
    case.credibility[d.target["facet"]] = d.payload["rating"]
    return True


def _verdict(case: CaseState, d: Decision) -> bool:
    if d.target["facet"] not in case.facets():
        return False
    case.verdicts[d.target["facet"]] = {
        "rating": d.payload["rating"],
        "comment": d.comment or "",
        "reviewer": d.reviewer,
        "url": d.payload.get("url"),
        "decided_at": d.decided_at,
    }
    return True


APPLY: dict[str, Callable[[CaseState, Decision], bool]] = {
    Action.ACCEPT: _set_status(ReviewStatus.ACCEPTED),
    Action.REJECT: _set_status(ReviewStatus.REJECTED),
    Action.REASSIGN: _reassign,
    Action.EDIT: _edit,
    Action.MERGE: _merge,
    Action.SPLIT: _split,
    Action.ADD: _add,
    Action.RELIABILITY: _reliability,
    Action.CREDIBILITY: _credibility,
    Action.VERDICT: _verdict,
}
"""Action -> function applying one decision to the working state; False when the decision fits nothing."""


def apply_review(extraction: Extraction, decisions: Iterable[Decision]) -> tuple[Extraction, Review]:
    """The extraction as the reviewer left it (rejected claims removed) and the Review beside it.

    Decisions are replayed in the order given; one whose target is gone, or whose payload cannot be read, is
    skipped and listed in Review.orphans.
    """
    case, orphans, reanchored = CaseState(extraction), [], []
    for decision in decisions:
        mark = len(case.anchors)
        try:
            fits = APPLY[decision.action](case, decision)
        except (KeyError, TypeError, ValueError):
            fits = False
        if not fits:
            orphans.append(decision)
        elif len(case.anchors) > mark and decision.target.get("kind") == "claim":
            reanchored.append(Reanchored(decision, case.anchors[mark]))
    return case.review(orphans, reanchored)


def apply_decisions(
    extraction: Extraction, decisions: Iterable[Decision]
) -> tuple[Extraction, list[Decision]]:
    """The reviewed extraction, ready for `pipeline.assemble`, and the decisions that no longer fit anything."""
    reviewed, review = apply_review(extraction, decisions)
    return reviewed, list(review.orphans)


def json_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A payload as stored: facet values in the store's JSON form (see records.plain)."""
    return plain(dict(payload))
