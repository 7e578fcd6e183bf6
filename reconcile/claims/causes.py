"""Why: the cause a statement gives for the event, as a short noun phrase ("electrical fault", "excavation work")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from reconcile.claims.blamed import blamed_actor, blamed_fragment, fragment_text
from reconcile.claims.causal_clues import asked, find_clues
from reconcile.claims.cause_clauses import (
    accident,
    clause_cause,
    clause_phrase,
    clause_words,
    faulty_state,
    nominal,
    who,
)
from reconcile.claims.context import Context, facet, is_negated, matches, value, words
from reconcile.claims.event_causes import event_nouns, explains_the_event, happening
from reconcile.claims.intent import intended
from reconcile.claims.linked_causes import linked_to, links_the_event
from reconcile.claims.when import event_words
from reconcile.model import FacetValue
from reconcile.nlp.spans import sentence_bounds
from reconcile.resources import lexicon, word_set

_AFTER = {"due", "because", "result", "owing"}
_TAIL_PREPS = {"with", "to", "of"}
"""("in" mostly says where: "faulty wiring in the basement".)"""
"""Words before "to"/"of" that make its object a cause: "due to", "because of", "as a result of", "owing to"."""


def find_cause(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """The cause named by a causal phrase: "caused by X", "X caused", "X led to", "X was behind", "resulted from X",
    "blamed the collapse on X", "due to X", "findings pointed to X", "the cause was X", "had more than one cause".

    A cause inside a claim the sentence rejects ("Claims that excavation work caused the collapse are not supported")
    or under a negated verb ("the leak did not cause the fire") is not given.
    """
    tokens = words(span, ctx)
    seen: set[int] = set()
    for token in tokens:
        several = _several_causes(token)
        if several is not None:
            yield value("cause", "multiple causes", several)
            continue
        clause = clause_cause(token)
        if clause is not None and not asked(token):
            negated = _connective_negated(token)
            text = clause_phrase(clause)
            yield value("cause", f"not {text}" if negated else text, clause_words(clause), negated=negated)
            seen.update(t.i for t in clause)
            continue
        plain = _said_plainly(token)
        if plain is not None and not asked(token) and not _rejected(plain[0][-1]) and not seen & {
                t.i for t in plain[0]}:
            meant = plain[1].removeprefix("not ").startswith(("deliberate ", "unintentional "))
            seen.update([token.i] if meant else [t.i for t in plain[0]])  # the act itself may name a cause too:
            yield value("cause", plain[1], plain[0], negated=plain[2])  # "shot down the airliner, unintentionally"
            continue
        found = _cause_of(token)
        if found is None or not (nominal(found) or _named_cause_word(found)) or _rejected(found) or found.i in seen \
                or asked(found):
            continue
        seen.add(found.i)
        negated = _connective_negated(token)
        yield _noun_cause(found, negated=negated)
        for other in _joined(found, seen):
            yield _noun_cause(other, negated=negated)  # "due to heavy rains and illegal mining": both
        yield from _contrasted(found, seen)
    for clue, said, denied in find_clues(tokens, _rejected):
        if clue.i in seen:
            continue
        seen.add(clue.i)
        if said is None:
            yield _noun_cause(clue, negated=denied)
            yield from _contrasted(clue, seen)
        else:
            yield value("cause", f"not {said}" if denied else said, [clue], negated=denied)
    blamed = None if seen else blamed_fragment(span, ctx)  # "blamed [the collapse on two floors]" was read above
    if blamed is not None and not blamed_actor(blamed.root) and blamed.root.lemma_.lower() not in event_nouns():
        seen.add(blamed.root.i)
        yield value("cause", fragment_text(blamed), list(blamed))
    kept = {t.i for t in tokens}
    for _, named in matches(span, "cause", "bare"):
        if named.root.i in seen or named.start not in kept or asked(named.root) or _rejected(named.root):
            continue
        seen.add(named.root.i)
        aside = is_negated(named.root) or _set_aside(named)
        yield _noun_cause(named.root, negated=aside)
        own = _instead(named.root) if aside else None
        if own is not None and own.i not in seen:
            seen.add(own.i)
            yield _noun_cause(own, negated=False)


def _said_plainly(token: Token) -> tuple[list[Token], str, bool] | None:
    """A cause read at `token` by the readers that give their own words: whether the act was meant ("unintentionally
    struck"), a fault said as a thing's state ("the boat was overloaded"), a cause the event is linked or traced to
    where the parser loses the "to". (words, value, negated), or None."""
    meant = intended(token)
    if meant is not None:
        return meant
    faulty = faulty_state(token)
    if faulty is not None:
        state, denied = faulty
        text = " ".join(t.lower_ for t in state)
        return state, f"not {text}" if denied else text, denied  # "overloaded boat"
    linked = linked_to(token)
    return None if linked is None else (linked, " ".join(t.lower_ for t in linked), False)


def _joined(cause: Token, seen: set[int]) -> Iterator[Token]:
    """The causes joined to the one found by "and": "heavy rains and illegal mining", "corrosion and a lack of
    maintenance"; not a "but not" or "rather than" contrast, which `_contrasted` reads."""
    for other in (c for c in cause.children if c.dep_ == "conj"):
        if nominal(other) and not who(other) and other.i not in seen and not is_negated(other):
            seen.add(other.i)
            yield other


def _contrasted(cause: Token, seen: set[int]) -> Iterator[FacetValue]:
    """The cause the speaker sets against the one found: "a fire, not an explosion, caused it", "died of a heart
    attack, not of torture" (a "not" on the cause, then an apposition or a preposition's noun)."""
    negation = next((c for c in cause.children if c.dep_ == "neg" and c.i > cause.i), None)
    if negation is None:
        return
    for child in [*cause.children, *negation.children]:  # the small parser often hangs "of torture" on "not"
        if child.i < negation.i:
            continue
        other = child if child.dep_ == "appos" else _object(child) if child.dep_ == "prep" else None
        if other is not None and nominal(other) and other.i not in seen and not who(other):
            seen.add(other.i)
            yield _noun_cause(other, negated=True)


def _instead(aside: Token) -> Token | None:
    """The speaker's own cause set against a cause word put aside: "it was an air strike, not a misfired rocket"
    (the rejected cause in apposition, with "not", to the noun the speaker asserts)."""
    own = aside.head
    if aside.dep_ != "appos" or not nominal(own) or who(own) or own.i > aside.i:
        return None
    if not any(c.dep_ == "neg" and own.i < c.i < aside.i for c in own.children):
        return None
    return None if is_negated(own.head) else own


def _noun_cause(found: Token, *, negated: bool) -> FacetValue:
    """The cause as its head noun with the modifiers before it and the words after it that say what it was; a
    gerund with its object ("caused by inhaling toxic smoke")."""
    done = _done_to(found)
    if done:
        text = " ".join(t.lower_ for t in [found, *done])
        return value("cause", f"not {text}" if negated else text, [found, *done], negated=negated)
    core = [t for t in found.subtree if t.dep_ not in {"det", "poss", "punct", "nummod", "case"} and t.i <= found.i]
    core = [t for t in core if t.pos_ not in {"NUM", "DET", "PRON"} and t.left_edge.i >= found.left_edge.i]
    core = [t for t in core if t.i == found.i or t.dep_ not in {"neg", "cc", "conj"} and t.lower_ not in {"not", "no"}]
    core = core or [found]
    tail = _tail(found)
    text = " ".join(t.lower_ for t in core + tail)  # as said: the comparator folds word forms itself
    tokens = list(found.doc[found.left_edge.i : max([found.i, *[t.i for t in tail]]) + 1])
    return value("cause", f"not {text}" if negated else text, tokens, negated=negated)


def _cause_of(token: Token) -> Token | None:
    """The noun a causal construction at `token` names as the cause (None when `token` starts none)."""
    spec = facet("cause")
    doc, head = token.doc, token.head
    head_lemma = head.lemma_.lower()
    if _but_by(token):
        return _cause_of(head) and _object(token)  # "not caused by the earthquake but by illegal floors"
    if token.lower_ == "by" and (head_lemma in spec["causing"] or _set_off(head)):
        obj = _object(token)  # "caused by a gas leak", "the fire was started by a cigarette"
        return None if obj is not None and who(obj) else obj  # "caused by police" names an actor
    if token.lower_ in {"to", "of"} and token.i > 0 and doc[token.i - 1].lower_ in _AFTER and _connects(token):
        return _object(token) or _object(doc[token.i - 1])  # "due to", "because of", "as a result of"
    if (
        token.dep_ == "nsubj"
        and head_lemma in spec["causing"]
        and token.pos_ != "PRON"
        and not is_negated(head)
        and not who(token)
    ):
        return token  # "a faulty valve caused the blast"; "the police caused the crush" names an actor
    for verb in (
        [head, head.head] if head.dep_ == "dobj" else [head]
    ):  # "blamed [the collapse on X]" parses so
        lemma = verb.lemma_.lower()
        if token.dep_ == "prep" and lemma in spec["through"] and not is_negated(verb):
            prep, where = spec["through"][lemma]
            if token.lower_ == prep:
                found = _object(token) if where == "object" else _subject(verb)  # "led to", "resulted from"
                return None if found is not None and blamed_actor(found) else found  # "forces were behind it"
    if links_the_event(token):
        return _object(token)  # "the deaths are linked to consumption of a cough syrup"
    if token.dep_ == "prep" and token.lower_ == "to" and head_lemma in spec["pointing"]:
        subject = _subject(head)  # "preliminary findings pointed to an electrical fault"
        if subject is not None and subject.lemma_.lower() in spec["evidence"]:
            return _object(token)
    if token.dep_ == "prep" and token.lower_ in {"of", "from"} and head_lemma in spec["dying"] and not is_negated(head):
        return _object(token)  # "died of a head injury"
    if token.dep_ == "dobj" and head_lemma == "blame" and not is_negated(head) and _for_the_event(head):
        return None if blamed_actor(token) else token  # "blamed the organisers for the crush": their failing
    if token.dep_ in {"attr", "acomp"} and any(c.dep_ == "nsubj" and _cause_noun(c) for c in head.children):
        return token  # "the cause was a gas leak", "the main reason for the collapse was the poor concrete"
    if token.dep_ == "nsubj" and head_lemma == "result" and _has_prep(head, "in") and not is_negated(head):
        return None if token.lemma_.lower() in event_words() else token  # "heavy rain resulted in flooding"
    if token.dep_ == "nsubj" and _to_blame(head) and not who(token):
        return token  # "a faulty valve was to blame"
    if token.dep_ in {"nsubj", "nsubjpass"} and not who(token):
        if _names_cause(head) and not is_negated(head):
            return token  # "a faulty transformer is the likely cause", "was responsible for the fire"
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in spec["causing"] and not _passive(c) for c in head.children):
            return None if is_negated(head) else token  # "a spark is believed to have caused the blast"
        if head_lemma == "blame" and token.dep_ == "nsubjpass" and _for_the_event(head) and not is_negated(head):
            return token  # "a blocked drain was blamed for the flood"
    if token.dep_ == "prep" and token.lower_ == "under" and happening(head, by_subject=False):
        weight = _object(token)  # "the roof collapsed under the weight of the snow"
        if weight is not None and weight.lemma_.lower() in spec["burdens"]:
            return _object(next((c for c in weight.children if c.dep_ == "prep" and c.lower_ == "of"), weight))
    if token.dep_ == "prep" and token.lower_ == "after" and accident(head) and not is_negated(head):
        obj = _object(token)  # "the ferry capsized after a collision", "died after drinking the syrup"
        return obj if obj is not None and (_not_a_moment(obj) or _done_to(obj)) else None
    if token.dep_ == "prep" and token.lower_ in {"in", "with", "from"} and head_lemma in spec["starting"]:
        obj = _object(token)  # "the fire started in a faulty heater"
        failed = obj is not None and obj.lemma_.lower() in spec["failures"]  # "started from a fault in the lighting"
        if obj is not None and (failed or any(c.lower_ in spec["defects"] for c in obj.lefts)) and _not_a_moment(obj):
            return obj
    return None


