"""The one codec behind evidence.json and the case store: plain data out, the same records back."""

from __future__ import annotations

import dataclasses
import datetime
import json

import pytest
from evidence_fixture import build_evidence

from reconcile.model import Cell, Claim, Document, FacetValue, Source
from reconcile.records import plain, record


@pytest.mark.parametrize(
    "value, stored, exported",
    [
        (datetime.date(2023, 5, 3), {"$date": "2023-05-03"}, "2023-05-03"),
        (datetime.datetime(2023, 5, 3, 11, 42), {"$datetime": "2023-05-03T11:42:00"}, "2023-05-03T11:42:00"),
        ((55, 60), [55, 60], [55, 60]),
        ("Loutfi Hassan Mesto", "Loutfi Hassan Mesto", "Loutfi Hassan Mesto"),
    ],
)
def test_a_facet_value_is_stored_tagged_exported_as_text_and_read_back(value, stored, exported):
    fv = FacetValue("event.date", value, "3 May", 10, 15)
    assert plain(fv)["value"] == stored
    assert plain(fv, tag_dates=False)["value"] == exported
    assert record(FacetValue, json.loads(json.dumps(plain(fv)))) == fv


def test_a_record_written_before_a_field_existed_takes_its_default():
    evidence = build_evidence()
    claim, document, source = evidence.claims[0], evidence.documents[0], evidence.sources[0]
    cell = evidence.rows[0].cells[0]
    old_claim = {k: v for k, v in plain(claim).items() if k != "other_event"}
    old_claim["facets"] = [{k: v for k, v in f.items() if k != "negated"} for f in old_claim["facets"]]
    assert record(Claim, old_claim) == claim
    assert record(Document, {k: v for k, v in plain(document).items() if k not in {"author", "speaker"}}) == (
        dataclasses.replace(document, author=None, speaker=None)
    )
    assert record(Source, {k: v for k, v in plain(source).items() if k != "kind_evidence"}) == (
        dataclasses.replace(source, kind_evidence="")
    )
    assert record(Cell, {k: v for k, v in plain(cell).items() if k != "texts"}) == dataclasses.replace(
        cell, texts=()
    )


def test_keys_a_record_lacks_are_ignored():
    document = build_evidence().documents[0]
    assert record(Document, {**plain(document), "chars": len(document.text)}) == document


@pytest.mark.parametrize(
    "change, error",
    [
        ({"quote": "shouted"}, ValueError),  # not a QuoteKind
        ({"facets": [{"facet": "victim.age"}]}, TypeError),  # a facet value without its value and span
        ({"source_id": ...}, TypeError),  # a required field missing
    ],
)
def test_a_malformed_record_is_refused(change, error):
    data = {k: v for k, v in (plain(build_evidence().claims[0]) | change).items() if v is not ...}
    with pytest.raises(error):
        record(Claim, data)
