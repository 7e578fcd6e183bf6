"""Counts: how many died, were hurt or took part, and how old the victim was.

A number means what the words around it in the parse say: the noun it counts and the verb that noun hangs on
("killed 10 civilians", "10 people were injured", "a crowd of 5,000", "a 60-year-old civilian").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, facet, value, words
from reconcile.claims.count_parts import is_part, whole_among
from reconcile.claims.crowds import bound_after, crowd_gathering, is_crowd
from reconcile.claims.given_by import given_by_another
from reconcile.claims.joined_counts import conjoined, count_tokens, counted_before
from reconcile.claims.measures import measured
from reconcile.claims.numbers import Amount, amount_at, is_change, is_count
from reconcile.claims.victim_age import decade_age, stated_age
from reconcile.model import FacetValue
from reconcile.nlp.spans import entity_at
from reconcile.resources import lexicon

NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
NAMES = {"FAC", "ORG", "PRODUCT", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
SUBSET_HEADS = {"including", "among", "include"}


def find_counts(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Each amount phrase once ("three hundred and twelve" is 312, not 300, 100 and 12), as the toll, crowd or age
    the words around it make it; a number in a name, address, date, time or measure is none of them."""
    seen: set[int] = set()
    for token in words(span, ctx):
        if token.i in seen:
            continue
        decade = decade_age(token)
        if decade is not None:
            seen.add(token.i)
            yield value("victim.age", decade[0], decade[1])
            continue
        amount = amount_at(token)
        if amount is None:
            continue
        seen.update(range(amount.start, amount.end))
        age = stated_age(amount)
        if age is not None:
            yield value("victim.age", age[0], age[1])
        elif _is_head_count(amount) and not given_by_another(amount.root, span):
            found = _count(amount)
            if found is not None:
                yield found


def _is_head_count(amount: Amount) -> bool:
    """Whether the phrase counts people or things rather than naming, dating or measuring something: "Route 66",
    "Flight 302", "9 Tamar Street", "a 7.8 magnitude quake", "the 400 block", "at 3 pm" are not counts."""
    root, doc = amount.root, amount.root.doc
    number = amount.value if amount.exact else None
    table = lexicon("numbers")
    if isinstance(number, float) or root.ent_type_ in NAMES or (root.ent_type_ in NOT_COUNTS and not _misread(root)):
        return False
    labels, units = set(table["units"]["labels"]), set(table["units"]["words"])
    if amount.start > 0 and doc[amount.start - 1].lower_ in labels:
        return False  # "Route 66", "Flight 302"
    head = root.head
    if root.dep_ in {"nummod", "compound", "npadvmod"} and head.i > root.i and (
        (head.ent_type_ in NAMES and head.pos_ == "PROPN") or head.lower_ in table["units"]["streets"]
    ):
        return False  # a house number: "14 Harbour Lane"
    if root.dep_ == "nummod" and head.i < root.i and (head.pos_ == "PROPN" or head.lower_ in labels):
        return False  # a number after its noun labels it
    after = [t for t in doc[amount.number_end : amount.number_end + 2] if t.text != "-"][:1]
    between = [t for t in doc[root.i + 1 : head.i] if t.dep_ == "compound"] if head.i > root.i else []
    return not any(t.lemma_.lower() in units or t.lower_ in units for t in [*after, *between])


def _misread(root: Token) -> bool:
    """A number the NER calls money with no currency in or beside it ("more than 40 thousand persons"), or a date
    that is a small figure alone ("the number of people who died was 14")."""
    doc, currencies = root.doc, set(lexicon("numbers")["counts"]["currencies"])
    ent = entity_at(root)
    if root.ent_type_ == "DATE":
        if ent is not None and len(ent) > 1 and (ent[0].lower_ in {"between", "from"} or ent[0].text.isdigit()):
            # "Between 40 and 50 people", "rose by 7 to 45": small figures, no date word or year in them
            return all(t.lower_ in {"between", "from", "and", "to", "-"} or (t.text.isdigit() and len(t.text) < 4)
                       for t in ent)
        return ent is not None and len(ent) == 1 and root.text.isdigit() and len(root.text) < 4
    if root.ent_type_ != "MONEY":
        return False
    near = doc[max((ent.start if ent else root.i) - 1, 0) : min((ent.end if ent else root.i + 1) + 1, len(doc))]
    return not any(t.is_currency or t.lemma_.lower() in currencies or t.lower_ in currencies for t in near)


