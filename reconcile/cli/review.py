"""`reconcile review ...` and `reconcile log`: each command opens the case store and records or reads one thing.

Mount with `app.add_typer(review_app, name="review")` and `app.command("log")(log_command)`. Errors are raised as
CaseError / StoreError for the main CLI to turn into a message and an exit code.
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from reconcile.cli.console import printable
from reconcile.model import Evidence, ReviewStatus, claims_by_id
from reconcile.store import CaseStore, Review, parse_value

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
RowArg = Annotated[str, typer.Argument(help="The row's facet, e.g. victim.age.")]

Request = tuple[str, dict[str, Any]]
"""What a decision command asks the store to record: the decision's target and its payload."""


def _option(name: str, annotation: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)


CASE_OPTIONS = (_option("case", CaseOption), _option("store", StoreOption))
DECISION_OPTIONS = (*CASE_OPTIONS, _option("reviewer", ReviewerOption), _option("comment", CommentOption))


def _command(
    run: Callable[..., None], spec: Callable[..., Any], options: tuple[inspect.Parameter, ...]
) -> Callable[..., None]:
    """`run` as a typer callback with `spec`'s name, help and parameters, then the `options` spec lacks.

    Typer reads a command's options from its signature, so the options every command shares are added here,
    once; `run` receives every value by name. A `case_store` parameter of `spec` is not an option.
    """
    own = [p for p in inspect.signature(spec, eval_str=True).parameters.values() if p.name != "case_store"]
    params = [*own, *(o for o in options if o.name not in {p.name for p in own})]
    functools.update_wrapper(run, spec)
    run.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in params}
    return run


def _decision(build: Callable[..., Request]) -> Callable[..., None]:
    """Register `build` as the review command recording the decision of its name, with the shared options.

    `build` turns the command's arguments into the decision's target and payload. Errors (no such case, claim
    or source, a bad rating) are raised as CaseError / StoreError for the main CLI to report.
    """
    wants = inspect.signature(build).parameters

    def run(**values: Any) -> None:
        target, payload = build(**{name: values[name] for name in wants})
        with CaseStore.at(values["case"], values["store"]) as case_store:
            decision = case_store.decide(
                build.__name__, target, payload, reviewer=values["reviewer"], comment=values["comment"]
            )
        typer.echo(printable(decision.summary()))

    return review_app.command()(_command(run, build, DECISION_OPTIONS))


def _report(read: Callable[[CaseStore], Iterable[str]]) -> Callable[..., None]:
    """A command printing the lines `read` makes of the case store given by --case or --store."""

    def run(**values: Any) -> None:
        with CaseStore.at(values["case"], values["store"]) as case_store:
            lines = list(read(case_store))
        for line in lines:
            typer.echo(printable(line))

    return _command(run, read, CASE_OPTIONS)


@_decision
def accept(claim: ClaimArg) -> Request:
    """Mark a claim as checked and right.

    Example: reconcile review accept 3f2a1b --case syria
    """
    return claim, {}


@_decision
def reject(claim: ClaimArg) -> Request:
    """Take a wrongly extracted claim out of the table (it stays in the store, marked rejected).

    Example: reconcile review reject 3f2a1b --case syria --comment "not a claim about the strike"
    """
    return claim, {}


@_decision
def reassign(claim: ClaimArg, source: SourceArg) -> Request:
    """Attribute a claim to another source.

    Example: reconcile review reassign 3f2a1b "White Helmets" --case syria
    """
    return claim, {"source": source}


@_decision
def edit(
    claim: ClaimArg,
    facet: Annotated[str, typer.Argument(help="Facet to correct, e.g. victim.age.")],
    value: Annotated[
        str, typer.Argument(help="The right value; JSON when it parses (60, [10, 12]), else text.")
    ],
) -> Request:
    """Correct the value a claim gives for a facet (the machine's value stays in the log and reports).

    Example: reconcile review edit 3f2a1b victim.age 56 --case syria
    """
    return claim, {"facet": facet, "value": parse_value(value)}


@_decision
def merge(source: SourceArg, other: SourceArg) -> Request:
    """Merge the second source into the first (one column, all names kept as aliases).

    Example: reconcile review merge CENTCOM "Defense officials" --case syria
    """
    return source, {"other": other}


@_decision
def split(
    source: SourceArg,
    alias: Annotated[str, typer.Argument(help="The name to make a source of its own.")],
    claims: Annotated[
        list[str] | None, typer.Option("--claim", help="A claim that goes with the alias (repeatable).")
    ] = None,
) -> Request:
    """Split an alias off a source; its claims are those given, else those where the alias is named.

    Example: reconcile review split "White Helmets" "Syrian Civil Defense" --case syria
    """
    return source, {"alias": alias} | ({"claims": claims} if claims else {})


