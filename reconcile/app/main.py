"""reconcile's review app: `reconcile app [CASE]` runs `streamlit run` on this file.

Environment: RECONCILE_CASE (the case opened first), RECONCILE_STORE (a store file, or a folder of case stores),
RECONCILE_REVIEWER (the name written into decisions).
"""

from __future__ import annotations

import os

import streamlit as st

from reconcile.app import documents, evidence, exports, review
from reconcile.app.boundary import plain
from reconcile.app.case import AppCase, default_case
from reconcile.app.state import reviewed, show_flash
from reconcile.errors import ReconcileError


def sidebar() -> AppCase | None:
    st.sidebar.title("reconcile")
    name = st.sidebar.text_input("Case", value=default_case(), key="case_name").strip()
    st.sidebar.text_input("Reviewer", value=os.environ.get("RECONCILE_REVIEWER", ""), key="reviewer")
    try:
        case = AppCase.open(name, store_env=os.environ.get("RECONCILE_STORE"))
    except ReconcileError as err:
        st.sidebar.error(plain(err))
        return None
    st.sidebar.caption(plain(f"Store: {case.path}"))
    return case


def main() -> None:
    st.set_page_config(page_title="reconcile", layout="wide")
    case = sidebar()
    if case is None:
        return
    show_flash()
    tabs = st.tabs(["Evidence", "Documents", "Review", "Timeline", "Export", "Audit log"])
    with tabs[1]:
        documents.documents_page(case)
    found = reviewed(case)
    if found is None:
        tabs[0].info("No run yet: add documents and press “Run / re-run pipeline” on the Documents tab.")
        return
    ev, rev = found
    with tabs[0]:
        evidence.evidence_table(ev, rev)
        st.subheader("Evidence in context")
        picked = evidence.pick_cell(ev)
        if picked:
            claims = evidence.context(ev, *picked)
            review.claim_form(case, ev, claims)
    with tabs[2]:
        review.source_forms(case, ev)
        review.row_forms(case, ev)
    with tabs[3]:
        exports.timeline(ev)
    with tabs[4]:
        exports.downloads(ev, rev)
    with tabs[5]:
        review.decisions(case)
        review.audit_log(case)


main()