def _connects(token: Token) -> bool:
    """ "due to", "because of", "owing to" and "as a result of" / "was the result of" (not "the result of the
    election", "due on stage") hung on the event (`event_causes.explains_the_event`)."""
    doc = token.doc
    before = doc[token.i - 1].lower_
    if before == "result":
        opened = token.i >= 3 and doc[token.i - 3].lower_ == "as"
        if not opened and doc[token.i - 1].dep_ != "attr":
            return False
    elif token.lower_ != ("of" if before == "because" else "to"):
        return False
    return explains_the_event(token)


def _named_cause_word(word: Token) -> bool:
    """An adjective that a translation leaves as the cause named by "the reason is": "the reason is pyrotechnic"."""
    return word.pos_ == "ADJ" and word.dep_ in {"attr", "acomp"} and any(
        c.dep_ == "nsubj" and _cause_noun(c) for c in word.head.children)


def _names_cause(verb: Token) -> bool:
    """ "is the (likely) cause", "was responsible for" a thing, not a person ("police were responsible")."""
    if verb.lemma_ != "be":
        return False
    return any(
        (c.dep_ == "attr" and c.lemma_.lower() == "cause") or (c.dep_ == "acomp" and c.lemma_.lower() == "responsible")
        for c in verb.children
    )


def _has_prep(verb: Token, prep: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children)


