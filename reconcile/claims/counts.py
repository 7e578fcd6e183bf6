"""Counts: how many died, were hurt or took part, and how old the victim was.

A number means what the words around it in the parse say: the noun it counts and the verb that noun hangs on
("killed 10 civilians", "10 people were injured", "a crowd of 5,000", "a 60-year-old civilian").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, facet, value, words
from reconcile.claims.given_by import given_by_another
from reconcile.claims.measures import measured
from reconcile.claims.numbers import Amount, Value, amount_at, is_change, is_count
from reconcile.model import FacetValue
from reconcile.nlp.spans import entity_at
from reconcile.resources import lexicon

NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
NAMES = {"FAC", "ORG", "PRODUCT", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
SUBSET_HEADS = {"including", "among", "include"}
MAX_AGE = 110


def find_counts(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Each amount phrase once ("three hundred and twelve" is 312, not 300, 100 and 12), as the toll, crowd or age
    the words around it make it; a number in a name, address, date, time or measure is none of them."""
    seen: set[int] = set()
    for token in words(span, ctx):
        if token.i in seen:
            continue
        decade = _decade_age(token)
        if decade is not None:
            seen.add(token.i)
            yield value("victim.age", decade[0], decade[1])
            continue
        amount = amount_at(token)
        if amount is None:
            continue
        seen.update(range(amount.start, amount.end))
        age = _age(amount)
        if age is not None:
            yield value("victim.age", age[0], age[1])
        elif _is_head_count(amount) and not given_by_another(amount.root, span):
            found = _count(amount)
            if found is not None:
                yield found


def _age(amount: Amount) -> tuple[int, list[Token]] | None:
    token, n = amount.root, amount.value
    doc = token.doc
    if not amount.exact or not isinstance(n, int) or not 0 < n <= MAX_AGE or amount.start != amount.root.i:
        return None
    after = doc[amount.number_end : amount.number_end + 4]
    tail = "".join(t.lower_ for t in after)
    if tail.startswith(("-year-old", "year-old", "yearsold", "yearold", "-years-old")):
        return n, [token, *[t for t in after if t.lower_ in {"-", "year", "old", "years"}]]
    if token.i > 0 and doc[token.i - 1].lower_ in {"aged", "age"}:
        return n, [doc[token.i - 1], token]
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.ent_type_ in {"DATE", "CARDINAL", ""}:
        return n, [token]
    if token.ent_type_ == "DATE" and token.lower_.isdigit() and token.i > 0 and doc[token.i - 1].text == "," and (
        token.i > 1 and doc[token.i - 2].ent_type_ == "PERSON"
    ):
        return n, [token]
    return None


def _decade_age(token: Token) -> tuple[list, list[Token]] | None:
    """"in his early forties" -> [40, 44], "in her late twenties" -> [26, 29], "in their sixties" -> [60, 69]."""
    decades = lexicon("numbers")["ages"]
    if token.lower_ not in decades["decades"]:
        return None
    doc, base = token.doc, decades["decades"][token.lower_]
    part = doc[token.i - 1].lower_ if token.i > 0 else ""
    low, high = decades["parts"].get(part, [0, 9])
    owner = token.i - (2 if part in decades["parts"] else 1)
    if owner < 0 or doc[owner].lower_ not in {"his", "her", "their"}:
        return None
    return [base + low, base + high], list(doc[owner : token.i + 1])


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
        return value(measure[0], amount.value, _tokens(amount, measure[1]))
    noun = _counted_noun(amount)
    table = lexicon("numbers")["counts"]
    if _is_part(amount, noun, table) or noun.tag_ == "JJS" or _is_event_word(noun):
        return None  # a part; "one of the deadliest", a rank among events; "in the two blasts", events not people
    tokens = _tokens(amount, noun)
    among_them = any(c.lower_ in SUBSET_HEADS and c.i < noun.i and any(g.pos_ == "PRON" for g in c.children)
                     for c in noun.children)  # "among them three children", however the parse hangs "among"
    if (noun.head.lower_ in SUBSET_HEADS or (noun.dep_ == "pobj" and noun.head.lower_ in SUBSET_HEADS)
            or among_them) and not _whole_among(noun):
        # "10 civilians, including 7 children": a part of a total, not another total; children are counted apart
        if noun.lemma_.lower() in facet("casualties.children")["nouns"]:
            return value("casualties.children", amount.value, tokens)
        return None
    owner = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_count(owner) and owner.i < amount.start:
        return None  # "killing 38 of the 67 people on board": the 67 are the group the toll is taken from
    if _counted_before(noun):
        return None  # "three officers and two demonstrators": counted once, with the first of them
    total_value, joined = _conjoined(amount, noun)
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
    if _is_crowd(amount, noun, context, lemmas):
        return value("crowd.size", _bound_after(noun, total_value), tokens)
    if token.head.lemma_.lower() == "of" and token.head.head.lemma_.lower() == "crowd":
        return value("crowd.size", amount.value, _tokens(amount, token.head.head))
    gathering = _gathering(noun, table)
    if gathering is not None:
        return value("crowd.size", amount.value, _tokens(amount, gathering))
    return None


