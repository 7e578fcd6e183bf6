"""Weapons a statement names without a weapon word, and the weapon words that name no weapon of the act.

"Three protesters were shot dead" names a firearm, "the victim was stabbed" a knife, "a suicide bomber blew himself
up" a suicide bomb: the verb of the act or the attacker's name says what was used. "Was a drone used?" and "he
refused to drop the knife" name weapons no one used. The verbs and names are data (facets.toml,
[facets."weapon".acts] and [facets."weapon".bearers]).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from reconcile.claims.arguments import is_attacker
from reconcile.claims.context import Context, ancestors, facet, is_negated, kept_indices, matches, value
from reconcile.claims.hierarchy import lineage
from reconcile.claims.weapon_names import kind_of
from reconcile.model import FacetValue
from reconcile.nlp.certainty import value_denied
from reconcile.nlp.spans import sentence_bounds, sentence_of


def named_by_the_act(span: Span, ctx: Context) -> list[FacetValue]:
    """The weapon the act's verb ("shot dead", "stabbed", "shelled") or the attacker's name ("a suicide bomber
    detonated a vest", "gunmen opened fire") names, for a statement that names no weapon word.

    Only in a sentence about the case's event (`_about_the_case`): the verb names whatever shooting it tells, and a
    recalled one ("In 2020, officers shot dead a teenager") is not the case's. Such a weapon is asserted or not
    taken at all, never denied: "the man shot by police was not holding a knife" denies the knife, not the gun
    (only a weapon the words name can be denied, claims/denials.py)."""
    kept = {i for i in kept_indices(span, ctx) if _about_the_case(span.doc[i], ctx)}
    found = [
        value("weapon", label, sp)
        for label, sp in matches(span, "weapon", "bearers")
        if sp.start in kept and is_attacker(sp.root) and not is_negated(sp.root.head) and not not_done(sp.root)
        and not value_denied(sp)
    ]
    acts = {lemma: label for label, lemmas in facet("weapon")["acts"].items() for lemma in lemmas}
    for token in span:
        label = acts.get(token.lemma_.lower())
        if label is None or token.pos_ != "VERB" or token.i not in kept or _shot_down(token):
            continue
        if is_negated(token) or not_done(token) or value_denied(span.doc[token.i : token.i + 1]):
            continue
        found.append(value("weapon", label, [token]))
    return found


def _about_the_case(word: Token, ctx: Context) -> bool:
    """The word's sentence is not one claims/scope.py finds about another event (another year, an earlier day, a
    recalled or "another" attack): the same signal that sets a whole claim aside, read here per sentence because a
    statement can run over a recalled sentence."""
    return sentence_bounds(word.doc, word.i)[0] not in ctx.others


def bearer_words(span: Span) -> set[int]:
    """The token indices of the attackers' names ("suicide bomber"), whose words are no weapon of their own."""
    return {i for _, sp in matches(span, "weapon", "bearers") for i in range(sp.start, sp.end)}


def not_done(word: Token) -> bool:
    """The word sits in a question ("Was a drone used?") or in an act wanted, ordered or refused rather than done
    ("refused to drop the knife", "threatened to use chemical weapons")."""
    sent = sentence_of(word)
    if any(t.text == "?" for t in sent[-2:]):
        return True
    unreal = set(facet("weapon")["unreal_governors"])
    return any(
        node.dep_ == "xcomp" and node.head.lemma_.lower() in unreal for node in [word, *ancestors(word, 3)]
    )


def narrowest(found: Iterable[FacetValue]) -> list[FacetValue]:
    """The values without those broader than another asserted value: "shrapnel" (an explosive weapon) beside "the
    mortar round", "gunfire" (a firearm) beside "the rifle"; each value once."""
    values = list(found)
    asserted = {str(fv.value) for fv in values if not fv.negated}
    broader = {kind for name in asserted for kind in lineage("weapon", kind_of(name) or name)[1:]}
    kept: list[FacetValue] = []
    for fv in values:
        said = str(fv.value)
        if not fv.negated and ((kind_of(said) or said) in broader or _reworded(said, asserted)):
            continue
        if all(k.value != fv.value for k in kept):
            kept.append(fv)
    return kept


def narrowest_said(values: Iterable[object]) -> tuple[object, ...]:
    """A source's weapon cell without the values broader than another it asserts, over all its statements: a
    ministry that says "a missile" in one release and "a Tochka-U missile" in the next, or a witness who heard
    "gunfire" and saw "rifles", names one weapon, shown as named most narrowly. Denials stay ("not rocket")."""
    found = list(values)
    asserted = {str(v) for v in found if not str(v).startswith("not ")}
    broader = {kind for name in asserted for kind in lineage("weapon", kind_of(name) or name)[1:]}
    return tuple(v for v in found if str(v).startswith("not ") or not (
        (kind_of(v) or str(v)) in broader or _reworded(str(v), asserted)))


def _reworded(said: str, asserted: set[str]) -> bool:
    """ "missile" beside "kh-22 cruise missile", "rifle" beside "assault rifle", "mk-82" beside "mk 82 bomb": the same
    kind named more fully in another value (its words among that value's), so the broader wording is no second
    weapon."""
    kind = kind_of(said)
    words = _words(said)
    return kind is not None and any(
        other != said and kind_of(other) == kind and words < _words(other) for other in asserted)


def _words(value: str) -> set[str]:
    """Words without hyphens: "mk-82" is in "mk 82 bomb", "tochka missile" in "tochka-u ballistic missile"."""
    return set(value.replace("-", " ").split())


def _shot_down(verb: Token) -> bool:
    """ "The aircraft was shot down" ("gunned down" is a firearm): the weapon of a shootdown is a missile or a gun,
    which the verb leaves open."""
    return verb.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
