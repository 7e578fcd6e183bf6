"""Who did it: the doer of the act a statement describes, as a short noun phrase ("police", "masked individuals")."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Set

from spacy.tokens import Span, Token

from reconcile.claims.actor_tree import body_kinds, place, state_words
from reconcile.claims.blamed import blamed_fragment
from reconcile.claims.context import Context, facet, value, words
from reconcile.claims.doer_clues import (
    accused_of_an_act,
    behind_an_act,
    by_doing,
    fled_from,
    in_the_act,
    none_of,
    weapon_words,
    works_a_weapon,
)
from reconcile.claims.place_names import country_of, gazetteer
from reconcile.claims.pronouns import speaker_behind
from reconcile.claims.things import in_a_rejected_claim
from reconcile.claims.when import event_words
from reconcile.model import FacetValue
from reconcile.nlp.spans import entities

_DROPPED = {"det", "poss", "punct", "nummod", "advmod", "quantmod", "cc", "prep", "case"}


def find_actor(span: Span, ctx: Context) -> Iterator[FacetValue]:
    """Who acted: a named country, force or group that carried out the act ("U.S. forces conducted", "a U.S. drone
    strike"), or the doer of a violent act in words ("a group of masked individuals threw bottles", "the man was shot
    by police", "the police charge on peaceful marchers"). A body named inside a claim the sentence rejects is
    denied, as a weapon there is (things.in_a_rejected_claim)."""
    seen: set[int] = set()
    for ent in _named_actors(span, ctx):
        seen.update(range(ent.start, ent.end))
        if in_a_rejected_claim(ent.root):  # "the claims that a Palestinian rocket fell on the hospital are lies"
            yield value("actor", f"not {actor_name(ent.text)}", ent, negated=True)
        else:
            yield value("actor", actor_name(ent.text), ent)
    for doer, denied in [*_doers(span, ctx), *_answerable(span, ctx), *_identified(span, ctx)]:
        tokens, name = _named(doer, ctx)
        if any(t.i in seen for t in tokens):
            continue  # "a U.S. drone struck": the country already names the actor
        seen.update(t.i for t in tokens)
        denied = denied or in_a_rejected_claim(doer)
        yield value("actor", f"not {name}" if denied else name, tokens, negated=denied)


def _named(doer: Token, ctx: Context) -> tuple[list[Token], str]:
    """The doer's words and the actor they name: the speaker for a pronoun that stands for them ("we did not fire",
    "its fighters carried out the attack": pronouns.py), else the doer's own phrase."""
    pronoun = speaker_behind(doer, ctx.statement)
    if pronoun is not None and ctx.statement is not None:
        tokens = sorted({pronoun, doer}, key=lambda t: t.i)
        return tokens, actor_name(ctx.statement.speaker)
    tokens = _phrase(doer)
    return tokens, actor_name(_as_written(tokens))


def _as_written(tokens: list[Token]) -> str:
    """The words with the spacing of the text: "al-Shabaab militants", not "al - Shabaab militants" (a hyphen the
    phrase leaves out still joins its neighbours)."""
    text = tokens[0].text if tokens else ""
    for before, word in zip(tokens, tokens[1:], strict=False):
        between = word.doc[before.i + 1 : word.i]
        if not len(between):
            text += before.whitespace_ + word.text
        else:
            glued = all(t.text == "-" and not t.whitespace_ for t in between) and not before.whitespace_
            text += ("-" if glued else " ") + word.text
    return text


