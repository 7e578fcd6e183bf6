"""One column per speaker: speaker mentions merged into sources across names, spellings and documents.

Mentions meet when the text says so ("X, also known as Y"), when their names are spellings or short forms of one
another (`reconcile.sources.names`), or when a bare surname the document never introduces follows the titled
person it mangles (`reconcile.sources.orphans`). Two people whose given names differ never meet, however alike
their surnames. A user alias file can force or forbid any merge. Every merge keeps its reason in
`SourceGroup.notes`.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from reconcile.errors import CaseError
from reconcile.model import SourceKind, Statement, short_hash
from reconcile.nlp.names import person_key, surname, text_key
from reconcile.nlp.spans import entities
from reconcile.sources.affiliation import with_affiliations
from reconcile.sources.bodies import body_links, is_office, is_role
from reconcile.sources.described import find_descriptions
from reconcile.sources.in_place import deed_links, in_place_links
from reconcile.sources.lede import lede_links
from reconcile.sources.names import (
    Speaker,
    ambiguous_surnames,
    best_kind,
    compatible_given_names,
    named_families,
    same_speaker,
    short_names,
)
from reconcile.sources.offices import office_links
from reconcile.sources.orphans import first_word_links, orphan_links, surname_links
from reconcile.sources.owners import role_owners
from reconcile.sources.roles import definite_keys, described_links, nearest_person_links
from reconcile.sources.titled import titled_links

UNRESOLVED = ("pronoun:", "channel:", "group:")
"""Speaker keys of mentions never tied to a name ("he", "the tweet", "the group" with nothing before them)."""
UNKNOWN_SPEAKER = "unknown:speaker"


def speaker_group(speaker_key: str) -> str:
    """The key a statement's speaker is grouped under: its own, or UNKNOWN_SPEAKER when it was never resolved."""
    return UNKNOWN_SPEAKER if speaker_key.startswith(UNRESOLVED) else speaker_key


@dataclass(frozen=True)
class AliasRules:
    """A user's alias file: names to merge into one source, names never to merge."""

    merge: tuple[tuple[str, ...], ...] = ()
    separate: tuple[tuple[str, ...], ...] = ()


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
    statements: Sequence[Statement],
    *,
    alias_pairs: Iterable[tuple[str, str]] = (),
    rules: AliasRules | None = None,
    docs: Mapping[str, Doc] | None = None,
    notes: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[SourceGroup], dict[str, str]]:
    """Group speaker keys into sources; returns the groups and a map from speaker key to source id.

    `docs` (document id -> annotated Doc) lets the case's descriptions of its speakers ("Her father, Amjad Amini")
    join role speakers to names across documents; `notes` (speaker key -> why) are reasons found before the
    merge (see `reconcile.sources.issuer`), kept with the key's source.
    """
    speakers = _collect(statements)
    keys = list(speakers)
    rules = rules or AliasRules()
    clusters = _Clusters(keys, _veto_pairs(speakers, rules))
    for key, why in (notes or {}).items():
        if key in clusters.parent:
            clusters.notes[key].extend(why)
    declared = {(f"org:{a}", f"org:{b}") for a, b in alias_pairs}
    ambiguous = ambiguous_surnames(keys)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if (a, b) in declared or (b, a) in declared:
                clusters.union(a, b, "the text names one as the other")
            elif why := same_speaker(speakers[a], speakers[b], ambiguous=ambiguous):
                clusters.union(a, b, why)
    docs = docs or {}
    descriptions = find_descriptions(docs)
    people_named = _people_named(docs) | {k for d in descriptions if (k := text_key(d.name)).startswith("person:")}
    for bare, person, why in surname_links(speakers, people_named):
        clusters.union(bare, person, why)
    for bare, body, why in first_word_links(speakers, people_named):
        clusters.union(bare, body, why)
    for short, name in short_names(keys):
        if is_role(short) and (_plural(speakers[short]) or is_office(name)):
            continue  # "the two leaders" are not "the Varnian leader"; "the president" is no press service's
        clusters.union(short, name, "the short form of the one such name in the case")
    for titled, person, why in titled_links(keys):
        clusters.union(titled, person, why)
    for office, holder, why in office_links(keys, clusters.find):
        clusters.union(office, holder, why)
    for unnamed, named in named_families(keys):
        clusters.union(unnamed, named, "the one family of that name in the case")
    people = lambda root: any(k.startswith("person:") for k in clusters.members[root])  # noqa: E731
    for partial, body, why in body_links(speakers, clusters.find, has_person=people):
        clusters.union(partial, body, why)
    forced: set[str] = set()
    for group in rules.merge:
        wanted = {k for k in keys if _names_match(speakers[k], group)}
        forced |= wanted
        for a in wanted:
            for b in wanted:
                clusters.union(a, b, "alias file [[merge]]", forced=True)
    for orphan, titled, why in orphan_links(statements, speakers):
        if orphan not in forced:  # the user's alias file already says who this name is
            clusters.union(orphan, titled, why)
    definite = definite_keys(statements, docs)
    owners = role_owners(statements, docs)
    links = [*described_links(descriptions, speakers, clusters.find, definite, owners),
             *nearest_person_links(statements, speakers, docs, clusters.find, descriptions)]
    for role, named, d in in_place_links(statements, descriptions, speakers, docs):
        if named:
            links.append((role, named, f"the text gives the role to the name where it speaks: {d.where}"))
        elif role not in forced:  # the name never speaks on its own: the role's column goes by it
            speakers[role].names[d.name] += sum(speakers[role].names.values()) + 1
            clusters.notes[clusters.find(role)].append(f"{role.split(':', 1)[1]}: named by {d.where}")
    links += deed_links(descriptions, speakers, clusters.find)
    linked = {role for role, _, _ in links}
    links += [link for link in lede_links(statements, speakers, clusters.find, definite, descriptions)
              if link[0] not in linked]  # a role the case already names otherwise keeps that name
    for role, named, why in links:
        alone = all(k == role or k.startswith("person:") or is_role(k) for k in clusters.members[clusters.find(role)])
        if role not in forced and alone:  # a role already taken for a body ("president" for the Kremlin) stays
            clusters.union(role, named, why)
    members: dict[str, list[Speaker]] = defaultdict(list)
    for k in keys:
        members[clusters.find(k)].append(speakers[k])
    groups = with_affiliations([_group(found, tuple(clusters.notes[root])) for root, found in members.items()],
                               descriptions)
    mapping = {k: g.id for g in groups for k in g.keys}
    return groups, mapping


