"""A weapon as the statement names it, and the kind of the weapon tree (data/hierarchy.toml) that name falls under.

"Russia struck the centre with a Kh-22 cruise missile": the value is "kh-22 cruise missile", not the bare kind
"cruise missile", so two sources naming two systems of one kind ("Kh-22", "Kh-101") are told apart, and a reader sees
what was said. The kind is still what the align stage compares: `kind_of("kh-22 cruise missile")` is "cruise
missile", so the value agrees with "missile" and conflicts with "rocket" as the bare kind did.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from reconcile.claims.context import facet
from reconcile.claims.hierarchy import kinds
from reconcile.claims.place_names import country_of

_NAMES_NO_SYSTEM = {"NORP", "GPE", "LOC", "FAC", "ORG", "DATE", "TIME"}
"""Entity labels of a word before the weapon that says whose or where it was ("Israeli", "Hamas", "Gaza"), not which
system: only the parse's actor finder reads those."""
_CALIBRE = re.compile(r"^\d+(?:\.\d+)?(?:mm|-mm|cm|-inch)$")
_UNITS = {"mm", "cm", "inch", "millimetre", "millimeter"}
_KIND_WORDS = {"style", "type", "class", "series"}
"""Words a hyphen joins to a system's name to say "of that kind": "AR-15-style", "Grad-type"."""


def said_weapon(label: str, words: Span) -> str:
    """The weapon as named: a system's designation before the term ("Kh-22", "Tochka-U", "GBU-39", "120mm"), then the
    term in its singular form ("kalashnikov rifle", "mortar round", "assault rifle"), with the kind after it in
    brackets when its words do not name the kind ("gunshot (firearm)", "shelling (artillery)"): the reader sees what
    the source said and what the table compares. A spelling of the kind's own name is the kind ("airstrike" is "air
    strike")."""
    term = " ".join(_joined([_singular(t) if t.i == words.root.i else t.lower_ for t in words], words))
    designation = _designation(words) or _designation_after(words)
    if _spelled_as(term, label):
        term = label
    said = f"{designation} {term}" if designation else term
    return said if _holds(said, label) else f"{said} ({label})"  # "shelling (artillery)"


def _singular(word: Token) -> str:
    """The head word in the singular: "rockets" -> "rocket", "AK-47s" -> "ak-47"."""
    if word.tag_ not in {"NNS", "NNPS"} or word.lower_.endswith(("us", "ss", "is")):
        return word.lower_  # "shelling", not the verb's "shell"; "phosphorus", not "phosphoru"
    lemma = word.lemma_.lower()
    plural = lemma == word.lower_ and lemma.endswith("s") and (word.tag_ == "NNPS" or lemma[:-1] in _terms())
    return lemma[:-1] if re.search(r"\d+s$", lemma) or plural else lemma


def _joined(parts: list[str], words: Span) -> list[str]:
    """Words rejoined as written: "air-to-surface" stays one word, as do "Tochka-U" and "AK-47"."""
    out: list[str] = []
    for part, token in zip(parts, words, strict=True):
        if out and (token.text == "-" or words.doc[token.i - 1].text == "-") and not words.doc[token.i - 1].whitespace_:
            out[-1] += part
        else:
            out.append(part)
    return out


def _designation(words: Span) -> str:
    """The words just before the term that name one system: a model with a digit ("Kh-22", "M16", "F-16"), a calibre
    ("120mm", "155 mm"), or a proper noun the tagger gives no owner's or place's label ("Tochka-U", "Smerch"); never a
    count ("40 missiles"), an owner ("Israeli", "Hamas") or the capital of a sentence's first word."""
    doc = words.doc
    taken: list[Token] = []
    i = words.start - 1
    while i >= 0 and _part_of_a_name(doc[i], taken, words):
        taken.insert(0, doc[i])
        i -= 1
    while taken and taken[0].text == "-":
        taken.pop(0)
    if not taken or not any(_names_a_system(t) or t.lower_ in _UNITS or t.text.isdigit() for t in taken):
        return ""
    return " ".join(_joined([t.lower_ for t in taken], doc[taken[0].i : taken[-1].i + 1]))


def _designation_after(words: Span) -> str:
    """A system's name set after the kind, as translated statements write it: 'tactical missile "Tochka-U"', "the
    missile Iskander-M" (capitalised words or a model number, glued by hyphens, in quotes or not)."""
    doc = words.doc
    i = words.end
    if i < len(doc) and doc[i].text in {'"', "“", "«", "'"}:
        i += 1
    taken: list[Token] = []
    while i < len(doc) and i < words.sent.end:
        token = doc[i]
        if token.text == "-" and not token.whitespace_ and taken:
            taken.append(token)
        elif token.ent_type_ not in _NAMES_NO_SYSTEM | {"PERSON", "CARDINAL"} and (
                any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)
                or token.pos_ == "PROPN" and token.text[:1].isupper()):
            taken.append(token)
        else:
            break
        if not token.whitespace_ or token.text == "-":
            i += 1
            continue
        i += 1
        break
    while taken and taken[-1].text == "-":
        taken.pop()
    return " ".join(_joined([t.lower_ for t in taken], doc[taken[0].i : taken[-1].i + 1])) if taken else ""


