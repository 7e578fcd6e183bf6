"""The plain data passed between stages: frozen dataclasses and closed vocabularies.

Ids derive from content (document hash + character offsets, or a source's canonical key), so a re-run over the
same documents yields the same ids and a reviewer's decisions can be re-attached to them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any


class SourceKind(StrEnum):
    MILITARY = "military"
    GOVERNMENT = "government"
    OFFICIAL_ANONYMOUS = "official_anonymous"
    FAMILY = "family"
    WITNESS = "witness"
    NGO = "ngo"
    MEDIA = "media"
    EXPERT = "expert"
    COMPANY = "company"
    ARMED_GROUP = "armed_group"
    OTHER = "other"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    NARRATION = "narration"


class Certainty(StrEnum):
    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    UNKNOWN = "unknown"


class Polarity(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class RowStatus(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    SINGLE = "single"
    UNCLEAR = "unclear"


class Reason(StrEnum):
    """Why a row has its status, typed so a reader can filter on it."""

    NUMBER = "number"
    IDENTITY = "identity"
    STATUS = "status"
    PLACE = "place"
    TIME = "time"
    NEGATION = "negation"
    MEANING = "meaning"
    NONE = "none"


class Action(StrEnum):
    """Every kind of reviewer decision, in the order the CLI lists them (the store's decisions.action column)."""

    ACCEPT = "accept"
    REJECT = "reject"
    REASSIGN = "reassign"
    EDIT = "edit"
    MERGE = "merge"
    SPLIT = "split"
    ADD = "add"
    RELIABILITY = "reliability"
    CREDIBILITY = "credibility"
    VERDICT = "verdict"


class Reliability(StrEnum):
    """Admiralty source reliability: A completely reliable ... E unreliable, F cannot be judged."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"


class Credibility(IntEnum):
    """Admiralty information credibility: 1 confirmed by other sources ... 5 improbable, 6 cannot be judged.

    An IntEnum, not a StrEnum: stores have always saved the rating as a JSON number.
    """

    CONFIRMED = 1
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6


class Verdict(StrEnum):
    """Ratings a reviewer can give a row; exported as ClaimReview reviewRating.alternateName."""

    CONFIRMED = "confirmed"
    LIKELY = "likely"
    UNLIKELY = "unlikely"
    DISPUTED = "disputed"
    MISLEADING = "misleading"
    UNVERIFIED = "unverified"
    FALSE = "false"


class ReviewStatus(StrEnum):
    """Where a reviewer left a claim; a claim nobody reviewed is PENDING (shown, never stored)."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    ADDED = "added"
    PENDING = "pending"


def claims_by_id(claims: Iterable[Claim]) -> dict[str, Claim]:
    """Each claim under its id, for resolving a cell's claim_ids (the later of two with one id wins)."""
    return {claim.id: claim for claim in claims}


def short_hash(*parts: object, length: int = 12) -> str:
    """A stable id from content, so the same input always gets the same id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Inferred:
    """One field the machine read from the words rather than from a manifest, and where: a reviewer can check it.

    On a Document the span points into its own text ("(Reuters)" in a dateline gives publisher = "Reuters"); in the
    case's event evidence `document_id` names the document the words are in.
    """

    field: str
    value: str
    start: int
    end: int
    rule: str
    document_id: str | None = None


@dataclass(frozen=True)
class Document:
    """One account as received: its exact text (all offsets point into it) and its provenance."""

    id: str
    path: str
    text: str
    sha256: str
    size: int
    ingested_at: str
    format: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    speaker: str | None = None
    """Who speaks the whole text (a tweet's author, a CSV row's source); None for a report with its own voice."""
    inferred: tuple[Inferred, ...] = ()
    """The fields above that were read from the document's header, each with its span and rule."""


@dataclass(frozen=True)
class Problem:
    """An input that could not be used, reported and skipped so the rest of a batch still runs."""

    path: str
    message: str


@dataclass(frozen=True)
class Statement:
    """What one speaker said, as found in one document: the content span, its cue and speaker mention."""

    id: str
    document_id: str
    start: int
    end: int
    text: str
    speaker: str
    """The speaker as named at this place (resolved from pronouns and nominal references)."""
    speaker_key: str
    """Canonical key that groups the mentions of one source."""
    quote: QuoteKind
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    certainty: Certainty = Certainty.CERTAIN
    polarity: Polarity = Polarity.POSITIVE
    via: str | None = None
    """speaker_key of the source through which the statement reached us (the outlet quoting an official)."""
    kind: SourceKind = SourceKind.OTHER
    kind_evidence: str = ""


@dataclass(frozen=True)
class Source:
    """One speaker, merged across its names and documents; a column of the evidence table."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: SourceKind
    documents: tuple[str, ...]
    kind_evidence: str = ""
    merged_because: tuple[str, ...] = ()
    """Why its names were taken for one speaker, one line per merge ("'Ryder' is never introduced ...")."""
    affiliation: str | None = None
    """The organisation the source speaks for ("Médecins Sans Frontières" for its director), to group columns."""


@dataclass(frozen=True)
class FacetValue:
    """One normalised fact inside a claim, with the exact words it came from."""

    facet: str
    value: Any
    text: str
    start: int
    end: int
    negated: bool = False


@dataclass(frozen=True)
class Claim:
    """A statement with the facts it carries, tied to its source and its characters in its document."""

    id: str
    source_id: str
    document_id: str
    start: int
    end: int
    text: str
    quote: QuoteKind
    cue: str | None
    certainty: Certainty
    polarity: Polarity
    via: str | None
    facets: tuple[FacetValue, ...] = ()
    other_event: str | None = None
    """Why this claim belongs to another event than the case's (None when it is about the main event)."""


@dataclass(frozen=True)
class Cell:
    """What one source says on one row: its values, the claims behind them, independent support."""

    source_id: str
    values: tuple[Any, ...]
    claim_ids: tuple[str, ...]
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    """One facet of the event across sources, with the status the values imply and why."""

    facet: str
    status: RowStatus
    reason: Reason
    note: str
    cells: tuple[Cell, ...]
    support: dict[str, int] = field(default_factory=dict)
    """Independent sources behind each displayed value (relays through `via` do not count)."""


@dataclass(frozen=True)
class Evidence:
    """Everything one run produced: the table and all that it rests on."""

    version: str
    event_title: str | None
    documents: tuple[Document, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    rows: tuple[Row, ...]
    other_rows: tuple[Row, ...] = ()
    """Rows built from claims about other events the documents recall: shown apart, never mixed in."""
    problems: tuple[Problem, ...] = ()
    event_date: str | None = None
    event_place: str | None = None
    event_type: str | None = None
    event_evidence: tuple[Inferred, ...] = ()
    """Where the event's date, place and type were read when no manifest gave them (empty when it did)."""


@dataclass(frozen=True)
class CaseInfo:
    """The event the documents are about: the [event] table of case.toml, else what the documents say together."""

    title: str | None = None
    date: str | None = None
    """YYYY-MM-DD of the event."""
    place: str | None = None
    aliases_file: str | None = None
    """Path of the alias file, joined to the folder holding case.toml so it can be opened from here."""
    event_type: str | None = None
    """The kind of event ("strike", "crash"), read from the documents (case.toml has no such key)."""
    evidence: tuple[Inferred, ...] = ()
    """Where each field not given by case.toml was read: which document, which words, which rule."""


@dataclass(frozen=True)
class Extraction:
    """What the machine read, before alignment: the input to review and to `assemble`."""

    documents: tuple[Document, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...]
    case: CaseInfo
