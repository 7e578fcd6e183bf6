"""What a header's words name (headers.toml): an organisation, an outlet, an agency, a kind of document, a place."""

from __future__ import annotations

import functools
import re

from reconcile.resources import lexicon


def is_label_line(text: str) -> bool:
    """The line names only a kind of document ("PRESS RELEASE — FOR IMMEDIATE RELEASE", "Communiqué No. 12"):
    no headline, and no issuer."""
    rest = re.sub(r"\b(?:no|n°|nr|number)\.?\s*\d+\b|#\s*\d+|\d+", " ", text.lower())
    for label in document_labels():
        rest = re.sub(rf"(?:^|(?<=[\s\-–—|:,.]))({re.escape(label)})\b", " ", rest)
    return bool(text.strip()) and not re.search(r"\w", rest)


def name_shaped(text: str) -> bool:
    """Every word capitalised but the small ones: "Dunmore County Sheriff's Office", "General Staff of the Armed
    Forces" (a headline in sentence case is not: "Boil-water notice lifted in eastern districts")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]
    small = {"of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le", "el", "al", "y", "et", "di"}
    return bool(words) and all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


def is_place_name(text: str) -> bool:
    """"Beit Seraj" before a date is where the document was written; "Issued", "Updated 3 May" are not places."""
    return bool(text) and text[0].isupper() and len(text.split()) <= 4 and ":" not in text and not re.search(
        r"\d|issued|updated|release|published", text, re.I
    )


@functools.cache
def document_labels() -> tuple[str, ...]:
    return tuple(sorted(lexicon("headers")["labels"], key=len, reverse=True))


def has_organisation_word(text: str) -> bool:
    """The text holds an issuing body's head word ("ministry", "police", "council")."""
    lowered = f" {text.lower()} "
    return any(f" {w} " in re.sub(r"[^\w\s]", " ", lowered) for w in lexicon("headers")["organisation_words"])


def is_outlet(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and name[0].isupper() and words[-1].strip(".,") in lexicon("headers")["outlet_words"]


def is_agency(name: str) -> bool:
    return name.strip().lower() in lexicon("headers")["agencies"]


def is_not_issuer(text: str) -> bool:
    return text.strip().lower() in lexicon("headers")["not_issuers"]


def title_case(text: str) -> str:
    """"NERASI CITY MUNICIPALITY" -> "Nerasi City Municipality"; text in mixed case is kept as written."""
    if not text.isupper():
        return text.strip()
    small = {"of", "and", "the", "for", "in", "on", "at", "to"}
    words = text.strip().lower().split()
    titled = " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return re.sub(r"/(\w)", lambda m: "/" + m.group(1).upper(), titled)  # "KOLKATA/BALASORE": two places