def _named_actors(span: Span, ctx: Context) -> Iterator[Span]:
    verbs = set(facet("actor")["verbs"])
    events = event_words()
    for token in words(span, ctx):
        if token.ent_type_ not in {"GPE", "NORP", "ORG"} or token.ent_iob_ != "B":
            continue
        ent = next(e for e in entities(token.doc[token.i : token.i + 20]) if e.start == token.i)
        if ent[-1].lemma_.lower() in _place_nouns() or _a_place_named(ent, ctx):
            continue  # "Lindell Street shooting", "the Dahyan bus strike" say where, not who
        if ent.text.lower() in _weapon_names():
            continue  # "Grad rockets", "Kornet missiles": the system's name, tagged as a body, is no actor
        root = ent.root
        head = root.head.lemma_.lower()
        if head in weapon_words() and any(c.isdigit() for c in ent.text):
            continue  # "a Kh-101 cruise missile": a model's designation, tagged as a body, is no actor
        subject = root.dep_ == "nsubj" and head in verbs and carries_out(root.head)
        agent = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in verbs \
            and carries_out(root.head.head)  # "a rocket fired by Palestinian Islamic Jihad"
        modifier = (
            root.dep_ in {"compound", "amod", "poss"}
            and (head in events or head in weapon_words())
            and (root.ent_type_ != "GPE" or (country_of(ent.text) is not None and not _is_city(ent.text)))
        )  # "U.S. drone strike" names who struck; "Kabul strike" names where
        if (subject or agent or modifier) and not none_of(root) and not fled_from(root):
            yield ent


def _doers(span: Span, ctx: Context) -> Iterator[tuple[Token, bool]]:
    """Nouns (of the `doers` list, or a person's name) that did a deed, or a pronoun that stands for the speaker:
    its active subject, its passive agent ("by police"), or the modifier of a deed noun ("police charge"); with
    whether the deed is negated ("the soldiers did not shoot": the denial "not soldiers")."""
    spec = facet("actor")
    deeds = set(spec["deeds"]) | set(spec["verbs"])
    events = event_words() | deeds
    for token in words(span, ctx):
        deed = _deed_of(token, deeds, events)
        if deed is None and token.dep_ == "conj":
            deed = _deed_of(_first_conjunct(token), deeds, events)  # "soldiers and police opened fire": each doer
        if deed is None:
            continue
        doer = _counted(token)
        cleft = doer.dep_ == "attr" and _negated(doer.head)  # "it was not the police who shot him"
        if _denies_own_deed(doer, deed):
            yield doer, True  # "the militia denied firing the rockets": its own denial, never its admission
            continue
        denied, own = _negated(deed) or cleft, _speaker_as_doer(doer, ctx)
        if denied and not own:
            continue  # a third party's negated deed: measured, it denied no actor on the tuned cases (see tests)
        if _is_doer(doer) or own:
            yield doer, denied


def _identified(span: Span, ctx: Context) -> Iterator[tuple[Token, bool]]:
    """Who did it, named as what the doers were or by whom the act was prepared: "the killers were radical
    Islamists", "the attack had been prepared by radical Islamists". The words around the name say it is the doer, so
    any noun counts, not only a body the tree knows; a place or a pronoun does not. Also the subject of a clause
    opened by the act ("by using live ammunition against protesters, the army had broken the law"), a doer noun."""
    spec = facet("actor")
    acts = set(spec["blame_nouns"]) | event_words()
    blamed = blamed_fragment(span, ctx)  # the headline "villagers blame army for market blast"
    if blamed is not None and (_is_doer(blamed.root) or blamed.root.ent_type_ in {"ORG", "NORP", "GPE"}):
        yield blamed.root, False
    for token in words(span, ctx):
        head = token.head
        if token.dep_ == "nsubj" and by_doing(head) and _is_doer(token):
            yield token, False
        elif token.dep_ == "attr" and head.lemma_ == "be" and not _negated(head):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in spec["perpetrators"] and _named_noun(token):
                yield token, False
        elif token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in spec["planning"]:
            act = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
            if act is not None and act.lemma_.lower() in acts and _named_noun(token):
                yield _counted(token), _negated(head.head)  # "by a cell of foreign fighters": the fighters
        elif token.dep_ == "pobj" and head.dep_ == "agent" and works_a_weapon(head.head):
            if _is_doer(token) or token.ent_type_ in {"ORG", "NORP", "GPE"}:
                yield token, _negated(head.head)
        elif token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in spec["igniting"]:
            act = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
            if act is not None and act.lemma_.lower() in acts and _is_doer(_counted(token)):
                yield _counted(token), _negated(head.head)  # "the fire was started by inmates"
        elif token.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "prep" and head.head.pos_ == "NOUN" \
                and head.head.lemma_.lower() in acts and (_is_doer(token) or token.ent_type_ in {"ORG", "NORP"}):
            yield token, False  # "an airstrike by the Saudi-led coalition"
        elif token.dep_ == "nsubjpass" and head.lemma_.lower() in spec["accusing"] and accused_of_an_act(token, acts):
            if _is_doer(token) or token.ent_type_ in {"ORG", "NORP", "GPE"}:
                yield token, _negated(head)  # "the army's 5th Brigade is accused of carrying out the massacre"
        elif token.dep_ == "dobj" and head.lemma_.lower() in spec["accusing"] and accused_of_an_act(token, acts):
            if _is_doer(token) or token.ent_type_ in {"ORG", "NORP", "GPE"}:
                yield token, False  # "the army accused the rebels of shelling the camp"


