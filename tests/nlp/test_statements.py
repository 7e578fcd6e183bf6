"""nlp/statements.py: whose own voice a document speaks in, and whether it is a statement or narration.

Every text here was written for this file (no event, name or place of the gold set)."""

from __future__ import annotations

import pytest

from reconcile.ingest.header import apply_header
from reconcile.model import Document
from reconcile.nlp.statements import attribute, name_issuers

BODY = "Two pumping stations failed during the night. There were no staff on duty at the eastern dam."


def _own_voice(nlp, text: str) -> list[tuple[str, str, str]]:
    document = apply_header(Document(id="a.txt", path="a.txt", text=text, sha256="0", size=len(text),
                                     ingested_at="", format="text"))
    docs = [nlp(document.text)]
    documents = name_issuers([document], docs)
    return [(s.text, s.speaker, s.quote) for s in attribute(documents, docs) if s.cue is None]


@pytest.mark.parametrize(
    "text, issuer",
    [
        ("Ministry of Water Resources - Verano\nPress statement, 4 March 2024\n\n" + BODY,
         "Ministry of Water Resources - Verano"),
        ("LAKESIDE DISTRICT COUNCIL\nMedia statement\n\n" + BODY, "Lakeside District Council"),
    ],
)
def test_an_issuing_body_says_its_statement_in_its_own_voice(nlp, text, issuer):
    found = _own_voice(nlp, text)
    assert ("There were no staff on duty at the eastern dam.", issuer, "direct") in found, found


def test_the_header_lines_of_a_statement_stay_narration(nlp):
    found = _own_voice(nlp, "LAKESIDE DISTRICT COUNCIL\nMedia statement\n\n" + BODY)
    assert all(q == "narration" for t, _, q in found if "COUNCIL" in t or "Media" in t), found


def test_a_news_outlet_narrates(nlp):
    found = _own_voice(nlp, "VERANO, March 4 (Reuters) - " + BODY)
    assert found and all(q == "narration" for _, _, q in found), found


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("An analysis of radar data shows that the drone came from the north.", "Verano Coast Guard"),
        ("A review of the footage shows the fire was set on purpose.", "Verano Coast Guard"),
        ("The coroner's report shows that the drone came from the north.", "coroner"),
    ],
)
def test_evidence_without_an_owner_is_cited_by_the_documents_speaker(nlp, text, speaker):
    document = Document(id="t.json", path="t.json", text=text, sha256="0", size=len(text), ingested_at="",
                        format="tweet", speaker="Verano Coast Guard")
    doc = nlp(text)
    found = [s.speaker for s in attribute([document], [doc]) if s.cue is not None]
    assert found and speaker in found[0], found
