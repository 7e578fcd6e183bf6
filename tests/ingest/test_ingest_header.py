"""Header reading: title, issuer, place, date and byline from the lines a desk reads first, with spans and rules.

Every text here was written for this file (no event, name or place of the gold set).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.ingest import ingest
from reconcile.ingest.header import read_header
from reconcile.ingest.header_dates import complete_years
from reconcile.model import Document, Inferred
from reconcile.nlp.statements import attribute, name_issuers

BODY = "Rescue teams worked through the night to reach people trapped under the rubble of the old market hall."


def _fields(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in read_header(text):
        found.setdefault(item.field, item.value)
    return found


@pytest.mark.parametrize(
    "header, field, expected",
    [
        ("TRIPOLI, Libya, March 4, 2019 (Reuters) - ", "publisher", "Reuters"),
        ("TRIPOLI, Libya, March 4, 2019 (Reuters) - ", "place", "Tripoli, Libya"),
        ("TRIPOLI, Libya, March 4, 2019 (Reuters) - ", "published", "2019-03-04"),
        ("KATHMANDU, Jan 16 (AFP) - ", "publisher", "AFP"),
        ("KATHMANDU, Jan 16 (AFP) - ", "published", "--01-16"),
        ("Harbour Police — press statement, 9 May 2021\n\n", "publisher", "Harbour Police"),
        ("Harbour Police — press statement, 9 May 2021\n\n", "published", "2021-05-09"),
        ("Statement by the International Committee of the Red Cross on the floods in Verano\n\n", "publisher",
         "International Committee of the Red Cross"),
        ("Press release, 9 May 2021\n\n", "published", "2021-05-09"),
        ("MINISTRY OF HEALTH OF THE REPUBLIC OF SOLVARA\nUpdate on the market hall collapse\n\n", "publisher",
         "Ministry of Health of the Republic of Solvara"),
        ("MINISTRY OF HEALTH OF THE REPUBLIC OF SOLVARA\nUpdate on the market hall collapse\n\n", "title",
         "Update on the market hall collapse"),
        ("**Coastal Relief Network** | 14 October 2022\n\n", "publisher", "Coastal Relief Network"),
        ("*Coastal Relief Network, 14 October 2022*\n\n", "published", "2022-10-14"),
        ("Market hall roof gives way in Verano\n\nBy Jane Doe\n\n", "author", "Jane Doe"),
        ("Market hall roof gives way in Verano\n\nBy Jane Doe\n\n", "title", "Market hall roof gives way in Verano"),
        ("Verano, 12 February 2022\n\n", "place", "Verano"),
        ('"We had ten minutes to leave the house"\n\nLendra Evening Post, 14 March\n\n', "publisher",
         "Lendra Evening Post"),
        ('"We had ten minutes to leave the house"\n\nLendra Evening Post, 14 March\n\n', "title",
         '"We had ten minutes to leave the house"'),
        ("*Interview by Tomas Rieger for the Lendra Evening Post, 14 March*\n\n", "author", "Tomas Rieger"),
        ("*Interview by Tomas Rieger for the Lendra Evening Post, 14 March*\n\n", "publisher", "Lendra Evening Post"),
        ("*Interview by Tomas Rieger for the Lendra Evening Post, 14 March*\n\n", "published", "--03-14"),
        ("Statement by the Lendra Fire Brigade\n\n", "author", None),
        ("Coastal Desk — interview, Verano harbour, 14 March\n\n", "publisher", "Coastal Desk"),
        ("Coastal Desk — interview, Verano harbour, 14 March\n\n", "place", "Verano harbour"),
        ("Press note - Lendra, 14 March 2022\n\n", "place", "Lendra"),
        ("Press note - Lendra, 14 March 2022\n\n", "published", "2022-03-14"),
        ("VERANO/LENDRA, March 14 (AFP) - ", "place", "Verano/Lendra"),
        ("VERANO/LENDRA, March 14 (AFP) - ", "publisher", "AFP"),
        ("Lendra Fire Brigade - Notice\nDate: 14.03.2022\n\n", "published", "2022-03-14"),
        ("Lendra Port Authority\nRef. 2291/B - 23 Esfand 1400 (14 March 2022)\n\n", "published", "2022-03-14"),
        ("GENEVA (14 March 2022) - ", "published", "2022-03-14"),
        ("GENEVA (14 March 2022) - ", "publisher", None),
        ("Geneva, 14 March 2022 – ", "place", "Geneva"),
        ("Geneva, 14 March 2022 – ", "published", "2022-03-14"),
        ("Flooding in Verano: an update\nSource: Coastal Relief Network\n\n", "publisher", "Coastal Relief Network"),
        ("Flooding in Verano: an update\nIssued by: the Verano Water Board\n\n", "publisher", "Verano Water Board"),
        ("Flooding in Verano: an update\nSubject: the water level\n\n", "publisher", None),
    ],
)
def test_each_header_shape_gives_its_field(header: str, field: str, expected: str | None) -> None:
    assert _fields(header + BODY).get(field) == expected


def test_a_statement_quoted_in_the_first_paragraph_names_its_issuer() -> None:
    text = ("The Port Authority of Lendra said in a statement issued on Monday that two cranes fell onto a cargo "
            "ship at the container terminal after a storm.")
    assert _fields(text)["publisher"] == "Port Authority of Lendra"


@pytest.mark.parametrize(
    "text",
    [
        "Three workers were hurt when a crane fell at the port, the company said.",  # one sentence: no headline
        "PORT OF LENDRA - the cranes stood still on Monday morning after the storm.",  # no date, no agency
    ],
)
def test_a_body_sentence_is_no_header(text: str) -> None:
    assert {"title", "publisher", "published"}.isdisjoint(_fields(text))


def test_every_inferred_field_points_at_its_words() -> None:
    text = "KATHMANDU, Jan 16 (AFP) - " + BODY
    for item in read_header(text):
        assert item.rule and item.start < item.end
        stem = item.value.split(",")[0].lower().lstrip("-0123456789")[:3]
        assert text[item.start:item.end].lower().startswith(stem) or item.field == "published"


def _document(text: str, published: str | None = None, name: str = "a.txt") -> Document:
    return Document(id=name, path=name, text=text, sha256="0", size=len(text), ingested_at="", format="text",
                    published=published)


@pytest.mark.parametrize(
    "dateline, newest, expected",
    [("KATHMANDU, Jan 16 (AFP) - ", "2023-01-18", "2023-01-16"),
     ("KATHMANDU, Dec 30 (AFP) - ", "2023-01-02", "2022-12-30"),
     ("KATHMANDU, Feb 20 (AFP) - ", "2023-01-02", "2023-02-20"),  # a follow-up weeks after the other accounts
     ("KATHMANDU, Jan 3 (AFP) - ", "2022-12-28", "2023-01-03"),  # the new year of a follow-up
     ("KATHMANDU, Oct 30 (AFP) - ", "2023-03-02", "2022-10-30")],
)
def test_a_year_less_dateline_takes_the_year_of_the_other_documents(dateline: str, newest: str, expected: str) -> None:
    from reconcile.ingest.header import apply_header

    wire = apply_header(_document(dateline + BODY))
    assert wire.published is None
    completed = complete_years([wire, _document("A post.", newest, "b.json")])[0]
    assert completed.published == expected
    assert any(i.field == "published" and i.value == expected for i in completed.inferred)


def test_a_year_less_dateline_takes_the_year_of_the_nearest_document_not_of_the_newest() -> None:
    from reconcile.ingest.header import apply_header

    wire = apply_header(_document("KATHMANDU, Apr 8 (AFP) - " + BODY))
    others = [_document("A post.", "2022-04-08", "b.json"), _document("A report.", "2023-02-21", "c.md")]
    assert complete_years([wire, *others])[0].published == "2022-04-08"  # not April 2023, after every document


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_manifest_wins_over_the_header(tmp_path: Path) -> None:
    _write(tmp_path, "wire.txt", "KATHMANDU, Jan 16, 2023 (AFP) - " + BODY)
    _write(tmp_path, "case.toml", '[documents."wire.txt"]\npublisher = "Agence France-Presse"\n')
    docs, _, _ = ingest([tmp_path])
    assert docs[0].publisher == "Agence France-Presse"
    assert [i.field for i in docs[0].inferred if i.field == "publisher"] == []
    assert docs[0].published == "2023-01-16"


def test_a_page_names_its_site_after_the_title(tmp_path: Path) -> None:
    page = ("<html><head><title>Roof gives way in Verano | Verano Evening Post</title></head><body><article>"
            f"<h1>Roof gives way in Verano</h1><p>{BODY} {BODY}</p></article></body></html>")
    docs, _, _ = ingest([_write(tmp_path, "page.html", page)])
    assert docs[0].publisher == "Verano Evening Post"
    assert any(i.field == "publisher" and "title" in i.rule for i in docs[0].inferred)


@pytest.mark.parametrize(
    "text, owner",
    [
        ("HARBOUR POLICE DEPARTMENT\nUpdate on the pier fire\n\nWe can confirm that two officers were injured.",
         "Harbour Police Department"),
        ("VERANO, May 3 (Reuters) - Two officers were injured in a fire on the pier on Tuesday night.", "Reuters"),
        ("Two officers were injured in a fire on the pier on Tuesday night.", "unattributed (a.txt)"),
    ],
)
def test_the_own_voice_belongs_to_the_issuer(nlp, text: str, owner: str) -> None:
    from reconcile.ingest.header import apply_header

    document = apply_header(_document(text))
    docs = [nlp(document.text)]
    documents = name_issuers([document], docs)
    narration = [s.speaker for s in attribute(documents, docs) if s.quote == "narration"]
    assert narration and set(narration) == {owner}


def test_a_first_line_naming_a_body_without_a_verb_is_the_letterhead(nlp) -> None:
    from reconcile.ingest.header import apply_header

    text = ("Press Centre of the Lendra City Police\nNews code 2291 (14 March 2022)\n\n"
            "Explanation of the police about the death of a detainee\n\n" + BODY)
    named = name_issuers([apply_header(_document(text))], [nlp(text)])[0]
    assert (named.publisher, named.title) == ("Press Centre of the Lendra City Police",
                                               "Explanation of the police about the death of a detainee")


def test_a_headline_with_a_verb_stays_the_title(nlp) -> None:
    from reconcile.ingest.header import apply_header

    text = "Police Council approves new rules for detention centres\nSecond line of the heading here\n\n" + BODY
    named = name_issuers([apply_header(_document(text))], [nlp(text)])[0]
    assert named.title == "Police Council approves new rules for detention centres"


def test_ner_names_a_letterhead_that_no_shape_identifies(nlp) -> None:
    text = "Amnesty International\nFloods in Verano: the response so far\n\n" + BODY
    from reconcile.ingest.header import apply_header

    document = apply_header(_document(text))
    named = name_issuers([document], [nlp(document.text)])[0]
    assert named.publisher == "Amnesty International"
    assert Inferred("publisher", "Amnesty International", 0, 21, "letterhead organisation (NER)") in named.inferred