def _count(amount: Amount) -> FacetValue | None:
    """The toll or crowd an amount is, from the noun it counts and the verbs above that noun."""
    token = amount.root
    after = token.doc[amount.end : amount.end + 2]
    if after[:1].text.lower() in lexicon("numbers")["counts"]["increments"] and after.text.lower()[-4:] != "than":
        return None  # "thousands more people joined": an addition to a figure, not a total
    if _replaced(amount) or supposed(token):
        return None
    by = token.doc[amount.start - 1] if amount.start > 0 else None
    if by is not None and by.lower_ == "by" and is_change(by.head):
        return None  # "the toll rose by 7 to 45": the step, not a total
    measure = measured(token, amount.end)
    if measure is not None:
        return value(measure[0], amount.value, count_tokens(amount, measure[1]))
    noun = _counted_noun(amount)
    table = lexicon("numbers")["counts"]
    if is_part(amount, noun, table) or noun.tag_ == "JJS" or _is_event_word(noun):
        return None  # a part; "one of the deadliest", a rank among events; "in the two blasts", events not people
    tokens = count_tokens(amount, noun)
    among_them = any(c.lower_ in SUBSET_HEADS and c.i < noun.i and any(g.pos_ == "PRON" for g in c.children)
                     for c in noun.children)  # "among them three children", however the parse hangs "among"
    if (noun.head.lower_ in SUBSET_HEADS or (noun.dep_ == "pobj" and noun.head.lower_ in SUBSET_HEADS)
            or among_them) and not whole_among(noun):
        # "10 civilians, including 7 children": a part of a total, not another total; children are counted apart
        if noun.lemma_.lower() in facet("casualties.children")["nouns"]:
            return value("casualties.children", amount.value, tokens)
        return None
    owner = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_count(owner) and owner.i < amount.start:
        return None  # "killing 38 of the 67 people on board": the 67 are the group the toll is taken from
    if counted_before(noun):
        return None  # "three officers and two demonstrators": counted once, with the first of them
    total_value, joined = conjoined(amount, noun)
    tokens = joined or tokens
    # "filled the square with tens of thousands of people": an "of" chain from the figure to its noun is one more step
    chained = isinstance(amount.value, list) and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.i > token.i
    context = [noun, *_clause(noun, 4 if chained else 3)]
    firsts = _first_conjuncts(noun)  # "5 deaths and 120 hospitalisations": the deaths say nothing of the 120
    lemmas = []
    for node in context:
        lemmas.append(node.lemma_.lower())
        # "xcomp": "40 people have been confirmed killed", "were reported killed", "are believed to have died"
        deps = {"amod", "acomp", "nsubj", "compound", "dobj", "oprd", "xcomp", *(("acl",) if node is noun else ())}
        lemmas.extend(c.lemma_.lower() for c in node.children if c.dep_ in deps and c.i not in firsts
                      and not (c.dep_ == "xcomp" and any(g.dep_ == "dobj" for g in c.children)))  # "ordered to kill X"
    # "17 of our neighbours who died": a relative clause on the counted noun says what befell them, after the verbs
    # of the noun's own clause ("40 people who were injured have died" are dead)
    lemmas.extend(c.lemma_.lower() for c in noun.children if c.dep_ == "relcl")
    toll = _is_toll(noun, context, table)
    if any(n.lemma_.lower() == "life" for n in context) and any(
        n.pos_ == "VERB" and n.lemma_.lower() in facet("casualties.killed")["taking_lives"] for n in context
    ):
        lemmas.append("die")  # "claimed the lives of 30 people", "cost 9 lives"
    lemmas.extend(w for node in context if node.pos_ == "VERB" for w in _presumed(node))
    lemmas.extend("treat" for node in context if node.pos_ == "VERB" and _cared_for(node))  # "sought medical help"
    killed, injured = set(facet("casualties.killed")["verbs"]), set(facet("casualties.injured")["verbs"])
    if toll and _of_an_origin(noun, table) and any(lemma in killed | injured for lemma in lemmas):
        return None
    for lemma in lemmas if toll else ():
        if lemma in killed:
            return value("casualties.killed", total_value, tokens)
        if lemma in injured:
            return value("casualties.injured", total_value, tokens)
    if is_crowd(amount, noun, context, lemmas):
        return value("crowd.size", bound_after(noun, total_value), tokens)
    if token.head.lemma_.lower() == "of" and token.head.head.lemma_.lower() == "crowd":
        return value("crowd.size", amount.value, count_tokens(amount, token.head.head))
    gathering = crowd_gathering(noun, table)
    if gathering is not None:
        return value("crowd.size", amount.value, count_tokens(amount, gathering))
    return None


