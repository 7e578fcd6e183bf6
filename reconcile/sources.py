"""One column per speaker: speaker mentions merged into sources across names, spellings and documents.

Mentions meet when the text says so ("X, also known as Y"), when one name is the acronym of another (CENTCOM,
Central Command), when they differ only by a country prefix or a plural ("U.S. Central Command", "white helmet"),
or, for people, when their surnames are spelling variants (Kurila, Kurilla, Kurira) and no first names disagree.
A user alias file can force or forbid any merge.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from reconcile.errors import CaseError
from reconcile.model import SourceKind, Statement, short_hash
from reconcile.nlp.speakers import text_key
from reconcile.resources import lexicon

COUNTRY_PREFIXES = {"u.s.", "us", "u.s", "american", "united", "states", "the", "uk", "british"}
SURNAME_SIMILARITY = 75
UNRESOLVED = ("pronoun:", "channel:", "group:")


@dataclass(frozen=True)
class AliasRules:
    """A user's alias file: names to merge into one source, names never to merge."""

    merge: tuple[tuple[str, ...], ...] = ()
    separate: tuple[tuple[str, ...], ...] = ()


@dataclass
class _Speaker:
    key: str
    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[SourceKind] = field(default_factory=Counter)
    evidence: dict[SourceKind, str] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)


