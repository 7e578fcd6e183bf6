"""What: the kind of event and the weapon (the investigation and its state: `inquiry`)."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from reconcile.claims.arguments import is_instrument
from reconcile.claims.armed import bearer_words, named_by_the_act, narrowest, not_done
from reconcile.claims.context import (
    Context,
    ancestors,
    facet,
    is_negated,
    kept_indices,
    matches,
    value,
)
from reconcile.claims.event_kind import a_reaction_to_another, others_of_another_kind
from reconcile.claims.hierarchy import kinds, lineage, qualifiers
from reconcile.claims.weapon_names import said_weapon
from reconcile.model import FacetValue
from reconcile.nlp.spans import sentence_of
from reconcile.resources import lexicon

_NOT_ENTITIES = {"DATE", "TIME", "ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "LAW", "WORK_OF_ART"}
"""Entity labels that make an event or weapon word a name: "March" (a month), the "Fire and Rescue Service"."""
_SYSTEM_NAMES = {"PRODUCT", "PERSON", "ORG", "NORP", "WORK_OF_ART"}
"""What the NER calls a named weapon system ("shot with a Kalashnikov" is a PERSON to it); a place or a date it
calls it is not one."""
_OF_AN_INTENT = {"for", "of", "about", "against", "on"}
"""Prepositions that join a feared or planned event to its verb or noun: "called for", "warned of", "voted on"."""
_VAGUE = "accident"
"""The kind named by "accident", "incident", "disaster": an event kind only with a word that narrows it."""


def find_event_type(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """What happened, from the event's nouns and verbs, narrowed by the words beside them: "the collapse of a
    six-storey building" -> building collapse, "the plane crashed" -> air crash, "a train accident" -> train crash.
    An unnarrowed word takes the kind an earlier sentence of the document narrowed it to ("the collapse", after "a
    building collapse"). Words that name something else are skipped: "heart attack", "fire service", "March"."""
    kept = kept_indices(span, ctx)
    blocked = {i for _, sp in matches(span, "event.type", "not") for i in range(sp.start, sp.end)}
    for label, tokens in _event_words(span):
        root = tokens[-1]
        if tokens[0].i not in kept or tokens[0].i in blocked or root.i in blocked or is_negated(root):
            continue
        if _describes_a_place(root) or _not_happened(root) or _a_reaction(root, label, ctx.kind) or _figurative(root):
            continue
        if a_reaction_to_another(root, label, ctx.kind) or others_of_another_kind(root, label, ctx.kind):
            continue  # "residents marched to demand answers about the collapse": the march answers the collapse
        if root.pos_ == "VERB" and in_a_rejected_claim(root):
            continue  # "dismissed a gas cylinder exploding on board as an absurd version"; a noun is the scene
            # the claim is about ("rejected claims that a valve leak caused the explosion")
        if _an_aftermath(label, ctx.kind) or _an_answer(label, ctx.kind):
            continue
        kind = _narrowed(label, root) or _earlier(label, root) or _of_the_case(label, ctx.kind)
        if kind is None and label == _VAGUE:
            continue
        own = _own_name(label, root, tokens)
        if own is not None and (kind or label) in lineage("event_type", own[0]):
            kind, tokens = own[0], sorted({*tokens, own[1]}, key=lambda t: t.i)
        yield value("event.type", kind or label, tokens)


def _own_name(label: str, root: Token, tokens: list[Token]) -> tuple[str, Token] | None:
    """The source's own narrower name of the event: the noun it puts before the event noun ("the tanker explosion",
    "the prison fire", "a cholera outbreak", "the mosque bombing") or right after it with "at", "in" or "of" ("a fire
    at the nightclub", "the bombing of the mosque"), which the tree places under the kind (hierarchy.lineage), so it
    agrees with "explosion" or "fire" and an editor reads the source's words. Names, dates and other event words are
    no such noun ("the Gaza explosion", "the Sunday attack", "the fire service", "a fire in Kocani")."""
    if root.pos_ != "NOUN" or label == _VAGUE:
        return None
    plain = set(facet("event.type")["unnarrowing"]["words"])
    before = [c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1]
    after = [g for p in root.children if p.dep_ == "prep" and p.i == root.i + 1 and p.lower_ in {"at", "in", "of"}
             for g in p.children if g.dep_ == "pobj"]
    if not after and root.dep_ == "nsubj" and root.head.lemma_.lower() in facet("event.type")["breaking_out"]["words"]:
        after = [g for p in root.head.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "inside"}
                 for g in p.children if g.dep_ == "pobj"][:1]  # "a fire broke out at the nightclub"
    people = {*facet("victim.status")["roles"], *facet("crowd.size")["nouns"]}  # "the abduction of the aid workers"
    nouns = [c for c in before or after if c.pos_ == "NOUN" and not c.ent_type_ and not _is_event_noun(c)
             and c.is_alpha and c not in tokens and c.lemma_.lower() not in plain | people]
    hyphened = _hyphened(root)
    if hyphened is not None and hyphened[0] not in plain:
        name = f"{hyphened[0]} {label}"  # "the post-election protests", "an anti-government march"
        return (name, hyphened[1]) if lineage("event_type", name)[1:2] == [label] else None
    if not nouns:
        return None
    name = f"{nouns[0].lemma_.lower()} {label}"
    line = lineage("event_type", name)
    # a word the tree knows narrows to the tree's kind ("aircraft crash" is the air crash, a fire that broke out at
    # a warehouse a factory fire)
    return (name if line[1:2] == [label] else line[1], nouns[0]) if len(line) > 1 else None


