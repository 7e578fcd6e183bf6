"""A small hand-built Evidence about the May 2023 U.S. strike in Syria, shared by the table and export tests.

The document texts are short excerpts adapted from data/examples/syria-strike-2023 (plus a White Helmets tweet
written for the fixture). Offsets are looked up in those texts, so every claim points at its real characters.
Built by hand from the model dataclasses, not by the pipeline, so table and export tests do not depend on it.
"""

from __future__ import annotations

import dataclasses
import hashlib

from reconcile.model import (
    Cell,
    Certainty,
    Claim,
    Document,
    Evidence,
    FacetValue,
    Polarity,
    Problem,
    QuoteKind,
    Reason,
    Row,
    RowStatus,
    Source,
    SourceKind,
    short_hash,
)

CNN_TEXT = (
    "Top U.S. general orders drone strike on al Qaeda leader that may have killed civilians instead\n\n"
    "“At 11:42 AM local time in Syria, May 3, U.S. Central Command forces conducted a unilateral strike against "
    "a senior Al Qaeda leader in NW Syria,” the tweet read.\n\n"
    "By May 8, CENTCOM had yet to identify the individual and began receiving information from The Washington "
    "Post questioning whether civilians had been killed, defense officials said.\n\n"
    "But there is a growing belief within the Pentagon that the man — whom his family has identified as "
    "Loutfi Hassan Mesto, 56, the father of 10 — is a A farmer who has nothing to do with terrorism.\n\n"
    "Mesto’s The family told CNN He was outside herding sheep when he was killed.\n\n"
    "white helmet Tweeted on May 3 They found the body of Mesto, whom they described as “a 60-year-old "
    "civilian” who was killed by a missile attack while grazing sheep.\n\n"
    "Defense officials recalled that a botched US drone strike in Kabul in August 2021 killed 10 civilians.\n"
)
CENTCOM_TEXT = (
    "At 11:42 AM local time in Syria, May 3, U.S. Central Command forces conducted a unilateral strike against "
    "a senior Al Qaeda leader in NW Syria. We will provide more information as operational details emerge."
)
WHITE_HELMETS_TEXT = (
    "Our teams recovered the body of a 60-year-old civilian who was killed by a missile strike while grazing "
    "his sheep in Qurqanya, Idlib countryside."
)
INGESTED_AT = "2024-11-24T23:05:00+00:00"


def make_document(path: str, text: str, fmt: str, **meta: str | None) -> Document:
    """A Document whose hash, size and id derive from its text, as ingest would make it."""
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    return Document(
        id=sha[:12],
        path=path,
        text=text,
        sha256=sha,
        size=len(data),
        ingested_at=INGESTED_AT,
        format=fmt,
        **meta,
    )


def make_claim(
    doc: Document, source: Source, text: str, facets: dict[str, tuple[object, str]], **kw
) -> Claim:
    """A Claim over `text` in `doc`; facets map facet -> (value, exact words), both found inside the claim."""
    start = doc.text.index(text)
    values = []
    for facet, (value, words) in facets.items():
        at = doc.text.index(words, start)
        values.append(FacetValue(facet=facet, value=value, text=words, start=at, end=at + len(words)))
    kw.setdefault("certainty", Certainty.CERTAIN)
    kw.setdefault("polarity", Polarity.POSITIVE)
    kw.setdefault("via", None)
    return Claim(
        id=short_hash(doc.id, start, start + len(text)),
        source_id=source.id,
        document_id=doc.id,
        start=start,
        end=start + len(text),
        text=text,
        facets=tuple(values),
        **kw,
    )


