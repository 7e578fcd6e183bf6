"""The PolNeAR benchmark's brat reader and scorer, on tiny hand-made brat files (the corpus is not shipped)."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).parents[2] / "benchmarks" / "polnear.py"
_SPEC = importlib.util.spec_from_file_location("polnear_benchmark", _PATH)
polnear = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = polnear  # dataclasses look their module up while the file executes
_SPEC.loader.exec_module(polnear)

Relation, Counts = polnear.Relation, polnear.Counts

TEXT = "“We will win,” Mr. Smith said, “and soon.” Polls show a tie. Jones is worried."


def at(phrase: str, text: str = TEXT) -> str:
    """brat offsets of the first occurrence of `phrase`, e.g. '15 24'."""
    start = text.index(phrase)
    return f"{start} {start + len(phrase)}"


def span(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start, end = map(int, at(phrase, text).split())
    return start, end


ANN = f"""T1\tContent {at("“We will win,”")};{at("“and soon.”")}\t“We will win,” “and soon.”
T2\tSource {at("Mr. Smith")}\tMr. Smith
T3\tCue {at("said")}\tsaid
T4\tAttribution {at("said")}\tsaid
E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
T5\tCue {at("show")}\tshow
T6\tContent {at("a tie")}\ta tie
T7\tAttribution-no-source {at("show")}\tshow
E2\tAttribution-no-source:T7 Cue:T5 Content:T6
T8\tDiscard {at("Jones is worried.")}\tJones is
worried.
T9\tAttribution {at("worried")}\tworried
E3\tAttribution:T9
"""
SMITH = Relation((span("“We will win,”"), span("“and soon.”")), (span("said"),), (span("Mr. Smith"),))
POLL = Relation((span("a tie"),), (span("show"),))


def write_split(root: Path, files: dict[str, str], split: str = "dev") -> Path:
    """Writes {name.txt or name_annotator.ann: content} into root/data/<split>/{text,attributions}."""
    for name, content in files.items():
        folder = root / "data" / split / ("text" if name.endswith(".txt") else "attributions")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
    return root


def article(*relations: Relation, text: str = TEXT) -> polnear.Article:
    return polnear.Article("a", text, relations)


def test_parse_ann_reads_discontinuous_and_sourceless_relations_and_drops_empty_ones():
    relations, dropped = polnear.parse_ann(ANN)
    assert relations == (SMITH, POLL)
    assert dropped == 1


def test_parse_ann_merges_a_second_content_argument():
    ann = f"T1\tContent {at('a tie')}\ta tie\nT2\tContent {at('and soon')}\tand soon\nE1\tAttribution Content:T1 Content2:T2\n"
    (relation,), _ = polnear.parse_ann(ann)
    assert relation == Relation((span("and soon"), span("a tie")))


@pytest.mark.parametrize("given", ["checkout", "data folder"])
def test_read_split_takes_the_first_annotator_and_the_sibling_text(tmp_path, given):
    root = write_split(
        tmp_path, {"art.txt": TEXT, "art_4e07.ann": ANN, "art_9f00.ann": "", "other_d473.ann": ""}
    )
    write_split(tmp_path, {"other.txt": "Nothing here."})
    articles = polnear.read_split(root if given == "checkout" else root / "data", "dev")
    assert [(a.name, a.relations, a.dropped) for a in articles] == [
        ("art", (SMITH, POLL), 1),
        ("other", (), 0),
    ]


def test_read_split_says_what_to_pass_when_the_folder_is_wrong(tmp_path):
    with pytest.raises(polnear.CorpusError, match="pass the PolNeAR checkout"):
        polnear.read_split(tmp_path, "dev")


@pytest.mark.parametrize(
    "files, message",
    [
        ({"art_4e07.ann": ANN, "other.txt": TEXT}, "art_4e07.ann has no sibling text"),
        ({"art_4e07.ann": ANN, "art.txt": TEXT[:20]}, "points past the end of art.txt"),
    ],
)
def test_read_split_refuses_an_ann_without_its_text(tmp_path, files, message):
    with pytest.raises(polnear.CorpusError, match=message):
        polnear.read_split(write_split(tmp_path, files), "dev")


def test_main_turns_a_corpus_error_into_an_exit_message(tmp_path):
    with pytest.raises(SystemExit, match="Error: No dev/attributions"):
        polnear.main([str(tmp_path), "--predictor", "naive"])


def test_main_writes_the_figures(tmp_path, capsys):
    write_split(tmp_path, {"art.txt": TEXT, "art_4e07.ann": ANN})
    assert polnear.main([str(tmp_path), "--predictor", "naive", "--json", str(tmp_path / "out.json")]) == 0
    report = json.loads((tmp_path / "out.json").read_text())
    assert (report["articles"], report["gold_relations"], report["dropped_without_content"]) == (1, 2, 1)
    assert report["predictors"]["naive"]["scores"]["cue"]["exact"]["gold"] == 2
    assert "naive on PolNeAR dev" in capsys.readouterr().out


def test_spread_samples_evenly():
    articles = [article(text=str(i)) for i in range(10)]
    assert [a.text for a in polnear.spread(articles, 3)] == ["0", "3", "6"]
    assert polnear.spread(articles, None) == articles


def test_perfect_prediction_scores_100_everywhere():
    scores = polnear.score_article(article(SMITH, POLL), [SMITH, POLL])
    assert {key: c.f1 for key, c in scores.items()} == {key: 1.0 for key in scores}
    assert scores["source", "exact"] == Counts(1, 1, 1)  # the sourceless relation counts for no side


def test_source_boundary_misses_exact_but_hits_overlap():
    predicted = Relation(SMITH.content, SMITH.cue, (span("Smith"),))
    scores = polnear.score_article(article(SMITH), [predicted])
    assert scores["source", "exact"] == Counts(0, 1, 1)
    assert scores["source", "overlap"] == Counts(1, 1, 1)
    assert scores["source", "partial"] == Counts(1, 1, 3)  # tokens: Mr . Smith
    assert (scores["whole", "exact"], scores["whole", "overlap"]) == (Counts(0, 1, 1), Counts(1, 1, 1))


def test_discontinuous_gold_matches_fragments_with_one_cue():
    fragments = polnear.merge_fragments(
        [
            ((span("“and soon.”"),), SMITH.cue, SMITH.source),
            ((span("“We will win,”"),), SMITH.cue, SMITH.source),
        ]
    )
    assert fragments == (SMITH,)
    assert polnear.score_article(article(SMITH), fragments)["content", "exact"] == Counts(1, 1, 1)


def test_one_span_over_a_split_quote_overlaps_but_is_not_exact():
    whole = Relation((span("“We will win,” Mr. Smith said, “and soon.”"),), SMITH.cue, SMITH.source)
    scores = polnear.score_article(article(SMITH), [whole])
    assert scores["content", "exact"] == Counts(0, 1, 1)  # the comma after "said" is left over
    assert scores["content", "overlap"] == Counts(1, 1, 1)
    assert scores["content", "partial"] == Counts(11, 12, 11)  # 11 quote tokens, plus the comma


def test_whitespace_never_decides_an_exact_match():
    padded = Relation((span(" a tie"),), POLL.cue)
    assert polnear.score_article(article(POLL), [padded])["content", "exact"] == Counts(1, 1, 1)


@pytest.mark.parametrize(
    "predicted_source, source_counts, whole_overlap",
    [
        ((), Counts(0, 0, 0), Counts(1, 1, 1)),
        (("Polls",), Counts(0, 1, 0), Counts(0, 1, 1)),
    ],
)
def test_missing_gold_source(predicted_source, source_counts, whole_overlap):
    predicted = Relation(POLL.content, POLL.cue, tuple(span(p) for p in predicted_source))
    scores = polnear.score_article(article(POLL), [predicted])
    assert scores["source", "exact"] == source_counts
    assert scores["whole", "overlap"] == whole_overlap


def test_unmatched_prediction_is_a_false_positive_and_unmatched_gold_a_miss():
    stray = Relation((span("Jones is worried"),), (span("worried"),), (span("Jones"),))
    scores = polnear.score_article(article(SMITH, POLL), [SMITH, stray])
    assert scores["content", "overlap"] == Counts(1, 2, 2)
    assert scores["cue", "exact"] == Counts(1, 2, 2)


def test_greedy_matching_gives_a_wide_prediction_to_the_larger_overlap():
    wide = Relation((span("“and soon.” Polls show a tie"),))
    scores = polnear.score_article(article(SMITH, POLL), [wide])
    assert polnear.match(*[[polnear.view(TEXT, r) for r in rs] for rs in ((SMITH, POLL), (wide,))]) == [
        (0, 0)
    ]
    assert scores["content", "overlap"] == Counts(1, 1, 2)


def test_matching_prefers_the_pair_with_the_same_cue():
    text = "Sanders said Obama was fair, despite suggestions that the president favors Clinton."
    outer = Relation((span("Obama was fair", text),), (span("said", text),), (span("Sanders", text),))
    inner = Relation((span("that the president favors Clinton", text),), (span("suggestions", text),))
    swallowing = Relation(
        (span("Obama was fair, despite suggestions that the president favors Clinton", text),),
        outer.cue,
        outer.source,
    )
    scores = polnear.score_article(article(outer, inner, text=text), [swallowing, inner])
    assert scores["cue", "exact"] == Counts(2, 2, 2)
    assert scores["content", "exact"] == Counts(1, 2, 2)


def test_score_sums_articles():
    total = polnear.score([article(SMITH), article(POLL)], [[SMITH], []])
    assert total["whole", "exact"] == Counts(1, 1, 2)
    assert total["cue", "exact"].recall == 0.5


def test_naive_predictor_takes_the_sentence_and_the_words_before_the_cue():
    text = "The vote is close. A defense official said the strike hit a depot."
    (relation,) = polnear.predict_naive([text])[0]
    assert relation == Relation(
        (span("A defense official said the strike hit a depot.", text),),
        (span("said", text),),
        (span("A defense official", text),),
    )


def test_describe_errors_names_the_boundary_difference():
    predicted = Relation(SMITH.content, SMITH.cue, (span("Smith"),))
    found, examples = polnear.describe_errors([article(SMITH, POLL)], [[predicted]])
    assert found["source boundary"] == {"gold longer": 1}
    assert found["source extra"] == {"gold +mr": 1}
    assert found["missed"] == {"show": 1}
    assert examples["source boundary"]["gold longer"] == ["gold «Mr. Smith» pred «Smith»"]


def test_reconcile_predictor_returns_relations_with_offsets_into_the_text():
    pytest.importorskip("reconcile.nlp")
    text = "“We will win,” Mr. Smith said on Monday."
    (relations,) = polnear.predict_reconcile([text])
    assert [text[s:e] for r in relations for s, e in r.cue] == ["said"]
    assert all(
        0 <= s < e <= len(text) for r in relations for role in polnear.ROLES for s, e in getattr(r, role)
    )