def _replaced(amount: Amount) -> bool:
    """A figure the sentence says was replaced: the "from" of a change ("revised it down to 275 from 288", "rose
    from 3 to 6", "40 dead, up from 25", "climbed to 52 from an earlier figure of 40"), or one given before
    ("police had earlier put the toll at nine"). Only a source's latest figure is its account."""
    doc, node = amount.root.doc, amount.root
    before = doc[amount.start - 1] if amount.start > 0 else None
    if before is not None and before.lower_ == "to":
        return False  # "jumps from 12 to 19": the figure it changes to (however the parse hangs "from")
    if before is not None and before.lower_ == "from" and is_change(before.head):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "from an earlier figure of 40"
    if node.dep_ == "pobj" and node.head.lower_ == "from" and is_change(node.head.head):
        return True
    table = lexicon("numbers")["counts"]
    verbs = [t for t in (node, *node.ancestors) if t.pos_ in {"VERB", "AUX"}][:3]  # "had previously said 14 ..."
    # only on a verb that gives a figure, and a bare adverb: "three people were killed earlier on Tuesday" says when
    # they died, "days earlier, 12,000 people had marched" when another event was
    return any(c.dep_ == "advmod" and c.lower_ in table["superseded"] and not list(c.children)
               for verb in verbs if verb.lemma_.lower() in table["giving"] for c in verb.children)


def supposed(token: Token) -> bool:
    """A figure in a condition is supposed, not stated: "If 40 people were killed, why has no one resigned?", "if
    from one state 182 are missing and 61 are dead, where do the figures stand?", "if the toll rises above 100"."""
    conditions = lexicon("numbers")["counts"]["conditions"]
    clause = token if token.pos_ in {"VERB", "AUX"} else next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}),
                                                                None)
    for _ in range(4):
        if clause is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ in conditions for c in clause.children):
            return True
        if clause.dep_ not in {"conj", "ccomp"} or clause.head.i == clause.i:
            return False
        # "... are missing and 61 are dead", "if it is true that 50 were killed": up to the verb the condition opens
        clause = clause.head
    return False


