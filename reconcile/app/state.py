"""What every page shares: the open case, the cached spaCy pipeline and the cached evidence of the case."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from spacy.language import Language

from reconcile.app.boundary import plain
from reconcile.app.case import AppCase
from reconcile.model import Evidence
from reconcile.nlp import load_pipeline
from reconcile.store import Review


@st.cache_resource(show_spinner="Loading the language model…")
def pipeline() -> Language:
    """The spaCy pipeline, loaded once per server process."""
    return load_pipeline()


@st.cache_data(show_spinner=False, max_entries=16)
def _reviewed(name: str, path: str, version: tuple[int | None, int]) -> tuple[Evidence, Review] | None:
    return AppCase(name, Path(path)).reviewed()


def reviewed(case: AppCase) -> tuple[Evidence, Review] | None:
    """The case's reviewed evidence, recomputed only when a run or a decision was saved."""
    return _reviewed(case.name, str(case.path), case.version())


def reviewer() -> str | None:
    """The name given in the sidebar this session, or None: never the machine's user or a stale default."""
    return (st.session_state.get("reviewer") or "").strip() or None


NO_REVIEWER = "Enter your name in the sidebar (“Your name”) first; every decision is recorded under it"


def flash(message: str) -> None:
    """Show `message` after the rerun that follows a saved change."""
    st.session_state["flash"] = message


def show_flash() -> None:
    message = st.session_state.pop("flash", None)
    if message:
        st.success(plain(message))  # names of files and sources inside: shown as written, never as Markdown
