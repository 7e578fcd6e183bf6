"""Statement rows: claims that fit no facet but that two or more sources make about the same thing.

"Central Command still does not know if any civilians have died" and "the airstrike killed a civilian" carry no
facet value the table compares, yet an editor wants them side by side. Claims are paired by shared meaning words
(stems folded through the synonym sets of compatibility.toml); only claims of different sources pair. A row is a
conflict when one source denies what another asserts: the denial restates the assertion (RESTATED) and the assertion
holds no negation of its own. A denial that restates a claim holding a negation of its own says the same thing
("it has never used, and does not use, terrorist methods" / "has never resorted to terrorist methods"), whatever
the parse made of the first's main verb; a denial beside claims it does not restate ("would not accept a result its
agents had not signed" / "collated in the presence of party agents") is unclear.

Agreement is earned as in the facet rows: claims that share their topic ("the serial number on the missile showed it
was theirs" / "a serial number records where a missile was made, not who fired it") speak of one thing, not in one
sense, and the row is unclear; it agrees only when each source's claim restates another's. Figures and month names
do not pair claims: the datelines and headers of a case's documents ("VARNA, June 4, 2025 (Meridian)", "Statement by
the Varna police, 4 June 2025") share the event's day and place, not a statement.
"""

from __future__ import annotations

import calendar
import functools
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from reconcile.align.meaning import meaning_words
from reconcile.model import Cell, Claim, Polarity, Reason, Row, RowStatus
from reconcile.resources import word_set

MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.5
"""Two claims are about the same thing when they share at least 3 meaning words making up at least half of the
shorter claim's meaning words; on the development cases, 2 shared words paired unrelated claims through common
words of the event ("strike", "killed")."""
RESTATED = 0.75
"""A denial contradicts an assertion when at least this share of its meaning words are the assertion's: "the patrol
boat had towed the trawler" (denied) against "survivors said the patrol boat pulled the trawler"; a denial that
shares only the topic ("party agents") with a longer claim says something else about it."""
AGREED = 2 / 3
"""Claims of two sources say the same thing when at least this share of the shorter one's meaning words are the
other's: "the valve on the solvent line had been leaking for weeks" / "workers reported a leaking valve on the solvent
line" (4 of 6); a rebuttal that shares its topic ("the serial number showed it was theirs" / "a serial number records
where a shell was made, not who fired it", 3 of 6) does not."""
COMMON_WORD_LIMIT = 40
"""A word in more claims than this says nothing about which claims belong together and is not used to pair."""
LABEL_LENGTH = 70


def statement_rows(claims: Sequence[Claim], names: Mapping[str, str]) -> list[Row]:
    """Rows for groups of facet-less claims from at least two sources, in order of first appearance."""
    pool = [c for c in claims if not c.facets]
    words = [_topic_words(c.text) for c in pool]
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
    who = ", ".join(names.get(s, s) for s in by_source)
    asserted = {"asserted": sum(1 for items in by_source.values() if any(c.polarity == "positive" for c in items))}
    denials = [c for c in group if c.polarity is Polarity.NEGATIVE]
    if denials and len(denials) < len(group):
        plain = [c for c in group if c.polarity is Polarity.POSITIVE and not _negates(c)]
        contradicting = [d for d in denials if any(a.source_id != d.source_id and _restates(d, a) for a in plain)]
        if contradicting:
            deny = ", ".join(dict.fromkeys(names.get(c.source_id, c.source_id) for c in contradicting))
            return Row(f"statement: {label}", RowStatus.CONFLICT, Reason.NEGATION,
                       f"statement: {deny} deny what the others assert ({who})", cells, asserted)
        if not any(d.source_id != a.source_id and _restates(d, a) for d in denials for a in group if a not in denials):
            return Row(f"statement: {label}", RowStatus.UNCLEAR, Reason.NEGATION,
                       f"statement: {who} speak of the same thing, not all in the same sense", cells, asserted)
    if not _restated_by_each(group):
        return Row(f"statement: {label}", RowStatus.UNCLEAR, Reason.MEANING,
                   f"statement: {who} speak of the same thing, not shown to say the same", cells, asserted)
    return Row(f"statement: {label}", RowStatus.AGREE, Reason.MEANING,
               f"statement: {who} say the same thing in their own words", cells, {"same statement": len(by_source)})


def _restated_by_each(group: list[Claim]) -> bool:
    """Every claim says what a claim of another source says (AGREED of the shorter's words), in its own words or with
    more of them ("is on paid leave" / "has been placed on paid administrative leave")."""
    return all(
        any(o.source_id != c.source_id and _shared_share(c, o) >= AGREED for o in group) for c in group
    )


def _shared_share(a: Claim, b: Claim) -> float:
    words_a, words_b = meaning_words(a.text), meaning_words(b.text)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


@functools.cache
def _months() -> frozenset[str]:
    names = {*calendar.month_name[1:], *calendar.month_abbr[1:]}
    return frozenset(name.lower() for name in names if name)


def _topic_words(text: str) -> set[str]:
    """The meaning words that can pair two claims: not figures ("4", "2025") nor month names, which every dated
    header of the case shares."""
    return {w for w in meaning_words(text)
            if w.startswith("#") or (not any(ch.isdigit() for ch in w) and w not in _months())}  # "#8": a synonym set


def _negates(claim: Claim) -> bool:
    """The claim holds a negation somewhere in its words, so it cannot stand as a plain assertion against a denial
    that restates it: "it has never used, and does not use, terrorist methods" is read as positive by its main verb
    ("is defending itself ... and it has never used"). A negator opening an emphasis or a bound ("not only", "no
    doubt", "no fewer than") denies nothing (hedges.toml [polarity])."""
    words = [w.strip(".,;:!?\"'“”‘’()") for w in claim.text.lower().replace("’", "'").split()]
    negators, emphases = word_set("hedges", "polarity", "negators"), word_set("hedges", "polarity", "not_denials")
    for i, word in enumerate(words):
        if word not in negators and not word.endswith("n't"):
            continue
        phrase = " ".join(words[i : i + 4]) + " "
        if any(phrase.startswith(e + " ") for e in emphases) or words[i + 2 : i + 3] == ["than"]:
            continue
        return True
    return False


def _restates(denial: Claim, assertion: Claim) -> bool:
    said, denied = meaning_words(assertion.text), meaning_words(denial.text)
    return bool(denied) and len(denied & said) >= RESTATED * len(denied)


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