def _hyphened(root: Token) -> tuple[str, Token] | None:
    """A hyphened modifier right before the event noun ("post-election", "anti-government"), which the tokenizer
    splits in three words that all hang on the noun: the words joined, and the first of them."""
    doc = root.doc
    if root.i < 3 or doc[root.i - 2].text not in {"-", "\u2011"}:
        return None
    first, last = doc[root.i - 3], doc[root.i - 1]
    if not (first.is_alpha and last.is_alpha) or first.ent_type_ or last.ent_type_:
        return None
    if any(t.head.i != root.i for t in (first, last)):
        return None
    return f"{first.lower_}-{last.lower_}", first


def _not_happened(word: Token) -> bool:
    """An event word that names no event that happened: a state ("the city was under attack", "under fire"), or one
    feared, planned or asked for (`unreal_*` in facets.toml): "unions called for a strike", "warned of a possible
    attack", "the risk of further explosions"."""
    spec = facet("event.type")
    if word.dep_ == "pobj" and word.head.lower_ == "under":
        return True
    if any(c.dep_ == "amod" and c.lemma_.lower() in spec["unreal_modifiers"] for c in word.children):
        return True
    if word.dep_ == "pobj" and word.head.lower_ not in _OF_AN_INTENT:
        return False  # "called for a strike", not "called for calm after the collapse"
    head = word.head.head if word.dep_ == "pobj" else word.head
    if word.dep_ not in {"dobj", "pobj"} or head.i == word.i:
        return False
    lemma = head.lemma_.lower()
    return (head.pos_ == "VERB" and lemma in spec["unreal_verbs"]) or (
        head.pos_ == "NOUN" and lemma in spec["unreal_nouns"]
    )


def _a_reaction(word: Token, label: str, kind: str | None) -> bool:
    """An event that answers this one is another event: "protests over the blast broke out in several capitals",
    "the protests that followed her death". In a case about that kind of event ("protests over the killing" in a
    protest case) it is the case's own."""
    if word.pos_ != "NOUN" or (kind is not None and label in lineage("event_type", kind)):
        return False  # "shot down over the border" is where, not why
    over = any(c.dep_ == "prep" and c.lower_ == "over" for c in word.children)
    return over or any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() == "follow" for c in word.children)


def _gunfire(word: Token) -> bool:
    """ "fire" that is gunfire: the object of "open", "return", "exchange" ("officers returned fire"), or the "of"
    object of one of their nouns ("an exchange of fire")."""
    verbs = facet("event.type")["gunfire"]
    if word.dep_ == "dobj":
        return word.head.lemma_.lower() in verbs
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in verbs


