"""evidence.json: the whole Evidence as plain JSON, following a stable contract, and back again.

Contract (extra keys may be added, none renamed or removed): reconcile_version, event {title, date, place, type,
evidence (where each was read when no case.toml gave it)}, documents (each with `inferred`: header fields and spans),
documents, sources, claims (with facets), rows, other_event_rows, problems. Numbers stay numbers, a range is a
[lo, hi] list, keys are sorted, and non-ASCII text is written as is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reconcile.errors import InputError
from reconcile.model import Evidence
from reconcile.records import plain, record
from reconcile.table import timeline


def evidence_to_dict(evidence: Evidence) -> dict[str, Any]:
    """The Evidence as the plain dict that evidence.json holds (see the module docstring for the contract).

    Records keep every field (see reconcile.records), dates are ISO text, and a document adds its `chars`.
    """
    data = plain(evidence, tag_dates=False)
    return {
        "reconcile_version": data["version"],
        "event": {
            "title": data["event_title"],
            "date": data["event_date"],
            "place": data["event_place"],
            "type": data["event_type"],
            "evidence": data["event_evidence"],
        },
        "documents": [{**doc, "chars": len(doc["text"])} for doc in data["documents"]],
        "sources": data["sources"],
        "claims": data["claims"],
        "rows": data["rows"],
        "other_event_rows": data["other_rows"],
        "problems": data["problems"],
        "timeline": timeline(evidence),
    }


def evidence_from_dict(d: dict[str, Any]) -> Evidence:
    """The Evidence that evidence_to_dict(d) came from; KeyError, TypeError or ValueError if malformed."""
    event = d["event"]
    renamed = {
        "version": d["reconcile_version"],
        "event_title": event["title"],
        "event_date": event["date"],
        "event_place": event["place"],
        "event_type": event.get("type"),
        "event_evidence": event.get("evidence", []),
        "other_rows": d["other_event_rows"],
    }
    return record(Evidence, {**d, **renamed})


def render(evidence: Evidence) -> bytes:
    """evidence.json's bytes: sorted keys, indent 2, UTF-8 text as is, one final newline."""
    text = json.dumps(evidence_to_dict(evidence), sort_keys=True, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def read(path: str | Path) -> Evidence:
    """The Evidence saved in an evidence.json file (as written by `render`)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return evidence_from_dict(data)
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})", "check the path") from err
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise InputError(
            path,
            f"is not an evidence.json file ({type(err).__name__}: {err})",
            "pass a file written by 'reconcile run' or re-run the case",
        ) from err