class _Clusters:
    """Speaker keys merged so far: union-find that keeps each cluster's members and the reason for each merge, and
    refuses a merge the alias file's [[separate]] lists forbid or that would make two people with different given
    names one source ("Anna Berg" and "Lars Berg", however their bare surnames link them)."""

    def __init__(self, keys: list[str], vetoes: set[tuple[str, str]]) -> None:
        self.parent = {k: k for k in keys}
        self.members: dict[str, list[str]] = {k: [k] for k in keys}
        self.notes: dict[str, list[str]] = defaultdict(list)
        self.vetoes = vetoes

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str, why: str, *, forced: bool = False) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        pairs = [(x, y) for x in self.members[ra] for y in self.members[rb]]
        if any((x, y) in self.vetoes or (y, x) in self.vetoes for x, y in pairs):
            return
        if not forced and not all(compatible_given_names(x, y) for x, y in pairs):
            return
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.members[keep].extend(self.members.pop(drop))
        named = " + ".join(key.split(":", 1)[-1] for key in (a, b))  # "org:centcom" reads "centcom"
        self.notes[keep].extend([*self.notes.pop(drop, []), f"{named}: {why}"])


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
    affiliation: str | None = None
    """The body the source speaks for, as the case describes it ("a member of the Railway Board")."""


def _collect(statements: Sequence[Statement]) -> dict[str, Speaker]:
    speakers: dict[str, Speaker] = {}
    for st in statements:
        key = speaker_group(st.speaker_key)
        speaker = speakers.setdefault(key, Speaker(key))
        speaker.names[st.speaker if key != UNKNOWN_SPEAKER else "unidentified speaker"] += 1
        speaker.kinds[st.kind] += 1
        speaker.evidence.setdefault(st.kind, st.kind_evidence)
        if st.document_id not in speaker.documents:
            speaker.documents.append(st.document_id)
        speaker.reported &= st.speaker_start is not None
        if st.via and st.via not in speakers:
            rest = st.via.split(":", 1)[1]
            via = speakers.setdefault(st.via, Speaker(st.via))
            via.names[rest.upper() if len(rest) <= 5 and " " not in rest else rest] += 1
            via.kinds[SourceKind.MEDIA] += 1
    return speakers


def _people_named(docs: Mapping[str, Doc]) -> set[str]:
    """The person keys of everyone the documents name with a first name, quoted or not, whatever label the tagger
    gave the name ("Maja Halden" as a facility)."""
    found = set()
    for doc in docs.values():
        for ent in entities(doc[:]):
            key = f"person:{person_key(ent.text)}" if ent.label_ == "PERSON" else text_key(ent.text)
            if key.startswith("person:") and len(ent) > 1:
                found.add(key)
    return found


def _plural(speaker: Speaker) -> bool:
    """Every name of the speaker ends in a plural noun: "two leaders", "the ministers"."""
    last = [name.split()[-1].lower() for name in speaker.names if name.split()]
    return bool(last) and all(w.endswith("s") and not w.endswith("ss") for w in last)


def _names_match(speaker: Speaker, names: Sequence[str]) -> bool:
    wanted = {n.lower() for n in names} | {text_key(n) for n in names}
    return speaker.key in wanted or any(name.lower() in wanted for name in speaker.names)


def _veto_pairs(speakers: dict[str, Speaker], rules: AliasRules) -> set[tuple[str, str]]:
    pairs = set()
    for group in rules.separate:
        matched = [k for k, s in speakers.items() if _names_match(s, group)]
        pairs |= {(a, b) for a in matched for b in matched if a != b}
    return pairs


def _group(members: list[Speaker], notes: tuple[str, ...] = ()) -> SourceGroup:
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
    kind = best_kind(kinds)
    root = min(m.key for m in members)
    people = [m for m in members if m.key.startswith("person:")]
    bare = root.startswith("org:") and root[4:] in {surname(m.key) for m in people}  # "Taravari", tagged a body
    if people and (is_role(root) or bare):  # a role or a bare surname joined to its person goes by the person's name
        name = _best_name(Counter({n: c for m in people for n, c in m.names.items()}), people[0].key)
    else:
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


def _best_name(names: Counter[str], root: str) -> str:
    if root.startswith("person:"):
        return max(names, key=lambda n: (len(n.split()), names[n], n))
    return max(names, key=lambda n: (names[n], any(c.isupper() for c in n), len(n), n))