def _named_noun(token: Token) -> bool:
    """A noun that can name who acted: not a pronoun, a place or a number."""
    return token.pos_ in {"NOUN", "PROPN"} and token.ent_type_ not in {"LOC", "FAC", "DATE", "TIME", "CARDINAL"} \
        and not (token.ent_type_ == "GPE" and _is_city(token.text))


def _speaker_as_doer(doer: Token, ctx: Context) -> bool:
    """The doer is a pronoun for the speaker ("it had fired"), or what the speaker acts through ("its fighters",
    "our units", "its jets"); "its operation targeted" or "its pipeline hit" names no one who acts."""
    if speaker_behind(doer, ctx.statement) is None:
        return False
    lemma = doer.lemma_.lower()
    return doer.pos_ == "PRON" or _is_doer(doer) or lemma in facet("actor")["collectives"] or lemma in weapon_words()


def _deed_of(token: Token, deeds: Set[str], events: Set[str]) -> Token | None:
    """The deed `token` is the doer of in the parse, or None."""
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in deeds and carries_out(head):
        return head  # "soldiers opened fire"; also "the police charge" parsed as subject of the noun
    if token.dep_ == "nsubj" and head.pos_ == "VERB":
        shared = _shared_deed(head, deeds)
        if shared is not None:
            return shared  # "soldiers came to the village and started shooting"
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in deeds and carries_out(head.head):
        return head.head  # "shot by police"
    if token.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in events:
        return head  # "a police raid"
    if token.dep_ == "nsubj" and head.lemma_.lower() != "blame" and _responsible_for(head):
        return head  # "soldiers and police were responsible for the deaths"; who blames others is no doer
    if token.dep_ == "dobj" and head.lemma_.lower() == "blame" and _responsible_for(head):
        return head  # "an inquiry blames soldiers for the killings"
    if token.dep_ == "dobj" and head.lemma_.lower() == "hold" and any(_responsible_for(c) for c in token.children):
        return head  # "officials held the militia responsible for the killings"
    return _finite_deed(token, deeds)  # "the police charged into families", parsed as a clause of "police"


def _shared_deed(verb: Token, deeds: Set[str]) -> Token | None:
    """A deed the subject of `verb` does through it: its complement ("started shooting", "began to shell the town")
    or a verb joined to it that has no subject of its own ("came to the village and opened fire"), one step deep."""
    for step in [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                         and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]]:
        if step is not verb and step.lemma_.lower() in deeds and carries_out(step):
            return step
        for comp in (c for c in step.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            if comp.lemma_.lower() in deeds and carries_out(comp) and not any(
                    g.dep_ == "auxpass" for g in comp.children):
                return comp
    return None


def carries_out(verb: Token) -> bool:
    """A verb of the `light_verbs` list does the act only when its object is one ("conducted a strike", "opened
    fire"; not "launched an investigation"); any other verb of harm does it by itself."""
    spec = facet("actor")
    if verb.lemma_.lower() not in spec["light_verbs"]:
        return True
    acts = event_words() | set(spec["blame_nouns"]) - set(spec["light_verbs"])
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in acts or o.lower_ in acts for o in objects)


