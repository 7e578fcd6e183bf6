"""Who a speaker mention stands for: a named person, an organisation, unnamed officials, a family member, a
pronoun or a nominal reference to be resolved against the speakers named earlier in the document.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from reconcile.model import SourceKind
from reconcile.nlp.kinds import has_word, source_kind, witnessed
from reconcile.nlp.names import (
    DETERMINERS,
    NAME_POS,
    display_name,
    org_key,
    person_key,
    personal_name,
    surname,
    text_key,
)
from reconcile.nlp.spans import entities, sentence_bounds, sentence_of
from reconcile.resources import lexicon, word_set

PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
GROUP_PRONOUNS = {"they", "them", "we", "it"}
FIRST_PERSON = {"i", "we", "me", "us"}
FIRST_POSSESSIVES = {"our", "my"}
BARE_WORD_ENTITIES = {"", "PERSON", "ORG", "NORP"}
"""Entity labels a lone surname gets from the small model; a place or a date is never taken for a person."""
SERVICE_DEPS = {"compound", "nmod", "poss"}
"""How the words naming an unnamed official's service attach before the head: "a city official"."""
SERVICE_PREPOSITIONS = {"in", "at", "from", "of"}
"""Prepositions before the body an unnamed official serves: "an official in the planning department"."""


@dataclass(frozen=True)
class Mention:
    """A speaker as the text names it, with the key that groups it with its other names."""

    name: str
    key: str
    kind: SourceKind
    kind_evidence: str = ""
    person: bool = False
    plural: bool = False
    needs_antecedent: str | None = None
    """'person' for he/she, 'group' for they/the group, 'channel' for the tweet/statement, 'officials' for a bare
    "officials", None when the mention names its speaker itself."""


def describe(span: Span) -> Mention:
    """Read a speaker mention: its display name, canonical key, kind and whether it must be resolved."""
    head = span.root
    lower = head.lower_
    if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
        person = lower in PERSON_PRONOUNS
        return Mention(span.text, f"pronoun:{lower}", SourceKind.OTHER, person=person, plural=not person,
                       needs_antecedent="person" if person else "group")
    if head.pos_ == "NUM" and _of_them(head):  # "One of them said": a member of the group quoted before
        return Mention(span.text, "pronoun:them", SourceKind.OTHER, plural=True, needs_antecedent="group")
    if (named := misread_verb(span)) is not None:
        return describe(named)
    phrase = _phrase_text(span)
    if _is_bare_word(span):  # "Ryder said": who it is, the rest of the document says
        if (introduced := introduction(head)) is not None:
            return introduced  # after "Pentagon press secretary Pat Ryder", whatever the tagger made of "Ryder"
        if used := organisation_use(head):  # after "Hamas spokesman Hamdan": an organisation, of no known kind
            return Mention(phrase, f"org:{org_key(span)}", SourceKind.OTHER, used, plural=head.tag_ == "NNPS")
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in word_set("cues", "verbs", "channel_nouns"):
        if (owner := _possessor(head)) is not None:  # "the Port Authority's official Twitter account posted"
            return describe(owner)
        return Mention(phrase, f"channel:{lemma}", SourceKind.OTHER, needs_antecedent="channel")
    person_name = personal_name(span)
    kind, evidence = source_kind(phrase, named_person=person_name is not None, head=lemma)
    saw = witnessed(head) if kind is SourceKind.OTHER else ""
    if saw:  # "a fisherman who saw the collision"
        kind, evidence = SourceKind.WITNESS, saw
    if person_name:
        mention = Mention(person_name, f"person:{person_key(person_name)}", kind, evidence, person=True)
        return _as_introduced(mention, head) if person_name == head.text else mention
    if kind is SourceKind.OFFICIAL_ANONYMOUS:
        return _anonymous(span, phrase, evidence)
    if kind is SourceKind.FAMILY and lemma in word_set("kinds", "words", "family"):
        return _family(span, phrase, evidence)
    if kind is SourceKind.WITNESS and (lemma in word_set("kinds", "words", "witness") or evidence == saw):
        plural = head.tag_ == "NNS"
        return Mention(phrase, f"witness:{_singular(lemma)}", kind, evidence, person=not plural and bool(saw),
                       plural=plural)
    if _is_bare_group(span):
        return Mention(phrase, f"group:{lemma}", kind, evidence, plural=True, needs_antecedent="group")
    key = org_key(span)
    person = lemma in word_set("kinds", "roles", "person")
    return Mention(display_name(span), f"org:{key}", kind, evidence, person=person, plural=head.tag_ in {"NNS", "NNPS"})