def _to_blame(verb: Token) -> bool:
    """ "X was to blame": "be" with the infinitive "to blame" as its complement."""
    return verb.lemma_ == "be" and any(c.lemma_ == "blame" and c.dep_ in {"xcomp", "acomp"} for c in verb.children)


def _not_a_moment(noun: Token) -> bool:
    """A noun after "after" that is no time or occasion ("after take-off", "after the sermon", "after midnight")."""
    if noun.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "GPE", "LOC", "FAC"}:
        return False
    return noun.lemma_.lower() not in facet("cause")["moments"] and noun.pos_ == "NOUN"


def _cause_noun(noun: Token) -> bool:
    """A noun of the cause itself ("cause", "reason", causes.toml [links] cause_nouns), not "the reason for the
    meeting": a "for" on it must take an event word."""
    if noun.lemma_.lower() not in lexicon("causes")["links"]["cause_nouns"]:
        return False
    fors = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"]
    return noun.lemma_.lower() == "cause" or not fors or any(
        o.dep_ == "pobj" and o.lemma_.lower() in event_nouns() | event_words() for p in fors for o in p.children)


def _set_off(verb: Token) -> bool:
    """A verb of `setting` (causes.toml [links]) said of an event: "the fire was started by"."""
    if verb.lemma_.lower() not in lexicon("causes")["links"]["setting"]:
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in event_nouns() for c in verb.children)


