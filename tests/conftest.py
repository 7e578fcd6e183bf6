"""Shared fixtures: one spaCy pipeline for the whole session (loading it takes a second or two)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "syria-strike-2023"


@pytest.fixture(scope="session")
def nlp():
    from reconcile.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_evidence(nlp):
    from reconcile.pipeline import run

    return run([EXAMPLE], nlp=nlp)