def introduction(name: Token) -> Mention | None:
    """The person a bare surname stands for, as the document introduces them elsewhere with a first name or a
    title: "Austin said" after "Defense Secretary Lloyd Austin" is Lloyd Austin, a military source. News style names
    a person in full once, then by surname alone; None when the word never appears with a first name or a title.

    The nearest introduction before the mention wins, else the first after it; a first name is taken from the
    nearest introduction that gives one, the kind from the nearest whose words give one.
    """
    doc = name.doc
    found = [t for t in _same_word(name) if t.i != name.i and _introduces(t)]
    if not found:
        return None
    found.sort(key=lambda t: (t.i > name.i, abs(t.i - name.i)))
    given = next((g for t in found if (g := _given_names(t))), [])
    full = " ".join([*given, name.text])
    kinds = (source_kind(doc[t.left_edge.i : t.i + 1].text, named_person=True) for t in found)
    kind, evidence = next((k for k in kinds if k[1]), (SourceKind.OTHER, ""))
    return Mention(full, f"person:{person_key(full)}", kind, evidence, person=True)


def organisation_use(name: Token) -> str:
    """The words elsewhere in the document that use a lone name as an organisation's: "Hamas spokesman", "the
    Ryder fleet", "Ryder System Inc."; empty when there are none. A person's surname is never a noun's modifier,
    never takes "the" and is never part of a longer organisation name."""
    for token in _same_word(name):
        if token.i == name.i:
            continue
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i:
            return token.doc[token.i : token.head.i + 1].text
        if any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
            return f"the {token.text}"
        longer = [e for e in entities(sentence_of(token)) if e.label_ == "ORG" and e.start <= token.i < e.end]
        if longer and len(longer[0]) > 1:
            return longer[0].text
    return ""


def last_named(pronoun: Span, earlier: list[Mention], current: Mention | None) -> Mention | None:
    """Who "he"/"she" is when the last person quoted is not named nearby: the known speaker named last before the
    pronoun, in any role, in this sentence or the one before.

    "Curtis Delaney and Benning both spoke at the meeting. She told it ...": "she" is Benning, quoted earlier as
    Laura Benning, though the last person quoted was someone else. When that person is among the names nearby
    ("Feld and Voronin toured the site. She said ..."), the current speaker goes on.
    """
    doc = pronoun.doc
    sent = sentence_of(doc[pronoun.start])
    window = doc[sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start : pronoun.start]
    names = [person_key(t.text) for t in window if t.pos_ == "PROPN"]
    if current is not None and current.key.startswith("person:") and surname(current.key) in names:
        return current
    known = {surname(m.key): m for m in earlier if m.person and not m.plural and m.key.startswith("person:")}
    return next((known[name] for name in reversed(names) if name in known), current)


def last_org_named(mention: Span) -> Mention | None:
    """The organisation named last whose name ends in the bare noun: "the union" after "Darius Novak, organiser for
    the Chemical and Energy Workers' Union", though the union itself was never quoted."""
    doc, noun = mention.doc, mention.root.lower_
    for token in reversed(doc[: mention.start]):
        if token.pos_ == "PROPN" and token.lower_ == noun and token.i > token.left_edge.i:
            end = token.right_edge.i if all(t.pos_ in NAME_POS for t in token.subtree) else token.i
            words = [t for t in doc[token.left_edge.i : end + 1] if t.lower_ not in DETERMINERS]
            name = "".join(t.text_with_ws for t in words).strip()
            kind, evidence = source_kind(name)
            return Mention(name, text_key(name), kind, evidence, plural=True)
    return None


