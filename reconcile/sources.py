"""One column per speaker: speaker mentions merged into sources across names, spellings and documents.

Mentions meet when the text says so ("X, also known as Y"), when one name is the acronym of another (CENTCOM,
Central Command), when they differ only by a country prefix or a plural ("U.S. Central Command", "white helmet"),
or, for people, when their surnames are spelling variants (Kurila, Kurilla, Kurira) and no first names disagree.
A bare surname the document never introduces ("Ryder said", with no "Pat Ryder" or "Gen. Ryder" anywhere) joins
the titled person quoted just before it when the names look alike: machine translation turned "Pat Ryder" into
"Brig. General Patride" and then wrote "Ryder" in the next paragraph. A user alias file can force or forbid any
merge. Every merge keeps its reason in `SourceGroup.notes`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from rapidfuzz import fuzz

from reconcile.errors import CaseError
from reconcile.model import SourceKind, Statement, short_hash
from reconcile.nlp.speakers import text_key
from reconcile.resources import lexicon

COUNTRY_PREFIXES = {"u.s.", "us", "u.s", "american", "united", "states", "the", "uk", "british"}
SURNAME_SIMILARITY = 75
UNRESOLVED = ("pronoun:", "channel:", "group:")
ORPHAN_SIMILARITY = 60
"""Least rapidfuzz partial_ratio between a bare surname and the titled name before it: a mangled name keeps about
three letters in five in order ("patride" / "ryder" 67); unrelated surnames reach 60 about once in 16 pairs."""
ORPHAN_REACH = 1200
"""Most characters between the titled person's statement and the bare surname's: about two news paragraphs."""


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
    reported: bool = True
    """False when the speaker speaks in a document's own voice (a tweet's author, a report's publisher)."""


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
    notes: dict[str, list[str]] = defaultdict(list)

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str, why: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if vetoes:  # only a user's [[separate]] list makes a merge need the clusters' members
            members_a = {k for k in keys if find(k) == ra}
            members_b = {k for k in keys if find(k) == rb}
            if any((x, y) in vetoes or (y, x) in vetoes for x in members_a for y in members_b):
                return
        parent[max(ra, rb)] = min(ra, rb)
        notes[min(ra, rb)].extend([*notes.pop(max(ra, rb), []), f"{a} + {b}: {why}"])

    declared = {(f"org:{a}", f"org:{b}") for a, b in alias_pairs}
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if (a, b) in declared or (b, a) in declared:
                union(a, b, "the text names one as the other")
            elif why := _same_speaker(speakers[a], speakers[b]):
                union(a, b, why)
    forced: set[str] = set()
    for group in rules.merge:
        wanted = {k for k in keys if _names_match(speakers[k], group)}
        forced |= wanted
        for a in wanted:
            for b in wanted:
                union(a, b, "alias file [[merge]]")
    for orphan, titled, why in _orphan_links(statements, speakers):
        if orphan not in forced:  # the user's alias file already says who this name is
            union(orphan, titled, why)
    clusters: dict[str, list[_Speaker]] = defaultdict(list)
    for k in keys:
        clusters[find(k)].append(speakers[k])
    groups = [_group(members, tuple(notes[root])) for root, members in clusters.items()]
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
    notes: tuple[str, ...] = ()
    """Why each merge was made, one line per merge: "org:ryder + person:patride: ..."."""


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
        speaker.reported &= st.speaker_start is not None
        if st.via and st.via not in speakers:
            rest = st.via.split(":", 1)[1]
            via = speakers.setdefault(st.via, _Speaker(st.via))
            via.names[rest.upper() if len(rest) <= 5 and " " not in rest else rest] += 1
            via.kinds[SourceKind.MEDIA] += 1
    return speakers


def _same_speaker(a: _Speaker, b: _Speaker) -> str:
    """Why two speakers are one source; empty when they are not."""
    kind_a, _, rest_a = a.key.partition(":")
    kind_b, _, rest_b = b.key.partition(":")
    if kind_a == kind_b == "person" and _same_person(a, b):
        return "surnames spelled alike, no first names differ"
    if kind_a == kind_b == "org" and _same_org(rest_a, rest_b):
        return "same name but for an acronym, a country prefix or a plural"
    return ""


def _orphan_links(statements: Sequence[Statement], speakers: dict[str, _Speaker]) -> Iterator[tuple[str, str, str]]:
    """(orphan key, titled person key, why) for each bare surname the document never introduces and the person
    quoted before it in that document who is known by one titled name alike: "Pentagon spokesman Brig. General
    Patride said ... / '...,' Ryder said". The person must be the last one quoted before the surname, within
    ORPHAN_REACH characters; a person with a first name, or a surname introduced anywhere, is never linked.
    """
    orphans = {k for k, s in speakers.items() if _bare_name(s)}
    reported = [st for st in statements if st.speaker_start is not None]
    reported.sort(key=lambda st: (st.document_id, st.start))
    for _, in_document in groupby(reported, key=lambda st: st.document_id):
        last: Statement | None = None
        seen: set[str] = set()
        for st in in_document:
            key = st.speaker_key
            first = key in orphans and key not in seen  # the orphan's first appearance in this document
            seen.add(key)
            why = _orphan_evidence(speakers[key], speakers[last.speaker_key], last, st) if first and last else ""
            if why and last is not None:
                yield key, last.speaker_key, why
            if key.startswith("person:") or key in orphans:
                last = st


def _orphan_evidence(orphan: _Speaker, titled: _Speaker, before: Statement, st: Statement) -> str:
    """Why `orphan` is `titled`, quoted just before it; empty when the evidence falls short."""
    name, title = _bare_name(orphan), _titled_name(titled)
    gap = min(st.start, st.speaker_start or st.start) - max(before.end, before.speaker_end or before.end)
    if not name or not title or gap > ORPHAN_REACH:
        return ""
    score = fuzz.partial_ratio(name.lower(), title.lower())
    if score < ORPHAN_SIMILARITY:
        return ""
    kind = _best_kind(titled.kinds)
    return (f"{name!r} is never introduced in the document; taken for {title!r} ({kind}, "
            f"{titled.evidence.get(kind, '')!r}), quoted {gap} characters earlier, names alike ({score:.0f})")


def _bare_name(speaker: _Speaker) -> str:
    """The one capitalised word a speaker quoted in the text goes by when nothing else names it: no first name, no
    title, no kind ("Ryder"); empty otherwise. Such a name is a surname whose introduction the text lost."""
    if not speaker.key.startswith(("person:", "org:")) or not speaker.reported:
        return ""
    if set(speaker.kinds) != {SourceKind.OTHER} or any(speaker.evidence.values()):
        return ""  # a kind, or words showing it names an organisation ("Hamas spokesman")
    (name, *others) = speaker.names
    if others or not re.fullmatch(r"[A-Z][\w'’-]+", name) or name.isupper():
        return ""
    return name


def _titled_name(speaker: _Speaker) -> str:
    """The one name word of a person known only by a title and that word ("General Patride"); empty otherwise."""
    names = list(speaker.names)
    if not speaker.key.startswith("person:") or set(speaker.kinds) == {SourceKind.OTHER}:
        return ""
    return names[0] if len(names) == 1 and " " not in names[0] else ""


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


def _group(members: list[_Speaker], notes: tuple[str, ...] = ()) -> SourceGroup:
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
        notes=notes,
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
