"""A statement's short name for the body that issued it: "The Commission rejects claims ..." in the Zimbabwe
Electoral Commission's own statement is the Electoral Commission, whatever "the commission" means in another
document of the case (there, an inquiry's).

A bare body noun ("the Commission", "the Ministry", "the Company": data/kinds.toml [bodies] heads) speaking in a
document whose own voice is one body that holds that noun, with no other body of the document holding it, is that
body. The mention's key is changed for that document only, since the same words elsewhere may name someone else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reconcile.model import Statement
from reconcile.sources.bodies import body_words, is_body_noun, is_role


def by_issuer(statements: Iterable[Statement]) -> tuple[list[Statement], dict[str, list[str]]]:
    """The statements with each such short name keyed as its document's issuer, and why, per issuer key."""
    statements = list(statements)
    own: dict[str, set[str]] = {}
    keys: dict[str, set[str]] = {}
    for st in statements:
        keys.setdefault(st.document_id, set()).add(st.speaker_key)
        if st.speaker_start is None:
            own.setdefault(st.document_id, set()).add(st.speaker_key)
    out: list[Statement] = []
    notes: dict[str, list[str]] = {}
    for st in statements:
        issuer = _issuer(st, own.get(st.document_id, set()), keys[st.document_id])
        if issuer:
            notes.setdefault(issuer, []).append(
                f"{st.speaker_key[4:]} + {issuer[4:]}: {st.speaker!r} speaks in a document {issuer[4:]!r} issued, "
                "the one body of that document its words name")
            st = replace(st, speaker_key=issuer)
        out.append(st)
    return out, {k: list(dict.fromkeys(v)) for k, v in notes.items()}


def _issuer(st: Statement, own: set[str], keys: set[str]) -> str:
    key = st.speaker_key
    if st.speaker_start is None or len(own) != 1 or not key.startswith("org:") or not is_body_noun(key):
        return ""
    issuer = next(iter(own))
    words = body_words(key)
    if issuer == key or not issuer.startswith("org:") or is_role(issuer) or not words <= body_words(issuer):
        return ""
    mine = body_words(issuer)
    others = [k for k in keys if k not in {key, issuer} and k.startswith("org:") and words <= body_words(k)
              and not body_words(k) <= mine]  # "the Ministry of Health" in its own statement is no other body
    return "" if others else issuer
