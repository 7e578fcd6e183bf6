"""The victim's status: "civilian", "armed", "unarmed", "bystander" or the role a statement gives the victim ("a
senior al Qaeda leader", "a taxi driver"), "not <role>" where the statement denies it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from reconcile.claims.context import Context, ancestors, facet, kept_indices, matches, value, words
from reconcile.claims.counts import supposed
from reconcile.claims.victim_place import asked, doer, victim_place
from reconcile.model import FacetValue
from reconcile.resources import word_set


def find_status(span: Span, ctx: Context) -> Iterator[FacetValue]:
    kept = kept_indices(span, ctx)
    status = facet("victim.status")
    labels = (("civilian_phrases", "civilian"), ("armed_phrases", "armed"), ("unarmed_phrases", "unarmed"),
              ("bystander_phrases", "bystander"))
    for phrases, label in labels:
        for _, sp in matches(span, "victim.status", phrases):
            if sp.start not in kept:
                continue
            if _none_did(sp):
                continue  # "not one of the guards had a gun" is said of the guards, by no one's count the victim
            if supposed(sp[-1]):
                continue  # "If someone was armed at the warehouse, that does not make them a target"
            if negated_outside(sp):
                if label == "armed":  # "he was not holding a knife" says he was unarmed
                    yield value("victim.status", "unarmed", sp)
                continue  # "it is not true that he had nothing to do with it" asserts nothing
            yield value("victim.status", label, sp)
    for token in words(span, ctx):
        described = describe_role(token, status)
        if described is not None and not _anothers_description(token, status):
            text, tokens = described
            negated = denied(token)
            yield value("victim.status", f"not {text}" if negated else text, tokens, negated=negated)


def _anothers_description(token: Token, status: dict) -> bool:
    """A status inside a description the statement reports of another party: "residents said a drone strike the
    military described as a hit on insurgents killed a vegetable trader" (the military's word, not the residents').
    Only an embedded verb of describing with a subject of its own; "The army described the dead as militants" is
    the army's own claim."""
    for node in ancestors(token, 4):
        if node.pos_ == "VERB" and node.lemma_.lower() in status["describing"]:
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if any(c.pos_ == "PRON" for c in subjects):
                return False  # "the body of Mesto, whom they described as a 60-year-old civilian": the source's own
            subject = any(c.pos_ in {"NOUN", "PROPN"} for c in subjects)
            # a relative clause's subject is often hung on the verb after it ("the military" on "killed")
            return node.dep_ in {"acl", "relcl"} or (node.dep_ in {"ccomp", "advcl"} and subject)
    return False


def _none_did(words_: Span) -> bool:
    """The phrase's verb has a subject that counts no one ("not one of the guards had a gun", "none of them was
    armed")."""
    verb = min(words_, key=lambda t: len(list(t.ancestors)))
    verb = verb if verb.pos_ in {"VERB", "AUX"} else verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.lower_ in {"none", "nobody", "no-one"} or any(n.dep_ == "neg" or n.lower_ == "no" for n in c.children)
               for c in subjects)


def negated_outside(words_: Span | list[Token]) -> bool:
    """A negation on the verb that governs a phrase and outside the phrase's own words ("was not holding a knife",
    "never saw a knife"); "had no weapon" carries its own negation and is not negated by it."""
    tokens = list(words_)
    inside = {t.i for t in tokens}
    root = min(tokens, key=lambda t: len(list(t.ancestors)))
    for node in [root, *ancestors(root, 2)]:
        if any((c.dep_ == "neg" or c.lower_ in {"never", "no"}) and c.i not in inside for c in node.children):
            return True
        if node.pos_ in {"VERB", "AUX"}:
            break
    return False


def denied(token: Token) -> bool:
    """"he was not a senior leader", "not an al-Qaeda member": the status itself is negated, not the verb around it
    ("did not name the alleged leader" says nothing against his being one)."""
    doc = token.doc
    edge = token.left_edge.i
    before = {doc[edge].lower_} | ({doc[edge - 1].lower_} if edge > 0 else set())
    if before & {"not", "n't", "never", "no"}:
        return True
    head = token.head
    if token.dep_ in {"attr", "acomp"} and any(c.dep_ == "neg" for c in head.children):
        return True
    return _inside_denial(token) or _under_no(token)


def _under_no(token: Token) -> bool:
    """The role lies in a clause or an "of" said of "no" thing ("there is no version of events in which these boys
    were combatants", "there was no evidence that he was a fighter", "no indication of any civilian casualties")."""
    clause = False
    for node in token.ancestors:
        clause = clause or node.pos_ in {"VERB", "AUX"} or node.lower_ == "of"
        if clause and node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
    return False


def _inside_denial(token: Token) -> bool:
    """The role lies in what a denial verb rejects ("He denied that children had been in the truck"), not in its
    subject ("The militants denied ...")."""
    node = token
    for verb in token.ancestors:
        if verb.lemma_.lower() in word_set("hedges", "polarity", "negative_cues"):
            return node.dep_ not in {"nsubj", "nsubjpass"}
        node = verb
    return False