def _whole_among(noun: Token) -> bool:
    """"Twelve children were among the 40 dead": the counted noun after "among" a copula is the whole the subject
    is a part of, the toll itself ("including 7 children" and "among them 9 women" count parts)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in {"among", "amongst"} and prep.head.lemma_ == "be"
            and any(c.dep_ == "det" and c.lower_ in {"the", "those", "these"} for c in noun.children))


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


def _is_crowd(amount: Amount, noun: Token, context: list[Token], lemmas: list[str]) -> bool:
    """Whether the count sizes a gathering: people said to gather ("3,000 people took part", "the rally drew
    200,000 people"), participants counted by themselves ("740,000 demonstrators nationwide") unless the verb above
    them says what befell them ("police arrested 300 protesters"), a bare number that marches ("Some 10,000
    marched"), or people who make up or stand beside a gathering ("a crowd of about 300 youths", "HUGE crowd, at
    least 250k people")."""
    crowd, gatherings = facet("crowd.size"), set(lexicon("numbers")["counts"]["gatherings"])
    lemma = noun.lemma_.lower()
    verb = next((node for node in context if node.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.lemma_.lower() in crowd["not_crowds"]:
        return False
    if lemma == "crowd" or (noun.dep_ == "appos" and noun.head.lemma_.lower() in gatherings):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in gatherings:
        return True
    particles = crowd["particles"]
    bare = {n.lemma_.lower() for n in context if n.lemma_.lower() in particles  # "were taken to a camp"
            and not any(_particle(c, particles[n.lemma_.lower()]) for c in n.children)}
    if lemma in crowd["nouns"] and any((w in crowd["verbs"] and w not in bare) or w in gatherings for w in lemmas[1:]):
        return verb is None or not _places(verb, noun) & set(crowd["not_venues"])  # "300 arrived at the hospital"
    if verb is not None and verb.lemma_ == "be" and lemma in crowd["nouns"] and _present(verb, noun):
        return True
    if _a_crowd_at_the_scene(amount, noun, verb):
        return True
    if amount.start <= noun.i < amount.end:  # a bare number: "Thousands rallied outside parliament"
        if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in noun.head.children
        ):  # "we were nine thousand": those who gathered, counting themselves (not "we were 40 in the boat")
            return _a_crowd_at_all(amount) and not _in_a_vehicle(noun.head, noun)
        return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in crowd["bare_verbs"]
    return lemma in crowd["participants"]


def _particle(child: Token, particles: list[str]) -> bool:
    """The particle that makes a verb one of gathering: "took part", "turned out", or "took to" a place of
    gathering ("took to the streets"), not "were taken to a camp"."""
    if child.lower_ not in particles:
        return False
    if child.dep_ != "prep":
        return True
    venues = facet("crowd.size")["venues"]
    return any(g.lemma_.lower() in venues or g.lower_ in venues for g in child.children if g.dep_ == "pobj")


def _present(verb: Token, noun: Token) -> bool:
    """People said to be at a gathering's place ("6,000 people were inside the hall"), or just to be there ("There
    must have been one lakh people"), not in a vehicle or a building of no gathering ("40 people on the bus")."""
    moments = set(facet("crowd.size")["moments"])
    places = [g for p in (*verb.children, *noun.children) if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
              and g.lemma_.lower() not in moments and g.ent_type_ not in {"DATE", "TIME"}]
    if places:
        return all(g.lemma_.lower() in facet("crowd.size")["venues"] for g in places)
    return any(c.dep_ == "expl" for c in verb.children)


def _bound_after(noun: Token, value_: Value) -> Value:
    """A bound said after the counted noun: "three thousand people at most" -> [None, 3000], "5,000 people at least"
    -> [5000, None]."""
    if not isinstance(value_, (int, float)):
        return value_
    for word in (c for c in noun.children if c.dep_ == "advmod" and c.lower_ in {"most", "least"}):
        if any(c.lower_ == "at" for c in word.children) or (word.i > 0 and noun.doc[word.i - 1].lower_ == "at"):
            return [None, value_] if word.lower_ == "most" else [value_, None]
    return value_


def _places(verb: Token, noun: Token) -> set[str]:
    """The lemmas of the places said with a verb or its counted noun ("at the hospital", "in the boat")."""
    return {g.lemma_.lower() for p in (*verb.children, *noun.children) if p.dep_ == "prep" for g in p.children
            if g.dep_ == "pobj"}


def _in_a_vehicle(verb: Token, noun: Token) -> bool:
    return bool(_places(verb, noun) & set(facet("crowd.size")["vehicles"]))


def _a_crowd_at_all(amount: Amount) -> bool:
    """A figure large enough to be a crowd (facets.toml `least_at_scene`)."""
    low = amount.value[0] if isinstance(amount.value, list) else amount.value
    return low is not None and low >= facet("crowd.size")["least_at_scene"]


def _at_the_scene(verb: Token, noun: Token) -> bool:
    """People said to be, wait or shelter somewhere when the event struck, or just "there" or "inside": the crowd at
    its scene ("about 4,000 people had been at the station when it was hit", "Thousands of people were waiting there",
    "three thousand people at most were inside"); never in a vehicle ("40 people were on the bus when it crashed")."""
    crowd = facet("crowd.size")
    moments = set(crowd["moments"])
    places = [g for p in (*verb.children, *noun.children) if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
              and g.lemma_.lower() not in moments and g.ent_type_ not in {"DATE", "TIME"}]
    if any(g.lemma_.lower() in crowd["vehicles"] for g in places):
        return False
    when = any(c.dep_ == "advcl" and any(m.lower_ in {"when", "as"} and m.dep_ in {"advmod", "mark"}
                                         for m in c.children) for c in verb.children)
    there = any(c.dep_ == "advmod" and c.lower_ in {"there", "inside", "here"} for c in verb.children)
    return there or (when and bool(places))


def _a_crowd_at_the_scene(amount: Amount, noun: Token, verb: Token | None) -> bool:
    """`_at_the_scene`, for a number large enough to be a crowd: five people in a house are not one."""
    crowd = facet("crowd.size")
    return (_a_crowd_at_all(amount) and verb is not None and verb.lemma_.lower() in crowd["staying"]
            and noun.lemma_.lower() in crowd["nouns"] and _at_the_scene(verb, noun))


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


def _is_part(amount: Amount, noun: Token, table: dict) -> bool:
    """A count that is a part of a group rather than a total: a partitive of a group counted elsewhere ("four of
    them in intensive care", "three of the injured died", but not "both of them", "one of them died" or "two of our
    colleagues"), or a count left out of one ("Barring seven children and one man, all the dead were women")."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.head.lower_ in table["excluding"] or first.head.lemma_.lower() in table["excluding"]:
        return True
    doc, root = amount.root.doc, amount.root
    after = doc[amount.end : amount.end + 2]
    if any(t.lower_ in table["degrees"] for t in (*after[:1], *(c for c in root.children if c.dep_ == "advmod"))):
        return True  # "injured 50 people, 10 seriously": how badly some of them were hurt
    if _of_whom(root):
        return True  # "injured 60, of whom 8 were in critical condition": some of a group counted before
    if root.dep_ == "conj" and _partitive_before(root.head):
        return True  # "fifteen of the eighteen died from bullets, and three from pellets": the rest of the same whole
    if len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in {"them", "whom", "those", "these"} and (
        root.dep_ not in {"nsubj", "nsubjpass", "dobj"} and root.lower_ not in table["wholes"]
    ):
        return True  # "30 people died, 20 of them women" (the parse hangs the 20 on "women"); not "one of them died"
    # "four of the injured": the "of" hangs on a word before it; a fronted "Of the 40 dead, 12 were children" gives
    # the whole
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.i >= amount.end and (
        noun.head.head.i < noun.head.i)
    if not partitive or amount.root.lower_ in table["wholes"]:
        return False
    if noun.like_num:
        return True  # "three of the 12 dead were police officers": a part of a counted whole
    if noun.pos_ == "PRON":  # "one of them died" is a toll; "four of them in intensive care" a part of one
        return noun.lower_ in table["groups"] and amount.root.dep_ not in {"nsubj", "nsubjpass", "dobj"}
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)
    if not definite or not (noun.lower_ in table["groups"] or noun.lemma_.lower() in table["groups"]):
        return False
    verb = amount.root.head if amount.root.dep_ in {"nsubj", "nsubjpass"} else None
    # "three of the injured died": some of a toll moved to another; "twelve of the 40 dead were children": what some
    # of them were
    return verb is None or _is_state(verb) or verb.lemma_ == "be"


def _is_event_word(noun: Token) -> bool:
    """A noun that names a kind of event ("blast", "strike", "explosion"; facets.toml event.type terms)."""
    terms = facet("event.type")["terms"]
    return any(noun.lemma_.lower() in words or noun.lower_ in words for words in terms.values())


def _partitive_before(head: Token) -> bool:
    """The number a joined figure follows counts a part of a whole ("fifteen of the eighteen"), whether the parse
    joins the figure to that number or to its verb ("... died from bullets, and three from pellets")."""
    first = head if head.pos_ == "NUM" else next(
        (c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NUM"), None)
    if first is None:
        return False
    wholes = [g for c in first.children if c.lower_ == "of" and c.i > first.i for g in c.children]
    return any(g.like_num or g.pos_ == "NUM" or g.lower_ in {"them", "those", "these"} for g in wholes)


def _of_whom(root: Token) -> bool:
    """The figure is the subject of a clause that opens with "of whom", "of which" or "of them" before it: the
    clause says how some of a group counted before it fared ("60 were injured, of whom 8 critically", "Of them, 11
    died later")."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i < root.i and
               any(g.lower_ in {"whom", "which", "them", "these", "those"} for g in c.children if g.dep_ == "pobj")
               for c in verb.children)


def _conjoined(amount: Amount, noun: Token) -> tuple[Value, list[Token]]:
    """"Three officers and two demonstrators were killed": the sum of the counted nouns joined to `noun` (5), with
    the words of all of them, so the cell's text keeps the parts; "and a demonstrator" adds one. When a joined noun
    has no count of its own the number counts them all ("17 men, women and children"): (value, []) as for a noun
    with nothing joined to it."""
    joined = [c for c in noun.conjuncts if c.i >= amount.end and c.pos_ in {"NOUN", "PROPN"}]
    if not joined or amount.start <= noun.i < amount.end:
        return amount.value, []
    if any(t.pos_ in {"VERB", "AUX"} for t in noun.doc[noun.i : max(joined, key=lambda t: t.i).i]):
        return amount.value, []  # "40 dead, injuring 100 others": two counts of two verbs, whatever the parse
    if any(_is_state(t) for t in (noun, *joined)):
        return amount.value, []  # "11,300 dead and 10,100 missing": two tolls, not one
    total = _interval(amount.value)
    for other in joined:
        part = _own_count(other)
        if part is None:
            return amount.value, []
        more = _interval(part)
        total = (_add(total[0], more[0]), _add(total[1], more[1]))
    low, high = total
    summed: Value = low if low is not None and low == high else [low, high]
    return summed, _tokens(amount, max(joined, key=lambda t: t.i))


def _own_count(noun: Token) -> Value | None:
    """The count a noun carries itself ("two demonstrators" -> 2, "a demonstrator" -> 1), or None."""
    numbers = [c for c in noun.children if c.dep_ in {"nummod", "quantmod"} and is_count(c)]
    if numbers:
        part = amount_at(numbers[0])
        return None if part is None else part.value
    single = noun.tag_ in {"NN", "NNP"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    return 1 if single else None


def _is_state(noun: Token) -> bool:
    """A noun that says what befell those counted ("dead", "injured", "missing") rather than who they were."""
    table = lexicon("numbers")["counts"]
    states = {*facet("casualties.killed")["verbs"], *facet("casualties.injured")["verbs"], *table["not_tolls"],
              "missing", "survivor"}
    return noun.lemma_.lower() in states or noun.lower_ in states


def _counted_before(noun: Token) -> bool:
    """A joined noun that the count of the first noun sums with it (`_conjoined`): it is counted there."""
    if noun.dep_ != "conj":
        return False
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    numbers = [c for c in first.children if c.dep_ in {"nummod", "quantmod"} and is_count(c)]
    amount = amount_at(numbers[0]) if numbers else None
    summed = _conjoined(amount, first)[1] if amount is not None else []
    return bool(summed) and noun.i <= summed[-1].i


def _interval(value_: Value) -> tuple[int | float | None, int | float | None]:
    return (value_[0], value_[1]) if isinstance(value_, list) else (value_, value_)


def _add(a: int | float | None, b: int | float | None) -> int | float | None:
    return None if a is None or b is None else a + b


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


def _gathering(noun: Token, table: dict) -> Token | None:
    """The crowd a number sizes when the parse does not hang it on "crowd": "estimated the crowd at 14,500" (the
    number after "at" on a verb whose object is a gathering) or "the crowd was about 300 youths" (the number
    counts what a gathering was)."""
    gatherings = set(table["gatherings"])
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        verb = noun.head.head
        return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in gatherings),
                    None)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in gatherings), None)
    return None


def _tokens(amount: Amount, noun: Token) -> list[Token]:
    """The phrase with the noun it counts: "more than 40,000 people", "a crowd of 5,000"."""
    doc = noun.doc
    return list(doc[min(amount.start, noun.i) : max(amount.end - 1, noun.i) + 1])
