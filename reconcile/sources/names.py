"""When two speaker keys name one source: spellings of one person, short and long names of one organisation.

People meet when their surnames are spelling variants (Kurila, Kurilla, Kurira) and their given names, where both
are known, are too (Mohammed Haddad, Muhammad Hadad). Anna Berg and Lars Berg stay two people, and a bare "Berg"
joins neither when the case knows both. Organisations meet when one name is the acronym of the other (CENTCOM,
Central Command; CMRS, Caspian Maritime Rescue Service; USCG, U.S. Coast Guard), when they differ only by a
country prefix or a plural ("U.S. Central Command", "white helmet"), or when one is the short form of the only
longer name of the case that it can shorten ("the Courier", "Kessling Courier"). "The family" is the one family the
case names, if it names one ("the Delaney family").
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from reconcile.model import SourceKind
from reconcile.nlp.names import DETERMINERS, NAME_PREPOSITIONS, surname
from reconcile.resources import lexicon, word_set

COUNTRY_PREFIXES = {"u.s.", "us", "u.s", "american", "united", "states", "the", "uk", "british"}
ACRONYM_SKIPS = {"of", "and", "for"}
"""Words an acronym may leave out: SESU is the State Emergency Service of Ukraine."""
SURNAME_SIMILARITY = 75
GIVEN_NAME_SIMILARITY = 75
"""Least rapidfuzz ratio between two spellings of one given name: Mohammed/Muhammad 75, Oleksandr/Aleksandr 89;
Anna/Lars 0."""


@dataclass
class Speaker:
    """Everything the statements say about one speaker key."""

    key: str
    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[SourceKind] = field(default_factory=Counter)
    evidence: dict[SourceKind, str] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    reported: bool = True
    """False when the speaker speaks in a document's own voice (a tweet's author, a report's publisher)."""


def best_kind(kinds: Counter[SourceKind]) -> SourceKind:
    """The kind most statements give, ties going to the kind listed first in data/kinds.toml; OTHER only when no
    statement gives another."""
    order = [SourceKind(k) for k in lexicon("kinds")["order"]]
    named = [(count, -order.index(kind) if kind in order else -99, kind) for kind, count in kinds.items()
             if kind is not SourceKind.OTHER]
    return max(named)[2] if named else SourceKind.OTHER


def same_speaker(a: Speaker, b: Speaker, *, ambiguous: frozenset[str] = frozenset()) -> str:
    """Why two speakers are one source; empty when they are not. A key in `ambiguous` (see `ambiguous_surnames`)
    joins no one with a given name."""
    kind_a, _, rest_a = a.key.partition(":")
    kind_b, _, rest_b = b.key.partition(":")
    guessing = {a.key, b.key} & ambiguous and given_names(a.key) | given_names(b.key)  # "Berg" for Anna or Lars?
    if kind_a == kind_b == "person" and (_second_surname(a.key, b.key) or _second_surname(b.key, a.key)):
        return "the same given name and surname, one with a second surname after it"
    if kind_a == kind_b == "person" and same_person(a.key, b.key) and not guessing:
        return "surnames spelled alike, no given names differ"
    if kind_a == kind_b == "org" and same_org(rest_a, rest_b):
        return "same name but for an acronym, a country prefix or a plural"
    return ""


def same_person(a: str, b: str) -> bool:
    """Two person keys spell one person's name: surnames alike, and given names alike where both have one."""
    if _second_surname(a, b) or _second_surname(b, a):
        return True
    surname_a, surname_b = surname(a), surname(b)
    score = fuzz.ratio(surname_a, surname_b)
    if score < SURNAME_SIMILARITY or (score < 85 and surname_a[:1] != surname_b[:1]):
        return False
    return compatible_given_names(a, b)


def _second_surname(short: str, full: str) -> bool:
    """`full` is `short`, a given name and a surname, with one more surname after it: "Victor Rojas Herrera" and
    "Víctor Rojas", as Spanish and Portuguese names carry two surnames and news copy often drops the second."""
    mine, theirs = short.removeprefix("person:").split(), full.removeprefix("person:").split()
    return len(mine) >= 2 and len(theirs) == len(mine) + 1 and theirs[: len(mine)] == mine


def compatible_given_names(a: str, b: str) -> bool:
    """No given names that differ: one key has none, or one of each pair is a spelling of the other."""
    given_a, given_b = given_names(a), given_names(b)
    if not given_a or not given_b:
        return True
    return any(fuzz.ratio(x, y) >= GIVEN_NAME_SIMILARITY or _initial_of(x, y) or _initial_of(y, x)
               for x in given_a for y in given_b)


def _initial_of(initial: str, name: str) -> bool:
    """"p" is the initial of "pradeep": "P K Jena" and "Pradeep Kumar Jena" give the same names, one by letters."""
    return len(initial) == 1 and len(name) > 1 and name.startswith(initial)


