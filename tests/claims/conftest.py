"""Helpers shared by the claims tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reconcile.pipeline import run


@pytest.fixture
def event_locations(tmp_path, nlp) -> Callable[..., dict[str, set[str]]]:
    """Each source's event.location values after the whole pipeline over `texts`, one document each."""

    def locations(*texts: str) -> dict[str, set[str]]:
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