def _connective_negated(token: Token) -> bool:
    """The causal connective itself is denied: "not because of X", "was not caused by X", "not due to X"."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].lower_ in {"because", "due", "of", "result", "a", "as", "owing"}:
        start -= 1
    if start > 0 and doc[start - 1].lower_ in {"not", "n't", "never"}:
        return True
    if _but_by(token):
        return not _connective_negated(token.head)  # "not by X but by Y" asserts Y
    return token.lower_ == "by" and is_negated(token.head)


def _but_by(token: Token) -> bool:
    """The second "by" of "caused not by X but by Y" ("but" on the first), which the contrast sets against it."""
    return token.lower_ == "by" and token.dep_ == "conj" and token.head.lower_ == "by" and any(
        c.dep_ == "cc" and c.lower_ in {"but", "rather"} for c in token.head.children)


def _set_aside(named: Span) -> bool:
    """A cause word the sentence sets aside: "ruled out sabotage", "denied arson", "rather than arson", "not arson",
    "the damage was not consistent with a bird strike" (a negation on the clause's verb).
    (A cause found through a causal construction is judged by that construction's own negation; the claim-wide
    denial marking covers the rest.)"""
    doc = named.doc
    before = " ".join(t.lower_ for t in doc[max(named.sent.start, named.start - 2) : named.start])
    if before.endswith(("rather than", "instead of", "not", "than")):
        return True
    for verb in named.root.ancestors:
        lemma = verb.lemma_.lower()
        if lemma in word_set("hedges", "polarity", "negative_cues") or (
            lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        ):
            return True
        if verb.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "neg" for c in verb.children)  # "was not consistent with a bird strike"
    return False


def _tail(noun: Token) -> list[Token]:
    """The words after the cause that say what it was: "a collision with birds", "a blow to the head", "failure of the
    brakes" (one preposition and its noun, with that noun's modifiers)."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _TAIL_PREPS), None)
    obj = None if prep is None else next(
        (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} and not c.ent_type_), None)
    if prep is None or obj is None:
        return []
    return [prep, *[t for t in obj.lefts if t.dep_ in {"compound", "amod"}], obj]  # "of adulterated alcohol"


