"""One unnamed official is not a group of officials cited elsewhere.

"A U.S. official, speaking on condition of anonymity, said ..." in one report and "U.S. officials have said ..." in
another are two sourcings: nothing in the text says the one official is among the officials. Inside one document a
lone official beside the same service's officials ("A defense official with direct knowledge ..." and later
"Defense officials told CNN") is read as one of them, as reporters cite their main anonymous sourcing. So a document
whose mentions of a group of unnamed officials are all singular gives them a key of their own ("u.s. official
(unnamed)"), shared with the lone officials of that service in other documents but never with the group.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from spacy.tokens import Doc

from reconcile.model import Statement

SINGULAR_TAGS = {"NN", "NNP"}


def lone_officials(statements: Iterable[Statement], docs: Mapping[str, Doc]) -> list[Statement]:
    """The statements with each document's lone unnamed official keyed apart from groups of officials."""
    statements = list(statements)
    plural: dict[tuple[str, str], bool] = {}
    for st in statements:
        if st.speaker_key.startswith("anon:") and (number := _singular(st, docs)) is not None:
            key = (st.document_id, st.speaker_key)
            plural[key] = plural.get(key, False) or not number
    out = []
    for st in statements:
        if plural.get((st.document_id, st.speaker_key)) is False:
            name = st.speaker.replace("officials (unnamed)", "official (unnamed)")
            st = replace(st, speaker_key=f"{st.speaker_key}:one", speaker=name)
        out.append(st)
    return out


def _singular(st: Statement, docs: Mapping[str, Doc]) -> bool | None:
    """Whether the statement's speaker mention is one person ("A U.S. official"); None when it cannot be read."""
    doc = docs.get(st.document_id)
    if doc is None or st.speaker_start is None or st.speaker_end is None:
        return None
    span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
    if span is None or span.root.pos_ == "PRON":
        return None  # "he", "they": the number of the pronoun, not of the officials
    return span.root.tag_ in SINGULAR_TAGS