def _figurative(word: Token) -> bool:
    """An event word said of an abstract thing names no event: "talks on the ceasefire collapsed", "the website
    crashed", "a storm of criticism", "an attack on democracy", "the economic collapse", "a flood of refugees", "the
    crew was shooting a film" (facets.toml `abstract`, `floods`, `shot_things`)."""
    spec = facet("event.type")
    abstract = set(spec["abstract"])
    near = [c for c in word.children if c.dep_ in {"amod", "compound"}]
    if word.pos_ == "VERB":
        near += [c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}]
        things = set(spec["shot_things"])
        if any(c.dep_ == "dobj" and c.lemma_.lower() in things for c in word.children):
            return True
    objects = [g for p in word.children if p.dep_ == "prep" and p.lower_ in {"of", "on"} for g in p.children
               if g.dep_ == "pobj"]
    lemma = word.lemma_.lower()
    if lemma in spec["floods"]:  # "a flood of refugees", "the office was flooded with calls"
        withs = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                 if g.dep_ == "pobj"]
        if any(g.tag_ in {"NNS", "NNPS"} for g in objects + (withs if word.pos_ == "VERB" else [])):
            return True
    above = [word.head, *list(word.head.ancestors)[:1]] if word.head.i != word.i else []
    if any(w.lemma_.lower() in spec["figurative_near"].get(lemma, ()) for w in [*above, *word.children]):
        return True  # "won by a landslide"
    return any(w.lemma_.lower() in abstract or w.lower_ in abstract for w in [*near, *objects])


def _an_answer(label: str, kind: str | None) -> bool:
    """An event word of a kind that answers another (hierarchy.toml [event_reactions]) in a case of another kind:
    "residents staged a protest demanding answers about the collapse", "families marched to the ministry"."""
    if kind is None:
        return False
    reactions = set(lexicon("hierarchy").get("event_reactions", {}).get("kinds", ()))
    case_line, line = set(lineage("event_type", kind)), set(lineage("event_type", label))
    return bool(line & reactions) and not case_line & reactions


def _an_aftermath(label: str, kind: str | None) -> bool:
    """An event word that names what followed the case's event as part of it (hierarchy.toml [event_aftermath]):
    "crews found the store well alight, with a partial structural collapse" in a case about an explosion, "the fire
    on the fuselage was extinguished" in one about an air crash. Never a kind the case's own kind lies under."""
    if kind is None:
        return False
    case_line = lineage("event_type", kind)
    if label in case_line:
        return False
    after = lexicon("hierarchy").get("event_aftermath", {})
    follows = {k for broader in case_line for k in after.get(broader, ())}
    return any(k in follows for k in lineage("event_type", label))


def _of_the_case(label: str, kind: str | None) -> str | None:
    """The case's kind for a word that names a broader kind above it: "the crash" in a case about an air crash is
    the air crash, "the attack" in one about a drone strike the drone strike. A word of another branch keeps its
    own kind ("the fire" after a crash), so a source that calls the event something else still shows it."""
    if kind is None or label == kind:
        return None
    return kind if label in lineage("event_type", kind)[1:] else None


def _describes_a_place(word: Token) -> bool:
    """An event word inside a clause that describes a place is the place's past, not this event: "north-west Syria,
    which is still recovering from the earthquake", "the valley, where floods killed hundreds in 2010"."""
    for node in ancestors(word, 6):
        if node.dep_ == "relcl":
            place = node.head
            return (
                place.ent_type_ in {"GPE", "LOC", "FAC"}
                or place.lemma_.lower() in facet("event.location")["place_nouns"]
            )
    return False


def case_kind(kind: str | None, docs: Iterable[Doc]) -> str | None:
    """The case's kind of event, narrowed by what its documents narrow it to: a case the anchor calls a "crash"
    whose documents say "the plane crashed" and "the air crash" is an air crash. The narrower kind must have the
    support of more than half of the narrowed words under `kind`; when they split (a drone strike, a missile
    strike), the anchor's own kind stands."""
    if kind is None:
        return None
    narrower = [k for doc in docs for k, _ in _narrowed_in(doc) if k != kind and kind in lineage("event_type", k)]
    support = Counter(broader for k in narrower for broader in lineage("event_type", k))
    best = max((k for k in support if k != kind and kind in lineage("event_type", k)), key=lambda k: (support[k],
               len(lineage("event_type", k))), default=None)
    return best if best is not None and 2 * support[best] > len(narrower) else kind


def event_type_of(span: Span) -> str | None:
    """The narrowest kind of event a span names (for the case's anchor): "the six-storey building collapsed on
    Tuesday" -> "building collapse"; None when it names none."""
    tree = kinds("event_type")  # the tree's kinds, not a source's own names ("tanker explosion" -> explosion)
    found = [next(k for k in lineage("event_type", str(fv.value)) if k in tree)
             for fv in find_event_type(span, Context())]
    return max(found, key=lambda kind: len(lineage("event_type", kind)), default=None)


@functools.cache
def _event_verbs() -> tuple[dict[str, str], dict[str, str]]:
    """The event kind of each event verb's lemma and of each phrasal verb ("blow up"), built once: the lexicon
    does not change during a run."""
    verbs = {lemma: kind for kind, lemmas in facet("event.type")["verbs"].items() for lemma in lemmas}
    phrasal = {words: kind for kind, entries in facet("event.type")["phrasal"].items() for words in entries}
    return verbs, phrasal


