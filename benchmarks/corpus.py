"""A deterministic news corpus for the throughput and memory benchmarks: shipped texts plus templated reports.

The shipped accounts (the Syria example and every gold case's documents, read with `reconcile.ingest`) are
mixed with reports and tweets generated from `corpus.toml`: seven event kinds, each document one event, its
paragraphs built from attribution frames ("said", "told ... that", "according to", anonymous officials,
hedges, denials, direct quotes) filled with numbers, dates, times, places and names. A source sometimes gives
another figure than the rest, so the alignment has real conflicts to find. The same seed always yields the
same bytes.

Example: python benchmarks/corpus.py /tmp/corpus --docs 200
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).with_name("corpus.toml")
SHIPPED = (ROOT / "data" / "examples" / "syria-strike-2023", *sorted((ROOT / "data" / "gold").glob("*/docs")))
WORDS_PER_DOCUMENT = 750
"""200 documents make about 150,000 words, the size the throughput issue asks for."""
TWEET_SHARE = 0.1
SHIPPED_SHARE = 1 / 6
"""At most this share of the corpus is shipped text (all 33 shipped accounts fit in 200 documents)."""
FRAME_WEIGHTS = {
    "direct": 5,
    "indirect": 5,
    "according": 3,
    "anonymous": 3,
    "hedged": 1,
    "denial": 1,
    "background": 3,
}
CHANGED_FIGURE = 0.25
"""Chance that one statement gives another number, age or time than the event's own (a conflict to align)."""
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class CorpusDocument:
    """One file of the corpus: a report written as .txt, or a tweet (it has an author) written as .json."""

    name: str
    text: str
    author: str | None = None


def build_corpus(docs: int = 200, *, words: int | None = None, seed: int = 2026) -> list[CorpusDocument]:
    """`docs` documents of about `words` words in all (750 a document by default); the same for one seed."""
    words = words if words is not None else docs * WORDS_PER_DOCUMENT
    rng = random.Random(seed)
    shipped = shipped_documents()[: min(len(shipped_documents()), max(1, int(docs * SHIPPED_SHARE)))]
    corpus = list(shipped[:docs])
    kinds = sorted(templates()["kinds"])
    while len(corpus) < docs:
        left = max(words - word_count(corpus), 0) // (docs - len(corpus))
        kind = kinds[len(corpus) % len(kinds)]
        if rng.random() < TWEET_SHARE:
            corpus.append(_tweet(rng, kind, f"g{len(corpus):04d}_{kind}_tweet.json"))
        else:
            target = max(120, int(left * rng.uniform(0.5, 1.5)))
            corpus.append(CorpusDocument(f"g{len(corpus):04d}_{kind}.txt", _report(rng, kind, target)))
    return corpus


