"""How sure a speaker is, and whether they assert or deny: from the cue verb and the words that govern the claim.

A hedge lowers certainty only where it bears on the claim. "The crane may tip" is hedged; "the water rose faster
than anyone expected" and "the crane could not be lowered" are not. A negation denies the claim when it falls on
the claim's verb ("did not", "no longer") or on its subject or object ("no ballots", "nobody", "none of the").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from reconcile.model import Certainty, Polarity
from reconcile.resources import lexicon, word_set

_CLAIM_VERB_DEPS = frozenset({"ccomp", "xcomp", "conj", "acomp"})
"""How the claim's own verbs hang together: complements and coordinated verbs, not clauses of time, reason or
comparison ("as expected", "than anyone expected") and not clauses describing a noun ("which could lift 40 t")."""
_ON_VERB_DEPS = frozenset({"aux", "advmod", "npadvmod", "attr", "oprd"})
"""A hedge attached to a claim verb this way governs it ("may have hit", "reportedly ignored", "is a rumour")."""
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "acomp", "attr", "oprd", "dobj", "auxpass"})
"""A hedge verb governs only with the claim as complement, or in the passive ("believe the convoy was",
"appeared to be intact", "suspect arson", "is expected"): "cracks had appeared in the stairwell" hedges nothing."""
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_MODALS = frozenset({"may", "might", "could", "can", "would", "should", "must"})
_COMPARATIVES = frozenset({"than", "as"})
_UNTIMED = frozenset({"DATE", "TIME"})  # "May 3" is a month, not a hedge


def certainty_of(content: Span, cue: Span | None) -> Certainty:
    """The weakest certainty the cue or a hedge governing the content expresses ("believe" -> probable, "may" ->
    possible, "could not confirm" -> unknown)."""
    cue_tokens = list(cue) if cue is not None else []
    tokens = list(content)  # read three times below: made once
    if _admits_not_knowing(tokens, cue_tokens):
        return Certainty.UNKNOWN
    spine = _claim_verbs(content)
    words = {t.lemma_.lower() for t in cue_tokens if not _negated_ability(t)}
    for token in tokens:
        if token.ent_type_ not in _UNTIMED and _governs(token, spine):
            words |= {token.lemma_.lower(), token.lower_}
    levels = lexicon("hedges")["certainty"]
    if words & set(levels["possible"]):
        return Certainty.POSSIBLE
    if words & set(levels["probable"]):
        return Certainty.PROBABLE
    return Certainty.CERTAIN


def polarity_of(content: Span, cue: Span | None) -> Polarity:
    """Negative when the cue denies ("X denied that ...") or the statement's main verb is negated, by its own
    negation or by a negative subject or object ("Election officials said no ballots had been destroyed")."""
    if cue is not None and cue.root.lemma_.lower() in word_set("hedges", "polarity", "negative_cues"):
        return Polarity.NEGATIVE
    return Polarity.NEGATIVE if _negated(content.root) else Polarity.POSITIVE


def _admits_not_knowing(content: Sequence[Token], cue_tokens: Iterable[Token]) -> bool:
    """The speaker says they do not know: a phrase of the unknown list, or a verb of finding out they could not
    do ("could not say how many", "nobody could confirm")."""
    text = " " + " ".join(t.lower_ for t in content) + " "
    if any(f" {p} " in text for p in lexicon("hedges")["certainty"]["unknown"]):
        return True
    finding_out = word_set("hedges", "certainty", "finding_out")
    return any(
        t.lemma_.lower() in finding_out and any(_negated_ability(c) for c in t.children if c.dep_ == "aux")
        for t in [*content, *cue_tokens]
    )


def _claim_verbs(content: Span) -> set[Token]:
    """The content's root and the verbs (and predicate adjectives) it takes as complements or coordinates."""
    spine, todo = set(), [content.root]
    while todo:
        token = todo.pop()
        spine.add(token)
        todo += [
            c for c in token.children if c.dep_ in _CLAIM_VERB_DEPS and content.start <= c.i < content.end
        ]
    return spine


def _governs(token: Token, spine: set[Token]) -> bool:
    """Whether a word can hedge the claim from where it stands (whether it is a hedge is the lexicon's call)."""
    if token.lower_ in _MODALS and token.tag_ != "MD":
        return False  # "May 3", "the might of the river"
    if token.lower_ in word_set("hedges", "certainty", "qualifiers") and (
        token.tag_ == "MD" or token.pos_ in {"ADJ", "ADV"} or token.dep_ == "amod"
    ):
        return not _in_comparison(token)
    if token.tag_ == "MD":
        return token.dep_ == "aux" and token.head in spine and not _negated_ability(token)
    if token in spine:
        return token.pos_ not in {"VERB", "AUX"} or any(c.dep_ in _COMPLEMENT_DEPS for c in token.children)
    return token.head in spine and token.dep_ in _ON_VERB_DEPS


def _in_comparison(token: Token) -> bool:
    """Whether a word stands in a comparison, which measures the claim against someone's view rather than
    hedging it ("faster than might have been expected", "as was likely")."""
    return any(
        (a.lower_ in _COMPARATIVES and a.dep_ in {"prep", "mark"})
        or any(c.dep_ == "mark" and c.lower_ in _COMPARATIVES for c in a.children)
        for a in [token, *token.ancestors]
    )