def build_evidence() -> Evidence:
    """3 documents, 4 sources, 8 claims; rows: conflict, agree, unclear, single; one row about another event."""
    cnn = make_document(
        "cnn_report.txt",
        CNN_TEXT,
        "txt",
        title="Top U.S. general orders drone strike on al Qaeda leader that may have killed civilians instead",
        publisher="CNN",
        published="2023-05-23",
        url="https://edition.cnn.com/",
    )
    centcom_tweet = make_document(
        "centcom_tweet.json",
        CENTCOM_TEXT,
        "tweet",
        title="Central Command tweet about the strike",
        publisher="X (Twitter)",
        published="2023-05-03",
        url="https://twitter.com/CENTCOM",
        speaker="U.S. Central Command",
    )
    wh_tweet = make_document(
        "white_helmets_tweet.json",
        WHITE_HELMETS_TEXT,
        "tweet",
        title="White Helmets tweet about the body they recovered",
        publisher="X (Twitter)",
        published="2023-05-03",
        url="https://twitter.com/SyriaCivilDef",
        speaker="Syrian Civil Defense",
    )
    centcom = Source(
        id=short_hash("source", "us central command"),
        name="U.S. Central Command",
        aliases=("CENTCOM", "Central Command"),
        kind=SourceKind.MILITARY,
        documents=(centcom_tweet.id, cnn.id),
        kind_evidence="Central Command",
    )
    family = Source(
        id=short_hash("source", "mesto family"),
        name="Mesto’s family",
        aliases=("The family", "his family"),
        kind=SourceKind.FAMILY,
        documents=(cnn.id,),
        kind_evidence="family",
    )
    white_helmets = Source(
        id=short_hash("source", "white helmets"),
        name="White Helmets",
        aliases=("Syrian Civil Defense", "white helmet"),
        kind=SourceKind.NGO,
        documents=(cnn.id, wh_tweet.id),
        kind_evidence="Civil Defense",
    )
    officials = Source(
        id=short_hash("source", "defense officials"),
        name="Defense officials",
        aliases=("defense officials",),
        kind=SourceKind.OFFICIAL_ANONYMOUS,
        documents=(cnn.id,),
        kind_evidence="defense officials",
    )
    date = ("2023-05-03", "May 3")
    strike_sentence = (
        "At 11:42 AM local time in Syria, May 3, U.S. Central Command forces conducted a unilateral strike "
        "against a senior Al Qaeda leader in NW Syria"
    )
    c1 = make_claim(
        centcom_tweet, centcom, strike_sentence + ".", {"event.date": date}, quote=QuoteKind.DIRECT, cue=None
    )
    c2 = make_claim(cnn, centcom, strike_sentence, {"event.date": date}, quote=QuoteKind.DIRECT, cue="read")
    c3 = make_claim(
        cnn,
        family,
        "whom his family has identified as Loutfi Hassan Mesto, 56",
        {"victim.name": ("Loutfi Hassan Mesto", "Loutfi Hassan Mesto"), "victim.age": (56, "56")},
        quote=QuoteKind.INDIRECT,
        cue="identified",
        via=officials.id,
    )
    c4 = make_claim(
        cnn,
        family,
        "He was outside herding sheep when he was killed",
        {"victim.activity": ("herding sheep", "herding sheep")},
        quote=QuoteKind.INDIRECT,
        cue="told",
    )
    c5 = make_claim(
        cnn,
        white_helmets,
        "They found the body of Mesto, whom they described as “a 60-year-old civilian” who was killed by a "
        "missile attack while grazing sheep",
        {"victim.age": (60, "60-year-old"), "victim.activity": ("herding sheep", "grazing sheep")},
        quote=QuoteKind.INDIRECT,
        cue="Tweeted",
    )
    c6 = make_claim(
        wh_tweet,
        white_helmets,
        WHITE_HELMETS_TEXT,
        {"victim.age": (60, "60-year-old"), "victim.activity": ("herding sheep", "grazing his sheep")},
        quote=QuoteKind.DIRECT,
        cue=None,
    )
    c7 = make_claim(
        cnn,
        officials,
        "By May 8, CENTCOM had yet to identify the individual",
        {"victim.name": ("unidentified", "had yet to identify the individual")},
        quote=QuoteKind.INDIRECT,
        cue="said",
    )
    c8 = make_claim(
        cnn,
        officials,
        "a botched US drone strike in Kabul in August 2021 killed 10 civilians",
        {"event.toll": (10, "10 civilians")},
        quote=QuoteKind.INDIRECT,
        cue="recalled",
        other_event="Kabul drone strike, August 2021: recalled for comparison",
    )
    rows = (
        Row(
            facet="victim.age",
            status=RowStatus.CONFLICT,
            reason=Reason.NUMBER,
            note="The family gives 56; the White Helmets give 60.",
            cells=(
                Cell(family.id, (56,), (c3.id,), ("56",)),
                Cell(white_helmets.id, (60,), (c5.id, c6.id), ("60-year-old", "60-year-old")),
            ),
            support={"56": 1, "60": 1},
        ),
        Row(
            facet="victim.activity",
            status=RowStatus.AGREE,
            reason=Reason.MEANING,
            note="Herding and grazing sheep are the same activity.",
            cells=(
                Cell(family.id, ("herding sheep",), (c4.id,), ("herding sheep",)),
                Cell(
                    white_helmets.id,
                    ("herding sheep",),
                    (c5.id, c6.id),
                    ("grazing sheep", "grazing his sheep"),
                ),
            ),
            support={"herding sheep": 2},
        ),
        Row(
            facet="victim.name",
            status=RowStatus.UNCLEAR,
            reason=Reason.IDENTITY,
            note="Officials say the man was still unidentified on May 8; the family names him.",
            cells=(
                Cell(family.id, ("Loutfi Hassan Mesto",), (c3.id,), ("Loutfi Hassan Mesto",)),
                Cell(officials.id, ("unidentified",), (c7.id,), ("had yet to identify the individual",)),
            ),
            support={"Loutfi Hassan Mesto": 1, "unidentified": 1},
        ),
        Row(
            facet="event.date",
            status=RowStatus.SINGLE,
            reason=Reason.NONE,
            note="Only Central Command gives the date.",
            cells=(Cell(centcom.id, ("2023-05-03",), (c1.id, c2.id), ("May 3", "May 3")),),
            support={"2023-05-03": 1},
        ),
    )
    other_rows = (
        Row(
            facet="event.toll",
            status=RowStatus.SINGLE,
            reason=Reason.NONE,
            note="Kabul drone strike, August 2021: recalled for comparison",
            cells=(Cell(officials.id, (10,), (c8.id,), ("10 civilians",)),),
            support={"10": 1},
        ),
    )
    return Evidence(
        version="0.1.0",
        event_title="U.S. strike in north-western Syria, 3 May 2023",
        documents=(cnn, centcom_tweet, wh_tweet),
        sources=(centcom, family, white_helmets, officials),
        claims=(c1, c2, c3, c4, c5, c6, c7, c8),
        rows=rows,
        other_rows=other_rows,
        problems=(Problem(path="notes.docx", message="unsupported format; save it as .txt and run again"),),
        event_date="2023-05-03",
        event_place="Syria",
    )


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
LINK = '<a href="javascript:alert(3)">click</a>'
HOSTILE = f"{SCRIPT}{IMG}{LINK} [bold]markup[/bold] | pipe"
FORMULAS = ('=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")


def build_hostile_evidence() -> Evidence:
    """The fixture with script tags, event handlers, javascript: links and spreadsheet formulas in every text."""
    e = build_evidence()
    cnn, *docs = e.documents
    cnn = dataclasses.replace(cnn, title=HOSTILE, url="javascript:alert(4)", path="<b>cnn</b>.txt")
    sources = list(e.sources)
    for i, formula in enumerate(FORMULAS[:4]):
        sources[i] = dataclasses.replace(sources[i], name=f"{formula} {HOSTILE}", aliases=(HOSTILE,))
    claims = [dataclasses.replace(c, text=f"{FORMULAS[i % 6]} {HOSTILE}") for i, c in enumerate(e.claims)]
    age, *rows = e.rows
    first = dataclasses.replace(age.cells[0], values=(FORMULAS[0],))
    age = dataclasses.replace(
        age, facet=FORMULAS[2], note=f"{FORMULAS[1]} {HOSTILE}", cells=(first, *age.cells[1:])
    )
    return dataclasses.replace(
        e,
        event_title=HOSTILE,
        documents=(cnn, *docs),
        sources=tuple(sources),
        claims=tuple(claims),
        rows=(age, *rows),
        problems=(Problem(path=HOSTILE, message=FORMULAS[3]),),
    )
