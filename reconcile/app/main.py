"""reconcile's review app: `reconcile app [CASE]` runs `streamlit run` on this file.

Environment: RECONCILE_CASE (the case opened first), RECONCILE_STORE (a store file, or a folder of case stores),
RECONCILE_REVIEWER (the reviewer's name filled in; without it the app asks for one before the first decision).
"""

from __future__ import annotations

import os

import streamlit as st

from reconcile.app import documents, evidence, exports, review
from reconcile.app.boundary import plain
from reconcile.app.case import AppCase, default_case
from reconcile.app.state import reviewed, show_flash
from reconcile.digest import case_title
from reconcile.errors import ReconcileError

# Less blank space above the title, so the disputes fit the first screen. (A comment, not a docstring: Streamlit
# would show a bare string on the page.)
COMPACT = "<style>.stMainBlockContainer, .block-container { padding-top: 2.5rem !important; }</style>"
TABS = ["Evidence", "Documents", "Review", "Timeline", "Export", "Audit log"]


def sidebar() -> AppCase | None:
    st.sidebar.title("reconcile")
    name = st.sidebar.text_input("Case", value=default_case(), key="case_name").strip()
    st.sidebar.text_input(
        "Your name (required to save decisions)",
        value=os.environ.get("RECONCILE_REVIEWER", ""),
        key="reviewer",
        placeholder="e.g. B. Checker",
        help="Asked once per session and written into every decision and run you make.",
    )
    try:
        case = AppCase.open(name, store_env=os.environ.get("RECONCILE_STORE"))
    except ReconcileError as err:
        st.sidebar.error(plain(err))
        return None
    st.sidebar.caption(plain(f"Store: {case.path}"))
    return case


def main() -> None:
    st.set_page_config(page_title="reconcile", layout="wide")
    st.markdown(COMPACT, unsafe_allow_html=True)
    case = sidebar()
    if case is None:
        return
    found = reviewed(case)
    if found is not None:
        st.markdown("#### " + plain(case_title(found[0])))  # a headline from a document: never live Markdown
    show_flash()
    tabs = st.tabs(TABS, key="tab", on_change="rerun")  # the tab shown is kept across the rerun after an action
    with tabs[1]:
        documents.documents_page(case)
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
