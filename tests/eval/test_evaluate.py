"""Scoring against gold cases: hand-built gold files and Evidence, one deviation from a perfect run per test."""

from __future__ import annotations

import dataclasses
import html
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from reconcile.errors import CaseError
from reconcile.evaluation import (
    FLOORS,
    GOLD_DIR,
    Gold,
    GoldFacet,
    GoldSource,
    Report,
    all_gold_files,
    check_floors,
    evaluate,
    load_floors,
    load_gold,
    map_sources,
    render,
    score_case,
    value_matches,
)
from reconcile.evaluation.gold import document_text, locate
from reconcile.evaluation.values import value_contradicts
from reconcile.model import (
    Cell,
    Certainty,
    Claim,
    Document,
    Evidence,
    Polarity,
    QuoteKind,
    Reason,
    Row,
    RowStatus,
    Source,
    SourceKind,
)

REPORT = (
    "A drone strike in north-western Syria on 3 May killed a man.\n"
    '"We targeted a senior al Qaeda leader," Central Command said in a statement.\n'
    "The man's brother, Mohammed, said the victim was 56 and was herding sheep when he died.\n"
    "A local official said the man was 60 years old.\n"
    "In 2011, a similar strike in Idlib killed 12 people.\n"
)
TWEET = {
    "author": "U.S. Central Command",
    "text": "Forces conducted a strike in Syria on May 3 against a senior al Qaeda leader.",
}

GOLD = {
    "case": "toy-strike",
    "event": "Drone strike in north-western Syria, 3 May 2023",
    "documents": ["docs/report.txt", "docs/tweet.json"],
    "sources": [
        {"name": "us central command", "aliases": ["centcom", "central command"], "kind": "military"},
        {"name": "mohammed", "aliases": ["the man's brother"], "kind": "family"},
        {"name": "local official", "aliases": [], "kind": "government"},
    ],
    "attributions": [
        {
            "source": "us central command",
            "document": "docs/report.txt",
            "contains": "We targeted a senior al Qaeda leader",
            "quote": "direct",
        },
        {
            "source": "mohammed",
            "document": "docs/report.txt",
            "contains": "the victim was 56 and was herding sheep",
            "quote": "indirect",
        },
        {
            "source": "local official",
            "document": "docs/report.txt",
            "contains": "the man was 60 years old",
            "quote": "indirect",
        },
        {
            "source": "us central command",
            "document": "docs/tweet.json",
            "contains": "conducted a strike in Syria on May 3",
            "quote": "direct",
        },
    ],
    "facets": [
        {
            "facet": "victim.age",
            "by_source": {"mohammed": "56", "local official": "60"},
            "conflict": True,
            "note": "",
        },
        {
            "facet": "victim.role",
            "by_source": {"us central command": "al qaeda leader", "mohammed": "herding sheep"},
            "conflict": True,
            "note": "",
        },
        {
            "facet": "event.date",
            "by_source": {"us central command": "2023-05-03"},
            "conflict": False,
            "note": "",
        },
        {"facet": "event.place", "by_source": {"us central command": "syria"}, "conflict": False, "note": ""},
    ],
    "distractors": [{"facet": "toll.killed", "value": "12", "note": "the 2011 strike in Idlib"}],
}


@pytest.fixture()
def gold_path(tmp_path: Path) -> Path:
    case = tmp_path / "toy-strike"
    (case / "docs").mkdir(parents=True)
    (case / "docs" / "report.txt").write_text(REPORT, encoding="utf-8")
    (case / "docs" / "tweet.json").write_text(json.dumps(TWEET), encoding="utf-8")
    path = case / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


@pytest.fixture()
def gold(gold_path: Path) -> Gold:
    return load_gold(gold_path)


def source(sid: str, name: str, *aliases: str, kind: SourceKind = SourceKind.OTHER) -> Source:
    return Source(id=sid, name=name, aliases=aliases, kind=kind, documents=())


def claim(source_id: str, document: Document, words: str, quote: QuoteKind = QuoteKind.INDIRECT) -> Claim:
    start = document.text.index(words)
    return Claim(
        id=f"{source_id}:{start}",
        source_id=source_id,
        document_id=document.id,
        start=start,
        end=start + len(words),
        text=words,
        quote=quote,
        cue="said",
        certainty=Certainty.CERTAIN,
        polarity=Polarity.POSITIVE,
        via=None,
    )


