"""Certainty and polarity of one statement: which hedges govern the claim, and which negations deny it.

Each sentence is read as a statement in the document's own voice (content = the sentence, no cue) unless the case
names its content and cue. Every sentence is written for these tests (a river flood, a harbour crane, a barn fire).
"""

from __future__ import annotations

import pytest

from reconcile.nlp.certainty import certainty_of, polarity_of


def rated(nlp, text, *, content=None, cue=None):
    """(certainty, polarity) of `content` (the whole sentence if not given) introduced by `cue` (none if not given)."""
    doc = nlp(text)
    span = _span(doc, text, content) if content else doc[:]
    cue_span = _span(doc, text, cue) if cue else None
    return str(certainty_of(span, cue_span)), str(polarity_of(span, cue_span))


def _span(doc, text, words):
    start = text.index(words)
    return doc.char_span(start, start + len(words))


# --- a negated subject or object denies the claim ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("No boats had been damaged in the storm.", "negative"),
        ("Nobody was hurt in the barn fire.", "negative"),
        ("No one was hurt in the barn fire.", "negative"),
        ("None of the ferry passengers were injured.", "negative"),
        ("Nothing was taken from the pharmacy.", "negative"),
        ("Divers found no bodies in the wreck.", "negative"),
        ("Divers found nothing in the wreck.", "negative"),
        ("There were no injuries at the depot.", "negative"),
        ("Neither pilot was injured.", "negative"),
        ("Neither the pilot nor the winchman was injured.", "negative"),
        ("Not a single sandbag was delivered.", "negative"),
        ("Not one pump was working.", "negative"),
        ("The footbridge is no longer safe.", "negative"),
        ("The pumps never started.", "negative"),
    ],
    ids=[
        "no-subject",
        "nobody",
        "no-one",
        "none-of",
        "nothing",
        "no-object",
        "nothing-object",
        "there-were-no",
        "neither-det",
        "neither-nor",
        "not-a-single",
        "not-one",
        "no-longer",
        "never",
    ],
)
def test_a_negative_subject_object_or_adverb_denies_the_claim(nlp, text, polarity):
    assert rated(nlp, text)[1] == polarity


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("The storm not only flooded the quay but also sank two trawlers.", "positive"),
        ("There is no doubt that the quay wall collapsed.", "positive"),
        ("The quay wall no doubt collapsed under the waves.", "positive"),
        ("It is no secret that the pumps were old.", "positive"),
        ("No fewer than 40 homes were flooded.", "positive"),
        ("The ferry will sail again no later than Friday.", "positive"),
        ("The arsonist was none other than the farmer's nephew.", "positive"),
        ("The fire left nothing but the chimney standing.", "positive"),
        ("Not surprisingly, the old pumps failed.", "positive"),
        ("The shell hit the school with no warning.", "positive"),
        ("The driver was 31, not 38.", "positive"),
        ("The fire, which nobody noticed, destroyed the barn.", "positive"),
    ],
    ids=[
        "not-only",
        "there-is-no-doubt",
        "no-doubt-adverb",
        "no-secret",
        "no-fewer-than",
        "no-later-than",
        "none-other-than",
        "nothing-but",
        "not-surprisingly",
        "no-in-a-phrase",
        "contrast",
        "in-a-clause",
    ],
)
def test_a_negator_that_emphasises_bounds_or_contrasts_does_not_deny(nlp, text, polarity):
    assert rated(nlp, text)[1] == polarity


def test_a_negative_subject_of_reported_content_denies_it(nlp):
    found = rated(
        nlp,
        "Harbour officials said no boats had been damaged.",
        content="no boats had been damaged",
        cue="said",
    )
    assert found == ("certain", "negative")


def test_no_inside_a_predicate_phrase_denies(nlp):
    assert rated(nlp, "The village was in no danger.")[1] == "negative"
    assert rated(nlp, "The ferry was in no condition to sail.")[1] == "negative"
    assert rated(nlp, "The village was in danger for no more than an hour.")[1] == "positive"