def _negated_ability(token: Token) -> bool:
    """A modal of ability on a denied verb: "could not be lowered", "couldn't have started", "nobody could say"."""
    return (
        token.lower_ in word_set("hedges", "certainty", "ability")
        and token.dep_ == "aux"
        and _negated(token.head)
    )


def _negated(head: Token) -> bool:
    """Whether a verb (or the noun heading a fragment) is denied: by its own negation ("did not", "never", "no
    longer") or by a negative subject or object ("no ballots", "nobody", "none of the", "not one passenger"). A
    "not" after the object sets a contrast instead ("He was 22, not 24")."""
    for child in head.children:
        if child.dep_ in {"neg", "advmod", "det"} and _denies(child):
            return True
        if child.dep_ == "advmod" and any(g.dep_ == "neg" and _denies(g) for g in child.children):
            return True  # "no longer"
        # "nobody", "no ballots", "neither driver", "not one passenger"
        if child.dep_ in _ARGUMENT_DEPS and (
            (child.lower_ in word_set("hedges", "polarity", "negators") and _denies(child))
            or any(t.dep_ in {"det", "neg", "preconj"} and _denies(t) for t in child.lefts)
            or any(t.dep_ == "neg" and _denies(t) for m in child.lefts for t in m.lefts)
        ):
            return True
        # "The village was in no danger": the predicate of "be" is a phrase with a denied noun
        if child.dep_ == "prep" and head.lemma_ == "be" and any(
            t.dep_ == "det" and _denies(t) for o in child.children if o.dep_ == "pobj" for t in o.lefts
        ):
            return True
    return False


def _denies(token: Token) -> bool:
    """A negator that denies, not one opening "not only", "no doubt" or a bound ("no fewer than")."""
    if token.dep_ != "neg" and token.lower_ not in word_set("hedges", "polarity", "negators"):
        return False
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 4]]
    if len(after) >= 2 and after[1] == "than":
        return False  # "no fewer than 20", "no later than Monday"
    phrase = " ".join([token.lower_, *after]) + " "
    return not any(phrase.startswith(p + " ") for p in word_set("hedges", "polarity", "not_denials"))


_VALUE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "agent", "pobj", "pcomp", "prep", "appos",
                         "conj", "acomp"})
"""How a value hangs on the verb it is an argument of. A value that only modifies the argument ("the police charge
will not silence us") or sits in a relative or adverbial clause is not denied with the verb."""


def value_denied(value: Span, *, contrast_only: bool = False, verbs: frozenset[str] | None = None) -> bool:
    """Whether the sentence sets a value aside rather than asserting it: contrasted ("a faulty cable, not arson",
    "rather than the extra floors", "ruled out arson"), an argument of a denied verb ("was not caused by a gas
    leak", "there were no soldiers", "did not fire a missile"), or inside what a denial verb rejects ("denied that
    a missile hit the school"). A value that only sets the scene of a denied verb stays ("no one was killed in the
    missile strike"). With `contrast_only`, only a contrast counts (for the date, place or kind of event, which a
    denied verb leaves standing). With `verbs`, only a denied verb of these lemmas denies the value (a count is
    denied by "were not killed", not by "the three dead had not been identified")."""
    if _contrasted(value):
        return True
    return not contrast_only and (_argument_of_denied_verb(value, verbs) or _inside_denial(value))


def _contrasted(value: Span) -> bool:
    """A contrast phrase right before the value, over articles and the words of "because of", "by"."""
    doc, gap = value.doc, word_set("hedges", "polarity", "contrast_gap")
    first = min(value.start, value.root.left_edge.i)  # "rather than [a gas] leak"
    negators = word_set("hedges", "polarity", "negators")
    if first < value.end - 1 and doc[first].lower_ in negators and _denies(doc[first]):
        return True  # the value's own words open with the negator: "no soldiers"
    i = first - 1
    while i >= 0 and doc[i].lower_ in gap and first - i <= 4:
        i -= 1
    if i < 0 or doc[i].is_sent_end:
        return False
    before = " ".join(t.lower_ for t in doc[max(0, i - 2) : i + 1])
    for phrase in word_set("hedges", "polarity", "contrast"):
        if (before == phrase or before.endswith(" " + phrase)) and (len(phrase.split()) > 1 or _denies(doc[i])):
            return True
    return False


def _argument_of_denied_verb(value: Span, verbs: frozenset[str] | None = None) -> bool:
    """The value is a subject, object or agent (or the object of a causal preposition) of a denied verb."""
    node = value.root
    preps = word_set("hedges", "polarity", "denied_preps")
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} and node is not value.root:
            return (verbs is None or node.lemma_.lower() in verbs) and _negated(node)
        if node.dep_ not in _VALUE_DEPS or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ not in preps:
            return False
        if node.dep_ in _ARGUMENT_DEPS | {"nsubjpass", "oprd"} and node.head.pos_ not in {"VERB", "AUX"}:
            return False  # a subject of a noun is the parser's slip, not an argument of the verb above it
        node = node.head
    return False


def _inside_denial(value: Span) -> bool:
    """The value lies in the complement or object of a denial verb ("denied that ...", "rejected claims of ...",
    "ruled out ..."), not in its subject."""
    node = value.root
    for ancestor in node.ancestors:
        lemma = ancestor.lemma_.lower()
        denial = lemma in word_set("hedges", "polarity", "negative_cues") or (
            lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in ancestor.children)
        )
        if denial:
            return node.dep_ not in {"nsubj", "nsubjpass"} and not _negated(ancestor)
        node = ancestor
    return False