@functools.cache
def _phrasal_openers() -> frozenset[str]:
    """Every start of a phrasal event verb before one of its spaces ("blow" of "blow up"): a lemma that is none
    of these, nor an event verb, can name no event."""
    _, phrasal = _event_verbs()
    return frozenset(words[:at] for words in phrasal for at, char in enumerate(words) if char == " ")


def _event_words(span: Span) -> Iterator[tuple[str, list[Token]]]:
    """Event nouns and phrases (by the matcher) and event verbs (by lemma), in order; names and modifiers of
    other nouns ("fire engines", "crash site") are not events."""
    verbs, phrasal = _event_verbs()
    found: list[tuple[str, list[Token]]] = []
    taken: set[int] = set()
    for label, sp in matches(span, "event.type", "terms"):
        root = sp[-1]
        if root.ent_type_ in _NOT_ENTITIES or (root.pos_ == "VERB" and root.lemma_.lower() not in verbs):
            continue
        if root.dep_ == "compound" and root.head.pos_ in {"NOUN", "PROPN"} and not _is_event_noun(root.head):
            continue
        if label == "fire" and _gunfire(root):
            label = "shooting"  # "troops opened fire on protesters", "an exchange of fire"
        taken.update(t.i for t in sp)
        found.append((label, list(sp)))
    openers = _phrasal_openers()
    for token in span:
        if token.i in taken or token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if lemma not in verbs and lemma not in phrasal and lemma not in openers:
            continue  # no event verb, alone or with a particle: the checks below cannot find one
        if _said_of_a_person(token):
            continue
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
        if f"{lemma} {particle}" in phrasal or lemma in phrasal:
            found.append((phrasal.get(f"{lemma} {particle}") or phrasal[lemma], [token]))
            continue
        if lemma not in verbs:
            continue
        down = any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)
        found.append(("shootdown" if down and verbs[lemma] == "shooting" else verbs[lemma], [token]))
    return iter(sorted(found, key=lambda item: item[1][0].i))


def _said_of_a_person(verb: Token) -> bool:
    """ "She collapsed and died", "his heart sank": verbs of `person_verbs` name no event with a person as subject."""
    if verb.lemma_.lower() not in facet("event.type")["person_verbs"]:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she", "i", "we", "you"})


def _is_event_noun(token: Token) -> bool:
    terms = facet("event.type")["terms"]
    return any(token.lemma_.lower() in group or token.lower_ in group for group in terms.values())


def _narrowed(label: str, root: Token) -> str | None:
    """The narrower kind the words beside an event word give: its modifiers ("train crash"), its "of" object ("the
    collapse of a building", "the crash of flight 8243"), where it happened ("a fire at the coal mine") or, for a
    verb, its subject ("the plane crashed")."""
    table = next((qualifiers()[k] for k in lineage("event_type", label) if k in qualifiers()), None)
    if table is None:
        return None
    for word in _beside(root):
        for form in (word.lemma_.lower(), word.lower_):
            if form in table and label in lineage("event_type", table[form]):
                return table[form]  # never sideways: "derailed coaches" stays a train crash
    return None


