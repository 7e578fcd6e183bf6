"""Role speakers the text ties to one name where they speak, or by what the name did.

- In place: "said Tendai Mapfumo, 27, a street vendor who said he had joined the march" gives the street vendor's
  words to Tendai Mapfumo, and "Russia's aviation watchdog, Rosaviatsia, said" gives the watchdog's to Rosaviatsia:
  the role mention is the apposition of the name it stands beside. A role every mention of which stands so beside
  one name is that name; when the name never speaks on its own, the role's column takes the name.
- By a relative clause: "The Coalition for Fair Pensions, which organised the march," makes the coalition the
  march's organiser, so "Organisers say more than 40,000" in any document of the case is the coalition, when the
  case gives that deed to one name only (two bodies that each organised something leave "organisers" alone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from spacy.tokens import Doc

from reconcile.model import Statement
from reconcile.nlp.names import text_key
from reconcile.sources.described import Description, fits, role_words
from reconcile.sources.names import Speaker
from reconcile.sources.roles import pronoun, speaker_for

PERSON_KEYS = ("person:",)
ROLE_KEYS = ("org:", "witness:", "family:")


def in_place_links(
    statements: Sequence[Statement], descriptions: Sequence[Description], speakers: Mapping[str, Speaker],
    docs: Mapping[str, Doc] | None = None,
) -> Iterator[tuple[str, str, Description]]:
    """(role key, name's speaker key or "", description) for each role key every mention of which is the
    apposition of one name; the speaker key is empty when that name never speaks on its own. A pronoun resolved to
    the role ("She did not say" after "Ukraine's top prosecutor, Iryna Venediktova, said") is the role again, no
    new mention."""
    named: dict[str, set[str]] = {}
    found: dict[str, Description] = {}
    docs = docs or {}
    for st in statements:
        key = st.speaker_key
        if not key.startswith(ROLE_KEYS) or st.speaker_start is None:
            continue
        if st.document_id in docs and pronoun(docs[st.document_id], st):
            continue
        here = [d for d in descriptions if d.document_id == st.document_id and not d.clause
                and _overlap(d, st) and (d.role_key == key or fits(key, d))]
        names = {d.name_key for d in here}
        named.setdefault(key, set()).update(names if len(names) == 1 else {""})
        if len(names) == 1:
            found.setdefault(key, here[0])
    for key, names in named.items():
        if len(names) == 1 and "" not in names:
            d = found[key]
            yield key, _speaker(d, speakers), d


def _overlap(d: Description, st: Statement) -> bool:
    """The description and the speaker mention share characters: "said X, 27, a street vendor" (the mention inside
    the description) or "The police chief of Torva province, Daniel Holt, said" (the description, its article left
    out, inside the mention)."""
    start = st.speaker_start if st.speaker_start is not None else st.start
    end = st.speaker_end if st.speaker_end is not None else start
    return d.start <= start < d.end or start <= d.start < end


def deed_links(
    descriptions: Sequence[Description], speakers: Mapping[str, Speaker], root: Callable[[str], str],
) -> Iterator[tuple[str, str, str]]:
    """(role key, name key, why) for each speaker named by the doer of a deed the case gives one name only:
    "organisers" and "the organisers" for "X, which organised the march"."""
    clauses = [d for d in descriptions if d.clause]
    for key in speakers:
        if not key.startswith("org:"):
            continue
        words = role_words(key)
        fitting = [d for d in clauses if len(words) == 1 and words == role_words(d.role_key)]
        targets = {root(t): (t, d) for d in fitting if (t := _speaker(d, speakers)) and t != key}
        if len(targets) == 1 and len({d.name_key for d in fitting}) == 1:
            ((target, d),) = targets.values()
            yield key, target, f"the case gives the deed to one name: {d.where}"


def _speaker(d: Description, speakers: Mapping[str, Speaker]) -> str:
    """The speaker key the description's name speaks under; empty when it never speaks. A one-word name the tagger
    read as a body ("Venediktova") may be the surname of the one person of the case so named."""
    found = speaker_for(d.name_key, speakers) or speaker_for(text_key(d.name), speakers)
    kind, _, rest = d.name_key.partition(":")
    if not found and kind == "org" and len(rest.split()) == 1 and d.name[:1].isupper():
        found = speaker_for(f"person:{rest}", speakers)
    return found
