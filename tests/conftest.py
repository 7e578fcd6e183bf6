"""Shared fixtures: one spaCy pipeline for the whole session (loading it takes a second or two)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example time limit: speed is measured in benchmarks/, and on a loaded CI machine Hypothesis's default 200 ms
# deadline failed a correct round-trip test (an example that passes in milliseconds when the machine is idle).
settings.register_profile("reconcile", deadline=None)
settings.load_profile("reconcile")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "syria-strike-2023"


@pytest.fixture(scope="session", autouse=True)
def reconcile_home(tmp_path_factory):
    """RECONCILE_HOME for the session (the CLI's parse cache and cases), so no test writes to ~/.reconcile."""
    home = tmp_path_factory.mktemp("reconcile-home")
    before = os.environ.get("RECONCILE_HOME")
    os.environ["RECONCILE_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("RECONCILE_HOME", None)
    else:
        os.environ["RECONCILE_HOME"] = before


@pytest.fixture(scope="session")
def nlp():
    from reconcile.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example_evidence(nlp):
    from reconcile.pipeline import run

    return run([EXAMPLE], nlp=nlp)


@pytest.fixture
def event_locations(tmp_path, nlp) -> Callable[..., dict[str, set[str]]]:
    """Each source's event.location values after the whole pipeline over `texts`, one document each."""

    def locations(*texts: str) -> dict[str, set[str]]:
        from reconcile.pipeline import run

        for i, text in enumerate(texts):
            (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
        evidence = run([tmp_path], nlp=nlp)
        names = {s.id: s.name for s in evidence.sources}
        found: dict[str, set[str]] = {}
        for claim in evidence.claims:
            for fv in claim.facets:
                if fv.facet == "event.location" and claim.other_event is None:
                    found.setdefault(names[claim.source_id], set()).add(str(fv.value))
        return found

    return locations