def _beside(root: Token) -> list[Token]:
    near = [c for c in root.children if c.dep_ in {"compound", "amod", "nmod", "nsubj", "nsubjpass", "poss"}]
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "in"}):
        near += [c for c in prep.children if c.dep_ == "pobj"]
    for noun in list(near):
        near += [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    if root.dep_ in {"amod", "acl", "relcl"} and root.head.pos_ in {"NOUN", "PROPN"}:
        near.append(root.head)  # "a collapsed apartment block", "the plane that crashed"
    return near


def _earlier(label: str, root: Token) -> str | None:
    """The kind this event word was narrowed to earlier in the document ("the collapse" after "the collapse of a
    six-storey residential building"), so one document names one event one way."""
    for kind, start in reversed(_narrowed_in(root.doc)):
        if start < root.i and label in lineage("event_type", kind)[1:]:
            return kind
    return None


_NARROWED: dict[int, tuple[object, list[tuple[str, int]]]] = {}


def _narrowed_in(doc: Doc) -> list[tuple[str, int]]:
    """Every narrowed event word of a document with its position, computed once per document (the last one kept)."""
    cached = _NARROWED.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    found = [
        (kind, tokens[-1].i)
        for label, tokens in _event_words(doc[:])
        if (kind := _narrowed(label, tokens[-1])) is not None
    ]
    _NARROWED.clear()
    _NARROWED[id(doc)] = (doc, found)
    return found


def find_weapon(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """The event's weapon: a weapon word (data/facets.toml) that is an argument of the event in the parse ("killed
    by a missile", "officers used pepper spray", "a gunshot wound"), never a weapon merely present ("advanced toward
    officers with a knife", "a knife was recovered"), asked about ("was a drone used?") or not used ("refused to drop
    the knife"). Without a weapon word, the attacker's name or the act's verb names it ("a suicide bomber blew
    himself up", "shot dead", "stabbed"). A kind broader than another one named is left out ("shrapnel from the
    mortar round" is the mortar)."""
    found = list(_weapon_words(span, ctx))
    if not any(not fv.negated for fv in found):
        found += named_by_the_act(span, ctx)
    yield from narrowest(found)


def _weapon_words(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx) - bearer_words(span)  # "a suicide bomber" is no warplane
    tree = kinds("weapon")
    for label, sp in matches(span, "weapon", "terms"):
        root = sp.root
        named = _SYSTEM_NAMES if label in tree and tree[label].system else {"PRODUCT"}
        if sp.start not in kept or root.ent_type_ in _NOT_ENTITIES - named or _negated(root):
            continue
        if not is_instrument(root) or _of_an_unreal_event(root) or not_done(root):
            continue
        if in_a_rejected_claim(root) or _set_against(sp):
            found = value("weapon", label, sp)
            yield FacetValue(found.facet, f"not {said_weapon(label, sp)}", found.text, found.start, found.end,
                             negated=True)
        else:
            yield value("weapon", said_weapon(label, sp), sp)


def _negated(word: Token) -> bool:
    """Negated, unless the "not" only opens a contrast after the word: "a roadside bomb, not an air strike" (the
    parser hangs the "not" on "bomb")."""
    if not is_negated(word):
        return False
    negs = [c for c in word.children if c.dep_ == "neg"]
    contrasted = any(c.dep_ in {"appos", "conj"} and c.i > word.i for c in word.children)
    if negs and contrasted and all(n.i > word.i for n in negs):
        return False
    before = [c for c in word.head.children if c.dep_ == "neg"] if word.dep_ in {"appos", "conj"} else []
    # "a roadside bomb, not an air strike": the contrast sets "air strike" aside (claims/denials.py), not dropped
    return not (before and all(word.head.i < n.i < word.i for n in before))


def _of_an_unreal_event(weapon: Token) -> bool:
    """The weapon of an event that did not happen as this one: "the city was under attack by drones", "warned of a
    possible drone attack" (the drones are another event's, or none's)."""
    return any(_is_event_noun(node) and _not_happened(node) and not _came_under(node)
               for node in [weapon, *ancestors(weapon, 4)])


def _came_under(word: Token) -> bool:
    """ "The camp came under heavy mortar fire": an event the place suffered, not the state "under attack"."""
    return word.dep_ == "pobj" and word.head.lower_ == "under" and \
        word.head.head.lemma_.lower() in facet("weapon")["undergoing"]


def _set_against(words: Span) -> bool:
    """The weapon is the one a contrast sets aside: "a gas leak rather than a bomb", "a shell instead of a rocket"."""
    doc = words.doc
    before = " ".join(t.lower_ for t in doc[max(sentence_of(words.root).start, words.start - 3) : words.start])
    return before.endswith(("rather than", "instead of", "rather than a", "instead of a", "rather than an",
                            "instead of an", "rather than the", "instead of the"))


def in_a_rejected_claim(weapon: Token) -> bool:
    """The weapon (or event word) follows a reported claim in a sentence that rejects it: "the claims of the
    occupation that a Palestinian rocket fell on the hospital are lies". Word order decides, as the parse of such
    sentences is often broken (see claims/causes.py)."""
    cause, spec = facet("cause"), facet("weapon")
    sent = sentence_of(weapon)
    before = weapon.doc[sent.start : weapon.i]
    reported = set(cause["reported"]) | set(spec["reported"])
    if not any(t.lemma_.lower() in reported and t.pos_ == "NOUN" for t in before):
        return False
    rejecting = set(cause["rejecting"]) | set(spec["rejecting"])
    return any(t.lemma_.lower() in rejecting or t.lower_ in rejecting for t in sent)