def is_first_person(span: Span | None) -> bool:
    """"We call for an inquiry", "I think", "our observers reported": outside quotes, the document's author (or its
    own people) speaks in its own voice."""
    if span is None:
        return False
    return len(span) == 1 and span[0].lower_ in FIRST_PERSON or span[0].lower_ in FIRST_POSSESSIVES and len(span) <= 3


def resolve(mention: Mention, earlier: list[Mention]) -> Mention | None:
    """The earlier speaker a pronoun or nominal reference stands for, most recent first; None when none fits.

    A bare "officials" goes to the unnamed officials the article has cited most, not merely last: reporters name
    their main anonymous sourcing once ("defense officials") and then shorten it.
    """
    want = mention.needs_antecedent
    if want is None:
        return mention
    if want == "officials":
        groups = [m for m in earlier if m.kind is SourceKind.OFFICIAL_ANONYMOUS and m.needs_antecedent is None
                  and ":other" not in m.key]
        if groups:
            counts = Counter(m.key for m in groups)  # linear: a long document cites officials thousands of times
            best = max(counts.values())
            return next(m for m in reversed(groups) if counts[m.key] == best)
        return None
    for candidate in reversed(earlier):
        if candidate.needs_antecedent is not None:
            continue
        if want == "person" and candidate.person and not candidate.plural:
            return candidate
        if want == "group" and not (candidate.person and not candidate.plural):
            if mention.key.startswith("group:") and candidate.kind is SourceKind.OFFICIAL_ANONYMOUS:
                continue  # "the group" is an organisation, not a set of unnamed officials
            return candidate
        if want == "channel" and candidate.key.startswith("org:"):
            return candidate
        if want == "officials" and candidate.kind is SourceKind.OFFICIAL_ANONYMOUS and ":other" not in candidate.key:
            return candidate
    return None


def _anonymous(span: Span, phrase: str, evidence: str) -> Mention:
    text = f" {phrase.lower()} "
    domain = ""
    for synonyms in lexicon("kinds")["anonymous"]["domains"]:
        if any(has_word(text, word) for word in synonyms):
            domain = synonyms[0]
            break
    if not domain:
        domain = _nationality(text)
    other = any(has_word(text, w) for w in word_set("kinds", "anonymous", "other"))
    if not domain and (service := _service(span.root)) is not None:
        words, written = service  # "A senior city official": the city's, not the officials cited before
        name = f"{'other ' if other else ''}{written} (unnamed)"
        return Mention(name, f"anon:{words}" + (":other" if other else ""), SourceKind.OFFICIAL_ANONYMOUS, evidence,
                       plural=span.root.tag_ == "NNS")
    key = f"anon:{domain or 'unnamed'}" + (":other" if other else "")
    name = f"{'other ' if other else ''}{domain + ' ' if domain else ''}officials (unnamed)"
    needs = "officials" if not domain and not other else None
    return Mention(name, key, SourceKind.OFFICIAL_ANONYMOUS, evidence, plural=True, needs_antecedent=needs)


def _service(head: Token) -> tuple[str, str] | None:
    """The service an unnamed official's own words give when data/kinds.toml [anonymous] domains lists none: the
    nouns before the head ("a senior city official", "an emergency services source") or a body after "in", "at",
    "from" or "of" ("an official in the city's planning department"). Returns its key words and the mention as
    written, without articles; None when only adjectives qualify the head ("a senior official") or the place where
    the official stood ("a police officer at a roadblock" has its service from the list)."""
    before = [t for c in head.lefts if c.dep_ in SERVICE_DEPS for t in c.subtree]
    after = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in SERVICE_PREPOSITIONS
             and any(t.pos_ == "PROPN" or t.lemma_.lower() in word_set("kinds", "bodies", "heads")
                     for t in c.subtree)]
    tail = [t for c in after[:1] for t in c.subtree]
    words = [t for t in (*before, *tail[1:]) if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in DETERMINERS]
    if not words:
        return None
    key = " ".join(t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_ for t in words)
    rank = [t for c in head.lefts if c.dep_ == "amod" and c.i < min(t.i for t in before or [head]) for t in c.subtree]
    shown = [t for t in (*rank, *before, head, *tail) if t.lower_ not in {"a", "an", "the"} and not t.is_punct]
    written = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in shown)
    return key, written.replace(" 's", "'s").replace(" ’s", "’s")


