"""Bare surnames the text never introduces, and the titled person quoted just before each.

Machine translation turned "Pat Ryder" into "Brig. General Patride" and then wrote "Ryder" in the next paragraph: a
bare surname the document never introduces ("Ryder said", with no "Pat Ryder" or "Gen. Ryder" anywhere) joins the
titled person quoted just before it when the names look alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby

from rapidfuzz import fuzz

from reconcile.model import SourceKind, Statement
from reconcile.sources.names import Speaker, best_kind, same_person

ORPHAN_SIMILARITY = 60
"""Least rapidfuzz partial_ratio between a bare surname and the titled name before it: a mangled name keeps about
three letters in five in order ("patride" / "ryder" 67); unrelated surnames reach 60 about once in 16 pairs."""
ORPHAN_REACH = 1200
"""Most characters between the titled person's statement and the bare surname's: about two news paragraphs."""


def orphan_links(statements: Sequence[Statement], speakers: dict[str, Speaker]) -> Iterator[tuple[str, str, str]]:
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


def _orphan_evidence(orphan: Speaker, titled: Speaker, before: Statement, st: Statement) -> str:
    """Why `orphan` is `titled`, quoted just before it; empty when the evidence falls short."""
    name, title = _bare_name(orphan), _titled_name(titled)
    gap = min(st.start, st.speaker_start or st.start) - max(before.end, before.speaker_end or before.end)
    if not name or not title or gap > ORPHAN_REACH:
        return ""
    score = fuzz.partial_ratio(name.lower(), title.lower())
    if score < ORPHAN_SIMILARITY:
        return ""
    kind = best_kind(titled.kinds)
    return (f"{name!r} is never introduced in the document; taken for {title!r} ({kind}, "
            f"{titled.evidence.get(kind, '')!r}), quoted {gap} characters earlier, names alike ({score:.0f})")


def _bare_name(speaker: Speaker) -> str:
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


def _titled_name(speaker: Speaker) -> str:
    """The one name word of a person known only by a title and that word ("General Patride"); empty otherwise."""
    names = list(speaker.names)
    if not speaker.key.startswith("person:") or set(speaker.kinds) == {SourceKind.OTHER}:
        return ""
    return names[0] if len(names) == 1 and " " not in names[0] else ""


def first_word_links(speakers: dict[str, Speaker], named: Iterable[str] = ()) -> Iterator[tuple[str, str, str]]:
    """(bare name key, organisation key, why) for a lone capitalised word the tagger took for a person ("Hengaw
    said") that opens the name of one organisation of the case ("the Hengaw Organization for Human Rights"), when no
    person the case names bears it as a surname."""
    surnames = {k.split()[-1] for k in [*speakers, *named] if k.startswith("person:") and len(k.split()) > 1}
    for key, speaker in speakers.items():
        name = _bare_name(speaker)
        word = name.lower()
        if not name or not key.startswith("person:") or key != f"person:{word}" or word in surnames:
            continue
        opened = [k for k in speakers if k.startswith("org:") and k[4:].split()[:1] == [word] and len(k.split()) > 1]
        if len(opened) == 1:
            yield key, opened[0], f"{name!r} opens the name of the one body the case names so; no person bears it"


def surname_links(speakers: dict[str, Speaker], named: Iterable[str] = ()) -> Iterator[tuple[str, str, str]]:
    """(bare name key, person key, why) for a lone capitalised word the tagger keyed as an organisation ("Halden
    told reporters", in a document that never introduces him) that is the surname of one person the case names in
    full ("Gen. Arvid Halden"), and no organisation of the case carries that word ("Halden Group"). `named` holds the
    person keys of everyone the documents name, quoted or not: with a Maja Halden among them, "Halden" is neither."""
    people = [k for k in speakers if k.startswith("person:") and len(k.split()) > 1]
    others = {k for k in named if len(k.split()) > 1} - set(people)
    for key, speaker in speakers.items():
        name = _bare_name(speaker)
        if not name or not key.startswith("org:"):
            continue
        word = name.lower()
        if any(k != key and k.startswith("org:") and word in k.removeprefix("org:").split() for k in speakers):
            continue
        bearers = [k for k in people if k.split()[-1] == word]
        strangers = [k for k in others if k.split()[-1] == word and not same_person(k, bearers[0])] if bearers else []
        if len(bearers) == 1 and not strangers:
            yield key, bearers[0], f"{name!r} is the surname of the one person the case names so"