def row(facet: str, status: RowStatus, **values: object) -> Row:
    cells = tuple(Cell(source_id=sid, values=(value,), claim_ids=()) for sid, value in values.items())
    return Row(facet=facet, status=status, reason=Reason.NONE, note="", cells=cells)


def perfect(gold: Gold) -> Evidence:
    """What a flawless run over the toy case returns."""
    report = Document("d1", str(gold.document_path("docs/report.txt")), REPORT, "", len(REPORT), "", "txt")
    tweet = Document("d2", str(gold.document_path("docs/tweet.json")), TWEET["text"], "", 0, "", "tweet")
    return Evidence(
        version="test",
        event_title=gold.event,
        documents=(report, tweet),
        sources=(
            source("cc", "Central Command", "U.S. Central Command", "CENTCOM", kind=SourceKind.MILITARY),
            source("mo", "Mohammed", "the man's brother", kind=SourceKind.FAMILY),
            source("lo", "a local official", kind=SourceKind.GOVERNMENT),
            source("rp", "the report", kind=SourceKind.MEDIA),
        ),
        claims=(
            claim(
                "rp",
                report,
                "A drone strike in north-western Syria on 3 May killed a man.",
                QuoteKind.NARRATION,
            ),
            claim("cc", report, "We targeted a senior al Qaeda leader", QuoteKind.DIRECT),
            claim("mo", report, "the victim was 56 and was herding sheep when he died"),
            claim("lo", report, "the man was 60 years old"),
            claim("cc", tweet, TWEET["text"], QuoteKind.DIRECT),
            claim("rp", report, "In 2011, a similar strike in Idlib killed 12 people.", QuoteKind.NARRATION),
        ),
        rows=(
            row("victim.age", RowStatus.CONFLICT, mo=56, lo=60),
            row("victim.role", RowStatus.CONFLICT, cc="senior al qaeda leader", mo="herd sheep"),
            row("event.date", RowStatus.SINGLE, cc="2023-05-03"),
            row("event.place", RowStatus.SINGLE, cc="syria (north-west)"),
        ),
        other_rows=(row("toll.killed", RowStatus.SINGLE, rp=12),),
    )


def test_perfect_prediction_scores_one_everywhere(gold: Gold) -> None:
    score = score_case(gold, perfect(gold))
    assert score.misses == ()
    assert set(score.metrics().values()) == {1.0}
    assert score.figures() == {
        "split_count": 0,
        "merged_count": 0,
        "columns_per_gold_source": 1.0,
        "unmapped_columns": 1,
        "leaks": 0,
        "kept_aside": 1,
        "unattributed_voices": 0,
        "unattributed_share": 0.0,
        "late_dates": 0,
    }


def test_attribution_turned_off_scores_zero_and_fails_floor(gold_path: Path, gold: Gold) -> None:
    evidence = perfect(gold)
    narrated = tuple(
        dataclasses.replace(c, source_id="rp", quote=QuoteKind.NARRATION) for c in evidence.claims
    )
    evidence = dataclasses.replace(evidence, claims=narrated, sources=evidence.sources[3:])
    calls = []

    def fake_run(paths: list[Path], *, nlp: object = None) -> Evidence:
        calls.append(paths)
        return evidence

    report = evaluate([gold_path], run=fake_run)
    assert calls == [[gold.document_path("docs/report.txt"), gold.document_path("docs/tweet.json")]]
    metrics = report.overall.metrics()
    assert metrics["attribution_recall"] == 0.0
    assert metrics["attribution_recall_any_source"] == 0.0
    assert metrics["attribution_precision"] is None
    failed = check_floors(report, {"attribution_recall": 0.5, "attribution_precision": 0.5})
    assert failed == ["attribution_recall = 0.000, below its floor 0.500"]


def test_speaker_error_is_found_with_any_source_but_not_correct(gold: Gold) -> None:
    evidence = perfect(gold)
    claims = tuple(
        dataclasses.replace(c, source_id="lo") if c.source_id == "mo" else c for c in evidence.claims
    )
    score = score_case(gold, dataclasses.replace(evidence, claims=claims))
    assert (score.found, score.found_any_source, score.attributions) == (3, 4, 4)
    assert (score.claims_correct, score.claims_on_gold_spans) == (3, 4)


