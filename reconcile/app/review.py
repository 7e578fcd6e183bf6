"""Corrections: one form per kind of review decision, each saved at once; and the audit log."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from reconcile.app.boundary import plain
from reconcile.app.case import AppCase
from reconcile.app.state import NO_REVIEWER, flash, reviewer
from reconcile.errors import ReconcileError
from reconcile.model import Action, Claim, Credibility, Evidence, Reliability, Verdict, claims_by_id
from reconcile.store import parse_value

CLAIM_ACTIONS = (Action.ACCEPT, Action.REJECT, Action.REASSIGN, Action.EDIT)

NOT_ASSESSED = "not assessed"
"""What an untouched rating shows: nothing is recorded until the reviewer picks a value."""


def _save(
    case: AppCase,
    action: str,
    target: str,
    payload: Mapping[str, Any] | None = None,
    comment: str | None = None,
) -> None:
    """Record the decision; on success show it after a rerun, else show why it was refused."""
    name = reviewer()
    if name is None:
        st.error(NO_REVIEWER)
        return
    try:
        decision = case.decide(action, target, payload, reviewer=name, comment=comment)
    except (ReconcileError, KeyError, ValueError) as err:
        st.error(plain(err))
        return
    flash(f"Saved: {decision.summary()}")
    st.rerun()


def claim_form(case: AppCase, evidence: Evidence, claims: list[Claim]) -> None:
    """Accept, reject, reassign or edit one of the cell's claims."""
    if not claims:
        return
    sources = {s.id: s for s in evidence.sources}
    with st.form("claim_decision"):
        st.markdown("**Correct a claim of this cell**")
        by_id = claims_by_id(claims)
        claim_id = st.selectbox(
            "Claim", list(by_id), format_func=lambda i: f"{i} · {by_id[i].text[:70]}", key="claim_target"
        )
        action = st.radio(
            "Action", CLAIM_ACTIONS, index=None, horizontal=True, key="claim_action"
        )
        new_source = st.selectbox(
            "Reassign to source", list(sources), format_func=lambda i: sources[i].name, key="claim_source"
        )
        facets = sorted({fv.facet for c in claims for fv in c.facets})
        facet = st.selectbox("Facet to edit", facets or ["—"], key="claim_facet")
        value = st.text_input("New value (JSON or text, e.g. 60)", key="claim_value")
        comment = st.text_input("Comment", key="claim_comment")
        if st.form_submit_button("Save claim decision"):
            if action is None:
                st.error("Choose an action (accept, reject, reassign or edit) and save again.")
                return
            payload: dict[str, Any] = {}
            if action == Action.REASSIGN:
                payload = {"source": new_source}
            elif action == Action.EDIT:
                payload = {"facet": facet, "value": parse_value(value)}
            _save(case, action, claim_id, payload, comment)


def source_forms(case: AppCase, evidence: Evidence) -> None:
    """Merge two sources, split a name off a source, rate a source's reliability (A-F)."""
    sources = {s.id: s for s in evidence.sources}
    if not sources:
        return

    def name(i: str) -> str:
        return f"{sources[i].name} ({sources[i].kind})"

    cols = st.columns(3)
    with cols[0].form("merge"):
        a = st.selectbox("Source", list(sources), format_func=name, key="merge_a")
        b = st.selectbox("Merge with", list(sources), format_func=name, key="merge_b")
        if st.form_submit_button("Merge sources"):
            _save(case, Action.MERGE, a, {"other": b})
    with cols[1].form("split"):
        named = {
            f"{s.id}|{alias}": (s, alias)
            for s in sources.values()
            for alias in (s.name, *s.aliases)
            if s.aliases
        }
        choice = st.selectbox(
            "Name to split off",
            list(named) or ["—"],
            format_func=lambda k: f"'{named[k][1]}' from {named[k][0].name}" if k in named else k,
            key="split_name",
        )
        if st.form_submit_button("Split source") and choice in named:
            _save(case, Action.SPLIT, named[choice][0].id, {"alias": named[choice][1]})
    with cols[2].form("reliability"):
        s = st.selectbox("Source", list(sources), format_func=name, key="reliability_source")
        rating = st.selectbox(
            "Reliability (A reliable … E unreliable, F cannot be judged)",
            list(Reliability),
            index=None,
            placeholder=NOT_ASSESSED,
            key="reliability_rating",
        )
        if st.form_submit_button("Rate source"):
            if rating is None:
                st.error("Choose a reliability (A–F) and save again.")
            else:
                _save(case, Action.RELIABILITY, s, {"rating": rating})
    merged = [s for s in sources.values() if s.merged_because]
    if merged:
        with st.expander("Why names were taken for one source"):
            for source in merged:  # as text: names come from the documents
                st.text(f"{source.name} ({', '.join(source.aliases)}): " + "; ".join(source.merged_because))


def row_forms(case: AppCase, evidence: Evidence) -> None:
    """Rate a row's credibility (1-6) and give it a verdict with a required comment."""
    facets = [r.facet for r in evidence.rows]
    if not facets:
        return
    cols = st.columns(2)
    with cols[0].form("credibility"):
        facet = st.selectbox("Row", facets, key="credibility_row")
        rating = st.selectbox(
            "Credibility (1 confirmed … 5 improbable, 6 cannot be judged)",
            list(Credibility),
            index=None,
            placeholder=NOT_ASSESSED,
            key="credibility_rating",
        )
        if st.form_submit_button("Rate row"):
            if rating is None:
                st.error("Choose a credibility (1–6) and save again.")
            else:
                _save(case, Action.CREDIBILITY, facet, {"rating": rating})
    with cols[1].form("verdict"):
        facet = st.selectbox("Row", facets, key="verdict_row")
        verdict = st.selectbox("Verdict", list(Verdict), index=None, placeholder=NOT_ASSESSED, key="verdict_rating")
        comment = st.text_area("Why (required)", key="verdict_comment")
        if st.form_submit_button("Save verdict"):
            if verdict is None:
                st.error("Choose a verdict and save again; nothing is recorded until you do.")
            elif not comment.strip():
                st.error("A verdict needs a comment saying why; write one and save again.")
            else:
                _save(case, Action.VERDICT, facet, {"rating": verdict}, comment)


def _shown(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, default=str)


def audit_log(case: AppCase) -> None:
    """Every run and decision, oldest first, with the target's state before and after."""
    entries = case.log()
    if not entries:
        st.info("Nothing recorded yet.")
        return
    st.table(
        pd.DataFrame(
            [
                {
                    "#": e.id,
                    "at": e.at[:19],
                    "reviewer": e.reviewer,
                    "action": e.action,
                    "target": e.target,
                    "before": _shown(e.before)[:200],
                    "after": _shown(e.after)[:200],
                }
                for e in entries
            ]
        ).set_index("#")
    )


def decisions(case: AppCase) -> None:
    """The decisions as one line each (the CLI's `reconcile log` wording)."""
    lines = [d.summary() for d in case.decisions()]
    if lines:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        st.markdown(f'<ul class="reconcile-decisions">{items}</ul>', unsafe_allow_html=True)