def write_corpus(corpus: Sequence[CorpusDocument], folder: Path) -> list[Path]:
    """Writes each document as UTF-8 under `folder` (tweets as {"author", "text"} JSON); returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for document in corpus:
        path = folder / document.name
        if document.author is None:
            path.write_text(document.text, encoding="utf-8")
        else:
            tweet = {"author": document.author, "text": document.text}
            path.write_text(json.dumps(tweet, ensure_ascii=False, indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def word_count(corpus: Sequence[CorpusDocument] | Sequence[str]) -> int:
    """Whitespace-separated words, the unit of every words/second figure."""
    return sum(len((d if isinstance(d, str) else d.text).split()) for d in corpus)


@cache
def templates() -> dict:
    with TEMPLATES.open("rb") as file:
        return tomllib.load(file)


@cache
def shipped_documents() -> tuple[CorpusDocument, ...]:
    """The shipped accounts as ingested (HTML and CSV rows become text; a speaker's text becomes a tweet)."""
    from reconcile.ingest import ingest

    out = []
    for folder in SHIPPED:
        documents, _, _ = ingest([folder])
        for i, doc in enumerate(documents):
            stem = re.sub(
                r"\W+", "_", f"{folder.parent.name if folder.name == 'docs' else folder.name}_{i:02d}"
            )
            name = f"shipped_{stem}.{'json' if doc.speaker else 'txt'}"
            out.append(CorpusDocument(name, doc.text, doc.speaker))
    return tuple(out)


class _Event:
    """One event's values, and the filler that writes its sentences (a statement may change a figure)."""

    def __init__(self, rng: random.Random, kind: str) -> None:
        spec, pools = templates()["kinds"][kind], templates()["pools"]
        self.rng, self.spec, self.pools = rng, spec, pools
        self.day = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        self.killed, self.injured = rng.randint(2, 80), rng.randint(3, 200)
        self.crowd, self.age = rng.randrange(2_000, 250_000, 500), rng.randint(17, 78)
        self.minute = rng.randrange(24 * 60)
        self.place, self.village = rng.choice(pools["place"]), rng.choice(pools["village"])
        self.victim = f"{rng.choice(pools['first'])} {rng.choice(pools['last'])}"
        self.people = [
            f"{rng.choice(pools['first'])} {rng.choice(pools['last'])}" for _ in range(rng.randint(3, 6))
        ]
        self.group = rng.choice(pools["group"])
        self.slots: dict[str, Callable[[], str]] = {
            "killed": lambda: str(self._figure(self.killed)),
            "injured": lambda: str(self._figure(self.injured)),
            "crowd": lambda: f"{self._figure(self.crowd // 500) * 500:,}",
            "age": lambda: str(self._figure(self.age)),
            "time": self._time,
            "date": self._date,
            "year": lambda: str(rng.randint(1995, 2022)),
            "pct": lambda: str(rng.randint(38, 81)),
            "nth": lambda: rng.choice(["second", "third", "fourth", "fifth"]),
            "place": lambda: self.place,
            "village": lambda: self.village,
            "victim": lambda: self.victim,
            "group": lambda: self.group,
            "person": lambda: rng.choice(self.people),
            "org": lambda: rng.choice(spec["orgs"]),
            "fact": lambda: self.fill(rng.choice(spec["facts"])),
            "quote": lambda: self.fill(rng.choice(spec["quotes"])),
        }

    def fill(self, template: str) -> str:
        """`template` with every {slot} replaced; {Fact} and {Quote} start with a capital letter."""

        def one(match: re.Match) -> str:
            name = match.group(1)
            value = (
                self.slots[name.lower()]()
                if name.lower() in self.slots
                else self.rng.choice(self.pools[name])
            )
            return value[:1].upper() + value[1:] if name[:1].isupper() else value

        return _SLOT.sub(one, template)

    def sentence(self) -> str:
        frames = templates()["frames"] | {"background": self.spec["background"]}
        group = self.rng.choices(list(FRAME_WEIGHTS), weights=list(FRAME_WEIGHTS.values()))[0]
        text = self.fill(self.rng.choice(frames[group]))
        return text[:1].upper() + text[1:]

    def _figure(self, value: int) -> int:
        if self.rng.random() < CHANGED_FIGURE:
            return max(1, value + self.rng.choice([-1, 1]) * self.rng.randint(1, max(2, value // 4)))
        return value

    def _time(self) -> str:
        minute = (self.minute + (self.rng.randint(20, 90) if self.rng.random() < CHANGED_FIGURE else 0)) % (
            24 * 60
        )
        hour, mins = divmod(minute, 60)
        return f"{(hour - 1) % 12 + 1}:{mins:02d} {'a.m.' if hour < 12 else 'p.m.'}"

    def _date(self) -> str:
        day = self.day + timedelta(days=1 if self.rng.random() < CHANGED_FIGURE else 0)
        shapes = [f"{day:%B} {day.day}", f"{day.day} {day:%B} {day.year}", f"{day:%B} {day.day}, {day.year}"]
        return self.rng.choice(shapes)


def _report(rng: random.Random, kind: str, target: int) -> str:
    """A news report of about `target` words: headline, dateline lede, paragraphs of 1 to 3 sentences."""
    event = _Event(rng, kind)
    outlet = rng.choice(event.pools["outlet"])
    lede = f"{event.place.upper()}, {event.fill('{date}')} ({outlet}) - {event.sentence()}"
    headline = event.fill(rng.choice(event.spec["headline"]))
    paragraphs = [headline[:1].upper() + headline[1:], lede]
    words = sum(len(p.split()) for p in paragraphs)
    while words < target:
        paragraph = " ".join(event.sentence() for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def _tweet(rng: random.Random, kind: str, name: str) -> CorpusDocument:
    """A post by one of the event's organisations: two or three of its facts, first person plural."""
    event = _Event(rng, kind)
    facts = [event.fill("{Fact}.") for _ in range(rng.randint(2, 3))]
    return CorpusDocument(name, " ".join(facts) + f" #{event.place.replace(' ', '')}", event.fill("{org}"))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    corpus = build_corpus(args.docs, seed=args.seed)
    write_corpus(corpus, args.folder)
    tweets = sum(d.author is not None for d in corpus)
    print(f"wrote {len(corpus)} documents ({tweets} tweets), {word_count(corpus):,} words to {args.folder}")


if __name__ == "__main__":
    main()
