"""One body under its partial names across the case: "the fire service" and the "Brennick County Fire and Rescue
Service", "Fars" and the "semi-official Fars news agency", and "the military" and the one military body the case names.

Each rule links a partial name to a named body only when the case has one body it fits (see `body_links`):
- its words are words of the longer name, and among them the longer name's head noun ("fire service", "coast
  guard", "the airline" for "Azerbaijan Airlines") or a distinctive word of its own, neither a place nor a common
  noun ("Fars", "Kremlin");
- it is the longer name but for a legal suffix ("plc"), a press office ("the Kremlin press service", "the Information
  Base of the Police of X") or a place after a dash ("Ministry of Health - Gaza"), its words inflected alike ("Great
  Tehran", "Greater Tehran");
- it is a bare noun of a kind ("the military", "a company spokesman": data/kinds.toml [bodies] kind_nouns) and the
  case names one body of that kind.
Unnamed officials stay apart from their body: "a law enforcement source who was not authorized to speak" is no
statement of the police department.
A body the partial name fits twice ("the ministry" with a Ministry of Health and a Ministry of Interior) takes
neither.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from reconcile.model import SourceKind
from reconcile.nlp.names import NAME_PREPOSITIONS
from reconcile.resources import lexicon, word_set
from reconcile.sources.names import COUNTRY_PREFIXES, Speaker, best_kind

INFLECTED = 4
"""Least letters two spellings of one word share when one only extends the other ("great", "greater")."""
ENDING = 3
"""Most letters an inflection adds ("greater", "northern"): "Count" is no form of "CountPoint"."""
FILLERS = {"and", "the", "&"}
STEM = 8
"""Letters a plural of people shares with a word of the body it is made of: "investig" in "investigators" and
"Investigation", "prosecut" in "prosecutors" and "Prosecution Service"; "protesters" and "Protestant" differ."""
SAME_NAME = "the same name but for a legal suffix, a press office or a place after a dash"


def body_links(
    speakers: Mapping[str, Speaker], root: Callable[[str], str], *, has_person: Callable[[str], bool]
) -> Iterator[tuple[str, str, str]]:
    """(partial key, body key, why) for each organisation key that one named body of the case fits.

    Longer partial names come first, so that "the Police of Great Tehran" has joined the "Information Base of the
    Police of Greater Tehran" before "police" asks which body it is; `root` is read as the merging goes on, and
    `has_person` says whether a cluster holds a person (a role taken for someone, never a body)."""
    orgs = sorted((k for k in speakers if k.startswith("org:")), key=lambda k: (-len(k.split()), k))
    for short in orgs:
        found = [(k, why) for k in orgs if k != short and (why := part_of(short, k, speakers[short].names))]
        bodies = {root(k) for k, _ in found if not has_person(root(k))}
        if len(bodies) == 1 and root(short) not in bodies:
            body, why = next((k, why) for k, why in found if root(k) in bodies)
            if why != SAME_NAME and _held_elsewhere(short, bodies | {root(short)}, orgs, speakers, root):
                continue  # "Police" with a Harlow Police Department and a Harlow Transit Police: which?
            yield short, body, why
    for short in orgs:
        kind = kind_noun(short)
        if kind is None:
            continue
        fitting = {root(k) for k in orgs if k != short and _names_body(k, speakers[k]) and
                   best_kind(speakers[k].kinds) is kind and not has_person(root(k))}
        if len(fitting) == 1 and root(short) not in fitting:
            body = next(k for k in orgs if root(k) in fitting and _names_body(k, speakers[k]))
            yield short, body, f"the one {kind} body the case names"
    for short in orgs:
        if holder := _one_body_of_stem(short, orgs, speakers, root, has_person):
            yield short, holder, f"{short[4:]!r} are the people of one body the case names, {holder[4:]!r}"
    for short in orgs:
        if holder := _one_body_with_word(short, orgs, speakers, root, has_person):
            yield short, holder, f"{short[4:]!r} is a word of the name of one body the case names, {holder[4:]!r}"


def _one_body_of_stem(
    short: str, orgs: Iterable[str], speakers: Mapping[str, Speaker], root: Callable[[str], str],
    has_person: Callable[[str], bool],
) -> str | None:
    """The one named body a bare plural of people is made from: "investigators" and the "Joint Investigation
    Team", by a shared stem of STEM letters. With an "Air Accident Investigation Bureau" too, neither."""
    names = speakers[short].names
    words = _words(short)
    if len(words) != 1 or len(words[0]) <= STEM or not all(n.split()[-1].lower().endswith("s") for n in names):
        return None
    stem = words[0][:STEM]
    return _one_holder(short, orgs, speakers, root, has_person,
                       lambda k: any(w != words[0] and w.startswith(stem) for w in body_words(k)))


def is_office(key: str) -> bool:
    """Organisation key `key` names an office that speaks for someone (data/kinds.toml [bodies] units): "president
    of russia - kremlin press service"."""
    text = f" {key.partition(':')[2]} "
    return any(f" {unit} " in text for unit in word_set("kinds", "bodies", "units"))