def _answerable(span: Span, ctx: Context) -> Iterator[tuple[Token, bool]]:
    """Who is said to answer for the act, and whether it is denied: "ISIS bears sole responsibility for this attack",
    "the group claimed responsibility for the bombing", "the government blamed the bombing on Boko Haram" (asserted);
    "Ukraine has nothing to do with this attack" (denied)."""
    spec = facet("actor")
    acts = set(spec["blame_nouns"]) | event_words()
    for token in words(span, ctx):
        head, lemma = token.head, token.head.lemma_.lower()
        if token.dep_ == "nsubj" and lemma in spec["responsibility_verbs"]:
            owned = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in spec["responsibility"]]
            if any(_about_act(o, acts) for o in owned) and _answers(token, ctx):
                yield token, _negated(head)
        elif token.dep_ == "nsubj" and lemma in spec["denying"]:
            denied = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in spec["involvement"]]
            if any(in_the_act(d, acts) for d in denied) and _answers(token, ctx):
                yield token, True  # "the Pakistani Taliban denied involvement in the blast"
        elif token.dep_ == "nsubj" and lemma == "be" and behind_an_act(head, acts) and _answers(token, ctx):
            yield token, _negated(head)  # "government forces were behind the shelling"
        elif token.dep_ == "nsubj" and lemma == "have":
            nothing = [c for c in head.children if c.dep_ == "dobj" and c.lower_ in spec["unrelated"]]
            if any(_about_act(n, acts, deep=True) for n in nothing) and _answers(token, ctx):
                yield token, True
        elif token.dep_ == "pobj" and head.lower_ == "on" and head.head.dep_ == "dobj":
            blamed = head.head
            if blamed.head.lemma_.lower() == "blame" and blamed.lemma_.lower() in acts and _is_doer(token):
                yield token, _negated(blamed.head)


def _answers(token: Token, ctx: Context) -> bool:
    """A doer, or a pronoun for the speaker ("we have nothing to do with this attack")."""
    return _is_doer(token) or speaker_behind(token, ctx.statement) is not None


def _about_act(noun: Token, acts: Set[str], *, deep: bool = False) -> bool:
    """ "responsibility for this attack"; with `deep`, also "nothing to do with this attack"."""
    nodes = list(noun.subtree) if deep else [noun]
    for node in nodes:
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in {"for", "with"}):
            if any(c.dep_ == "pobj" and c.lemma_.lower() in acts for c in prep.children):
                return True
    return False


def _denies_own_deed(doer: Token, deed: Token) -> bool:
    """The doer is the subject of a verb of denying whose complement is the deed: "the militia denied firing the
    rockets", "police rejected having opened fire"."""
    verb = deed.head
    return deed.dep_ in {"xcomp", "ccomp", "pcomp"} and verb.lemma_.lower() in facet("actor")["denying"] and \
        doer.dep_ == "nsubj" and doer.head.i == verb.i


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _first_conjunct(token: Token) -> Token:
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def _responsible_for(word: Token) -> bool:
    """ "were responsible for the deaths", "blamed ... for the killings": an act or harm after "for"."""
    holders = [word, *[c for c in word.children if c.dep_ == "acomp" and c.lower_ == "responsible"]]
    blamed = set(facet("actor")["blame_nouns"])
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "for"):
            if any(c.dep_ == "pobj" and (c.lemma_.lower() in blamed or c.lower_ in blamed) for c in prep.children):
                return holder is not word or word.lemma_.lower() in {"blame", "responsible"}
    return False


@functools.cache
def _weapon_names() -> frozenset[str]:
    """Every weapon term (facets.toml [facets."weapon".terms]), for names of systems the tagger takes for bodies."""
    return frozenset(term for group in facet("weapon")["terms"].values() for term in group)


def _place_nouns() -> set[str]:
    return set(facet("event.location")["place_nouns"])


def _finite_deed(noun: Token, deeds: Set[str]) -> Token | None:
    """A finite deed verb hung on its doer as a clause: "the men who attacked the guard", and the misparse "but the
    police charged into families" (the verb made a clause of "police")."""
    for child in noun.rights:
        if (
            child.dep_ in {"acl", "relcl"}
            and child.tag_ in {"VBD", "VBZ", "VBP"}
            and child.lemma_.lower() in deeds
        ):
            subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if all(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in subjects):
                return child  # also "the men who attacked the guard"
    return None


