"""The body a role speaker speaks for when the text says so by a possessive: "Its spokesman repeated" after "The
Hellenic Coast Guard (HCG) has not changed its account" is the coast guard's spokesman.

A bare "spokesman" may be anyone's; with its body known it is precise enough to meet, in another document, the one
person the case describes as that body's spokesman ("Coast guard spokesman Nikos Alexiou"), and never the
government's ("Government spokesman Ilias Siakantaris"). An "its" or "their" is read as the one organisation named
in its sentence or the sentence before; with two there ("The ministry and the army ... Its spokesman"), or with two
bodies over a key's mentions, the role has no known body.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from reconcile.model import Statement
from reconcile.nlp.names import text_key
from reconcile.nlp.spans import entities, sentence_bounds

POSSESSIVES = {"its", "their"}
OWNER_ENTITIES = {"ORG"}
"""Labels of a body an "its" may stand for; a place ("Greece ... its spokesman") is read as no body."""


def role_owners(statements: Sequence[Statement], docs: Mapping[str, Doc]) -> dict[str, str]:
    """Speaker key -> organisation key of the one body every possessive mention of that key speaks for."""
    found: dict[str, set[str]] = {}
    for st in statements:
        doc = docs.get(st.document_id)
        if doc is None or st.speaker_start is None or st.speaker_end is None:
            continue
        span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
        if span is None or span[0].lower_ not in POSSESSIVES or span.root.pos_ == "PRON":
            continue
        owner = _antecedent(span)
        found.setdefault(st.speaker_key, set()).add(owner)
    return {key: next(iter(owners)) for key, owners in found.items() if len(owners) == 1 and "" not in owners}


def _antecedent(span: Span) -> str:
    """The key of the one organisation named from the start of the sentence before `span` up to it; empty when
    there are none or two."""
    doc = span.doc
    first = sentence_bounds(doc, span.start)[0]
    start = sentence_bounds(doc, first - 1)[0] if first > 0 else first
    keys = {text_key(ent.text.removeprefix("The ").removeprefix("the "))
            for ent in entities(doc[start : span.start]) if ent.label_ in OWNER_ENTITIES}
    bodies = {k for k in keys if k.startswith("org:")}
    if len(bodies) > 1:
        bodies = {k for k in bodies if not any(k != o and _acronym_of(k, o) for o in bodies)}
    return next(iter(bodies)) if len(bodies) == 1 else ""


def _acronym_of(short: str, name: str) -> bool:
    """"org:hcg" stands beside "org:hellenic coast guard" as its acronym, not as a second body."""
    letters = short.removeprefix("org:")
    initials = "".join(w[:1] for w in name.removeprefix("org:").split())
    return " " not in letters and len(letters) >= 2 and letters == initials
