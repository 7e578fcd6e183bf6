"""Statement rows: claims that fit no facet but that two or more sources make about the same thing.

"Central Command still does not know if any civilians have died" and "the airstrike killed a civilian" carry no
facet value the table compares, yet an editor wants them side by side. Claims are paired by shared meaning words
(stems folded through the synonym sets of compatibility.toml); only claims of different sources pair, and a row
whose claims differ in polarity is a conflict (one asserts, the other denies).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from reconcile.align.compare import meaning_words
from reconcile.model import Cell, Claim, Reason, Row, RowStatus

MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.5
"""Two claims are about the same thing when they share at least 3 meaning words making up at least half of the
shorter claim's meaning words; on the development cases, 2 shared words paired unrelated claims through common
words of the event ("strike", "killed")."""
COMMON_WORD_LIMIT = 40
"""A word in more claims than this says nothing about which claims belong together and is not used to pair."""
LABEL_LENGTH = 70


def statement_rows(claims: Sequence[Claim], names: Mapping[str, str]) -> list[Row]:
    """Rows for groups of facet-less claims from at least two sources, in order of first appearance."""
    pool = [c for c in claims if not c.facets]
    words = [meaning_words(c.text) for c in pool]
    parent = list(range(len(pool)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(pool, words):
        shared = len(words[i] & words[j])
        if shared >= MIN_SHARED_WORDS and shared >= MIN_SHARED_SHARE * min(len(words[i]), len(words[j])):
            parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(pool)):
        groups[find(i)].append(i)
    rows = []
    for members in sorted(groups.values(), key=min):
        group = [pool[i] for i in members]
        if len({c.source_id for c in group}) >= 2:
            rows.append(_row(group, names))
    return rows


def _candidate_pairs(pool: Sequence[Claim], words: Sequence[set[str]]) -> set[tuple[int, int]]:
    """Pairs of claims of different sources sharing a word that is not too common (an inverted index, so the
    work grows with the pairs that can match, not with the square of the claims)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > COMMON_WORD_LIMIT:
            continue
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                if pool[i].source_id != pool[j].source_id and not _nested(pool[i], pool[j]):
                    pairs.add((i, j))
    return pairs


def _nested(a: Claim, b: Claim) -> bool:
    """Overlapping spans of one document are the same words attributed twice, not two sources agreeing."""
    return a.document_id == b.document_id and a.start < b.end and b.start < a.end


def _row(group: list[Claim], names: Mapping[str, str]) -> Row:
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in group:
        by_source[claim.source_id].append(claim)
    cells = tuple(
        Cell(source, tuple(c.text for c in items), tuple(c.id for c in items), tuple(c.text for c in items))
        for source, items in by_source.items()
    )
    label = _label(group)
    polarities = {c.polarity for c in group}
    who = ", ".join(names.get(s, s) for s in by_source)
    if len(polarities) > 1:
        deny = ", ".join(
            names.get(s, s) for s, items in by_source.items() if any(c.polarity == "negative" for c in items)
        )
        return Row(f"statement: {label}", RowStatus.CONFLICT, Reason.NEGATION,
                   f"statement: {deny} deny what the others assert ({who})", cells,
                   {"asserted": sum(1 for items in by_source.values() if any(c.polarity == "positive" for c in items))})
    return Row(f"statement: {label}", RowStatus.AGREE, Reason.MEANING,
               f"statement: {who} say the same thing in their own words", cells, {"same statement": len(by_source)})


def _label(group: list[Claim]) -> str:
    """The words the claims share most, in the order the first claim uses them."""
    counts = Counter(w for c in group for w in {t.strip(".,;:\"“”").lower() for t in c.text.split()})
    first = [t.strip(".,;:\"“”") for t in group[0].text.split()]
    shared = [w for w in first if counts[w.lower()] > 1 and w.lower() not in _STOP]
    text = " ".join(dict.fromkeys(shared)) or group[0].text
    return text[:LABEL_LENGTH]


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP = _stop_words()