def describe_role(token: Token, status: dict, *, placed: bool = False) -> tuple[str, list[Token]] | None:
    """"a senior Al Qaeda leader" -> "senior al qaeda leader"; "the father of 10" -> "father of 10"; "two civilian
    casualties" -> "civilian"; "nine displaced people" -> "displaced person".

    `placed`: the caller has already found the word where a victim or target stands (`find_target`)."""
    roles = status["roles"]
    lemma = _joined(token, roles)
    if token.lower_ in {"father", "mother"} and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "of" \
            and token.nbor(2).like_num:  # "the father of 10"; not "the mother of another young protester"
        tail = token.doc[token.i : min(len(token.doc), token.i + 3)]
        return tail.text.lower(), list(tail)
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        return _premodifier(token, status, placed=placed)
    if lemma in status["displaced_heads"] and any(c.lower_ == "displaced" for c in token.children if c.dep_ == "amod"):
        lemma = "displaced person"
    if lemma not in roles or token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return None
    group = roles[lemma]
    if token.pos_ == "ADJ" and lemma not in {"armed", "unarmed", "civilian"}:
        return None
    in_class = token.tag_ in {"NNS", "NNPS"} and lemma in status["class_roles"] and not doer(token)
    if not (placed or in_class or victim_place(token, status)):
        return None
    if any(a.lower_ in {"if", "whether"} for a in ancestors(token, 3) for a in [a, *a.children] if a.dep_ == "mark"):
        return None  # "whether civilians had been killed" asks, it does not say
    affiliation, tokens = _affiliation(token, status["groups"])
    combatant_roles = {"leader", "member", "commander", "operative", "financier"}
    if group == "combatant" and not affiliation and lemma in combatant_roles:
        return None  # "staff members", "team leader": a role with no armed group is not a status
    rank_words = word_set("facets", "facets", "victim.status", "ranks")
    rank = _rank(token, rank_words)
    trade = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"] if group != "combatant" else []
    own = [c for c in token.lefts if c.dep_ == "compound" and c.lemma_.lower() in lemma.split()]  # "crew member"
    trade = [c for c in trade if c.lower_ not in lemma.split("-") and c not in own]  # "passer-by": the role's own
    said = status.get("same", {}).get(lemma, lemma)  # "terrorists" -> militant
    if lemma in status["qualified_roles"] and not trade and " " not in said and not placed:
        return None  # "the officer, a six-year veteran", "police can't get his name right": the police who acted
    if " " in said:
        trade = [t for t in trade if t.lower_ not in said.split()]  # "policeman" -> "police officer", once
    ranked = [" ".join(r.lower_ for r in rank).replace(" - ", "-")] if rank else []
    words_ = ranked + ([affiliation] if affiliation else []) + [t.lower_ for t in trade] + [said]
    if " ".join(words_[-2:]) in status["bodies"]:
        return None  # "the coast guard": a body that acted or spoke, not a person it hit
    return " ".join(words_), sorted([*rank, *tokens, *trade, *own, token], key=lambda t: t.i)


def _joined(token: Token, roles: dict) -> str:
    """The role's lemma, with the word before a hyphen when the tokenizer split a listed role ("passer-by",
    "non-combatant")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].tag_ == "HYPH":
        word = f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
        if word in roles:
            return word
    before = doc[token.i - 1] if token.i >= 1 else None
    if before is not None and before.dep_ == "compound" and before.head.i == token.i:
        word = f"{before.lemma_.lower()} {token.lemma_.lower()}"  # "crew members", "staff member"
        if word in roles:
            return word
    return token.lemma_.lower()


def _rank(token: Token, rank_words: frozenset[str]) -> list[Token]:
    """The rank words before a role, a hyphened one split by the tokenizer included ("mid-ranking")."""
    doc = token.doc
    found: list[Token] = []
    for c in token.children:
        if c.dep_ != "amod" or c.i in {t.i for t in found}:
            continue
        if c.lower_ in rank_words:
            found.append(c)
        elif c.i + 2 < token.i and doc[c.i + 1].text == "-" and doc[c.i : c.i + 3].text.lower() in rank_words:
            found.extend(doc[c.i : c.i + 3])
    return found


def _premodifier(token: Token, status: dict, *, placed: bool) -> tuple[str, list[Token]] | None:
    """"an armed militant", "an unarmed man": the adjective says it of the person it modifies, when that person
    stands where a victim does ("armed men stormed the bank" says it of the attackers); "civilian" says it only of
    nouns of harm ("two civilian casualties", not "civilian areas" or "a civilian casualty review")."""
    head = token.head
    lemma = token.lower_
    if lemma not in {"armed", "unarmed", "civilian"} or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if lemma == "civilian":  # a casualty is harmed wherever the word stands ("no indication of civilian casualties")
        harm = head.lemma_.lower() in status["harm_nouns"] and head.dep_ != "compound"
        return (lemma, [token]) if harm and not asked(head, status) else None
    if not placed and not victim_place(head, status):
        return None
    return lemma, [token]


def _affiliation(token: Token, groups: list[str]) -> tuple[str, list[Token]]:
    """The armed group named with a role: in its compounds ("Al Qaeda leader") or after "of"/"with"."""
    doc = token.doc
    candidates = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    if candidates:
        start = min(t.left_edge.i for t in candidates)
        phrase = doc[start : token.i]
        norm = _norm(phrase.text)
        if any(norm.endswith(_norm(g)) or _norm(g) == norm for g in groups):
            tokens = [t for t in phrase if t.lower_ not in {"senior", "top", "a", "the"}]
            return _group_name(norm, groups), tokens
    for prep in token.children:
        if prep.lower_ in {"of", "with", "in"}:
            for obj in prep.children:
                norm = _norm(doc[obj.left_edge.i : obj.i + 1].text)
                if any(_norm(g) == norm for g in groups):
                    return _group_name(norm, groups), list(doc[prep.i : obj.i + 1])
    return "", []


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("the ", " ").split())


def _group_name(norm: str, groups: list[str]) -> str:
    for g in sorted(groups, key=len, reverse=True):
        if norm.endswith(_norm(g)):
            return _norm(g)
    return norm