def given_names(key: str) -> set[str]:
    """The given names in a person's key: {"anna"} in "person:anna berg"; none for a bare surname."""
    if not key.startswith("person:"):
        return set()
    return set(key.removeprefix("person:").split()[:-1])


def ambiguous_surnames(keys: Iterable[str]) -> frozenset[str]:
    """Bare surnames that could stand for two different people of the case: "Berg" when both Anna Berg and Lars Berg
    are quoted. Such a name is evidence for neither."""
    people = [k for k in keys if k.startswith("person:")]
    named = [k for k in people if given_names(k)]
    ambiguous = set()
    for bare in (k for k in people if not given_names(k)):
        candidates = [k for k in named if same_person(bare, k)]
        if any(not compatible_given_names(x, y) for x in candidates for y in candidates):
            ambiguous.add(bare)
    return frozenset(ambiguous)


def same_org(a: str, b: str) -> bool:
    """Two organisation keys name one organisation: equal but for a country prefix or a plural, or one the
    acronym of the other."""
    if "(" in a or "(" in b:  # "Azerbaijan Airlines (AZAL)": the name and its acronym both
        if "(" in a and "(" in b and _bracketed(a)[-1] != _bracketed(b)[-1]:
            return False  # "unattributed (a.txt)" and "unattributed (b.txt)": two voices, told apart by brackets
        return any(same_org(x, y) for x in _bracketed(a) for y in _bracketed(b))
    norm_a, norm_b = _org_words(a), _org_words(b)
    if not norm_a or not norm_b:
        return False
    if norm_a == norm_b or _reordered(norm_a) == norm_b or _reordered(norm_b) == norm_a:
        return True
    if (body := _body(norm_a)) is not None and body == _body(norm_b):
        return True
    return _is_acronym(a, b) or _is_acronym(b, a)


def _bracketed(name: str) -> tuple[str, ...]:
    """A name with a bracketed acronym, as both: "azerbaijan airlines (azal)" is "azerbaijan airlines" and "azal"."""
    outside, _, rest = name.partition("(")
    inside = rest.partition(")")[0]
    return tuple(n.strip() for n in (outside, inside) if n.strip()) or (name,)


def _reordered(words: tuple[str, ...]) -> tuple[str, ...]:
    """"ministry of railway" read as "railway ministry": a body named by what it is of, put first."""
    if "of" not in words:
        return words
    i = words.index("of")
    return tuple(_singular(w) for w in words[i + 1 :] if w != "the") + words[:i]


def _singular(word: str) -> str:
    """"fisheries" as "fishery", "railways" as "railway": the moved words stand before a noun, unmarked."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


@functools.cache
def _bodies() -> dict[tuple[str, ...], int]:
    """Each alternative name of data/bodies.toml, as organisation words, and the number of its body."""
    found: dict[tuple[str, ...], int] = {}
    for number, body in enumerate(lexicon("bodies")["body"]):
        for name in body["names"]:
            found.setdefault(_org_words(" ".join(w for w in name.lower().split() if w not in DETERMINERS)), number)
    return found


def _body(words: tuple[str, ...]) -> int | None:
    return _bodies().get(words)


def short_names(keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(short, long) for each organisation key that shortens exactly one longer name of the case: "the Courier" and
    the "Kessling Courier", "the Coalition" and the "Coalition for Fair Pensions", "the Regional Electoral
    Commission" and the "Karsa Regional Electoral Commission". A short name two organisations of the case end in
    ("the union", with a Union of River Pilots and a Union of Dock Workers) shortens neither, nor does a short name
    another body of the case also holds ("Railways", with a South Eastern Railway and a railway ministry)."""
    orgs = [k for k in keys if k.startswith("org:")]
    for short in orgs:
        longer = [k for k in orgs if _shortens(short, k)]
        if not longer:
            continue
        longest = max(longer, key=lambda k: (len(k.split()), k))
        if all(k == longest or _shortens(k, longest) or same_org(k[4:], longest[4:]) for k in longer) and not any(
            _holds(k, short) for k in orgs if k not in longer and k != short and not same_org(k[4:], longest[4:])
        ):
            yield short, longest


def _holds(name: str, short: str) -> bool:
    """Body key `name` has every word of `short` among its own ("railway ministry" holds "railways"); a person's
    role ("union spokesman") names no body."""
    words = {_singular(w) for w in _org_words(name[4:])}
    person = word_set("kinds", "roles", "person") | word_set("kinds", "anonymous", "heads")
    own = _org_words(short[4:])
    return bool(own) and {_singular(w) for w in own} <= words and _org_words(name[4:])[-1] not in person


