"""How sure a speaker is, and whether they assert or deny: from the cue verb and the hedges in the statement."""

from __future__ import annotations

from spacy.tokens import Span

from reconcile.model import Certainty, Polarity
from reconcile.resources import lexicon, word_set


def certainty_of(content: Span, cue: Span | None) -> Certainty:
    """The weakest certainty any hedge in the cue or content expresses ("believe" -> probable, "may" -> possible)."""
    modals = {"may", "might", "could", "can", "would", "should", "must"}
    tokens = [t for t in content if not t.ent_type_ in {"DATE", "TIME"} and (t.lower_ not in modals or t.tag_ == "MD")]
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}  # "May 3" is a month, not a hedge
    if cue is not None:
        words |= {t.lemma_.lower() for t in cue}
    text = " " + " ".join(t.lower_ for t in content) + " "
    phrases = lexicon("hedges")["certainty"]
    if any(f" {p} " in text for p in phrases["unknown"]):
        return Certainty.UNKNOWN
    if words & set(phrases["possible"]):
        return Certainty.POSSIBLE
    if words & set(phrases["probable"]):
        return Certainty.PROBABLE
    return Certainty.CERTAIN


def polarity_of(content: Span, cue: Span | None) -> Polarity:
    """Negative when the cue denies ("X denied that ...") or the statement's main verb is negated."""
    if cue is not None and cue.root.lemma_.lower() in word_set("hedges", "polarity", "negative_cues"):
        return Polarity.NEGATIVE
    negators = word_set("hedges", "polarity", "negators")
    root = content.root
    if any(child.dep_ == "neg" or child.lower_ in negators for child in root.children if child.dep_ in {"neg", "advmod", "det"}):
        return Polarity.NEGATIVE
    return Polarity.POSITIVE
