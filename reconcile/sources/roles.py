"""Role speakers ("the police spokeswoman", "her father", "the Azerbaijani leader") joined to the named speaker
they stand for.

Two rules, the first across the case, the second inside one document:
- a description the case gives to one name only ("Police spokeswoman Charity Charamba", "Her father, Amjad
  Amini,") stands for that name wherever it speaks alone; a one-word role ("spokesman") only in the document that
  describes the name so;
- a definite description of a person with no name ("The Azerbaijani leader said", "the former railway minister
  had said") that follows the quoted words of a named person in the same document, within two paragraphs and with
  nobody else quoted between, is that person: news style varies the name of the person it has just quoted.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from itertools import groupby

from spacy.tokens import Doc, Span

from reconcile.model import SourceKind, Statement
from reconcile.nlp.spans import sentence_bounds
from reconcile.resources import word_set
from reconcile.sources.bodies import body_words, is_role
from reconcile.sources.described import Description, fits, role_words
from reconcile.sources.names import Speaker, best_kind, same_org, same_person

DEFINITE = {"the", "his", "her", "its", "their", "our", "this", "that", "these", "those"}
NOT_DEFINITE = {"a", "an", "one", "another", "some", "any"}
ROLE_REACH = 1200
"""Most characters between a named person's statement and the role that varies their name: about two news
paragraphs, as for a surname the text never introduces."""


def described_links(
    descriptions: Sequence[Description], speakers: Mapping[str, Speaker], root: Callable[[str], str],
    definite: Collection[str] = (), owners: Mapping[str, str] | None = None,
) -> Iterator[tuple[str, str, str]]:
    """(role key, name key, why) for each role speaker the case's descriptions give to one name only. Only a
    role the text refers back with (`definite`: "the police spokeswoman", "her father") is linked: "a doctor at the
    hospital said" brings in someone new, not the doctor named elsewhere. A role whose body the text gives by a
    possessive (`owners`, see `reconcile.sources.owners`: "Its spokesman" after the coast guard) meets only a
    description naming that body, in any document of the case."""
    owners = owners or {}
    for key, speaker in speakers.items():
        if not key.startswith(("org:", "family:")) or not speaker.reported or key not in definite:
            continue
        targets: dict[str, tuple[str, Description]] = {}
        silent: list[str] = []
        owner = owners.get(key, "")
        far = _travels(key) or bool(owner) or any(_written_long(name) for name in speaker.names)
        for d in descriptions:
            if not fits(key, d) or not (far or _body_described(key, d) or d.document_id in speaker.documents):
                continue
            if owner and not serves(d, owner):
                continue
            if (target := speaker_for(d.name_key, speakers)) and target != key:
                targets.setdefault(root(target), (target, d))
            elif not target:
                silent.append(d.name_key)
        if len(targets) == 1:
            ((target, d),) = targets.values()
            if any(not speaker_for(name, {target: speakers[target]}) for name in silent):
                continue  # "Care Across Borders, another medical charity," never quoted, but described so too
            whose = f"{speaker.names.most_common(1)[0][0]!r} speaks for {owner[4:]!r}; " if owner else ""
            yield key, target, f"{whose}the case describes one name so: {d.where}"


def serves(description: Description, owner: str) -> bool:
    """The description names the body `owner` (an organisation key) by words of its name: "Coast guard spokesman"
    serves "org:hellenic coast guard (hcg)"; "Government spokesman" does not. A description naming no body serves
    none."""
    people = word_set("kinds", "roles", "person")
    qualifiers = body_words("org:" + " ".join(w for w in role_words(description.role_key)[:-1] if w not in people))
    if description.affiliation:
        qualifiers |= body_words("org:" + description.affiliation.lower())
    return bool(qualifiers) and qualifiers <= body_words(owner)


def nearest_person_links(
    statements: Sequence[Statement], speakers: Mapping[str, Speaker], docs: Mapping[str, Doc],
    root: Callable[[str], str], descriptions: Sequence[Description] = (),
) -> Iterator[tuple[str, str, str]]:
    """(role key, person key, why) for each definite person role that every time it speaks follows the quoted
    words of one named person (see the module's second rule). A role the case describes someone by is left to
    `described_links`: "the police spokeswoman" is whoever the case calls so, not the last person quoted."""
    found: dict[str, set[str]] = {}
    why: dict[str, str] = {}
    reported = sorted((st for st in statements if st.speaker_start is not None),
                      key=lambda st: (st.document_id, st.start))
    for document_id, in_document in groupby(reported, key=lambda st: st.document_id):
        doc = docs.get(document_id)
        last: Statement | None = None
        for st in in_document:
            key = st.speaker_key
            if doc is not None and not key.startswith("person:") and pronoun(doc, st):
                continue  # "He dismissed ..." after "The Azerbaijani leader said": the role again, no new evidence
            if doc is not None and _definite_role(doc, st) and not any(fits(key, d) for d in descriptions):
                person = last.speaker_key if last is not None and near(last, st) else ""
                if last is not None and person and _kinds_agree(speakers[key], speakers[person]):
                    found.setdefault(key, set()).add(root(person))
                    why.setdefault(key, f"{st.speaker!r} follows the words of {last.speaker!r} in the same "
                                        f"document, {gap(last, st)} characters earlier, nobody quoted between")
                    continue
                found.setdefault(key, set()).add("")  # once unexplained, never linked
            else:
                last = st if key.startswith("person:") else None
    for key, people in found.items():
        if len(people) == 1 and "" not in people:
            yield key, next(iter(people)), why[key]


def definite_keys(statements: Sequence[Statement], docs: Mapping[str, Doc]) -> set[str]:
    """Speaker keys every mention of which refers back: "the", a possessive or a demonstrative before the role
    ("the police spokeswoman", "her father", "Derna's mayor"); never "a", "an", "one" or "another"."""
    seen: dict[str, bool] = {}
    for st in statements:
        doc = docs.get(st.document_id)
        if st.speaker_start is None or st.speaker_end is None or doc is None:
            continue
        span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
        if span is None or span.root.pos_ == "PRON":
            continue  # a pronoun says nothing of how the role was named
        first = span[0]
        back = first.lower_ in DEFINITE or first.dep_ == "poss" or any(t.tag_ == "POS" for t in span[:3])
        back = back or _bare_title(span)
        seen[st.speaker_key] = seen.get(st.speaker_key, True) and back
    return {key for key, back in seen.items() if back}


def _bare_title(span: Span) -> bool:
    """A capitalised singular title with no article, after an honorific or not: "Hon'ble Chief Minister said",
    "Chief Minister said". English gives a singular role no bare use but as the title of its one holder; a lone
    capital at the start of a sentence says nothing ("Witness said")."""
    honorifics = word_set("kinds", "titles", "honorifics")
    words = [t for t in span if t.lower_ not in honorifics]
    if not words or words[0].lower_ in NOT_DEFINITE or words[0].pos_ in {"DET", "NUM"}:
        return False
    if span.root.tag_ not in {"NN", "NNP"} or span.root.lower_ not in word_set("kinds", "roles", "person"):
        return False
    capitals = all(t.text[:1].isupper() for t in words)
    told = len(words) > 1 or span[0].lower_ in honorifics or span.start != sentence_bounds(span.doc, span.root.i)[0]
    return capitals and told


def pronoun(doc: Doc, st: Statement) -> bool:
    """The statement's speaker mention is a pronoun ("she said"), resolved to someone named before it."""
    if st.speaker_start is None or st.speaker_end is None:
        return False
    span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "PRON"


def _written_long(name: str) -> bool:
    """Two words or more besides articles, as written: "the top commander"."""
    return len([w for w in name.lower().split() if w not in {"the", "a", "an"}]) >= 2


def _travels(key: str) -> bool:
    """A role precise enough to name one person across documents: two words or more ("police spokeswoman", "chief
    minister"), or a relative of the case's one family ("her father"). A bare "spokesman" or "minister" in another
    document may be anyone's. The words as written count, not only the key's: "the top commander" is keyed
    "commander" but says more."""
    return key.startswith("family:") or len(role_words(key)) >= 2


def _body_described(key: str, description: Description) -> bool:
    """A body's description ("the opposition" for "The opposition MDC Alliance", "the medical charity") names the
    one body the case describes so in any document; a person's role ("spokesman") may be anyone's elsewhere."""
    return description.name_key.startswith("org:") and not is_role(key) and not is_role(description.role_key)


def speaker_for(name_key: str, speakers: Mapping[str, Speaker]) -> str:
    """The speaker key a described name speaks under: the same key, else the one person or organisation whose
    name is spelled alike (several keys that are spellings of one another being one); empty when the name never
    speaks or could be two speakers."""
    if name_key in speakers:
        return name_key
    kind, _, rest = name_key.partition(":")
    retagged = [k for k in (f"person:{rest}", f"org:{rest}") if k in speakers]  # the tagger's two readings
    if len(retagged) == 1:
        return retagged[0]
    if kind == "person":
        alike = [k for k in speakers if k.startswith("person:") and same_person(k, name_key)]
    else:
        alike = [k for k in speakers if k.startswith("org:") and same_org(k[4:], rest)]
        # the name with its description before it: "org:opposition mdc alliance" for "The opposition MDC Alliance"
        alike = alike or [k for k in speakers if k.startswith("org:") and k.endswith(f" {rest}")]
    same = same_person if kind == "person" else lambda a, b: same_org(a[4:], b[4:])
    if len(alike) > 1 and all(same(a, b) for a in alike for b in alike):
        return max(alike, key=lambda k: (len(k), k))  # "org:wck" and "org:world central kitchen (wck)": one body
    return alike[0] if len(alike) == 1 else ""


def _definite_role(doc: Doc, st: Statement) -> bool:
    """The statement's speaker is "the" and a person's role, with no name: "The Azerbaijani leader"."""
    if st.speaker_start is None or st.speaker_end is None:
        return False
    span = doc.char_span(st.speaker_start, st.speaker_end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "the" or not st.speaker_key.startswith("org:"):
        return False
    head = span.root
    roles = word_set("kinds", "roles", "person") | word_set("kinds", "titles", "words")
    named = any(t.pos_ == "PROPN" and t.ent_type_ in {"ORG", "PERSON"} for t in span)  # "the Kremlin spokesman"
    in_charge = any(p.lower_ == "in" and any(o.lower_ == "charge" for o in p.children) for p in head.children)
    role = head.lemma_.lower() in roles or head.lower_ == "person" and in_charge  # "the person in charge said"
    return head.pos_ == "NOUN" and role and head.tag_ == "NN" and not named


def near(before: Statement, st: Statement) -> bool:
    """`st` is quoted within ROLE_REACH characters after `before` ends."""
    return 0 <= gap(before, st) <= ROLE_REACH


def gap(before: Statement, st: Statement) -> int:
    """Characters between the end of `before` (or its speaker) and the start of `st` (or its speaker)."""
    return min(st.start, st.speaker_start or st.start) - max(before.end, before.speaker_end or before.end)


def _kinds_agree(role: Speaker, person: Speaker) -> bool:
    """No kind of the role's words contradicts the person's: a police spokeswoman is no candidate's aide."""
    a, b = best_kind(role.kinds), best_kind(person.kinds)
    return SourceKind.OTHER in {a, b} or a == b