def _of_them(number: Token) -> bool:
    """"One of them", "two of those": a numeral counting the people a pronoun stands for."""
    return any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children)
               for p in number.children)


def _nationality(text: str) -> str:
    """The country whose officials a phrase names ("Russian officials", "Ukraine's officials"), as its first
    demonym; empty when it names none. "Russian officials" and "U.S. officials" in one case are two groups, and a
    bare "officials" is neither until the text says which (see `resolve`)."""
    for country in lexicon("places")["countries"].values():
        demonyms = country.get("demonyms", [])
        if demonyms and any(has_word(text, w) for w in (*country["names"], *demonyms)):
            return str(demonyms[0])
    return ""


def _phrase_text(span: Span) -> str:
    return span.text.strip(" ,;:—–-\"“”")


def _as_introduced(mention: Mention, head: Token) -> Mention:
    """A person named by one word, completed from their introduction: first name, and kind when the mention has
    none of its own ("Austin said" -> Lloyd Austin, military; "General Patride said" keeps its own kind)."""
    introduced = introduction(head)
    if introduced is None:
        return mention
    if mention.kind is not SourceKind.OTHER:
        return Mention(introduced.name, introduced.key, mention.kind, mention.kind_evidence, person=True)
    return introduced


def misread_verb(span: Span) -> Span | None:
    """The name before a verb the tagger took for the mention's head noun; None when the head is a noun.

    "The Commission rejects claims that the count was rigged": the small model reads "Commission rejects" as a noun
    phrase and "claims" as its verb, which gives a column "Commission rejects". A plural head that is a speech or
    belief verb's -s form, straight after the proper noun that opens the sentence, is that verb: the speaker is the
    name before it.
    """
    head = span.root
    if head.tag_ != "NNS" or not head.lower_.endswith("s") or head.i == span.start:
        return None
    if not _verb_forms() & {head.lower_[:-1], head.lower_[:-2], head.lower_[:-3] + "y"}:
        return None  # "rejects", "dismisses", "denies"
    before = span.doc[span.start : head.i]
    first = sentence_bounds(span.doc, head.i)[0]
    opens = span.start == first or span.start == first + 1 and span[0].pos_ == "DET"
    if not opens or before[-1].pos_ != "PROPN" or any(t.pos_ not in {"PROPN", "DET"} for t in before):
        return None
    return before


@functools.cache
def _verb_forms() -> frozenset[str]:
    return word_set("cues", "verbs", "speech") | word_set("cues", "verbs", "belief")


def _is_bare_word(span: Span) -> bool:
    """A mention that is one capitalised word and nothing else, whatever the tagger made of it: the small English
    model reads a lone surname as an organisation ("Ryder said"), a nationality ("Darwish said") or a common noun
    ("Simmons said"). Only an introduction elsewhere in the text then makes it a person."""
    if len(span) != 1 or span[0].pos_ not in {"PROPN", "NOUN"} or span[0].ent_type_ not in BARE_WORD_ENTITIES:
        return False  # "the Courier" is a newspaper: a surname takes no article
    word = span[0].text
    return word[:1].isupper() and not word.isupper() and not source_kind(word)[1]


def _same_word(name: Token) -> list[Token]:
    """Every proper noun in the document spelled as `name`, from an index built once per Doc."""
    doc = name.doc
    index = doc.user_data.get("reconcile_proper_nouns")
    if index is None:
        index = {}
        for token in doc:
            if token.pos_ == "PROPN":
                index.setdefault(token.text, []).append(token.i)
        doc.user_data["reconcile_proper_nouns"] = index
    return [doc[i] for i in index.get(name.text, [])]