def _counted(noun: Token) -> Token:
    """ "a group of approximately 200 masked individuals" -> individuals: a collective noun gives way to its members;
    "men of the auxiliary forces", "officers of the Guardia Civil" -> the body they belong to (actor `members`)."""
    lemma = noun.lemma_.lower()
    spec = facet("actor")
    if lemma not in spec["collectives"] and lemma not in spec["members"]:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            members = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if members is None or members.pos_ not in {"NOUN", "PROPN"}:
                continue
            if lemma in spec["collectives"] or _is_doer(members):
                return members
    return noun


def _is_doer(token: Token) -> bool:
    if token.pos_ == "PRON" or _asked(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False  # "no group has claimed responsibility" names no one
    if token.ent_type_ == "PERSON":
        return not any(c.isdigit() for c in token.text)  # "a GBU-39 bomb": the tagger's person is a model
    doers = facet("actor")["doers"]
    if token.lemma_.lower() in doers or token.lower_ in doers:
        return True
    if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in doers for c in token.lefts):
        return True  # "a terrorist organisation", "the rebel group"
    named = token.pos_ == "PROPN" or bool(token.ent_type_)
    if not named and not body_kinds(token.text) and token.lower_ not in state_words():
        return False  # "Islamic State claims attack": "claims" is no body, though its phrase names one
    return place(" ".join(t.text for t in _phrase(token))) is not None  # "Boko Haram", "the Israeli occupation"


def _asked(noun: Token) -> bool:
    """ "which group fired the munition", "what gang had kidnapped them": a question about who acted names no one
    (the wh-word is the noun's determiner, or the word before it when the parser hangs it on the verb)."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    wh = [c for c in noun.children if c.dep_ == "det"] + ([before] if before is not None else [])
    return any(t.tag_ in {"WDT", "WP", "WP$"} and t.lower_ in {"which", "what", "whose"} for t in wh)


def _phrase(noun: Token) -> list[Token]:
    """The noun with its describing words, without articles, numbers or hedges: "masked individuals", "riot police",
    "members of the precinct commission" keeps its "of" phrase."""
    doc = noun.doc
    left = [
        t for t in doc[noun.left_edge.i : noun.i]
        if t.dep_ not in _DROPPED and (t.pos_ not in {"NUM", "DET", "VERB"} or _led_by(t))
        and t.lower_ not in {"so", "called"}
    ]  # "Iran's so-called morality police" -> "morality police"; "the Saudi-led coalition" keeps "Saudi-led"
    left = [t for t in left if t.head.i == noun.i or t.head in left]
    tail: list[Token] = []
    for prep in noun.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in {"of", "from"}
            and noun.lemma_.lower() in {"member", "activist", "supporter"}
        ):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                tail = [prep, *[t for t in doc[obj.left_edge.i : obj.i + 1] if t.dep_ not in {"det", "case"}]]
    return [*left, noun, *tail]


def _led_by(word: Token) -> bool:
    """ "Saudi-led", "Iran-backed": a participle glued by a hyphen to who leads or backs the group."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.tag_ == "VBN" and before is not None and before.text == "-" and not before.whitespace_


def _a_place_named(ent: Span, ctx: Context) -> bool:
    """A name the case or its document gives as a place: the case's town or site ("Dahyan bus strike was not
    justified", in a case set in Dahyan), or a name the document puts after "in", "at" or "near" or tags as a place
    elsewhere. The small model tags many a village as a people (NORP) or a body (ORG) before an event noun."""
    name = ent.text.lower()
    if ent.label_ in {"GPE", "LOC", "FAC"} or place(name) is not None:
        return False  # a state's name before an act names who acted ("a Russian strike"); the tree's bodies too
    if any(name in (where or "").lower().split(", ") or name == (where or "").lower() for where in (ctx.town,
                                                                                                ctx.site)):
        return True
    for token in ent.doc:
        if token.lower_ == name.split()[0] and token.i != ent.start and (
                token.ent_type_ in {"GPE", "LOC", "FAC"} or (token.dep_ == "pobj" and token.head.lower_ in
                                                             {"in", "at", "near"})):
            return True
    return False


def _is_city(text: str) -> bool:
    return text.lower() in gazetteer()[1]


def actor_name(text: str) -> str:
    """Country names and demonyms fold to the country ("U.S." and "American" -> "united-states")."""
    country = country_of(text)
    clean = text.lower().replace("the ", "").strip()
    return country if country and len(clean.split()) <= 2 else clean