def named_families(keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(unnamed, named) for "the family" when the case names one family only ("the Delaney family"), and for "his
    brother" when it names one brother only ("Awad's brother"). With two named families, "the family" is neither."""
    families = [k for k in keys if k.startswith("family:")]
    for unnamed in families:
        relative = unnamed.removeprefix("family:")
        if " " in relative or relative not in word_set("kinds", "words", "family"):
            continue  # "family:saal" is named already
        named = [k for k in families if k != unnamed and _relative(k) == relative]
        if len(named) == 1:
            yield unnamed, named[0]


def _relative(key: str) -> str:
    """Who a named family key stands for: "family" for "family:saal", "brother" for "family:awad brother"."""
    words = key.removeprefix("family:").split()
    if len(words) == 1:
        return "" if words[0] in word_set("kinds", "words", "family") else "family"
    return words[-1]


def _shortens(short: str, name: str) -> bool:
    """`short` is the end of `name` before any "of ..." or "for ...": "courier" of "kessling courier", "coalition"
    of "coalition for fair pensions"."""
    words, full = _org_words(short[4:]), _org_words(name[4:])
    cut = next((i for i, w in enumerate(full) if w in NAME_PREPOSITIONS), len(full))
    stem = _org_words(" ".join(full[:cut]))
    return bool(words) and len(words) < len(full) and len(words) <= len(stem) and stem[len(stem) - len(words):] == words


@functools.lru_cache(maxsize=65536)  # every pair of keys of a case is compared: each key's words are read once
def _org_words(key: str) -> tuple[str, ...]:
    words = _same_as_written([w for w in _name_words(key) if w not in COUNTRY_PREFIXES])
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = _singular(words[-1])
    return tuple(words)


@functools.lru_cache(maxsize=65536)
def _name_words(key: str) -> tuple[str, ...]:
    """A name's words without possessive endings or ampersands: "Workers' Union" is "workers union", "Chemical &
    Energy" is "chemical and energy"."""
    words = key.replace("’s", "").replace("'s", "").replace("&", "and").split()
    return tuple(w.strip("'’") for w in words if w.strip("'’"))


def _same_as_written(words: list[str]) -> list[str]:
    """The words with each phrase of data/bodies.toml [words] as its list's first: "ministry of internal affairs"
    is "ministry of interior". Acronyms are spelled from the words as written."""
    text = f" {' '.join(words)} "
    for phrase, first in _same_words():
        text = text.replace(f" {phrase} ", f" {first} ")
    return text.split()


@functools.cache
def _same_words() -> tuple[tuple[str, str], ...]:
    """(phrase, the word it is read as) for data/bodies.toml [words] same, longer phrases first."""
    pairs = [(p, group[0]) for group in lexicon("bodies")["words"]["same"] for p in group[1:]]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _is_acronym(short: str, name: str) -> bool:
    """True when `short` is one word spelling the words of `name` by their leading letters: CENTCOM = CENTral
    COMmand, CMRS = Caspian Maritime Rescue Service, USCG = U.S. Coast Guard (with or without its country)."""
    letters = _acronym_letters(short)
    if letters is None:
        return False
    spelled = _spelled_words(name)
    if len(letters) < 3:  # "UN" is no "Union of Nurses": a two-letter acronym spells every word
        spelled = spelled[:2]
    return any(len(ws) > 1 and _spells(letters, ws) for ws in spelled)


@functools.lru_cache(maxsize=65536)
def _acronym_letters(short: str) -> str | None:
    """The one word `short` is, without dots, if it could be an acronym."""
    letters = [w.replace(".", "") for w in _name_words(short) if w not in COUNTRY_PREFIXES]
    return letters[0] if len(letters) == 1 and len(letters[0]) >= 2 else None


@functools.lru_cache(maxsize=65536)
def _spelled_words(name: str) -> tuple[tuple[str, ...], ...]:
    """The words of `name` an acronym may spell: all of them, those without a country prefix, those without "of",
    "and" or "for" (SESU, the State Emergency Service of Ukraine), and those but these before a last "of" and a
    place (SES; MES, the Ministry of Emergency Situations of Kazakhstan)."""
    words = tuple(w.replace(".", "") for w in _name_words(name) if w != "the")
    without_country = tuple(w for w in words if w not in {p.replace(".", "") for p in COUNTRY_PREFIXES})
    without_joins = tuple(w for w in words if w not in ACRONYM_SKIPS)
    cut = max((i for i, w in enumerate(words) if w == "of"), default=-1)
    before_place = words[:cut] if cut > 0 and " ".join(words[cut + 1 :]) in _places() else ()
    before_place = tuple(w for w in before_place if w not in ACRONYM_SKIPS)
    return words, without_country, without_joins, before_place


@functools.cache
def _places() -> frozenset[str]:
    """Country and city names, lowercase: "ukraine" ends "State Emergency Service of Ukraine" as a place."""
    places = lexicon("places")
    found = {c.lower() for c in places.get("cities", {})}
    for country in places["countries"].values():
        found |= {n.lower() for n in country["names"]}
    return frozenset(found)


def _spells(short: str, words: tuple[str, ...]) -> bool:
    if not words:
        return short == ""
    first = words[0]
    for length in range(1, len(first) + 1):
        if not short.startswith(first[:length]):
            return False
        if _spells(short[length:], words[1:]):
            return True
    return False