def test_split_source_is_counted(gold: Gold) -> None:
    evidence = perfect(gold)
    _, mo, lo, rp = evidence.sources
    split = (source("cc", "Central Command"), source("cc2", "CENTCOM"), mo, lo, rp)
    score = score_case(gold, dataclasses.replace(evidence, sources=split))
    assert score.split_count == 1
    assert score.figures()["columns_per_gold_source"] == pytest.approx(4 / 3)
    assert score.metrics()["sources_unsplit"] == pytest.approx(2 / 3)
    assert "source split: 'us central command' -> Central Command, CENTCOM" in score.misses


def test_merged_source_is_counted(gold: Gold) -> None:
    evidence = perfect(gold)
    cc, _, _, rp = evidence.sources
    merged = (cc, source("mo", "Mohammed", "the man's brother", "local official"), rp)
    score = score_case(gold, dataclasses.replace(evidence, sources=merged))
    assert score.merged_count == 1
    assert score.metrics()["source_recall"] == pytest.approx(2 / 3)
    assert "source merged: 'Mohammed' matches mohammed, local official" in score.misses


def test_source_names_match_after_folding() -> None:
    gold = [GoldSource("white helmets", ("syrian civil defense",)), GoldSource("pentagon")]
    predicted = [
        source("a", "The White Helmets'"),
        source("b", "the Pentagon's spokesman"),
        source("c", "CNN"),
    ]
    assert map_sources(predicted, gold).gold_of == {"a": "white helmets", "b": "pentagon"}


def test_a_generic_gold_alias_does_not_fake_a_merge() -> None:
    gold = [
        GoldSource("joint operations command", ("the military",)),
        GoldSource("karim nassar", ("Col. Karim Nassar",)),
    ]
    predicted = [source("n", "Col. Karim Nassar", "military spokesman Col. Karim Nassar")]
    mapping = map_sources(predicted, gold)
    assert (mapping.gold_of, mapping.matches) == ({"n": "karim nassar"}, {"n": ("karim nassar",)})


def test_distractor_leak_is_detected(gold: Gold) -> None:
    evidence = perfect(gold)
    leaked = dataclasses.replace(evidence, rows=evidence.rows + evidence.other_rows, other_rows=())
    score = score_case(gold, leaked)
    assert (score.leaks, score.kept_aside) == (1, 0)
    assert score.metrics()["distractors_kept_out"] == 0.0
    assert "distractor leaked: toll.killed = '12' (the 2011 strike in Idlib)" in score.misses


def test_a_document_whose_own_voice_has_no_issuer_is_counted(gold: Gold) -> None:
    evidence = perfect(gold)
    voiceless = source("u", "unattributed (report.txt)", kind=SourceKind.OTHER)
    score = score_case(gold, dataclasses.replace(evidence, sources=(*evidence.sources, voiceless)))
    assert (score.documents, score.unattributed_voices) == (2, 1)
    assert score.figures()["unattributed_share"] == 0.5
    assert "own voice unattributed: report.txt" in score.misses


def test_an_unattributed_quote_is_not_a_voiceless_document(gold: Gold) -> None:
    evidence = perfect(gold)
    quote = source("q", "unattributed quote", kind=SourceKind.OTHER)
    assert score_case(gold, dataclasses.replace(evidence, sources=(*evidence.sources, quote))).unattributed_voices == 0


def test_an_event_date_after_the_newest_document_is_counted(gold: Gold) -> None:
    evidence = perfect(gold)
    days = ("2023-05-04", "--05-09")
    dated = tuple(dataclasses.replace(doc, published=day) for doc, day in zip(evidence.documents, days, strict=True))
    rows = (*evidence.rows, row("event.date", RowStatus.CONFLICT, mo="2026-05-03", lo="2023-05"))
    score = score_case(gold, dataclasses.replace(evidence, documents=dated, rows=rows))
    assert score.late_dates == 1  # 2026-05-03 is after 2023-05-04; the month 2023-05 is not; "--05-09" has no year
    assert "date after the newest document (2023-05-04): 2026-05-03" in score.misses