def load_aliases(path: str | Path) -> AliasRules:
    """Read an alias file: `[[merge]] names = [...]` and `[[separate]] names = [...]` tables."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CaseError(f"{path}: cannot read alias file ({exc}); see README 'Alias files' for the format") from exc
    try:
        merge = tuple(tuple(str(n) for n in group["names"]) for group in data.get("merge", []))
        separate = tuple(tuple(str(n) for n in group["names"]) for group in data.get("separate", []))
    except (KeyError, TypeError) as exc:
        raise CaseError(f"{path}: each [[merge]] or [[separate]] table needs names = [...]") from exc
    return AliasRules(merge, separate)


def merge_sources(
    statements: Sequence[Statement], *, alias_pairs: Iterable[tuple[str, str]] = (), rules: AliasRules | None = None
) -> tuple[list["SourceGroup"], dict[str, str]]:
    """Group speaker keys into sources; returns the groups and a map from speaker key to source id."""
    speakers = _collect(statements)
    keys = list(speakers)
    parent = {k: k for k in keys}
    rules = rules or AliasRules()
    vetoes = _veto_pairs(speakers, rules)

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if vetoes:  # only a user's [[separate]] list makes a merge need the clusters' members
            members_a = {k for k in keys if find(k) == ra}
            members_b = {k for k in keys if find(k) == rb}
            if any((x, y) in vetoes or (y, x) in vetoes for x in members_a for y in members_b):
                return
        parent[max(ra, rb)] = min(ra, rb)

    declared = {(f"org:{a}", f"org:{b}") for a, b in alias_pairs}
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if (a, b) in declared or (b, a) in declared or _same_speaker(speakers[a], speakers[b]):
                union(a, b)
    for group in rules.merge:
        wanted = {k for k in keys if _names_match(speakers[k], group)}
        for a in wanted:
            for b in wanted:
                union(a, b)
    clusters: dict[str, list[_Speaker]] = defaultdict(list)
    for k in keys:
        clusters[find(k)].append(speakers[k])
    groups = [_group(members) for members in clusters.values()]
    mapping = {s.key: g.id for g in groups for s in clusters[g.root]}
    return groups, mapping


@dataclass(frozen=True)
class SourceGroup:
    id: str
    root: str
    name: str
    aliases: tuple[str, ...]
    kind: SourceKind
    kind_evidence: str
    documents: tuple[str, ...]
    keys: tuple[str, ...]


def _collect(statements: Sequence[Statement]) -> dict[str, _Speaker]:
    speakers: dict[str, _Speaker] = {}
    for st in statements:
        key = "unknown:speaker" if st.speaker_key.startswith(UNRESOLVED) else st.speaker_key
        speaker = speakers.setdefault(key, _Speaker(key))
        speaker.names[st.speaker if key != "unknown:speaker" else "unidentified speaker"] += 1
        speaker.kinds[st.kind] += 1
        speaker.evidence.setdefault(st.kind, st.kind_evidence)
        if st.document_id not in speaker.documents:
            speaker.documents.append(st.document_id)
        if st.via and st.via not in speakers:
            rest = st.via.split(":", 1)[1]
            via = speakers.setdefault(st.via, _Speaker(st.via))
            via.names[rest.upper() if len(rest) <= 5 and " " not in rest else rest] += 1
            via.kinds[SourceKind.MEDIA] += 1
    return speakers


def _same_speaker(a: _Speaker, b: _Speaker) -> bool:
    kind_a, _, rest_a = a.key.partition(":")
    kind_b, _, rest_b = b.key.partition(":")
    if kind_a == kind_b == "person":
        return _same_person(a, b)
    if kind_a == kind_b == "org":
        return _same_org(rest_a, rest_b)
    return False


def _same_person(a: _Speaker, b: _Speaker) -> bool:
    surname_a, surname_b = a.key[7:], b.key[7:]
    score = fuzz.ratio(surname_a, surname_b)
    if score < SURNAME_SIMILARITY or (score < 85 and surname_a[:1] != surname_b[:1]):
        return False
    firsts_a, firsts_b = _first_names(a), _first_names(b)
    if firsts_a and firsts_b:
        return any(fuzz.ratio(x, y) >= 75 for x in firsts_a for y in firsts_b)
    return True


def _first_names(speaker: _Speaker) -> set[str]:
    return {name.split()[0].lower() for name in speaker.names if len(name.split()) >= 2}


def _same_org(a: str, b: str) -> bool:
    norm_a, norm_b = _org_words(a), _org_words(b)
    if not norm_a or not norm_b:
        return False
    if norm_a == norm_b:
        return True
    if len(norm_a) == 1 and len(norm_b) > 1:
        return _is_acronym(norm_a[0], norm_b)
    if len(norm_b) == 1 and len(norm_a) > 1:
        return _is_acronym(norm_b[0], norm_a)
    return False


def _org_words(key: str) -> list[str]:
    words = [w for w in key.replace("’s", "").replace("'s", "").split() if w not in COUNTRY_PREFIXES]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return words


def _is_acronym(short: str, words: list[str]) -> bool:
    """True when `short` spells the words by their leading letters: CENTCOM = CENTral COMmand, NATO."""
    short = short.replace(".", "")
    return len(short) >= 2 and _spells(short, words)


def _spells(short: str, words: list[str]) -> bool:
    if not words:
        return short == ""
    first = words[0]
    for length in range(1, len(first) + 1):
        if not short.startswith(first[:length]):
            return False
        if _spells(short[length:], words[1:]):
            return True
    return False


def _names_match(speaker: _Speaker, names: Sequence[str]) -> bool:
    wanted = {n.lower() for n in names} | {text_key(n) for n in names}
    return speaker.key in wanted or any(name.lower() in wanted for name in speaker.names)


def _veto_pairs(speakers: dict[str, _Speaker], rules: AliasRules) -> set[tuple[str, str]]:
    pairs = set()
    for group in rules.separate:
        matched = [k for k, s in speakers.items() if _names_match(s, group)]
        pairs |= {(a, b) for a in matched for b in matched if a != b}
    return pairs


def _group(members: list[_Speaker]) -> SourceGroup:
    names: Counter[str] = Counter()
    kinds: Counter[SourceKind] = Counter()
    evidence: dict[SourceKind, str] = {}
    documents: list[str] = []
    for m in members:
        names.update(m.names)
        kinds.update(m.kinds)
        for kind, words in m.evidence.items():
            evidence.setdefault(kind, words)
        documents.extend(d for d in m.documents if d not in documents)
    kind = _best_kind(kinds)
    root = min(m.key for m in members)
    name = _best_name(names, root)
    return SourceGroup(
        id=short_hash("source", root),
        root=root,
        name=name,
        aliases=tuple(sorted(n for n in names if n != name)),
        kind=kind,
        kind_evidence=evidence.get(kind, ""),
        documents=tuple(documents),
        keys=tuple(sorted(m.key for m in members)),
    )


def _best_kind(kinds: Counter[SourceKind]) -> SourceKind:
    order = [SourceKind(k) for k in lexicon("kinds")["order"]]
    named = [(count, -order.index(kind) if kind in order else -99, kind) for kind, count in kinds.items()
             if kind is not SourceKind.OTHER]
    return max(named)[2] if named else SourceKind.OTHER


def _best_name(names: Counter[str], root: str) -> str:
    if root.startswith("person:"):
        return max(names, key=lambda n: (len(n.split()), names[n], n))
    return max(names, key=lambda n: (names[n], any(c.isupper() for c in n), len(n), n))
