"""`reconcile review ...` and `reconcile log`: each command opens the case store and records or reads one thing.

Mount with `app.add_typer(review_app, name="review")` and `app.command("log")(log_command)`. Errors are raised as
CaseError / StoreError for the main CLI to turn into a message and an exit code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from reconcile.model import Evidence
from reconcile.store import CaseStore, Review
from reconcile.store.resolve import parse_value

review_app = typer.Typer(
    help="Record a reviewer's decisions on a stored case; they survive every re-run.", no_args_is_help=True
)

CaseOption = Annotated[str | None, typer.Option("--case", help="Case name (under $RECONCILE_HOME/cases).")]
StoreOption = Annotated[Path | None, typer.Option("--store", help="Case store file (instead of --case).")]
ReviewerOption = Annotated[
    str | None,
    typer.Option("--reviewer", help="Who decides (default: $RECONCILE_REVIEWER, else your user name)."),
]
CommentOption = Annotated[str | None, typer.Option("--comment", help="Why (required for a verdict).")]
ClaimArg = Annotated[str, typer.Argument(help="Claim id or a unique prefix of it.")]
SourceArg = Annotated[str, typer.Argument(help="Source id, unique id prefix, name or alias.")]


def _decide(
    action: str,
    target: str,
    payload: dict[str, Any],
    case: str | None,
    store: Path | None,
    reviewer: str | None,
    comment: str | None,
) -> None:
    with CaseStore.at(case, store) as case_store:
        decision = case_store.decide(action, target, payload, reviewer=reviewer, comment=comment)
    typer.echo(decision.summary())


@review_app.command()
def accept(
    claim: ClaimArg,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Mark a claim as checked and right.

    Example: reconcile review accept 3f2a1b --case syria
    """
    _decide("accept", claim, {}, case, store, reviewer, comment)