def _of_an_origin(noun: Token, table: dict) -> bool:
    """People counted by where they come from are a part of the toll, not the toll: "61 people from her state had
    been confirmed dead", "nine passengers from Nepal were among those killed"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if place.ent_type_ in {"GPE", "NORP"} or (
                place.lemma_.lower() in table["origins"] and any(c.dep_ == "poss" for c in place.children)
            ):
                return True
    return False


def _counted_noun(amount: Amount) -> Token:
    """The noun the amount counts: its head, or the last noun of an "of" chain ("tens of thousands of people")."""
    token = amount.root
    noun = token.head if token.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} else token
    after = token.doc[amount.end] if amount.end < len(token.doc) else None
    if noun is token and after is not None and after.pos_ == "NOUN" and after.head == token.head:
        noun = after  # "1.4m people marched", parsed as two subjects of "marched"
    for _ in range(3):  # "tens of thousands of people": the count is of the last noun in the "of" chain
        # an "of" before the number makes it a part of a group, not a count of it: "Of the 23 injured, 15 remain"
        objects = [g for c in noun.children if c.lower_ == "of" and c.i > noun.i for g in c.children
                   if g.dep_ == "pobj"]
        if not objects or not (is_count(noun) or amount.start <= noun.i < amount.end):
            break
        noun = objects[0]
    return noun


def _is_event_word(noun: Token) -> bool:
    """A noun that names a kind of event ("blast", "strike", "explosion"; facets.toml event.type terms)."""
    terms = facet("event.type")["terms"]
    return any(noun.lemma_.lower() in words or noun.lower_ in words for words in terms.values())


def _clause(noun: Token, depth: int) -> list[Token]:
    """The words above `noun` within its own clause: a verb joined by "and" has its own subject and its own sense,
    so "14 were treated and 18 had been arrested" does not make the 18 injured (ancestors stop at a joined verb)."""
    found: list[Token] = []
    firsts = _first_conjuncts(noun)
    current = noun.doc[min(firsts)] if firsts else noun  # the first noun's words are not the second's
    for _ in range(depth):
        if current.head.i == current.i or (current.dep_ == "conj" and current.pos_ in {"VERB", "AUX", "ADJ"}):
            break
        current = current.head
        found.append(current)
    return found


def _first_conjuncts(noun: Token) -> set[int]:
    """The nouns a counted noun is joined to before it ("5 deaths and 120 hospitalisations" -> {deaths}): each
    counts its own people, so a word of one never makes the other a toll."""
    found: set[int] = set()
    current = noun
    while current.dep_ == "conj" and current.head.i != current.i and current.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        current = current.head
        found.add(current.i)
    return found


def _is_toll(noun: Token, context: list[Token], table: dict) -> bool:
    """Whether the count can be of the dead or hurt: it counts no building or vehicle, and the first verb above it
    does not say what else befell them ("18 people had been arrested", "a plane carrying 67 passengers")."""
    if noun.lemma_.lower() in table["things"]:
        return False
    verb = next((node for node in context if node.pos_ == "VERB"), None)
    return verb is None or verb.lemma_.lower() not in table["not_tolls"] or bool(_presumed(verb))


def _presumed(verb: Token) -> list[str]:
    """What a joined verb presumes of those counted: "500 people were missing and presumed dead" -> ["dead"]."""
    killed = set(facet("casualties.killed")["verbs"])
    joined = [c for c in verb.children if c.dep_ == "conj"]  # after it: "182 were still missing" presumes nothing
    # "32 people had survived and were receiving treatment in hospital": cared for, so hurt
    cared = ["treat" for c in joined if _cared_for(c)]
    return cared + [g.lemma_.lower() for c in joined for g in c.children
                    if g.dep_ in {"oprd", "acomp", "xcomp"} and g.lemma_.lower() in killed]


def _cared_for(verb: Token) -> bool:
    """A verb that says people got medical care: "sought medical help", "were receiving treatment", "needed
    hospital care" (facets.toml casualties.injured `seeking`, `care`)."""
    spec = facet("casualties.injured")
    if verb.lemma_.lower() not in spec["seeking"]:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in spec["care"] and (o.lemma_.lower() in spec["medical_care"] or any(
        m.lower_ in {"medical", "hospital"} for m in o.children if m.dep_ in {"amod", "compound"})) for o in objects)


