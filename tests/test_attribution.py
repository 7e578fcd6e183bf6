"""Who said what, one construction per sentence; none of these sentences comes from the shipped example."""

from __future__ import annotations

import pytest

from reconcile.nlp import SPAN_KEY


def statements(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.speaker, s._.quote_kind) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    "text, content, speaker, quote",
    [
        ('"We will rebuild every house," the mayor said.', "We will rebuild every house", "mayor", "direct"),
        ('Maria Lopez said: "The water came in minutes."', "The water came in minutes.", "Maria Lopez", "direct"),
        ("The governor said that the dam had not failed.", "the dam had not failed", "governor", "indirect"),
        ("Police told Reuters the driver was drunk.", "the driver was drunk", "Police", "indirect"),
        ("According to the fire service, three workers died in the blast.", "three workers died in the blast",
         "fire service", "indirect"),
        ("The company denied that any gas had escaped from the plant.", "any gas had escaped from the plant",
         "company", "indirect"),
        ("Two witnesses estimated that the crowd numbered in the thousands.", "the crowd numbered in the thousands",
         "witnesses", "indirect"),
        ("The army insisted its soldiers fired only warning shots.", "its soldiers fired only warning shots",
         "army", "indirect"),
    ],
)
def test_construction(nlp, text, content, speaker, quote):
    found = statements(nlp, text)
    assert any(c.startswith(content[:25]) and speaker.lower() in s.lower() and q == quote for c, s, q in found), found


def test_quote_split_around_cue_gives_both_halves_to_one_speaker(nlp):
    text = '"We did not start this fire," said Ana Ruiz, "and we will not be blamed for it."'
    found = statements(nlp, text)
    speakers = {s for _, s, _ in found}
    assert len(found) == 2 and speakers == {"Ana Ruiz"}, found


def test_quote_with_no_cue_continues_the_paragraph_speaker(nlp):
    text = ('"The river rose two metres overnight," said Tomas Berg, a farmer. "We lost every animal we had."')
    found = statements(nlp, text)
    assert [s for _, s, _ in found] == ["Tomas Berg", "Tomas Berg"], found


def test_pronoun_resolves_to_the_last_person_speaker(nlp):
    text = ("Inspector Hana Okafor said the fire started in the kitchen. "
            "The landlord, Peter Vance, said the alarms worked.\n\n"
            '"I tested them myself in March," he said.')
    found = statements(nlp, text)
    assert found[-1][1] == "Peter Vance", found


def test_they_resolves_to_plural_subject_of_the_reported_clause(nlp):
    text = "Several nurses feared the ward would flood, they told the BBC."
    found = statements(nlp, text)
    assert found and "nurses" in found[0][1].lower(), found


def test_group_noun_resolves_to_the_last_organisation(nlp):
    text = ('Amnesty International said the prisoners were beaten. '
            '"We have seen the medical records," the group added.')
    found = statements(nlp, text)
    assert found[-1][1] == "Amnesty International", found


@pytest.mark.parametrize(
    "text, key",
    [
        ("A police official who spoke on condition of anonymity said the suspect was known to them.", "anon:police"),
        ("Two senior intelligence officials said the convoy was not the target.", "anon:intelligence"),
        ("Other officials said the report was premature.", "anon:unnamed:other"),
    ],
)
def test_anonymous_officials_are_grouped_by_service(nlp, text, key):
    doc = nlp(text)
    assert [s._.speaker_key for s in doc.spans[SPAN_KEY]] == [key]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("His widow said he had never owned a gun.", "family"),
        ("A neighbour said she heard three shots.", "witness"),
        ("The Ministry of Health said 14 people were treated.", "government"),
        ("Brig. Gen. Omar Haddad said the strike hit a depot.", "military"),
    ],
)
def test_source_kind_comes_from_the_speakers_words(nlp, text, kind):
    doc = nlp(text)
    assert [s._.speaker_kind for s in doc.spans[SPAN_KEY]] == [kind]


def test_a_word_in_quote_marks_is_not_a_direct_quote(nlp):
    doc = nlp('The minister called the report "fiction" during a long interview on Monday.')
    assert all(s._.quote_kind != "direct" for s in doc.spans[SPAN_KEY])


def test_declining_to_comment_is_not_a_statement(nlp):
    doc = nlp("The embassy declined to say whether the diplomat had left the country.")
    assert list(doc.spans[SPAN_KEY]) == []


def test_also_known_as_declares_an_alias(nlp):
    doc = nlp("The Union of Medical Relief Organizations, also known as UOSSM, said two clinics were hit.")
    assert ("union of medical relief organizations", "uossm") in [(a, b) for a, b in doc._.alias_pairs] or any(
        "uossm" in b for _, b in doc._.alias_pairs
    ), doc._.alias_pairs


def test_a_channel_noun_belongs_to_the_outlet_named_before_it(nlp):
    """"Daily Post reports said": the reports are the Daily Post's, and "Post" in a name is no channel."""
    doc = nlp("Daily Mirror reports said the stadium roof had failed. The Boston Post said the roof was new.")
    assert [s._.speaker for s in doc.spans[SPAN_KEY]] == ["Daily Mirror", "Boston Post"]


@pytest.mark.parametrize(
    "text, certainty",
    [
        ("The ministry said the strike on May 4 hit a depot.", "certain"),
        ("The ministry said the strike may have hit a depot.", "possible"),
        ("Officials believe the convoy was the target, the agency said.", "probable"),
        ("Police said it has not been confirmed who fired first.", "unknown"),
    ],
)
def test_certainty_from_hedges_not_from_month_names(nlp, text, certainty):
    from reconcile.nlp.certainty import certainty_of

    doc = nlp(text)
    span = doc.spans[SPAN_KEY][0]
    assert certainty_of(span, span._.cue) == certainty