def _done_to(gerund: Token) -> list[Token]:
    """The object of a gerund standing as the cause, with the words before it and a clause that says what it held:
    "inhaling [toxic smoke]", "drinking [syrup containing ethylene glycol]"."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.lemma_.lower() in facet("cause")["enduring"]:
        return []  # "died after suffering a stroke": the stroke is the cause (causal_clues.suffered_before)
    obj = next((c for c in gerund.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is None:
        return []
    said = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in {"det", "poss", "punct"}]
    held = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}), None)
    what = None if held is None else next(
        (c for c in held.subtree if c.dep_ in {"dobj", "pobj"} and c.pos_ in {"NOUN", "PROPN"}), None)
    if held is None or what is None:
        return said
    return said + [t for t in obj.doc[held.i : what.i + 1] if t.dep_ not in {"det", "poss", "punct"}]


def _passive(verb: Token) -> bool:
    """ "to have been caused by": the subject is what was caused, not the cause."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _object(prep: Token) -> Token | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        done = prep.dep_ == "agent" or (prep.lower_ == "after" and prep.head.lemma_.lower() in facet("cause")["dying"])
        # "caused by inhaling toxic smoke", "died after drinking the syrup"; "by firing tear gas, police caused" is a
        # doer's act, "crashed after leaving the airport" a moment
        obj = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and (
            not list(c.children) or (done and _done_to(c)))), None)
    if obj is not None and obj.lower_ in {"what", "which"}:
        return None
    return obj


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative clause ("a fault that led to"), the noun the clause describes."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in {"that", "which"}):
        return verb.head
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject


def _for_the_event(verb: Token) -> bool:
    """ "blame the quarry for the landslide": "for" an event word, so the object is blamed as its cause."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in event_words() for o in c.children)
        for c in verb.children
    )


def _several_causes(token: Token) -> list[Token] | None:
    """ "may have had more than one cause", "the fire had several causes": the tokens of that phrase, or None."""
    if token.lemma_.lower() != "cause" or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    if token.head.lemma_.lower() != "have" or is_negated(token.head):
        return None
    quantity = [t for t in token.subtree if t.i < token.i and t.lower_ in facet("cause")["several"]]
    plural = token.tag_ == "NNS" and any(c.dep_ in {"nummod", "amod"} for c in token.children)
    if not quantity and not plural:
        return None
    return list(token.doc[token.left_edge.i : token.i + 1])


def _rejected(cause: Token) -> bool:
    """The cause follows a reported claim ("claims that X caused it") in a sentence that denies or doubts it. The parse
    of such sentences is often broken ("Rumours that arson caused the fire are false" makes "Rumours" a subject of
    "caused"), so word order and any negation or rejecting word in the sentence decide, not the tree."""
    first_reported, rejecting = _sentence_claims(cause.doc, sentence_bounds(cause.doc, cause.i))
    return first_reported is not None and first_reported <= cause.i and rejecting


def _sentence_claims(doc: Doc, bounds: tuple[int, int]) -> tuple[int | None, bool]:
    """The first reported-claim noun of the sentence and whether the sentence negates or rejects anything, read
    once per sentence (every candidate cause re-scanned its whole sentence)."""
    known = doc.user_data.setdefault("reconcile_sentence_claims", {})
    found = known.get(bounds[0])
    if found is None:
        spec = facet("cause")
        sent = doc[bounds[0] : bounds[1]]
        reported, rejected = set(spec["reported"]), set(spec["rejecting"])
        first = next((t.i for t in sent if t.lemma_.lower() in reported and t.pos_ == "NOUN"), None)
        rejecting = any(t.dep_ == "neg" or t.lemma_.lower() in rejected for t in sent)
        found = known[bounds[0]] = (first, rejecting)
    return found
