"""Properties that hold for any text: the pipeline never crashes, offsets slice to their words, rows point at
real claims and sources, evidence.json keeps its contract, and alignment judges any claims consistently."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.align import align, facet_order
from reconcile.errors import InputError
from reconcile.export import RENDERERS
from reconcile.export.json_file import evidence_to_dict
from reconcile.ingest import ingest
from reconcile.model import (
    Certainty,
    Claim,
    Document,
    Evidence,
    FacetValue,
    Polarity,
    QuoteKind,
    Reason,
    RowStatus,
    Source,
    SourceKind,
    short_hash,
)
from reconcile.pipeline import assemble, extract_documents

PIPELINE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(max_examples=60, deadline=None)

# Text that looks like news: sentences from templates with random names, numbers, quote marks and paragraphs.

FIRST = st.sampled_from(
    ["Ahmed", "Maria", "Loutfi", "Olena", "John", "Fatima", "Chen", "Amara", "Lt. Col.", "Dr."]
)
LAST = st.sampled_from(
    ["Mesto", "Haddad", "Kovalenko", "Smith", "Nassar", "Wei", "Okafor", "O'Neil", "al-Rashid"]
)
ORGANISATIONS = [
    "the ministry", "CENTCOM", "The White Helmets", "a spokesperson", "police", "his family", "witnesses",
    "the Syrian Observatory for Human Rights", "officials", "the army",
]  # fmt: skip
NAME = st.one_of(
    st.builds("{} {}".format, FIRST, LAST),
    st.sampled_from(ORGANISATIONS),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12).map(
        str.title
    ),
)
PRONOUN = st.sampled_from(["He", "She", "They", "It", "We", "I", "he", "she", "they"])
NUMBER = st.one_of(st.integers(0, 10_000).map(str), st.sampled_from([
    "two", "dozens of", "at least 12", "more than 300", "1,200", "56-year-old", "between 5 and 8",
]))  # fmt: skip
PLACE = st.sampled_from(
    ["Idlib", "Qurqanya", "Syria", "Gaza", "Kyiv", "Minneapolis", "north-western Syria", "Kabul"]
)
DAY = st.sampled_from(
    ["May 3", "on Tuesday", "last week", "3 May 2023", "2023-05-03", "at 11:42 AM", "overnight"]
)
CUE = st.sampled_from(
    ["said", "told reporters", "claimed", "denied", "tweeted", "added", "insisted", "may have said"]
)
OPEN_CLOSE = st.sampled_from([("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("“", ""), ("", '"')])


@st.composite
def quotation(draw) -> str:
    opening, closing = draw(OPEN_CLOSE)
    return f"{opening}{draw(sentence_core)}{closing}"


sentence_core = st.one_of(
    st.builds("{} people were killed in {} {}".format, NUMBER, PLACE, DAY),
    st.builds("The strike hit {} {}, killing {} civilians".format, PLACE, DAY, NUMBER),
    st.builds("{} was a farmer who had nothing to do with terrorism".format, NAME),
    st.builds("a drone fired {} missiles at a senior al Qaeda leader".format, NUMBER),
    st.builds("the victim, {}, was {} and unarmed".format, NAME, NUMBER),
    st.builds("{} were injured and {} died".format, NUMBER, NUMBER),
    st.just("we will provide more information as details emerge"),
)

SENTENCE = st.one_of(
    st.builds("{} {} {}.".format, quotation(), NAME, CUE),
    st.builds("{} {} that {}.".format, NAME, CUE, sentence_core),
    st.builds("According to {}, {}.".format, NAME, sentence_core),
    st.builds("{} {}: {}".format, PRONOUN, CUE, quotation()),
    st.builds("{}, {} {}, {}.".format, quotation(), CUE, NAME, sentence_core),
    st.builds("{} {} {} {}.".format, PRONOUN, CUE, NAME, sentence_core),
    st.builds("{}.".format, sentence_core.map(str.capitalize)),
)
BREAK = st.sampled_from([" ", " ", "\n", "\n\n", "\n\n\n", "  ", "\t"])


@st.composite
def news_text(draw) -> str:
    """A few paragraphs of news-like sentences, sometimes with a stray quote mark."""
    parts = []
    for sentence in draw(st.lists(SENTENCE, min_size=1, max_size=8)):
        parts.append(sentence)
        parts.append(draw(st.one_of(BREAK, st.sampled_from(["“", '"', "”", " — ", "\n“"]))))
    return "".join(parts).strip() or "."


ODD = st.sampled_from([
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627", "e\u0301", "a\u0308\u0323", "\u0301", "👩\u200d👩\u200d👧", "🇸🇾", "🚀",
    "\u2028", "\u2029", "\x0b", "\x0c", "\r", "\r\n", "\x85", "\u00a0", "\u3000", "ﬁ", "İ", "ß", "\U0010fffd",
])  # fmt: skip
"""Zero-width and bidi controls, RTL scripts, combining marks, emoji sequences, odd line breaks, ligatures."""
RAW = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.text(max_size=20), ODD, SENTENCE), min_size=1, max_size=12).map("".join),
)


def make_document(text: str, name: str = "story.txt", speaker: str | None = None) -> Document:
    """A Document as ingest would make it from a file holding `text`."""
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    return Document(
        id=short_hash(sha),
        path=name,
        text=text,
        sha256=sha,
        size=len(data),
        ingested_at="2024-01-01T00:00:00+00:00",
        format="txt",
        speaker=speaker,
    )


def is_statement_row(row) -> bool:
    """A row of facet-less claims that several sources make about the same thing (align/statements.py)."""
    return row.facet.startswith("statement: ")


def check_evidence(evidence: Evidence) -> None:
    """Every invariant the later stages and the exports rely on."""
    documents = {doc.id: doc for doc in evidence.documents}
    sources = {source.id for source in evidence.sources}
    names = {source.id: source.name for source in evidence.sources}
    claims = {claim.id: claim for claim in evidence.claims}
    assert len(claims) == len(evidence.claims), "claim ids are unique"
    for claim in evidence.claims:
        text = documents[claim.document_id].text
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.source_id in sources
        assert claim.via is None or claim.via in sources
        for fv in claim.facets:
            assert 0 <= fv.start <= fv.end <= len(text)
            assert text[fv.start : fv.end] == fv.text, (fv, claim.text)
    for rows, other in ((evidence.rows, False), (evidence.other_rows, True)):
        for row in rows:
            assert row.cells
            assert (row.status is RowStatus.SINGLE) == (len(row.cells) == 1)
            if row.status is RowStatus.CONFLICT:
                named = {cell.source_id for cell in row.cells if names[cell.source_id] in row.note}
                assert len(named) >= 2, row.note
            for cell in row.cells:
                assert cell.source_id in sources
                assert cell.claim_ids and set(cell.claim_ids) <= set(claims)
                for claim_id in cell.claim_ids:
                    claim = claims[claim_id]
                    assert claim.source_id == cell.source_id
                    assert (claim.other_event is not None) == other
                    if is_statement_row(row):
                        assert not claim.facets
                    else:
                        assert row.facet in {fv.facet for fv in claim.facets}
    check_contract(evidence)


def check_contract(evidence: Evidence) -> None:
    """evidence.json as written and read back: the contract's keys and the enums' words."""
    data = json.loads(json.dumps(evidence_to_dict(evidence), sort_keys=True, ensure_ascii=False))
    assert {"reconcile_version", "event", "documents", "sources", "claims", "rows"} <= set(data)
    assert {"title", "date", "place"} <= set(data["event"])
    claim_keys = {
        "id",
        "source_id",
        "document_id",
        "start",
        "end",
        "text",
        "cue",
        "quote",
        "certainty",
        "polarity",
        "via",
        "facets",
    }
    for claim in data["claims"]:
        assert claim_keys <= set(claim)
        assert claim["quote"] in set(QuoteKind)
        assert claim["certainty"] in set(Certainty)
        assert claim["polarity"] in set(Polarity)
        for facet in claim["facets"]:
            assert {"facet", "value", "text", "start", "end"} <= set(facet)
    for source in data["sources"]:
        assert {"id", "name", "aliases", "kind", "documents"} <= set(source)
        assert source["kind"] in set(SourceKind)
    texts = {doc["id"]: doc["text"] for doc in data["documents"]}
    assert all(texts[c["document_id"]][c["start"] : c["end"]] == c["text"] for c in data["claims"])
    source_ids, claim_ids = {s["id"] for s in data["sources"]}, {c["id"] for c in data["claims"]}
    for row in data["rows"] + data.get("other_event_rows", []):
        assert row["status"] in set(RowStatus)
        assert row["reason"] in set(Reason)
        for cell in row["cells"]:
            assert {"source_id", "values", "claim_ids"} <= set(cell)
            assert cell["source_id"] in source_ids and set(cell["claim_ids"]) <= claim_ids


def run_texts(nlp, texts: list[str], speakers: list[str | None] | None = None) -> Evidence:
    speakers = speakers or [None] * len(texts)
    docs = [
        make_document(text, f"doc{i}.txt", speaker)
        for i, (text, speaker) in enumerate(zip(texts, speakers, strict=True))
    ]
    unique = list({doc.sha256: doc for doc in docs}.values())
    return assemble(extract_documents(unique, nlp=nlp))


@PIPELINE
@given(texts=st.lists(news_text(), min_size=1, max_size=3))
def test_news_like_text_never_crashes_and_keeps_every_invariant(nlp, texts):
    check_evidence(run_texts(nlp, texts))


@PIPELINE
@given(texts=st.lists(RAW, min_size=1, max_size=3), speaker=st.one_of(st.none(), NAME, st.text(max_size=10)))
def test_any_unicode_text_never_crashes_and_keeps_every_invariant(nlp, texts, speaker):
    evidence = run_texts(nlp, texts, [speaker] * len(texts))
    check_evidence(evidence)
    for render in RENDERERS.values():
        assert render(evidence)


@PIPELINE
@given(text=st.one_of(news_text(), RAW), name=st.sampled_from(["a.txt", "a.md", "a.html", "a.csv", "a.json"]))
def test_text_read_from_a_file_keeps_every_invariant(nlp, text, name):
    data = json.dumps({"author": "Ahmed Mesto", "text": text}) if name.endswith(".json") else text
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(data.encode("utf-8"))
        try:
            documents, problems, case = ingest([folder])
        except InputError:  # the documented refusal of a folder with nothing readable
            return
        evidence = assemble(extract_documents(documents, problems, case, nlp=nlp))
    check_evidence(evidence)


# Alignment over random claims: values of the type each facet holds, from made-up sources.

SOURCE_NAMES = ["Alpha Ministry", "Bravo Family", "Charlie Monitor", "Delta Police", "Echo Witness"]
FACET_TYPES = {
    "number": st.integers(0, 120),
    "range": st.one_of(
        st.integers(0, 500),
        st.tuples(st.one_of(st.none(), st.integers(0, 250)), st.one_of(st.none(), st.integers(250, 500))),
    ),
    "date": st.sampled_from(["2023-05-03", "2023-05-04", "2023-05", "2023", "2021-08-29"]),
    "time": st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    "place": st.one_of(
        st.sampled_from(["Syria", "Idlib", "Qurqanya (north)", "Qurqanya (south)", "Kabul", "Gaza"]),
        st.text(max_size=12),
    ),
    "person": st.one_of(
        st.sampled_from(["Loutfi Hassan Mesto", "Lutfi Mesto", "Sami Haddad", "unidentified"]),
        st.text(max_size=12),
    ),
    "category": st.one_of(
        st.sampled_from(
            [
                "strike",
                "drone strike",
                "civilian",
                "farmer",
                "not civilian",
                "senior al qaeda leader",
                "al qaeda member",
                "armed",
                "unarmed",
                "father of",
                "drone",
                "missile",
                "inquiry: under way",
                "inquiry: not launched",
            ]
        ),
        st.text(max_size=12),
    ),
    "text": st.text(max_size=30),
}


STATEMENT_TEXT = st.one_of(
    st.sampled_from(
        [
            "Central Command still does not know if any civilians have died",
            "the airstrike killed a civilian who was herding sheep",
            "no civilians were killed in the airstrike on the farm",
            "the farmer was herding his sheep when the airstrike hit",
        ]
    ),
    st.text(max_size=40),
)


def facet_type(facet: str) -> str:
    from reconcile.resources import lexicon

    return lexicon("facets")["facets"][facet].get("type", "text")


@st.composite
def random_claims(draw) -> tuple[list[Claim], list[Source]]:
    count = draw(st.integers(1, len(SOURCE_NAMES)))
    sources = [
        Source(short_hash("source", name), name, (), SourceKind.OTHER, ("d1",))
        for name in SOURCE_NAMES[:count]
    ]
    claims = []
    for i in range(draw(st.integers(1, 12))):
        source = draw(st.sampled_from(sources))
        facets = []
        for facet in draw(st.lists(st.sampled_from(facet_order()), min_size=0, max_size=3, unique=True)):
            value = draw(FACET_TYPES[facet_type(facet)])
            facets.append(FacetValue(facet, value, str(value), 0, 1, negated=draw(st.booleans())))
        claims.append(
            Claim(
                id=f"c{i}",
                source_id=source.id,
                document_id=draw(st.sampled_from(["d1", "d2"])),
                start=i,
                end=i + 1,
                text=draw(STATEMENT_TEXT),
                quote=draw(st.sampled_from(list(QuoteKind))),
                cue="said",
                certainty=draw(st.sampled_from(list(Certainty))),
                polarity=draw(st.sampled_from(list(Polarity))),
                via=None,
                facets=tuple(facets),
            )
        )
    return claims, sources


@QUICK
@given(case=random_claims())
def test_align_judges_any_claims_consistently(case):
    claims, sources = case
    names = {source.id: source.name for source in sources}
    rows = align(claims, sources)
    facet_rows = [row for row in rows if not is_statement_row(row)]
    order = facet_order()
    assert [row.facet for row in facet_rows] == sorted(
        {fv.facet for c in claims for fv in c.facets}, key=order.index
    )
    by_id = {claim.id: claim for claim in claims}
    for row in rows:
        if is_statement_row(row):
            assert all(not by_id[cid].facets for cell in row.cells for cid in cell.claim_ids)
        else:
            speaking = {c.source_id for c in claims if row.facet in {fv.facet for fv in c.facets}}
            assert [cell.source_id for cell in row.cells] == [s.id for s in sources if s.id in speaking]
            for cell in row.cells:
                said = {
                    c.id
                    for c in claims
                    if c.source_id == cell.source_id and row.facet in {f.facet for f in c.facets}
                }
                assert set(cell.claim_ids) == said
        assert all(by_id[cid].source_id == cell.source_id for cell in row.cells for cid in cell.claim_ids)
        assert len({cell.source_id for cell in row.cells}) == len(row.cells)
        assert (row.status is RowStatus.SINGLE) == (len(row.cells) == 1)
        assert all(0 <= count <= len(row.cells) for count in row.support.values())
        named = [cell.source_id for cell in row.cells if names[cell.source_id] in row.note]
        if row.status is RowStatus.CONFLICT:
            assert len(named) >= 2, row.note
        if row.status is RowStatus.AGREE:
            assert len(named) == len(row.cells), row.note