def test_no_document_date_means_no_late_date(gold: Gold) -> None:
    evidence = perfect(gold)
    rows = (*evidence.rows, row("event.date", RowStatus.SINGLE, mo="2026-05-03"))
    assert score_case(gold, dataclasses.replace(evidence, rows=rows)).late_dates == 0


def test_wrong_value_lowers_its_facet_only(gold: Gold) -> None:
    evidence = perfect(gold)
    rows = (row("victim.age", RowStatus.CONFLICT, mo=56, lo=61), *evidence.rows[1:])
    metrics = score_case(gold, dataclasses.replace(evidence, rows=rows)).metrics()
    assert metrics["facet:victim.age"] == 0.5
    assert metrics["facet:victim.role"] == 1.0
    assert metrics["facet_accuracy"] == pytest.approx(5 / 6)


def test_an_extra_wrong_value_lowers_precision_not_accuracy(gold: Gold) -> None:
    evidence = perfect(gold)
    age = Row("victim.age", RowStatus.CONFLICT, Reason.NONE, "", (
        Cell("mo", (56, 50), ()), Cell("lo", (60,), ())))
    metrics = score_case(gold, dataclasses.replace(evidence, rows=(age, *evidence.rows[1:]))).metrics()
    assert metrics["facet:victim.age"] == 1.0
    assert metrics["precision:victim.age"] == pytest.approx(2 / 3)
    assert metrics["facet_precision"] == pytest.approx(6 / 7)
    assert metrics["facet_uncontradicted"] == pytest.approx(6 / 7)  # 50 against the gold's 56 is a contradiction


def test_a_compatible_extra_value_lowers_precision_but_contradicts_nothing(gold: Gold) -> None:
    evidence = perfect(gold)
    age = Row("victim.age", RowStatus.CONFLICT, Reason.NONE, "", (
        Cell("mo", (56, (50, 60)), ()), Cell("lo", (60,), ())))
    metrics = score_case(gold, dataclasses.replace(evidence, rows=(age, *evidence.rows[1:]))).metrics()
    assert metrics["facet_precision"] == pytest.approx(6 / 7)
    assert metrics["facet_uncontradicted"] == 1.0


@pytest.mark.parametrize(
    "predicted, gold_value, facet, expected",
    [
        ("child", "civilian", "victim.status", False),
        ("farmer", "civilian", "victim.status", False),
        ("militant", "civilian", "victim.status", True),
        (50, "56", "victim.age", True),
        ([50, 60], "56", "victim.age", False),
        ("2023-05-04", "2023-05-03", "event.date", True),
        ("2023-05", "2023-05-03", "event.date", False),
        ("11:50", "11:42", "event.time", False),
        ("13:00", "11:42", "event.time", True),
        (300, "288", "casualties.killed", False),
        (471, "300", "casualties.killed", True),
        ([5000, None], ">=5000", "crowd.size", False),
        ("rocket", "air strike", "weapon", True),
        ("hellfire", "missile", "weapon", False),
        ("israel", "palestinian islamic jihad", "actor", True),
    ],
)
def test_value_contradicts_by_the_align_comparator(predicted, gold_value, facet, expected) -> None:
    assert value_contradicts(predicted, gold_value, facet=facet) is expected


def test_conflict_precision_recall_f1_by_hand(tmp_path: Path) -> None:
    flags = {"a": True, "b": True, "c": False, "d": False, "e": True}
    facets = tuple(GoldFacet(name, {}, conflict) for name, conflict in flags.items())
    gold = Gold(tmp_path / "gold.json", "mix", "", (), (), facets=facets)
    rows = (  # a: TP, b: FN, c: FP, d: TN, e: no row -> FN
        row("a", RowStatus.CONFLICT),
        row("b", RowStatus.AGREE),
        row("c", RowStatus.CONFLICT),
        row("d", RowStatus.AGREE),
    )
    score = score_case(gold, Evidence("test", None, (), (), (), rows), {})
    assert (score.conflict_tp, score.conflict_fp, score.conflict_fn, score.conflict_tn) == (1, 1, 2, 1)
    metrics = score.metrics()
    assert metrics["conflict_precision"] == pytest.approx(1 / 2)
    assert metrics["conflict_recall"] == pytest.approx(1 / 3)
    assert metrics["conflict_f1"] == pytest.approx(2 / 5)


