"""claimreview.json: schema.org ClaimReview JSON-LD for the rows a fact-checker has given a verdict.

A verdict is keyed by facet: {"rating": "false", "comment": str, "reviewer": str, "url": str | None}, optionally
with "claim_ids" to review only some of the row's claims. Each claim behind a reviewed row becomes one
ClaimReview whose itemReviewed names the claim's source and where it appeared. Without verdicts: an empty list.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from reconcile.errors import CaseError
from reconcile.links import web_url
from reconcile.model import Claim, Evidence, SourceKind, claims_by_id

PERSON_KINDS = frozenset({SourceKind.FAMILY, SourceKind.WITNESS, SourceKind.EXPERT})


def _item_reviewed(claim: Claim, evidence: Evidence) -> dict[str, Any]:
    source = next((s for s in evidence.sources if s.id == claim.source_id), None)
    doc = next((d for d in evidence.documents if d.id == claim.document_id), None)
    author_type = "Person" if source is not None and source.kind in PERSON_KINDS else "Organization"
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {"@type": author_type, "name": source.name if source else claim.source_id},
    }
    if doc is not None:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": web_url(doc.url)}
        if doc.title:
            appearance["headline"] = doc.title
        if doc.published:
            appearance["datePublished"] = doc.published
        item["appearance"] = appearance
    return item


def claim_reviews(evidence: Evidence, verdicts: Mapping[str, Mapping[str, Any]] | None = None) -> list[dict]:
    """One ClaimReview per claim behind each row (main or other-event) whose facet has a verdict, in row order."""
    if not verdicts:
        return []
    claims = claims_by_id(evidence.claims)
    reviews = []
    for row in evidence.rows + evidence.other_rows:
        verdict = verdicts.get(row.facet)
        if verdict is None:
            continue
        if not verdict.get("rating"):
            raise CaseError(
                f"The verdict for facet '{row.facet}' has no rating; give one such as 'false' or 'disputed'"
            )
        wanted = verdict.get("claim_ids")
        claim_ids = dict.fromkeys(cid for cell in row.cells for cid in cell.claim_ids)
        for claim_id in claim_ids:
            if claim_id not in claims or (wanted is not None and claim_id not in wanted):
                continue
            claim = claims[claim_id]
            reviews.append(
                {
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "claimReviewed": claim.text,
                    "reviewRating": {"@type": "Rating", "alternateName": verdict["rating"]},
                    "reviewBody": verdict.get("comment", ""),
                    "itemReviewed": _item_reviewed(claim, evidence),
                    "author": {"@type": "Organization", "name": verdict.get("reviewer", "")},
                    "url": web_url(verdict.get("url")),  # a stored javascript: URL is never published
                }
            )
    return reviews


def render(evidence: Evidence, verdicts: Mapping[str, Mapping[str, Any]] | None = None) -> bytes:
    """claimreview.json's bytes: a JSON list of ClaimReview objects, sorted keys, indent 2."""
    text = json.dumps(claim_reviews(evidence, verdicts), sort_keys=True, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