@review_app.command()
def reject(
    claim: ClaimArg,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Take a wrongly extracted claim out of the table (it stays in the store, marked rejected).

    Example: reconcile review reject 3f2a1b --case syria --comment "not a claim about the strike"
    """
    _decide("reject", claim, {}, case, store, reviewer, comment)


@review_app.command()
def reassign(
    claim: ClaimArg,
    source: SourceArg,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Attribute a claim to another source.

    Example: reconcile review reassign 3f2a1b "White Helmets" --case syria
    """
    _decide("reassign", claim, {"source": source}, case, store, reviewer, comment)


@review_app.command()
def edit(
    claim: ClaimArg,
    facet: Annotated[str, typer.Argument(help="Facet to correct, e.g. victim.age.")],
    value: Annotated[
        str, typer.Argument(help="The right value; JSON when it parses (60, [10, 12]), else text.")
    ],
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Correct the value a claim gives for a facet (the machine's value stays in the log and reports).

    Example: reconcile review edit 3f2a1b victim.age 56 --case syria
    """
    _decide("edit", claim, {"facet": facet, "value": parse_value(value)}, case, store, reviewer, comment)


@review_app.command()
def merge(
    source: SourceArg,
    other: SourceArg,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Merge the second source into the first (one column, all names kept as aliases).

    Example: reconcile review merge CENTCOM "Defense officials" --case syria
    """
    _decide("merge", source, {"other": other}, case, store, reviewer, comment)


@review_app.command()
def split(
    source: SourceArg,
    alias: Annotated[str, typer.Argument(help="The name to make a source of its own.")],
    claims: Annotated[
        list[str] | None, typer.Option("--claim", help="A claim that goes with the alias (repeatable).")
    ] = None,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Split an alias off a source; its claims are those given, else those where the alias is named.

    Example: reconcile review split "White Helmets" "Syrian Civil Defense" --case syria
    """
    payload: dict[str, Any] = {"alias": alias} | ({"claims": claims} if claims else {})
    _decide("split", source, payload, case, store, reviewer, comment)


@review_app.command()
def add(
    document: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    start: Annotated[int, typer.Argument(help="First character of the span.")],
    end: Annotated[int, typer.Argument(help="Character after the span.")],
    source: Annotated[str, typer.Argument(help="Who says it: a source id, name or alias, or a new name.")],
    facet: Annotated[str | None, typer.Option("--facet", help="Facet the span states.")] = None,
    value: Annotated[str | None, typer.Option("--value", help="Its value (JSON when it parses).")] = None,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Add a claim the machine missed, from a span of a document.

    Example: reconcile review add 78c79a 506 563 "Mesto's family" --facet victim.age --value 56 --case syria
    """
    payload: dict[str, Any] = {"start": start, "end": end, "source": source}
    if facet:
        payload |= {"facet": facet, "value": parse_value(value) if value is not None else None}
    _decide("add", document, payload, case, store, reviewer, comment)


@review_app.command()
def reliability(
    source: SourceArg,
    rating: Annotated[
        str, typer.Argument(help="Admiralty reliability A (reliable) to E, F cannot be judged.")
    ],
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Grade a source's reliability (Admiralty A-F).

    Example: reconcile review reliability CENTCOM B --case syria
    """
    _decide("reliability", source, {"rating": rating}, case, store, reviewer, comment)


@review_app.command()
def credibility(
    facet: Annotated[str, typer.Argument(help="The row's facet, e.g. victim.age.")],
    rating: Annotated[
        int, typer.Argument(help="Admiralty credibility 1 (confirmed) to 5, 6 cannot be judged.")
    ],
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
    comment: CommentOption = None,
) -> None:
    """Grade the credibility of a row's information (Admiralty 1-6).

    Example: reconcile review credibility victim.age 3 --case syria
    """
    _decide("credibility", facet, {"rating": rating}, case, store, reviewer, comment)


@review_app.command()
def verdict(
    facet: Annotated[str, typer.Argument(help="The row's facet, e.g. victim.age.")],
    rating: Annotated[
        str, typer.Argument(help="confirmed, likely, unlikely, disputed, misleading, unverified, false.")
    ],
    comment: Annotated[str, typer.Option("--comment", help="Why: the reasoning readers will see.")],
    url: Annotated[str | None, typer.Option("--url", help="Where the fact-check is published.")] = None,
    case: CaseOption = None,
    store: StoreOption = None,
    reviewer: ReviewerOption = None,
) -> None:
    """Give a row a verdict with the reasoning behind it (exported as ClaimReview).

    Example: reconcile review verdict victim.age disputed --comment "family says 56, White Helmets 60" --case syria
    """
    _decide("verdict", facet, {"rating": rating, "url": url}, case, store, reviewer, comment)


@review_app.command()
def show(case: CaseOption = None, store: StoreOption = None) -> None:
    """List the case as reviewed: sources, claims and rows with their ids, statuses and ratings.

    Example: reconcile review show --case syria
    """
    with CaseStore.at(case, store) as case_store:
        evidence, review = case_store.reviewed()
    for line in _overview(evidence, review):
        typer.echo(line)


def _overview(evidence: Evidence, review: Review) -> list[str]:
    names = {s.id: s.name for s in evidence.sources}
    lines = ["Sources:"]
    for s in evidence.sources:
        also = f" (also {', '.join(s.aliases)})" if s.aliases else ""
        rated = f"  reliability {review.reliability[s.id]}" if s.id in review.reliability else ""
        lines.append(f"  {s.id}  {s.name}{also}{rated}")
    lines.append("Claims:")
    for c in sorted(
        {c.id: c for c in (*evidence.claims, *review.rejected)}.values(),
        key=lambda c: (c.document_id, c.start),
    ):
        facets = ", ".join(f"{fv.facet}={_compact(fv.value)}" for fv in c.facets)
        status = review.status.get(c.id, "pending")
        quote = c.text if len(c.text) <= 40 else c.text[:39] + "…"
        lines.append(
            f"  {c.id}  {status:<8}  {names.get(c.source_id, c.source_id)}: “{quote}”  {facets}".rstrip()
        )
    lines.append("Rows:")
    for row, where in [
        *((r, "") for r in evidence.rows),
        *((r, "  (another event)") for r in evidence.other_rows),
    ]:
        verdict = review.verdicts.get(row.facet)
        judged = f"  verdict {verdict['rating']}" if verdict else ""
        judged += f"  credibility {review.credibility[row.facet]}" if row.facet in review.credibility else ""
        lines.append(f"  {row.facet}  {row.status}{judged}{where}")
    return lines


@review_app.command()
def orphans(case: CaseOption = None, store: StoreOption = None) -> None:
    """List the decisions that fit nothing in the latest run (kept, and re-tried after every run).

    Example: reconcile review orphans --case syria
    """
    with CaseStore.at(case, store) as case_store:
        found = case_store.orphans()
    for decision in found:
        typer.echo(
            f"{decision.summary()} — decided {decision.decided_at[:19]}, fits nothing in the latest run"
        )
    if not found:
        typer.echo("No orphaned decisions: every decision fits the latest run.")


def log_command(case: CaseOption = None, store: StoreOption = None) -> None:
    """Print the case's audit log: every run and decision, who, when, and the state before and after.

    Example: reconcile log --case syria
    """
    with CaseStore.at(case, store) as case_store:
        entries = case_store.log()
    for entry in entries:
        typer.echo(f"{entry.id:>4}  {entry.at[:19]}Z  {entry.reviewer}  {entry.action} {entry.target}")
        typer.echo(f"      before: {_compact(entry.before)}")
        typer.echo(f"      after:  {_compact(entry.after)}")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
