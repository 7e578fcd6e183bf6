"""The Documents page: add accounts (upload, paste, path), list them with provenance, run the pipeline."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from reconcile.app.boundary import allowed_roots, plain
from reconcile.app.case import AppCase
from reconcile.app.passage import text_html
from reconcile.app.state import NO_REVIEWER, flash, pipeline, reviewer
from reconcile.errors import ReconcileError
from reconcile.ingest import SUFFIXES
from reconcile.model import Problem


def _report(problems: list[Problem], what: str) -> None:
    skipped = "; ".join(p.message for p in problems)
    flash(f"Added {what}." + (f" Skipped {skipped}" if problems else ""))


def _refused(err: ReconcileError) -> None:
    """A refusal as plain text: its words may come from a file name or an upload."""
    st.error(plain(err))


def add_inputs(case: AppCase) -> None:
    """Upload, paste or name a path; each input is read at once so a broken file is reported here."""
    uploads = st.file_uploader(
        "Upload documents", type=[s.lstrip(".") for s in SUFFIXES], accept_multiple_files=True, key="uploads"
    )
    done = st.session_state.setdefault("uploaded", set())
    for upload in uploads or []:
        if upload.file_id in done:
            continue
        done.add(upload.file_id)
        try:
            _report(case.add_upload(upload.name, upload.getvalue()), upload.name)
        except ReconcileError as err:
            _refused(err)
    with st.form("paste", clear_on_submit=True):
        text = st.text_area("Paste a text", key="paste_text")
        source = st.text_input("Who says it (source name)", key="paste_source")
        if st.form_submit_button("Add pasted text"):
            try:
                _report(case.add_text(text, source), f"text from {source}")
                st.rerun()
            except ReconcileError as err:
                _refused(err)
    roots = allowed_roots()
    if not roots:  # "Add path" is off unless the app was started with --documents DIR
        return
    with st.form("path"):
        path = st.text_input(
            "File or folder on the server", key="server_path",
            help="Inside " + ", ".join(str(r) for r in roots) + " (the folders named by --documents)",
        )
        if st.form_submit_button("Add path"):
            try:
                _report(case.add_path(path, roots), path)
                st.rerun()
            except ReconcileError as err:
                _refused(err)


def document_list(case: AppCase) -> None:
    listed = case.documents()
    if not listed:
        st.info("No documents yet: upload files, paste a text or add a path on the server.")
        return
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "title": d.title or "",
                    "issuer": d.publisher or d.author or d.speaker or "",
                    "date": d.published or "",
                    "document": d.path.rsplit("/", 1)[-1],
                    "sha256": d.sha256[:12],
                    "size": d.size,
                    "read": "yes" if item.in_run else "not yet",
                }
                for item in listed
                for d in [item.document]
            ]
        ),
        hide_index=True,
        key="documents_table",
    )
    docs = {item.document.id: item.document for item in listed}
    shown = st.selectbox(
        "Show a document", list(docs), format_func=lambda i: docs[i].path, key="preview_document"
    )
    if shown:
        if st.button("Remove this document from the case", key="remove_document"):
            case.remove(shown)
            flash(f"Removed {docs[shown].path.rsplit('/', 1)[-1]}; run again to take it out of the table.")
            st.rerun()
        st.markdown(text_html(docs[shown].text), unsafe_allow_html=True)


def run_button(case: AppCase) -> None:
    if not st.button("Run / re-run pipeline", type="primary", key="run"):
        return
    if reviewer() is None:
        st.error(NO_REVIEWER)
        return
    try:
        with st.spinner("Reading the documents…"):
            bar = st.progress(0.0, text="Loading the language model")
            nlp = pipeline()
            run_id = case.run(
                nlp=nlp,
                reviewer=reviewer(),
                progress=lambda i, n: bar.progress(i / n, text=f"Document {i} of {n}"),
            )
    except ReconcileError as err:
        _refused(err)
        return
    flash(f"Run {run_id} saved; earlier decisions re-applied.")
    st.rerun()


def documents_page(case: AppCase) -> None:
    """Documents: add, list, preview, run."""
    add_inputs(case)
    run_button(case)
    document_list(case)
