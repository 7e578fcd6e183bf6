"""A lede's role joined to the person the story names next: delayed identification.

News style often opens on a role and names its holder a paragraph later: "The opposition candidate ... refused to
concede on Monday, saying a video showed ballot stuffing" and then "Viktor Anselm of the Civic Renewal Party told
reporters"; "Tehran's police chief on Monday called allegations ... false" and then "Brigadier General Hossein Rahimi
told a news conference". A definite role ("the", a possessive) that speaks before any person of its document is
quoted is the first person quoted after it, when that person follows within two news paragraphs, nobody else is
quoted between, their kinds may be one body's, and the case describes the person as nothing else (a surgeon named
after "the health minister" is someone new).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from itertools import groupby

from reconcile.model import SourceKind, Statement
from reconcile.resources import word_set
from reconcile.sources.bodies import is_role
from reconcile.sources.described import Description, role_words
from reconcile.sources.names import Speaker, best_kind, same_person
from reconcile.sources.roles import gap, near

STATE = {SourceKind.GOVERNMENT, SourceKind.MILITARY}
"""Kinds one official may carry by rank or by office: a police chief with a general's rank."""


def lede_links(
    statements: Sequence[Statement], speakers: Mapping[str, Speaker], root: Callable[[str], str],
    definite: Collection[str], descriptions: Sequence[Description] = (),
) -> Iterator[tuple[str, str, str]]:
    """(role key, person key, why) for each definite role that, wherever it opens a document's quotes, is named
    by the next person quoted (see the module's rule)."""
    found: dict[str, set[str]] = {}
    why: dict[str, str] = {}
    reported = sorted((st for st in statements if st.speaker_start is not None),
                      key=lambda st: (st.document_id, st.start))
    for _, in_document in groupby(reported, key=lambda st: st.document_id):
        pending: dict[str, Statement] = {}
        for st in in_document:
            key = st.speaker_key
            if key.startswith("person:"):
                for role, last in pending.items():
                    person = key if _named_so(role, last, st, speakers, descriptions) else ""
                    found.setdefault(role, set()).add(root(person) if person else "")
                    why.setdefault(role, f"{last.speaker!r} opens its document and {st.speaker!r} is the next "
                                         f"person quoted, {gap(last, st)} characters later")
                break
            if key in pending or _lede_role(key, definite):
                pending[key] = st
            elif pending and not key.startswith("pronoun:"):
                for role in pending:  # someone else is quoted before any name: the role stays unexplained
                    found.setdefault(role, set()).add("")
                break
        else:
            for role in pending:
                found.setdefault(role, set()).add("")
    for key, people in found.items():
        if len(people) == 1 and "" not in people:
            person = next(k for k in speakers if k.startswith("person:") and root(k) == next(iter(people)))
            yield key, person, why[key]


def _lede_role(key: str, definite: Collection[str]) -> bool:
    return key.startswith("org:") and key in definite and is_role(key)


def _named_so(role: str, last: Statement, person: Statement, speakers: Mapping[str, Speaker],
              descriptions: Sequence[Description]) -> bool:
    if not near(last, person):
        return False
    kinds = {best_kind(speakers[role].kinds), best_kind(speakers[person.speaker_key].kinds)}
    if len(kinds - {SourceKind.OTHER}) > 1 and not kinds <= STATE:
        return False
    return not _described_otherwise(role, person.speaker_key, descriptions)


def _described_otherwise(role: str, person: str, descriptions: Sequence[Description]) -> bool:
    """The case describes the person by a role of another noun than the lede's ("a surgeon at the city hospital"
    after "the health minister"); a rank or an honorific ("Brigadier General", "Mr") says nothing against it."""
    head = role_words(role)[-1:]
    titles = word_set("kinds", "titles", "words")
    for d in descriptions:
        same = d.name_key == person or d.name_key.startswith("person:") and same_person(d.name_key, person)
        if d.clause or not same:
            continue
        words = role_words(d.role_key)
        if words and words[-1:] != head and words[-1] not in titles and not any(c.isdigit() for c in d.role_key):
            return True
    return False