def test_overall_is_micro_averaged(gold: Gold) -> None:
    evidence = perfect(gold)
    good = score_case(gold, evidence)
    bad = score_case(gold, dataclasses.replace(evidence, claims=()))
    report = Report((good, bad))
    assert report.overall.metrics()["attribution_recall"] == 0.5
    assert report.overall.attributions == 8
    assert json.loads(json.dumps(report.to_dict()))["overall"]["metrics"]["attribution_recall"] == 0.5


def test_render_shows_every_case_and_overall(gold: Gold) -> None:
    report = Report((score_case(gold, perfect(gold)),))
    console = Console(record=True, width=160)
    console.print(render(report, misses=True))
    text = console.export_text()
    for expected in ("toy-strike", "overall", "attribution_recall", "victim.age", "columns_per_gold_source"):
        assert expected in text


def test_a_span_is_found_in_the_csv_row_it_was_read_from(gold: Gold) -> None:
    evidence = perfect(gold)
    report, tweet = evidence.documents
    rows = [dataclasses.replace(report, id=f"r{n}", path=f"{report.path}#row={n}") for n in (1, 2)]
    rows[0] = dataclasses.replace(rows[0], text="Nothing here.")
    claims = tuple(
        dataclasses.replace(c, document_id="r2") if c.document_id == "d1" else c for c in evidence.claims
    )
    score = score_case(gold, dataclasses.replace(evidence, documents=(*rows, tweet), claims=claims))
    assert (score.found, score.attributions) == (4, 4)


def test_a_documents_folder_with_case_toml_is_run_as_a_folder(gold_path: Path) -> None:
    docs = gold_path.parent / "docs"
    (docs / "case.toml").write_text('[event]\ntitle = "Toy strike"\n', encoding="utf-8")
    assert load_gold(gold_path).inputs() == [docs.resolve()]
    (docs / "unrelated.txt").write_text("Another story.", encoding="utf-8")
    assert load_gold(gold_path).inputs() == [docs.resolve() / "report.txt", docs.resolve() / "tweet.json"]


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        (56, "56", True),  # an integer against its string
        ("56", "56", True),  # a number extracted as text
        ([8000, 10000], "8000-10000", True),  # a range
        ([5000, None], ">=5000", True),  # an open range
        ("2023-05-03", "2023-05-03", True),  # a date
        ("2023-05-03T11:42:00", "2023-05-03", True),  # a gold date is a prefix
        ("11:42", "11:42", True),  # a time
        ("senior al qaeda leader", "al qaeda leader", True),  # the gold phrase inside a longer one
        ("Al-Qaeda", "al qaeda", True),  # hyphen and case
        ("syria (north-west)", "syria", True),  # a place with a qualifier
        ("herd sheep", "herding sheep", True),  # crude lemma folding
        (["farmer", "civilian"], "civilian", True),  # any of several values
        (60, "56", False),  # a different number
        ([8000, 12000], "8000-10000", False),  # a different range
        (5000, ">=5000", False),  # a closed number is not an open range
        ("2023-05-04", "2023-05-03", False),  # a different day
        ("civilian", "farmer", False),  # different words
        ("al qaeda", "al qaeda leader", False),  # the prediction says less than the gold
        ("leader of al qaeda", "al qaeda leader", False),  # words not in the gold order
        (None, "56", False),  # nothing predicted
    ],
)
def test_value_matches(predicted: object, gold: str, expected: bool) -> None:
    assert value_matches(predicted, gold) is expected


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"case": 3}, "'case' must be a string"),
        ({"sources": None}, "'sources' must be a list"),
        ({"documents": ["docs/missing.txt"]}, "document 'docs/missing.txt' not found"),
        (
            {"facets": [{"facet": "victim.age", "by_source": {"nobody": "56"}, "conflict": True}]},
            "undeclared source 'nobody'",
        ),
        ({"facets": [{"facet": "victim.age", "by_source": {}, "conflict": "yes"}]}, "must be true or false"),
        (
            {
                "attributions": [
                    {
                        "source": "mohammed",
                        "document": "docs/report.txt",
                        "contains": "he was 57",
                        "quote": "indirect",
                    }
                ]
            },
            "attribution 1 ('mohammed', 'he was 57'): 'contains' does not occur in docs/report.txt",
        ),
        (
            {
                "attributions": [
                    {
                        "source": "mohammed",
                        "document": "docs/report.txt",
                        "contains": "56",
                        "quote": "paraphrase",
                    }
                ]
            },
            "has quote 'paraphrase'",
        ),
        ({"sources": [{"name": "mohammed", "kind": "relative"}]}, "source 'mohammed' has kind 'relative'"),
        ({"sources": [{"name": "mohammed"}, {"name": "mohammed"}]}, "source 'mohammed' is declared twice"),
    ],
)
def test_malformed_gold_names_file_and_problem(gold_path: Path, change: dict, problem: str) -> None:
    gold_path.write_text(json.dumps({**GOLD, **change}), encoding="utf-8")
    with pytest.raises(CaseError) as caught:
        load_gold(gold_path)
    message = str(caught.value)
    assert message.startswith(f"{gold_path}: ")
    assert problem in message
    assert "\n" not in message