def _introduces(token: Token) -> bool:
    """A name word heading its phrase with a first name or a title before it: "Lloyd Austin", "Gen. Ryder"."""
    if token.dep_ == "compound" or token.ent_type_ in {"GPE", "LOC", "FAC", "NORP"}:
        return False
    start = token.i - len(_given_names(token))
    return start < token.i or start > 0 and token.doc[start - 1].lower_ in word_set("kinds", "titles", "words")


def _given_names(token: Token) -> list[str]:
    """The capitalised words just before a surname that are not titles: "Eric" in "Commander Gen. Eric Kurila".

    The small model tags some full names as organisations ("the ferry's owner, Arno Velde,"): such a name counts
    when the entity is just these words and none of them names a kind of source ("Varro Chemicals" does not).
    """
    doc, titles = token.doc, word_set("kinds", "titles", "words")
    words: list[Token] = []
    for word in reversed(doc[sentence_of(token).start : token.i]):
        if word.pos_ != "PROPN" or word.lower_ in titles or not word.text[:1].isupper() or word.text.isupper():
            break
        if word.ent_type_ not in {"", "PERSON", "ORG"}:
            break
        words.insert(0, word)
    if any(w.ent_type_ == "ORG" for w in words) and not _name_shaped(doc[words[0].i : token.i + 1]):
        return []
    return [w.text for w in words]


def _name_shaped(name: Span) -> bool:
    """An entity that is exactly these words, none of them a word of a source kind: "Arno Velde", not "Varro
    Chemicals" or "Kessling Metropolitan" (part of "Kessling Metropolitan Police")."""
    doc = name.doc
    whole = name[0].ent_iob_ == "B" and (name.end == len(doc) or doc[name.end].ent_iob_ != "I")
    return whole and all(t.ent_type_ == "ORG" for t in name) and not source_kind(name.text)[1]


def _possessor(head: Token) -> Span | None:
    """"Central Command's official Twitter account", "Washington Post reports": whose channel it is."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return head.doc[child.left_edge.i : child.i + 1]
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:  # "Washington Post reports": every name word before the head, not just the nearest
        return head.doc[min(c.left_edge.i for c in names) : max(c.i for c in names) + 1]
    return None


def _is_bare_group(span: Span) -> bool:
    """"the group", "the agency": a reference back to an organisation already named."""
    head = span.root
    if head.lemma_.lower() not in word_set("kinds", "group_nouns", "words") or head.pos_ != "NOUN":
        return False
    modifiers = [t for t in head.children if t.dep_ not in {"det", "punct"}]
    return not modifiers and any(t.lower_ == "the" for t in head.children)


def _family(span: Span, phrase: str, evidence: str) -> Mention:
    """A relative or a family, one source per family named: "Saal's family" and "the Novak family" are two,
    "the family" and "his family" one, whose family the rest of the text says."""
    head = span.root
    lemma = _singular(head.lemma_.lower())
    names = [t for t in head.children if t.dep_ in {"poss", "compound"} and t.pos_ == "PROPN" and t.i < head.i]
    key = lemma if not names else surname(person_key(names[-1].text)) + ("" if lemma == "family" else f" {lemma}")
    end = max([head.i] + [c.right_edge.i for c in head.children if c.dep_ == "appos"])  # "Awad's brother, Nabil"
    name = _phrase_text(span[: min(end, span.end - 1) - span.start + 1]) or phrase  # not "... of a man shot dead"
    return Mention(name, f"family:{key}", SourceKind.FAMILY, evidence, person=lemma != "family",
                   plural=head.lemma_.lower() in {"family", "families", "relatives", "parents"})


def _singular(lemma: str) -> str:
    return {"relatives": "relative", "parents": "parent", "families": "family"}.get(lemma, lemma)