def is_body_noun(key: str) -> bool:
    """Organisation key `key` is one bare noun of a body: "police", "the ministry", "Commission"."""
    words = _words(key)
    return len(words) == 1 and words[0] in _body_heads()


def _one_body_with_word(
    short: str, orgs: Iterable[str], speakers: Mapping[str, Speaker], root: Callable[[str], str],
    has_person: Callable[[str], bool],
) -> str | None:
    """The one named body whose name holds `short`, a bare noun of a body ("police", "ministry": data/kinds.toml
    [bodies] heads), when the case names one such body: "Police said" and the "Dorval Police Department". With a
    Dorval Transit Police too, or two ministries, none; a body that is someone's role or merely "the police" is no
    name."""
    words = _words(short)
    if not is_body_noun(short):
        return None
    # "Railways" with a South Coast Railway and a railway ministry, named or not: which? None.
    return _one_holder(short, orgs, speakers, root, has_person, lambda k: words[0] in body_words(k))


def _one_holder(
    short: str, orgs: Iterable[str], speakers: Mapping[str, Speaker], root: Callable[[str], str],
    has_person: Callable[[str], bool], holds: Callable[[str], bool],
) -> str | None:
    """The one named body (not a role) among `orgs` that `holds` accepts, when all such keys are one body: none with
    two bodies, with none named by a word of its own, with a person of that name, or when `short` is itself one."""
    holders = {root(k) for k in orgs if k != short and not is_role(k) and holds(k)}
    named = [k for k in orgs if root(k) in holders and _names_body(k, speakers[k])]
    if len(holders) != 1 or not named or has_person(root(named[0])) or root(short) in holders:
        return None
    return named[0]


def part_of(short: str, name: str, surface: Mapping[str, int] | None = None) -> str:
    """Why organisation key `short` is a partial name of organisation key `name`; empty when it is not.
    `surface` holds the mention's words as written, to tell a distinctive word ("Fars") from a common one."""
    if is_role(name) or _bracket(short) and _bracket(name) and _bracket(short) != _bracket(name):
        return ""  # "unattributed (a.txt)" and "unattributed (b.txt)": told apart by what their brackets hold
    capitals = _capitalised(surface or {})
    for part in _parts(name):
        for mine in _parts(short):
            if _alike(mine, part):
                return SAME_NAME
            if not mine or not set(mine) < set(part) or is_role(short) or _named_after(mine, part):
                continue
            if _head(part) in mine:
                return f"{short[4:]!r} is {name[4:]!r} by its head noun and words of its name"
            if any(w in capitals and _distinctive(w) for w in mine) and not _own_name(mine, part, capitals):
                return f"{short[4:]!r} is the distinctive word of {name[4:]!r}"
            if _core(part) == mine and len(mine) > 1 and all(w in capitals for w in mine):
                return f"{short[4:]!r} is {name[4:]!r} without its place and its head noun"
    return ""


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without places, prepositions and the head nouns any body carries: ("red", "crescent") of
    "Palestine Red Crescent Society"."""
    return tuple(w for w in words if w not in _places() and w not in _body_heads() and w not in NAME_PREPOSITIONS)


def _own_name(mine: tuple[str, ...], part: tuple[str, ...], capitals: set[str]) -> bool:
    """A name of two or more capitalised words that the longer name extends past its own last word ("Unity Party"
    in "Unity Party Youth League", "Dunmore Plastics" in "Dunmore Plastics Safety Board") names a body of its own;
    a clipped name is one word ("Fars"), the longer name's head ("fire service"), or the longer name without its
    place and a head noun any body carries ("Red Crescent", "Palestine Red Crescent Society")."""
    if len(mine) <= 1 or not all(w in capitals for w in mine) or _head(part) == mine[-1]:
        return False
    extra = [w for w in part if w not in mine and w not in NAME_PREPOSITIONS]
    return not all(w in _body_heads() or w in _places() for w in extra)  # "Red Crescent" of "Palestine Red
    # Crescent Society" only drops a place and a head noun any body carries


def _named_after(mine: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """The longer name is a body of people of the shorter one: "Varro Workers' Union", "the Unity Youth League":
    its words past the shorter name's include a word for members (data/kinds.toml [bodies] member_nouns)."""
    return any(w in _member_nouns() for w in part if w not in mine)


def _held_elsewhere(
    short: str, fitting: set[str], orgs: Iterable[str], speakers: Mapping[str, Speaker], root: Callable[[str], str]
) -> bool:
    """Another body the case names holds every word of `short` though `part_of` did not fit it: "police" is as much
    the "Harlow Police Department" as the "Harlow Transit Police"."""
    words = set(_words(short))
    return bool(words) and any(
        root(k) not in fitting and _names_body(k, speakers[k]) and words <= body_words(k) for k in orgs
    )


def body_words(key: str) -> frozenset[str]:
    """Every word that tells organisation key `key` apart, over all its parts: "org:hellenic coast guard (hcg)" gives
    hellenic, coast, guard and hcg."""
    return frozenset(w.strip("()") for part in _parts(key) for w in part if w.strip("()"))