# --- "could": a possibility, unless negated ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, certainty, polarity",
    [
        ("The crane could not be lowered.", "certain", "negative"),
        ("Rescuers couldn't reach the farm until Tuesday.", "certain", "negative"),
        ("Rescuers could never reach the farm.", "certain", "negative"),
        ("Nobody could lower the crane.", "certain", "negative"),
        ("The blaze could not have started in the hayloft.", "certain", "negative"),
        ("The crane could topple in a strong wind.", "possible", "positive"),
        ("The trawler could have sunk within minutes.", "possible", "positive"),
        ("The footbridge may not reopen before spring.", "possible", "negative"),
        ("The footbridge might not reopen before spring.", "possible", "negative"),
        ("The quay could flood if the tide rises further.", "possible", "positive"),
    ],
    ids=[
        "could-not",
        "couldn't",
        "could-never",
        "nobody-could",
        "could-not-have",
        "could",
        "could-have",
        "may-not",
        "might-not",
        "could-if",
    ],
)
def test_could_hedges_unless_negated(nlp, text, certainty, polarity):
    assert rated(nlp, text) == (certainty, polarity)


@pytest.mark.parametrize(
    "text",
    [
        "The chief could not say how many were hurt.",
        "Nobody could confirm the number of dead.",
        "Investigators couldn't identify the driver.",
        "Investigators couldn’t identify the driver.",
        "Divers could not tell what the object was.",
    ],
    ids=["could-not-say", "nobody-could-confirm", "couldn't-identify", "curly-apostrophe", "could-not-tell"],
)
def test_a_speaker_who_could_not_find_out_does_not_know(nlp, text):
    assert rated(nlp, text)[0] == "unknown"


def test_a_cue_the_speaker_could_not_say_is_unknown(nlp):
    text = "The coroner could not say whether the men had drowned."
    assert rated(nlp, text, content="whether the men had drowned", cue="could not say")[0] == "unknown"


@pytest.mark.xfail(reason="'could' of past ability without a negation ('could hear') reads as a possibility")
def test_could_of_past_perception_is_no_hedge(nlp):
    assert rated(nlp, "Villagers could hear the sirens all night.")[0] == "certain"


# --- a hedge counts only where it governs the claim ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The river rose faster than anyone expected.",
        "The river crested at midnight, as expected.",
        "The old dyke gave way, as engineers had expected.",
        "The damage was worse than insurers had estimated.",
        "The river rose faster than might have been expected.",
        "The expected gale reached the coast on Monday.",
        "Rumours spread quickly through the village.",
        "Cracks appeared in the sea wall overnight.",
        "The crane, which could lift 40 tonnes, collapsed.",
        "Villagers left because they expected the dyke to break.",
    ],
    ids=[
        "than-anyone-expected",
        "as-expected",
        "as-engineers-expected",
        "than-estimated",
        "than-might-be",
        "expected-as-adjective",
        "rumour-as-noun",
        "appear-without-complement",
        "could-in-a-relative-clause",
        "expect-in-a-reason-clause",
    ],
)
def test_a_hedge_that_does_not_govern_the_claim_leaves_it_certain(nlp, text):
    assert rated(nlp, text)[0] == "certain"


@pytest.mark.parametrize(
    "text, certainty",
    [
        ("Forecasters expect the river to crest on Friday.", "probable"),
        ("More rain is expected on Sunday.", "probable"),
        ("Detectives suspect arson.", "probable"),
        ("The blaze appears to have started in the hayloft.", "probable"),
        ("The blaze was probably started on purpose.", "probable"),
        ("It is likely that the dyke was breached overnight.", "probable"),
        ("Engineers are confident that the sea wall will hold.", "probable"),
        ("The skipper reportedly ignored the storm warning.", "possible"),
        ("Detectives arrested a suspected arsonist.", "possible"),
        ("An estimated 200 sheep drowned.", "probable"),
        ("Possibly dozens of sheep drowned.", "possible"),
        ("The shell hit a barn that may have sheltered soldiers.", "possible"),
    ],
    ids=[
        "verb-with-complement",
        "passive",
        "verb-with-object",
        "seem-like-verb",
        "adverb-on-verb",
        "predicate-adjective",
        "confident-that",
        "reportedly",
        "suspected-qualifier",
        "estimated-qualifier",
        "possibly-on-a-number",
        "may-in-a-relative-clause",
    ],
)
def test_a_hedge_that_governs_the_claim_lowers_certainty(nlp, text, certainty):
    assert rated(nlp, text)[0] == certainty