def _part_of_a_name(token: Token, taken: list[Token], words: Span) -> bool:
    """`token`, just before the words `taken` so far (or the term), belongs to a system's name: a hyphen, a calibre
    and its unit, a model number after its name, a capital glued by a hyphen, or a word that names a system."""
    nxt = taken[0] if taken else words[0]
    if nxt.text.isdigit() and nxt.i == token.i + 1 and token.pos_ == "PROPN" and token.text[:1].isupper():
        return token.ent_type_ not in {"NORP", "DATE", "TIME"} and not token.is_sent_start  # "a Hermes 450 drone"
    if token.head.i not in {*range(words.start, words.end), *(t.i for t in taken)}:
        return token.text.isdigit() and token.head.i == token.i - 1 and _part_of_a_name(token.nbor(-1), [token], words)
    if token.text == "-" and not token.whitespace_:
        return True
    if token.lower_ in _KIND_WORDS and token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return True  # "an AR-15-style rifle", "a Grad-type rocket"
    if token.lower_ in _UNITS:
        return any(c.isdigit() for c in token.nbor(-1).text) if token.i > 0 else False
    if _CALIBRE.match(token.lower_) or (token.like_num and nxt.lower_ in _UNITS):
        return True
    name = token.nbor(-1) if token.i > 0 else token
    if token.text.isdigit() and name.pos_ == "PROPN" and name.text[:1].isupper():
        return not name.is_sent_start and name.ent_type_ not in {"NORP", "DATE", "TIME"}  # "a Type 63 rocket"
    glued = (nxt.text == "-" and not token.whitespace_) or (
        token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_)
    if glued and token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN"}:
        return not token.is_sent_start  # "Tochka-U": a capital glued to the name by its hyphen
    return _names_a_system(token)


def _names_a_system(token: Token) -> bool:
    """A model with letters and digits ("Kh-22", "M16"), a calibre, or a capitalised proper noun that names neither
    an owner nor a known place and does not open the sentence."""
    text = token.text
    if any(c.isdigit() for c in text):
        return any(c.isalpha() for c in text) or bool(_CALIBRE.match(token.lower_))
    if token.is_sent_start or token.is_stop or _owner_or_place(token):
        return False
    return token.pos_ == "PROPN" and text[:1].isupper()


def _owner_or_place(token: Token) -> bool:
    """A word that says whose the weapon was or where it fell ("Israeli", "Hamas", "Kharkiv"). The tagger often calls
    a system's name a place ("Tochka", "Hermes"), so a place it names counts only when the gazetteer knows it."""
    if token.ent_type_ in {"GPE", "LOC"}:
        return country_of(token.text) is not None
    return token.ent_type_ in _NAMES_NO_SYSTEM


def _spelled_as(term: str, label: str) -> bool:
    """ "airstrike" is "air strike", "teargas" "tear gas": the same letters, told as the kind's own name."""
    return term.replace(" ", "").replace("-", "") == label.replace(" ", "").replace("-", "")


def _holds(term: str, label: str) -> bool:
    """The term holds the kind's words ("mortar round" holds "mortar"), not merely its letters ("airstrike")."""
    term, label = _fold(term), _fold(label)
    return f" {label} " in f" {term} " or f" {label} " in f" {term.replace(' - ', ' ')} "


@functools.cache
def _terms() -> dict[str, str]:
    """Every term of facets.toml [facets."weapon".terms] and every kind's own name, folded, to its kind."""
    table = {name: name for name in kinds("weapon")}
    for label, terms in facet("weapon")["terms"].items():
        for term in terms:
            table.setdefault(_fold(term), label)
    return table


def _fold(text: str) -> str:
    return " ".join(w.rstrip("s") if len(w) > 3 else w for w in text.lower().replace("-", " - ").split())


def kind_of(value: object) -> str | None:
    """The kind a weapon value falls under: the longest term inside it ("kh-22 cruise missile" -> "cruise missile",
    "kalashnikov rifle" -> "kalashnikov"); None for words the tree does not know (a reviewer's own value)."""
    text = str(value).lower().removeprefix("not ")
    if text in kinds("weapon"):
        return text
    bracket = re.search(r"\(([^()]+)\)$", text)  # "shelling (artillery)": the kind the value was given
    if bracket is not None and bracket.group(1) in kinds("weapon"):
        return bracket.group(1)
    words = _fold(text).split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            found = _terms().get(" ".join(words[start : start + size]))
            if found is not None:
                return found
    return None


def designation_of(value: object) -> str:
    """The words of a weapon value before its kind's term ("kh-22" of "kh-22 cruise missile"), empty for none."""
    text = str(value).lower().removeprefix("not ")
    kind = kind_of(text)
    if kind is None or text == kind:
        return ""
    words, folded = text.replace("-", " - ").split(), _fold(text).split()
    for start in range(len(folded)):
        for end in range(len(folded), start, -1):
            if _terms().get(" ".join(folded[start:end])) == kind:
                return " ".join(words[:start]).replace(" - ", "-")
    return ""