def _bracket(key: str) -> str:
    return key.partition("(")[2].partition(")")[0].strip()


def _capitalised(names: Iterable[str]) -> set[str]:
    """The words written with a capital in a speaker's names, as `_words` spells them ("Fars": "far")."""
    return {_singular(w.lower()) for n in names for w in re.findall(r"[\w'’]+", n) if w[:1].isupper()}


def _parts(key: str) -> list[tuple[str, ...]]:
    """A name's parts: "ministry of health - gaza" is also "ministry of health"; "azerbaijan airlines (azal)" also
    "azerbaijan airlines"; each without legal suffixes or a press office."""
    text = key.partition(":")[2].replace("*", "")
    pieces = [text, *re.split(r"\s+[-–—]\s+|\(|\)|,", text)]
    kept = [text, *(p for p in pieces[1:] if p.strip() not in _places())]  # "ministry of health - gaza": no body
    return [words for p in dict.fromkeys(kept) if (words := _words(p))]


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name that tell it apart: singular, without fillers, country prefixes, legal suffixes and the
    press office that speaks for it."""
    text = f" {name.partition(':')[2] if ':' in name else name} ".replace("’", "'")
    for unit in sorted(word_set("kinds", "bodies", "units"), key=len, reverse=True):
        text = re.sub(rf"\s{re.escape(unit)}(\s+of)?\s", " ", text)
    legal = word_set("kinds", "bodies", "legal")
    words = [w.strip(".,'") for w in text.split()]
    return tuple(_singular(w) for w in words if w and w not in FILLERS and w not in COUNTRY_PREFIXES and w not in legal)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _head(words: tuple[str, ...]) -> str:
    """The noun a name is built on: its last word before "of" or "for" ("service" in "fire and rescue service",
    "ministry" in "ministry of health")."""
    cut = next((i for i, w in enumerate(words) if w in NAME_PREPOSITIONS), len(words))
    return words[cut - 1] if cut else words[-1]


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words, or words one of which only extends the other ("great" and "greater")."""
    if len(a) != len(b) or not a:
        return False
    return all(x == y or _inflected(x, y) or _inflected(y, x) for x, y in zip(a, b, strict=True))


def _inflected(word: str, stem: str) -> bool:
    return len(stem) >= INFLECTED and word.startswith(stem) and len(word) - len(stem) <= ENDING


def is_role(key: str) -> bool:
    """A key that names a person by role ("tehran police chief", "company spokesman"), not a body."""
    words = _words(key)
    return key.startswith("org:") and bool(words) and _head(words) in _person_heads()



def _names_body(key: str, speaker: Speaker) -> bool:
    """The key names a body with a word of its own: "Joint Operations Command", not "military" or "spokesman"."""
    if is_role(key) or kind_noun(key) is not None:
        return False
    capitals = _capitalised(speaker.names)
    return any(w in capitals for w in _words(key))


def kind_noun(key: str) -> SourceKind | None:
    """The kind a bare noun of a body stands for: "military", "company", "company spokesman"."""
    words = _words(key)
    if words and len(words) > 1 and words[-1] in _voice_nouns():
        words = words[:-1]  # "company spokesman": the company's voice; "military experts" are no military's
    phrase = " ".join(words)
    for kind, nouns in lexicon("kinds")["bodies"]["kind_nouns"].items():
        if phrase in {_singular(n) for n in nouns} | set(nouns):
            return SourceKind(kind)
    return None


def _distinctive(word: str) -> bool:
    """A word that names one body: not a place, a nationality, or a noun that any body or person could carry."""
    return len(word) > 2 and not word.isdigit() and word not in _common_words() and word not in _places()


@functools.cache
def _body_heads() -> frozenset[str]:
    return frozenset(_singular(w) for w in word_set("kinds", "bodies", "heads"))


@functools.cache
def _member_nouns() -> frozenset[str]:
    return frozenset(_singular(w) for w in word_set("kinds", "bodies", "member_nouns"))


@functools.cache
def _voice_nouns() -> frozenset[str]:
    return frozenset(_singular(w) for w in word_set("kinds", "bodies", "voice_nouns"))


@functools.cache
def _person_heads() -> frozenset[str]:
    return word_set("kinds", "roles", "person") | word_set("kinds", "anonymous", "heads")


@functools.cache
def _common_words() -> frozenset[str]:
    kinds = lexicon("kinds")
    words = {w for listed in kinds["words"].values() for phrase in listed for w in phrase.split()}
    words |= set(kinds["speakers"]["nouns"]) | set(kinds["roles"]["person"]) | set(kinds["group_nouns"]["words"])
    words |= set(kinds["bodies"]["common"])
    return frozenset(_singular(w.lower()) for w in words) | frozenset(w.lower() for w in words)


@functools.cache
def _places() -> frozenset[str]:
    places = lexicon("places")
    found: set[str] = set(places.get("cities", {}))
    for country in places["countries"].values():
        found |= set(country["names"]) | set(country["demonyms"])
    return frozenset(found) | frozenset(_singular(p) for p in found)