def test_gold_contains_may_differ_in_line_breaks_and_quote_marks(gold_path: Path) -> None:
    loose = {
        "source": "us central command",
        "document": "docs/report.txt",
        "contains": "\u201cWe targeted a\nsenior",
        "quote": "direct",
    }
    gold_path.write_text(json.dumps({**GOLD, "attributions": [loose]}), encoding="utf-8")
    assert load_gold(gold_path).attributions[0].contains == loose["contains"]


def test_invalid_json_is_a_case_error(gold_path: Path) -> None:
    gold_path.write_text("{", encoding="utf-8")
    with pytest.raises(CaseError, match=r"gold\.json: is not valid JSON"):
        load_gold(gold_path)


def test_repository_floors_load_and_name_real_metrics(gold: Gold) -> None:
    floors = load_floors(FLOORS)
    assert floors and check_floors(Report((score_case(gold, perfect(gold)),)), floors) == []


def test_unknown_floor_is_reported(gold: Gold) -> None:
    failed = check_floors(Report((score_case(gold, perfect(gold)),)), {"recall": 0.5})
    assert failed[0].startswith("recall: no such metric; floors can name attribution_precision")


REPOSITORY_GOLD = all_gold_files()  # held-out gold too: an oracle run shows gold mistakes, not the tool's


@pytest.mark.parametrize("path", REPOSITORY_GOLD or [None], ids=lambda p: p.parent.name if p else "none")
def test_repository_gold_files_load(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"no gold files under {GOLD_DIR} yet")
    gold = load_gold(path)
    assert gold.documents and gold.sources


def _oracle_text(path: Path) -> str:
    """The text a run reads: an HTML page's words without tags and with entities decoded ("club&rsquo;s" is
    "club’s"), as the gold loader checks them; other files as stored."""
    raw = document_text(path)
    if path.suffix.lower() in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def oracle(gold: Gold) -> Evidence:
    """The Evidence a run that reproduced the gold file exactly would return."""
    docs = tuple(
        Document(
            f"d{i}", str(gold.document_path(entry)), _oracle_text(gold.document_path(entry)), "", 0, "", ""
        )
        for i, entry in enumerate(gold.documents)
    )
    by_entry = dict(zip(gold.documents, docs, strict=True))
    sources = tuple(source(s.name, s.name, *s.aliases) for s in gold.sources)
    claims = []
    for att in gold.attributions:
        document = by_entry[att.document]
        for start, end in locate(att.contains, document.text)[:1]:
            claims.append(claim(att.source, document, document.text[start:end], QuoteKind(att.quote)))
    rows = tuple(
        row(f.facet, RowStatus.CONFLICT if f.conflict else RowStatus.AGREE, **f.by_source)
        for f in gold.facets
    )
    return Evidence("oracle", gold.event, docs, sources, tuple(claims), rows)


@pytest.mark.parametrize("path", REPOSITORY_GOLD or [None], ids=lambda p: p.parent.name if p else "none")
def test_repository_gold_scores_one_for_an_oracle_run(path: Path | None) -> None:
    """Each gold value matches itself, each gold source maps to itself, each span is found in the raw text."""
    if path is None:
        pytest.skip(f"no gold files under {GOLD_DIR} yet")
    gold = load_gold(path)
    score = score_case(gold, oracle(gold))
    assert score.misses == ()
    assert {value for value in score.metrics().values() if value is not None} == {1.0}
