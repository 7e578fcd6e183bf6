"""Victim status and target values compared by their roles (facets.toml, compatibility.toml [status], [target])."""

from __future__ import annotations

import functools

from reconcile.align.comparison import Comparison, Relation
from reconcile.model import Reason
from reconcile.resources import lexicon


@functools.cache
def _status_table() -> tuple[dict, set]:
    roles = lexicon("facets")["facets"]["victim.status"]["roles"]
    conflicts = {frozenset(p) for p in lexicon("compatibility")["status"]["conflicts"]}
    return roles, conflicts


def status_rule(a: object, b: object) -> Comparison:
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


def target_rule(a: object, b: object) -> Comparison:
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
    return status_rule(a, b)


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
