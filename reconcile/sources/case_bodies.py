"""A definite body noun its document never names ("The ministry said ..." in a report that names no ministry before
it) is the one body of the case that the noun can name: the "Ministry of Interior" another document quotes.

News style names a body once and then calls it by its head noun; a follow-up report, a wire update or a translated
bulletin often keeps only the noun because the first report named it. The attribution component resolves "the
ministry" to a body named before it in the same document; when nothing there fits, the mention reaches the case
as "group:ministry", which no column takes. Here it goes to the case's one named body whose name holds the noun
("ministry" in "Ministry of Interior", "commission" in "Central Electoral Commission"), every other such name of
the case being that body's too ("the Interior Ministry"). With two such bodies ("the Ministry of Health" and "the
Ministry of Defence", "the Electoral Commission" and "the Kiri commission") the noun names neither and stays
unresolved: a wrong column hides a disagreement, an unknown one does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from reconcile.model import SourceKind, Statement
from reconcile.sources.bodies import body_words, is_body_noun, is_role, kind_noun, part_of
from reconcile.sources.names import best_kind, same_org


def by_case_body(
    statements: Iterable[Statement], docs: Mapping[str, Doc]
) -> tuple[list[Statement], dict[str, list[str]]]:
    """The statements with each unresolved definite body noun keyed as the case's one body of that noun, and why,
    per body key. A document that uses the noun before the mention ("The Halden commission of inquiry was set up
    in May. The commission said ...") has its own antecedent, quoted or not: the case's body is not it."""
    statements = list(statements)
    named = _named_bodies(statements)
    kinds: dict[str, Counter[SourceKind]] = {}
    for st in statements:
        kinds.setdefault(st.speaker_key, Counter())[st.kind] += 1
    out: list[Statement] = []
    notes: dict[str, list[str]] = {}
    for st in statements:
        body = _one_body(st.speaker_key, named, kinds) if st.speaker_key.startswith("group:") else ""
        if body and _own_antecedent(st, docs.get(st.document_id), body):
            body = ""
        if body:
            noun = st.speaker_key.partition(":")[2]
            notes.setdefault(body, []).append(
                f"{noun} + {body[4:]}: {st.speaker!r} names no other {noun} before it in its document; "
                f"the case names one {noun}, {named[body]!r}")
            st = replace(st, speaker_key=body)
        out.append(st)
    return out, {k: list(dict.fromkeys(v)) for k, v in notes.items()}


def _named_bodies(statements: Sequence[Statement]) -> dict[str, str]:
    """Organisation keys of the case that name a body with a capitalised word of their own ("Ministry of Interior",
    not "the ministry" nor "a ministry spokesman"), each with its name as written."""
    found: dict[str, str] = {}
    for st in statements:
        key = st.speaker_key
        if not key.startswith("org:") or is_role(key) or key in found:
            continue
        capitals = {w.lower().strip("'’.,()") for w in st.speaker.split() if w[:1].isupper()}
        if capitals & body_words(key) - {key[4:]}:
            found[key] = st.speaker
    return found


def _one_body(group_key: str, named: dict[str, str], kinds: Mapping[str, Counter[SourceKind]]) -> str:
    """The body key `group_key`'s noun names in the case, when all the case's bodies holding the noun are one, or,
    for a noun of a kind of body ("the company": data/kinds.toml [bodies] kind_nouns) that no name holds, all its
    bodies of that kind; empty otherwise."""
    noun = "org:" + group_key.partition(":")[2]
    kind = kind_noun(noun)
    if not is_body_noun(noun) and kind is None:
        return ""
    words = body_words(noun)
    holders = [k for k in named if words <= body_words(k) and k != noun]
    if not holders and kind is not None:  # "The company said" and "Dunmore Rail Ltd": the case's one company
        holders = [k for k in named if best_kind(kinds.get(k, Counter())) is kind]
    if not holders:
        return ""
    longest = max(holders, key=lambda k: (len(body_words(k)), k))
    if all(k == longest or same_org(k[4:], longest[4:]) or part_of(k, longest, {named[k]: 1}) for k in holders):
        return longest
    return ""


def _own_antecedent(st: Statement, doc: Doc | None, body: str) -> bool:
    """The statement's document uses its noun before the mention for something else than `body`: as a common noun
    ("a commission of inquiry") or in a name with words `body` lacks ("the Halden Commission"). A name of the body
    itself before it ("NERASI CITY MUNICIPALITY" heading the statement) is no other antecedent."""
    span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand") if (
        doc is not None and st.speaker_start is not None and st.speaker_end is not None) else None
    if doc is None or span is None:
        return True
    noun = st.speaker_key.partition(":")[2]
    for token in doc[: span.start]:
        if token.lower_ != noun and token.lemma_.lower() != noun:
            continue
        if not token.text[:1].isupper():
            return True
        name = _capitalised_run(token)
        if not body_words("org:" + name) <= body_words(body):
            return True
    return False


def _capitalised_run(token: Token) -> str:
    """The capitalised words around `token`, with the "of" and "and" between them: "Ministry of Interior"."""
    doc, start, end = token.doc, token.i, token.i
    joins = {"of", "and", "for", "&"}
    part = lambda t: t.is_alpha and (t.text[:1].isupper() or t.lower_ in joins)  # noqa: E731
    while start > 0 and part(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and part(doc[end + 1]):
        end += 1
    words = [t.lower_ for t in doc[start : end + 1]]
    while words and words[0] in joins | {"the"}:
        words.pop(0)
    while words and words[-1] in joins:
        words.pop()
    return " ".join(words)