@_decision
def add(
    document: Annotated[str, typer.Argument(help="Document id or a unique prefix of it.")],
    start: Annotated[int, typer.Argument(help="First character of the span.")],
    end: Annotated[int, typer.Argument(help="Character after the span.")],
    source: Annotated[str, typer.Argument(help="Who says it: a source id, name or alias, or a new name.")],
    facet: Annotated[str | None, typer.Option("--facet", help="Facet the span states.")] = None,
    value: Annotated[str | None, typer.Option("--value", help="Its value (JSON when it parses).")] = None,
) -> Request:
    """Add a claim the machine missed, from a span of a document.

    Example: reconcile review add 78c79a 506 563 "Mesto's family" --facet victim.age --value 56 --case syria
    """
    payload: dict[str, Any] = {"start": start, "end": end, "source": source}
    if facet:
        payload |= {"facet": facet, "value": parse_value(value) if value is not None else None}
    return document, payload


@_decision
def reliability(
    source: SourceArg,
    rating: Annotated[
        str, typer.Argument(help="Admiralty reliability A (reliable) to E, F cannot be judged.")
    ],
) -> Request:
    """Grade a source's reliability (Admiralty A-F).

    Example: reconcile review reliability CENTCOM B --case syria
    """
    return source, {"rating": rating}


@_decision
def credibility(
    facet: RowArg,
    rating: Annotated[
        int, typer.Argument(help="Admiralty credibility 1 (confirmed) to 5, 6 cannot be judged.")
    ],
) -> Request:
    """Grade the credibility of a row's information (Admiralty 1-6).

    Example: reconcile review credibility victim.age 3 --case syria
    """
    return facet, {"rating": rating}


@_decision
def verdict(
    facet: RowArg,
    rating: Annotated[
        str, typer.Argument(help="confirmed, likely, unlikely, disputed, misleading, unverified, false.")
    ],
    comment: Annotated[str, typer.Option("--comment", help="Why: the reasoning readers will see.")],
    url: Annotated[str | None, typer.Option("--url", help="Where the fact-check is published.")] = None,
) -> Request:
    """Give a row a verdict with the reasoning behind it (exported as ClaimReview).

    Example: reconcile review verdict victim.age disputed --comment "family says 56, White Helmets 60" --case syria
    """
    # `comment` is declared here to be required, with its own help; _decision records it with the decision.
    return facet, {"rating": rating, "url": url}


@review_app.command()
@_report
def show(case_store: CaseStore) -> list[str]:
    """List the case as reviewed: sources, claims and rows with their ids, statuses and ratings.

    Example: reconcile review show --case syria
    """
    return _overview(*case_store.reviewed())


def _overview(evidence: Evidence, review: Review) -> list[str]:
    names = {s.id: s.name for s in evidence.sources}
    lines = ["Sources:"]
    for s in evidence.sources:
        also = f" (also {', '.join(s.aliases)})" if s.aliases else ""
        rated = f"  reliability {review.reliability[s.id]}" if s.id in review.reliability else ""
        lines.append(f"  {s.id}  {s.name}{also}{rated}")
    lines.append("Claims:")
    for c in sorted(
        claims_by_id((*evidence.claims, *review.rejected)).values(),
        key=lambda c: (c.document_id, c.start),
    ):
        facets = ", ".join(f"{fv.facet}={_compact(fv.value)}" for fv in c.facets)
        status = review.status.get(c.id, ReviewStatus.PENDING)
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
@_report
def orphans(case_store: CaseStore) -> list[str]:
    """List the decisions that fit nothing in the latest run (kept, and re-tried after every run).

    Example: reconcile review orphans --case syria
    """
    found = case_store.orphans()
    if not found:
        return ["No orphaned decisions: every decision fits the latest run."]
    return [f"{d.summary()} — decided {d.decided_at[:19]}, fits nothing in the latest run" for d in found]


@_report
def log_command(case_store: CaseStore) -> Iterator[str]:
    """Print the case's audit log: every run and decision, who, when, and the state before and after.

    Example: reconcile log --case syria
    """
    for entry in case_store.log():
        yield f"{entry.id:>4}  {entry.at[:19]}Z  {entry.reviewer}  {entry.action} {entry.target}"
        yield f"      before: {_compact(entry.before)}"
        yield f"      after:  {_compact(entry.after)}"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
