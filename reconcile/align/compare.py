"""One comparison per value type: does value A agree with, partly contradict, or contradict value B?"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from reconcile.claims.actor_tree import acts_for, body_kinds, fold, place
from reconcile.claims.actor_tree import lineage as actor_lineage
from reconcile.claims.hierarchy import delivered, in_one_line, is_under, kinds, launch_of, lineage
from reconcile.claims.people import spells_name
from reconcile.claims.place_names import country_of
from reconcile.claims.weapon_names import designation_of, kind_of
from reconcile.model import Reason
from reconcile.resources import lexicon

TIME_TOLERANCE_MINUTES = 15
TEXT_SIMILARITY = 0.5
"""Share of content words (after folding synonyms) two free-text values must have in common to agree; on the
development cases 0.5 separates "herding sheep"/"grazing his sheep" (1.0) from "walking"/"herding sheep" (0.0)."""
NAME_SIMILARITY = 75


class Relation(StrEnum):
    SAME = "same"
    COMPATIBLE = "compatible"
    PARTIAL = "partial"
    CONFLICT = "conflict"
    DIFFERENT = "different"


@dataclass(frozen=True)
class Comparison:
    relation: Relation
    reason: Reason


def compare(kind: str, a: object, b: object) -> Comparison:
    """Compare two normalised values of one facet type (`number`, `range`, `date`, `time`, `place`, `person`,
    `category`, `text`), or of a facet with its own rules (`status`, `weapon`, `investigation`, `cause`)."""
    if a == b:
        return Comparison(Relation.SAME, Reason.NONE)
    return COMPARERS.get(kind, _text)(a, b)


def _interval(value: object) -> tuple[float, float]:
    if isinstance(value, (list, tuple)):
        lo, hi = value
        return (float("-inf") if lo is None else lo, float("inf") if hi is None else hi)
    number = float(value)  # type: ignore[arg-type]
    return number, number


def _number(a: object, b: object) -> Comparison:
    """Figures agree when their intervals overlap ("at least 4" and 14; "about 300" and 288 as its 270-330), or when
    one is a round figure the other rounds to ("300 dead" and 288); "at least 18" and 14 conflict."""
    (lo_a, hi_a), (lo_b, hi_b) = _interval(a), _interval(b)
    if lo_a <= hi_b and lo_b <= hi_a or _rounds_to(a, b) or _rounds_to(b, a):
        return Comparison(Relation.COMPATIBLE, Reason.NUMBER)
    return Comparison(Relation.CONFLICT, Reason.NUMBER)


def _rounds_to(exact: object, round_figure: object) -> bool:
    """A figure of two or more trailing zeros (300, 2,000) stands for any figure that rounds to it and lies within
    compatibility.toml [numbers] rounding_share of it: 288 is "300", 250 is not."""
    if isinstance(exact, (list, tuple)) or isinstance(round_figure, (list, tuple)):
        return False
    whole, precise = int(float(round_figure)), float(exact)  # type: ignore[arg-type]
    if whole < 100 or whole % 100 or whole != float(round_figure):  # type: ignore[arg-type]
        return False
    unit = 10 ** (len(str(whole)) - len(str(whole).rstrip("0")))
    share = float(lexicon("compatibility")["numbers"]["rounding_share"])
    return round(precise / unit) * unit == whole and abs(precise - whole) <= share * whole


def _date(a: object, b: object) -> Comparison:
    sa, sb = str(a), str(b)
    if sa.startswith(sb) or sb.startswith(sa):
        return Comparison(Relation.COMPATIBLE, Reason.TIME)
    return Comparison(Relation.CONFLICT, Reason.TIME)


def _time(a: object, b: object) -> Comparison:
    def minutes(v: object) -> int:
        hours, mins = str(v).split(":")
        return int(hours) * 60 + int(mins)

    gap = abs(minutes(a) - minutes(b))
    gap = min(gap, 24 * 60 - gap)
    return Comparison(Relation.COMPATIBLE if gap <= TIME_TOLERANCE_MINUTES else Relation.CONFLICT, Reason.TIME)


def _place(a: object, b: object) -> Comparison:
    """Places compare by their broadest part: "tamar street, nerasi" lies in "nerasi" and agrees with it; two known
    places conflict only when they lie in different countries.

    A country or a region alone ("in Kazakhstan", "in the Moscow region") beside the case's place ("aktau",
    "crocus city hall, krasnogorsk") is compatible, never the same: it does not contradict the place, but says less,
    so the row shows the finer value's support apart. Mentions that name a part of the case's place as a whole (its
    venue, its town) are given the whole by `claims.site` before they get here, and so are the same."""
    base_a, dir_a = _split_place(_broadest(str(a)))
    base_b, dir_b = _split_place(_broadest(str(b)))
    country_a, country_b = country_of(base_a) or base_a, country_of(base_b) or base_b
    known_a, known_b = country_of(base_a) is not None, country_of(base_b) is not None
    if base_a == base_b:
        if dir_a and dir_b and dir_a != dir_b:
            return Comparison(Relation.CONFLICT, Reason.PLACE)
        return Comparison(Relation.COMPATIBLE, Reason.PLACE)
    if known_a and known_b:
        same = country_a == country_b
        return Comparison(Relation.COMPATIBLE if same else Relation.CONFLICT, Reason.PLACE)
    return Comparison(Relation.COMPATIBLE, Reason.PLACE)  # an unknown village may lie in the named country


def _broadest(value: str) -> str:
    """"tamar street, nerasi" -> "nerasi": a place written inside its town, as `claims.place_names.in_town` writes
    it; "off pylos" -> "pylos": the sea off a town is compared as the town, as `claims.where.find_where` writes it."""
    return (value.rpartition(", ")[2] or value).removeprefix("off ")


def _split_place(value: str) -> tuple[str, str]:
    if value.endswith(")") and " (" in value:
        base, _, direction = value[:-1].partition(" (")
        return base, direction
    return value, ""


def _person(a: object, b: object) -> Comparison:
    """Spelling variants of one name agree (Loutfi/Lutfi/Routfi Hassan Mesto); two different names conflict."""
    ta, tb = str(a).lower().split(), str(b).lower().split()
    if not ta or not tb:
        return Comparison(Relation.DIFFERENT, Reason.IDENTITY)
    if len(ta) == 1 or len(tb) == 1:  # "Lutfi" alone names one part of "Loutfi Hassan Mesto"
        short, full = (ta, tb) if len(ta) == 1 else (tb, ta)
        if any(spells_name(short[0], word) for word in full):
            return Comparison(Relation.COMPATIBLE, Reason.IDENTITY)
    surname = fuzz.ratio(ta[-1], tb[-1])
    overall = fuzz.token_set_ratio(" ".join(ta), " ".join(tb))
    if surname >= 85 or (surname >= NAME_SIMILARITY and ta[-1][0] == tb[-1][0]) or overall >= 85:
        return Comparison(Relation.COMPATIBLE, Reason.IDENTITY)
    return Comparison(Relation.CONFLICT, Reason.IDENTITY)


@functools.cache
def _status_table() -> tuple[dict, set]:
    roles = lexicon("facets")["facets"]["victim.status"]["roles"]
    conflicts = {frozenset(p) for p in lexicon("compatibility")["status"]["conflicts"]}
    return roles, conflicts


def _status(a: object, b: object) -> Comparison:
    """Civilian vs combatant conflicts; farmer and civilian agree; member vs senior leader conflicts partly."""
    roles, conflicts = _status_table()
    neg_a, role_a, words_a = _parse_status(str(a), roles)
    neg_b, role_b, words_b = _parse_status(str(b), roles)
    group_a, group_b = roles.get(role_a, ""), roles.get(role_b, "")
    if neg_a != neg_b:
        if neg_a and (role_a == role_b or group_a == group_b):
            return Comparison(Relation.CONFLICT, Reason.NEGATION)
        if neg_b and (role_a == role_b or group_a == group_b):
            return Comparison(Relation.CONFLICT, Reason.NEGATION)
        return Comparison(Relation.COMPATIBLE, Reason.STATUS)
    if frozenset((group_a, group_b)) in conflicts:
        return Comparison(Relation.CONFLICT, Reason.STATUS)
    if group_a == group_b == "combatant":
        if role_a == role_b and set(words_a) - {"senior", "top"} == set(words_b) - {"senior", "top"}:
            rank_a, rank_b = "senior" in words_a, "senior" in words_b
            return Comparison(Relation.SAME if rank_a == rank_b else Relation.COMPATIBLE, Reason.STATUS)
        return Comparison(Relation.PARTIAL, Reason.STATUS)  # same side, different role or group
    if group_a and group_a == group_b:
        return Comparison(Relation.COMPATIBLE, Reason.STATUS)
    return Comparison(Relation.DIFFERENT, Reason.STATUS)


def _target(a: object, b: object) -> Comparison:
    """Whom it was aimed at, by the status rules, except that a group's member is the broader name of any of its
    roles: "al qaeda member" and "senior al qaeda leader" agree (compatibility.toml [target])."""
    roles, _ = _status_table()
    neg_a, role_a, words_a = _parse_status(str(a), roles)
    neg_b, role_b, words_b = _parse_status(str(b), roles)
    members = set(lexicon("compatibility")["target"]["member_roles"])
    group_a = [w for w in words_a if w not in {"senior", "top", role_a}]
    group_b = [w for w in words_b if w not in {"senior", "top", role_b}]
    if neg_a == neg_b and group_a and group_a == group_b and (role_a in members or role_b in members):
        return Comparison(Relation.COMPATIBLE, Reason.STATUS)
    return _status(a, b)


def _parse_status(value: str, roles: dict) -> tuple[bool, str, list[str]]:
    negated = value.startswith("not ")
    words = value.removeprefix("not ").split()
    if len(words) >= 2 and " ".join(words[:2]) in {"father of", "mother of"}:
        return negated, " ".join(words[:2]), words
    words = [*words[:-1], _singular(words[-1], roles)] if words else words
    role = " ".join(words[-2:]) if " ".join(words[-2:]) in roles else words[-1] if words else ""  # displaced person
    same = _status_same().get(role, role)  # "terrorist" and "militant" are one role in other words
    if same != role and same in roles:
        words = [*words[: -len(role.split())], same]
        role = same
    return negated, role, words


@functools.cache
def _status_same() -> dict[str, str]:
    return dict(lexicon("facets")["facets"]["victim.status"].get("same", {}))


def _singular(word: str, roles: dict) -> str:
    """The role a plural names ("wedding guests", "civilians", "fishermen", "children"): values typed by a reviewer
    or a gold writer keep the plural the text used, while extracted values are lemmas, so "guests" and "civilian"
    would otherwise be two words the status table does not relate."""
    if word in roles:
        return word
    irregular = {"children": "child", "people": "person", "women": "woman", "men": "man"}
    candidates = [irregular.get(word, ""), word[:-3] + "man" if word.endswith("men") else "",
                  word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                  word[:-1] if word.endswith("s") else ""]
    return next((c for c in candidates if c and c in roles), word)


@functools.cache
def _pairs(section: str, key: str) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in lexicon("compatibility")[section].get(key, ()))


def _listed(section: str, key: str, a: str, b: str) -> bool:
    """A pair of the compatibility table holds for the two values or for kinds above them."""
    return any(
        (is_under(section, a, x) and is_under(section, b, y)) or (is_under(section, a, y) and is_under(section, b, x))
        for x, y in _pairs(section, key)
    )


def _kind(section: str):
    """Weapons and kinds of event, by their trees (data/hierarchy.toml). Agreement is earned: the same kind, or one
    under the other ("Hellfire" and "missile", "drone strike" and "air strike"), or a pair the compatibility table
    lists, or a platform and what it fires ("drone" and "missile"). Two kinds launched from different places ("rocket"
    and "air strike", a surface-to-air and an air-to-air missile) or two different named systems (Hellfire and
    Kornet) conflict. Anything else is not comparable: one event has several weapons (the officer's gun and the
    suspect's knife) and several faces (an explosion and the fire after it), so calling them conflicts made 5 of the
    14 false conflicts on the development cases, and calling them agreement hid real disputes."""

    def compare_kind(a: object, b: object) -> Comparison:
        sa, sb = str(a).lower(), str(b).lower()
        if section == "weapon" and not (sa.startswith("not ") or sb.startswith("not ")):  # a denial is no kind
            if _two_systems(sa, sb):
                return Comparison(Relation.CONFLICT, Reason.MEANING)  # a Kh-22 is not a Kh-101
            sa, sb = kind_of(sa) or sa, kind_of(sb) or sb  # "kh-22 cruise missile" is a cruise missile
            if sa == sb:
                return Comparison(Relation.COMPATIBLE, Reason.MEANING)
        if not lineage(section, sa) or not lineage(section, sb):
            return _text(sa, sb)  # a value typed in by a reviewer: words, not the tree
        if in_one_line(section, sa, sb):
            return Comparison(Relation.COMPATIBLE, Reason.MEANING)
        if _listed(section, "unclear", sa, sb):
            return Comparison(Relation.DIFFERENT, Reason.MEANING)
        if _listed(section, "conflicts", sa, sb) or _clash(section, sa, sb):
            return Comparison(Relation.CONFLICT, Reason.MEANING)
        if _listed(section, "compatible", sa, sb) or _delivers(section, sa, sb) or _delivers(section, sb, sa):
            return Comparison(Relation.COMPATIBLE, Reason.MEANING)
        return Comparison(Relation.DIFFERENT, Reason.MEANING)

    return compare_kind


def _two_systems(a: str, b: str) -> bool:
    """Two weapon values of one kind, each naming its own system ("kh-22 cruise missile", "kh-101 cruise missile")."""
    kind = kind_of(a)
    if kind is None or kind != kind_of(b):
        return False
    first, second = designation_of(a), designation_of(b)
    return bool(first and second and first != second)


def _clash(section: str, a: str, b: str) -> bool:
    """Launched from different places, or two different named systems."""
    launch_a, launch_b = launch_of(section, a), launch_of(section, b)
    if launch_a and launch_b and launch_a != launch_b:
        return True
    tree = kinds(section)
    return a in tree and b in tree and tree[a].system and tree[b].system  # a source's own narrower name is no system


def _delivers(section: str, platform: str, munition: str) -> bool:
    """A platform and what it fires, when the munition is not said to come from elsewhere ("drone" and "missile",
    "air strike" and "guided bomb"; not "air strike" and "Kornet")."""
    fires = delivered(section, platform)
    if not any(is_under(section, munition, f) for f in fires):
        return False
    launch_p, launch_m = launch_of(section, platform), launch_of(section, munition)
    return launch_m is None or launch_m == launch_p


@functools.cache
def _state_conflicts() -> set[frozenset[str]]:
    return {frozenset(p) for p in lexicon("compatibility")["investigation"]["conflicts"]}


def _investigation(a: object, b: object) -> Comparison:
    """One investigation said to be under way and not launched conflicts; asked for and under way do not
    (compatibility.toml [investigation]); two different investigations are different, never in conflict."""
    name_a, _, state_a = str(a).partition(": ")
    name_b, _, state_b = str(b).partition(": ")
    if name_a == name_b and frozenset((state_a, state_b)) in _state_conflicts():
        return Comparison(Relation.CONFLICT, Reason.NEGATION)
    if name_a == name_b or state_a == state_b:
        return Comparison(Relation.COMPATIBLE, Reason.MEANING)
    return Comparison(Relation.DIFFERENT, Reason.MEANING)


@functools.cache
def _synonyms() -> dict[str, int]:
    table: dict[str, int] = {}
    for i, group in enumerate(lexicon("compatibility")["synonyms"]["sets"]):
        for word in group:
            table[word] = i
    return table


def meaning_words(text: str) -> set[str]:
    """Content words folded to a stem and a synonym set: "grazing his sheep" -> {graze-set, sheep-set}."""
    out = set()
    for word in str(text).lower().replace("-", " ").split():
        word = word.strip(".,;:!?\"'“”‘’()[]—")
        if not word or word in STOP_WORDS:
            continue
        stem = _stem(word)
        syn = next((_synonyms()[w] for w in (word, stem, stem + "e") if w in _synonyms()), None)
        out.add(f"#{syn}" if syn is not None else stem)
    return out


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def text_similarity(a: object, b: object) -> float:
    wa, wb = meaning_words(str(a)), meaning_words(str(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _text(a: object, b: object) -> Comparison:
    if text_similarity(a, b) >= TEXT_SIMILARITY:
        return Comparison(Relation.COMPATIBLE, Reason.MEANING)
    return Comparison(Relation.DIFFERENT, Reason.MEANING)


@functools.cache
def _mechanisms() -> tuple[tuple[frozenset[str], str, str], ...]:
    """(content words of a phrase, mechanism, kind), longest phrase first (data/causes.toml)."""
    found = []
    for name, (kind, *phrases) in lexicon("causes")["mechanisms"].items():
        for phrase in {name, *phrases}:
            words = frozenset(meaning_words(phrase))
            if words:
                found.append((words, name, kind))
    return tuple(sorted(found, key=lambda entry: (-len(entry[0]), entry[1])))


def mechanism_of(cause: str) -> tuple[str, str] | None:
    """The mechanism a cause names and its kind: "collision with birds" -> ("bird strike", "natural"); None when the
    table knows no phrase all of whose words the cause holds."""
    words = meaning_words(cause)
    return next(((name, kind) for phrase, name, kind in _mechanisms() if phrase <= words), None)


@functools.cache
def _kind_conflicts() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in lexicon("causes")["kinds"]["conflicts"])


def _cause(a: object, b: object) -> Comparison:
    """Two causes agree when they name one mechanism in any words ("bird strike", "a collision with birds"), or share
    their words when the table knows neither; they conflict when they name two mechanisms of one kind (an electrical
    fault and a gas leak) or of kinds that exclude each other (sabotage and a technical fault, a storm and
    negligence). A denial ("not arson") conflicts with the cause it denies. Anything else is not comparable: a
    technical fault and the neglect behind it can both be true."""
    text_a, text_b = str(a), str(b)
    neg_a, neg_b = text_a.startswith("not "), text_b.startswith("not ")
    text_a, text_b = text_a.removeprefix("not "), text_b.removeprefix("not ")
    intent_a, intent_b = _intent(text_a), _intent(text_b)
    if intent_a and intent_b and not (neg_a or neg_b):  # "unintentional strike" against "deliberate targeting"
        return Comparison(Relation.COMPATIBLE if intent_a == intent_b else Relation.CONFLICT, Reason.MEANING)
    if intent_a and intent_b:
        same_intent = (intent_a == intent_b) == (neg_a == neg_b)  # "not deliberate strike" is an unintended one
        return Comparison(Relation.COMPATIBLE if same_intent else Relation.CONFLICT, Reason.NEGATION)
    mech_a = _meant(intent_a) if intent_a else mechanism_of(text_a)
    mech_b = _meant(intent_b) if intent_b else mechanism_of(text_b)
    if mech_a and mech_b:
        same = mech_a[0] == mech_b[0]
    else:
        same = text_a == text_b or (
            text_similarity(text_a, text_b) >= TEXT_SIMILARITY and not _other_kinds_of(text_a, text_b)
        )
    if neg_a or neg_b:
        if not same:
            return Comparison(Relation.DIFFERENT, Reason.MEANING)
        return Comparison(Relation.SAME if neg_a == neg_b else Relation.CONFLICT, Reason.NEGATION)
    if same:
        return Comparison(Relation.COMPATIBLE, Reason.MEANING)
    if mech_a and mech_b and (mech_a[1] == mech_b[1] or frozenset((mech_a[1], mech_b[1])) in _kind_conflicts()):
        return Comparison(Relation.CONFLICT, Reason.MEANING)
    return Comparison(Relation.DIFFERENT, Reason.MEANING)


def _intent(cause: str) -> str | None:
    """ "deliberate" or "unintentional" for a cause that says whether the act was meant (claims/intent.py)."""
    first = cause.split(" ", 1)[0]
    return first if first in {"deliberate", "unintentional"} else None


def _meant(intent: str | None) -> tuple[str, str] | None:
    """The mechanism an act's intent names: a deliberate strike is an attack; an unintended one names none, as a
    strike not meant is still a strike ("shot down the airliner, unintentionally" is no error of the crew's)."""
    return ("attack", "deliberate") if intent == "deliberate" else None


def _other_kinds_of(a: str, b: str) -> bool:
    """ "excess floors" and "unauthorised floors", "excavation work" and "excavation next door": two causes that share
    one word and each say more about it in words the other does not have name two kinds of one thing, and the table
    cannot tell whether they agree ("floors" alone agrees with either)."""
    wa, wb = meaning_words(a), meaning_words(b)
    return len(wa & wb) == 1 and len(wa) >= 2 and len(wb) >= 2


def _actor(a: object, b: object) -> Comparison:
    """Who acted, by the tree of who acts for whom (data/hierarchy.toml [actor]). One actor named at two levels agrees
    ("u.s. central command forces", "the pentagon", "united-states"); bodies of two states or groups, or two bodies of
    one state (the CIA and the US military), conflict. Values the tree cannot place agree only when one holds the
    other's words ("riot police" and "police") or both name the same kind of body ("soldiers and police" and "the
    army"); anything else is not comparable, never agreement by default. A denial ("not central command") conflicts
    only with what it denies and the bodies acting for it, not with the state above it: "not IDF" leaves "Israel"
    open, "not Israel" rules out the IDF."""
    text_a, text_b = str(a), str(b)
    neg_a, neg_b = text_a.startswith("not "), text_b.startswith("not ")
    if neg_a and neg_b:
        related = _actor_relation(text_a[4:], text_b[4:]) is Relation.COMPATIBLE
        return Comparison(Relation.COMPATIBLE if related else Relation.DIFFERENT, Reason.NEGATION)
    if neg_a or neg_b:
        denied, said = (text_a[4:], text_b) if neg_a else (text_b[4:], text_a)
        return Comparison(Relation.CONFLICT if _denies(denied, said) else Relation.DIFFERENT, Reason.NEGATION)
    return Comparison(_actor_relation(text_a, text_b), Reason.IDENTITY)


def _actor_relation(a: str, b: str) -> Relation:
    node_a, node_b = place(a), place(b)
    if node_a and node_b:
        if acts_for(node_a, node_b) or acts_for(node_b, node_a):
            return Relation.COMPATIBLE
        return Relation.CONFLICT  # two states or groups, or two bodies of one state
    if {_party(a), _party(b)} == {"state", "non_state"}:
        return Relation.CONFLICT  # "masked individuals" against "police": who acted is in dispute
    if node_a or node_b:
        return Relation.DIFFERENT  # "gunmen" may be anyone's
    if _holds(a, b) or _holds(b, a) or body_kinds(a) & body_kinds(b):
        return Relation.COMPATIBLE
    return Relation.DIFFERENT


def _party(value: str) -> str | None:
    """ "state" for the state's forces ("riot police", "israeli troops"), "non_state" for a party outside the state
    ("masked individuals", "gunmen"), None for a value that names neither or both (facets.toml [actor_parties])."""
    words = f" {fold(value)} "
    sides = {side for side, phrases in _parties().items() if any(f" {p} " in words for p in phrases)}
    return sides.pop() if len(sides) == 1 else None


@functools.cache
def _parties() -> dict[str, tuple[str, ...]]:
    return {side: tuple(fold(p) for p in phrases) for side, phrases in lexicon("facets")["actor_parties"].items()}


def _denies(denied: str, said: str) -> bool:
    """A denial of `denied` rules out `said` when `said` is it or acts for it."""
    node_d, node_s = place(denied), place(said)
    if node_d and node_s:
        return node_d in actor_lineage(node_s)
    return not node_d and not node_s and _holds(said, denied)


def _holds(longer: str, shorter: str) -> bool:
    """The words of `shorter` stand together in `longer`: "riot police" holds "police"."""
    return bool(fold(shorter)) and f" {fold(shorter)} " in f" {fold(longer)} "


COMPARERS = {
    "number": _number,
    "range": _number,
    "date": _date,
    "time": _time,
    "place": _place,
    "person": _person,
    "status": _status,
    "target": _target,
    "actor": _actor,
    "weapon": _kind("weapon"),
    "event.type": _kind("event_type"),
    "investigation": _investigation,
    "cause": _cause,
    "category": _kind("event_type"),
    "text": _text,
}
