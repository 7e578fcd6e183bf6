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
    "text, key, name",
    [
        ("A senior port official, who asked not to be named, said the ferry was overloaded.", "anon:port",
         "senior port official (unnamed)"),
        ("An official in the city's transport department said the permit had lapsed.",
         "anon:city transport department", "official in city's transport department (unnamed)"),
        ("Eleven bodies were recovered, a fire brigade source told local media.", "anon:fire brigade",
         "fire brigade source (unnamed)"),
        ("Two hospital officials said the morgue was full.", "anon:hospital", "hospital officials (unnamed)"),
    ],
)
def test_anonymous_officials_keep_the_service_their_words_give(nlp, text, key, name):
    """A service the [anonymous] domains lack is read from the mention itself, so "a port official" is not merged
    with every other unnamed official of the case, and its column says whose official it is."""
    doc = nlp(text)
    assert [(s._.speaker_key, s._.speaker) for s in doc.spans[SPAN_KEY]] == [(key, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Defense officials said the strike was lawful. A senior official said the review would take weeks.",
        "Defense officials said the strike was lawful. An official at the scene said the review would take weeks.",
    ],
)
def test_an_official_without_a_service_is_the_officials_cited_before(nlp, text):
    """Rank words ("senior") and the place where an official stood name no service: the official is one of the
    officials the report cites."""
    doc = nlp(text)
    assert {s._.speaker_key for s in doc.spans[SPAN_KEY]} == {"anon:defense"}


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


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Zeleznica, as the state railway company is known, said trains would leave from Sloviansk.",
         ("zeleznica", "state railway company")),
        ("The DSNS, as the State Emergency Service is called, said 12 people were rescued.",
         ("dsns", "state emergency service")),
    ],
)
def test_a_name_as_another_is_known_is_an_alias(nlp, text, pair):
    """"X, as Y is known," declares X and Y one body, as "X, also known as Y," does."""
    assert pair in nlp(text)._.alias_pairs


def test_as_it_is_known_names_no_alias(nlp):
    assert not nlp("The Tarn bridge, as it is known locally, was closed on Monday.")._.alias_pairs


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


def found_with_cues(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.cue.text if s._.cue is not None else None, s._.speaker) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    "text, content, cue, speaker",
    [
        # a stance verb's direct object is what was said or held
        ("The ministry denied the allegations of torture in its prisons.", "the allegations of torture in its prisons",
         "denied", "ministry"),
        ("The senator criticized the governor for closing the bridge.", "the governor for closing the bridge",
         "criticized", "senator"),
        # a label: "X as Y", "called X 'Y'"
        ("Police identified the driver as a retired teacher from Dover.", "the driver as a retired teacher from Dover",
         "identified", "Police"),
        ("The opposition leader called the budget “a reckless gamble”.", "a reckless gamble", "called", "leader"),
        # a phrasal cue: the preposition joins the cue, its object is the content
        ("The union called for an independent inquiry into the crash.", "an independent inquiry into the crash",
         "called for", "union"),
        ("Residents railed against the new toll on the bridge.", "the new toll on the bridge", "railed against",
         "Residents"),
        # auxiliaries, negation and adverbs before the cue belong to it
        ("The minister has also said that the bridge was safe.", "the bridge was safe", "has also said", "minister"),
        # a belief adjective, and a noun with a light verb, with their that-clause
        ("Officials were confident that the dam would hold.", "the dam would hold", "were confident", "officials"),
        ("The mayor expressed alarm that the levee had failed.", "the levee had failed", "expressed alarm", "mayor"),
        ("The union made the case that wages had fallen for a decade.", "wages had fallen for a decade",
         "made the case", "union"),
        # a headline: a name, a colon, a claim
        ("Marsh: The levee was never inspected before the flood", "The levee was never inspected before the flood",
         ":", "Marsh"),
        # an inverted cue reports everything before it, not only the clause the parser hung on it
        ("The bridge was closed for repairs, but the road stayed open, said the transport minister, Ana Costa.",
         "The bridge was closed for repairs, but the road stayed open", "said", "transport minister"),
        # a parenthetical cue inside the clause it reports
        ("In both districts, the governor said, the floods destroyed the harvest.",
         "In both districts, the governor said, the floods destroyed the harvest", "said", "governor"),
        # a participial aside is not the content of the main verb
        ("Ramos, citing figures from the ministry, said that 4,000 people had fled.", "4,000 people had fled",
         "said", "Ramos"),
        ("Police reported two deaths in the crash.", "two deaths in the crash", "reported", "Police"),
        # a document or count speaks through what it shows, and opens the clause it is the source of
        ("The poll shows the mayor with a narrow lead.", "the mayor with a narrow lead", "shows", "poll"),
        ("A review by the agency found serious flaws in the design.", "serious flaws in the design", "found",
         "review"),
        ("In a new survey by the university, 40 percent of voters chose the mayor.",
         "40 percent of voters chose the mayor", "In", "survey"),
        # a label in quote marks keeps both marks
        ("The mayor called unlicensed drivers from the suburbs “reckless”.",
         "unlicensed drivers from the suburbs “reckless”", "called", "mayor"),
        # a participle takes the subject of the clause it hangs on: "by saying", "Having announced", "calling"
        ("The senator ended the debate by saying the bill would pass.", "the bill would pass", "saying", "senator"),
        ("Having announced that the plant would close, the owner left.", "the plant would close",
         "Having announced", "owner"),
        ("The minister defended the plan, calling the tax cut an absolute necessity.",
         "the tax cut an absolute necessity", "calling", "minister"),
        # a quote, then the speaker with an age between commas, where the parse found no subject
        ('"We lost everything in one night," Ruiz, 41, told AFP on Monday.', "We lost everything in one night",
         "told", "Ruiz"),
        # a participle going on from another cue keeps its speaker
        ("The union criticized the board in a letter, accusing it of hiding the losses.",
         "it of hiding the losses", "accusing", "union"),
        # an adverbial clause with its own subject is a statement of its own
        ("The mayor defended the curfew, while shop owners have blamed the police for the looting.",
         "the police for the looting", "have blamed", "shop owners"),
        # the clause hung on the channel rather than on the verb
        ("The airline said in a statement that it was investigating the incident.",
         "it was investigating the incident", "said in a statement", "airline"),
        # a clause the parser took for the object of "said"
        ("A navy spokesman said the frigate lost radar contact.", "the frigate lost radar contact", "said",
         "navy spokesman"),
        # "was quoted as saying": the passive subject spoke
        ("The captain was quoted as saying that the pump had failed.", "the pump had failed", "saying", "captain"),
        # a request to someone, and an indirect question
        ("The council asked the water board to publish its test results.", "to publish its test results", "asked",
         "council"),
        ("The inspector asked the crew if the pump had been serviced.", "if the pump had been serviced", "asked",
         "inspector"),
        # "Asked about X, he said": the question has no speaker, the answer is his
        ("Asked about the fire, the chief said the alarm had worked.", "the alarm had worked", "said", "chief"),
    ],
)
def test_cue_shapes(nlp, text, content, cue, speaker):
    found = found_with_cues(nlp, text)
    assert any(c == content and q == cue and speaker.lower() in s.lower() for c, q, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The agency could not confirm the death toll.",  # a negated object cue says nothing
        "Hundreds of residents gathered outside the town hall demanding answers.",  # a description, not a statement
        "Update: The road has reopened after the storm",  # a label before a colon is no speaker
        "Storm: Ferries cancelled as gales hit the coast",  # nor is a common noun outside the headline list
        "Hiring continues to outpace the national average.",  # "continue" with an infinitive says nothing
    ],
)
def test_no_statement(nlp, text):
    assert found_with_cues(nlp, text) == []


@pytest.mark.parametrize(
    "text, content, cue",
    [
        # the author speaking, or the author's own people
        ("We call for an immediate ceasefire in the valley.", "an immediate ceasefire in the valley", "call for"),
        ("Our volunteers reported shelling near the school.", "shelling near the school", "reported"),
        ("I think the council acted too late.", "the council acted too late", "think"),
        # a view the text gives without naming whose it is
        ("The ferry operator seems unlikely to resume sailings this winter.",
         "The ferry operator seems unlikely to resume sailings this winter", "seems"),
        ("It appears that the levee gave way overnight.", "the levee gave way overnight", "appears"),
        ("The missing climber is believed to have reached the upper hut.",
         "The missing climber is believed to have reached the upper hut", "is believed"),
    ],
)
def test_own_voice(nlp, text, content, cue):
    assert found_with_cues(nlp, text) == [(content, cue, "the document's own voice")]


def test_own_voice_is_the_publishers_hedged_narration(nlp):
    from reconcile.model import Certainty, Document, QuoteKind
    from reconcile.nlp.statements import attribute

    text = "The ferry operator seems unlikely to resume sailings this winter. The port reopened on Monday."
    document = Document(id="d1", path="ferry.txt", text=text, sha256="0" * 64, size=len(text), ingested_at="2026-01-01",
                        format="txt", publisher="Harbour Gazette")
    statements = list(attribute([document], [nlp(text)]))
    hedged = next(s for s in statements if s.cue == "seems")
    assert (hedged.speaker, hedged.quote, hedged.certainty) == (
        "Harbour Gazette",
        QuoteKind.NARRATION,
        Certainty.PROBABLE,
    )
    assert hedged.text == "The ferry operator seems unlikely to resume sailings this winter."  # the whole sentence
    assert hedged.via is None
    plain = next(s for s in statements if s.text.startswith("The port"))
    assert (plain.cue, plain.certainty) == (None, Certainty.CERTAIN)


def test_an_agent_names_the_holder_of_a_passive_view(nlp):
    found = found_with_cues(nlp, "The bridge was believed by the county engineers to be safe.")
    assert all(speaker != "the document's own voice" for _, _, speaker in found), found


@pytest.mark.parametrize(
    "text, cues",
    [
        # the same speaker's belief inside what she said is part of that statement
        ("The mayor said she believes the dam will hold.", ["said"]),
        # another speaker's belief inside it is a claim passed on, and stays
        ("The mayor said engineers believe the dam will hold.", ["said", "believe"]),
        # someone's act or state of mind as another describes it is not their statement
        ("A person familiar with the records said inspectors had noted a crack in the wall.", ["said"]),
        ("Officials said the commander was confident that the convoy had been hit.", ["said"]),
        # a cue inside what someone said does not take the sentence around it as its content
        ("The inspector said the inquiry would report in May.", ["said"]),
        ("Every proposal was rejected by the committee, said the chairwoman, Olga Brandt.", ["said"]),
    ],
)
def test_nested_cues(nlp, text, cues):
    assert [q for _, q, _ in found_with_cues(nlp, text)] == cues


def test_she_is_the_known_speaker_named_just_before(nlp):
    text = ("Inspector Ruth Calder said the fire began in the kitchen. Paul Ward, a neighbour, said he smelled gas.\n\n"
            "Calder later met the families. She said the inquiry would report in May.")
    assert found_with_cues(nlp, text)[-1][2] == "Ruth Calder"


def test_he_stays_with_the_last_speaker_when_he_is_named_nearby(nlp):
    text = ("Inspector Ruth Calder said the fire began in the kitchen. Paul Ward, a neighbour, said he smelled gas.\n\n"
            "Calder and Ward met the families on Monday. He said the alarms had been silent.")
    assert found_with_cues(nlp, text)[-1][2] == "Paul Ward"


def test_a_quote_after_another_verb_does_not_take_the_reporting_cue(nlp):
    """"said X and called it 'Y'": the reported clause keeps "said"; the quote is not said's direct quote."""
    found = found_with_cues(
        nlp, 'The senator said the bill would fail and called it "a gift to the banks and nobody else".'
    )
    assert any(c.startswith("the bill would fail") and q == "said" and s == "senator" for c, q, s in found), found


def test_a_quote_goes_to_the_cue_whose_clause_holds_it(nlp):
    """The nearer "pointed to" has its own object; the quote is inside what "said" reports."""
    text = ('The director said initial tests pointed to a faulty valve and that the reactor had '
            '"never been safer than it is today".')
    found = found_with_cues(nlp, text)
    assert [q for c, q, _ in found if "never been safer" in c] == ["said"], found


def test_a_bare_group_noun_is_the_organisation_named_last_with_that_noun(nlp):
    text = ("Lena Ortiz, an organiser for the Harbour Workers' Union, spoke at the rally. "
            "The union believes the cranes were never inspected.")
    assert found_with_cues(nlp, text)[-1][2] == "Harbour Workers' Union"


def test_a_group_noun_takes_the_whole_name_it_stands_for(nlp):
    text = ("Nina Roy spoke for the Union of River Pilots at the hearing. "
            "The union said the spill had killed thousands of fish.")
    assert found_with_cues(nlp, text)[-1][2] == "Union of River Pilots"


def test_an_ampersand_and_and_give_one_key():
    from reconcile.nlp.speakers import text_key

    assert text_key("Harbour & Dock Workers' Union") == text_key("Harbour and Dock Workers' Union")



def test_a_speaker_never_swallows_the_quote_it_speaks(nlp):
    doc = nlp('"That is a fair worry, because they care deeply," Okafor, 52, told the radio station on Friday.')
    (span,) = doc.spans[SPAN_KEY]
    assert span._.source_span.text.startswith("Okafor")
    assert span.text.startswith("That is a fair worry")


def test_annotated_docs_pickle_so_pipe_can_use_several_processes(nlp):
    import pickle

    texts = ['"We will rebuild the bridge," the mayor said.', "Police told Reuters the driver was drunk."] * 2
    one = [
        [(s.text, s._.cue.text, s._.source_span.text, s._.speaker) for s in d.spans[SPAN_KEY]]
        for d in nlp.pipe(texts)
    ]
    again = pickle.loads(pickle.dumps(nlp("Police told Reuters the driver was drunk.")))
    assert [(s._.cue.text, s._.source_span.text) for s in again.spans[SPAN_KEY]] == [("told", "Police")]
    two = [
        [(s.text, s._.cue.text, s._.source_span.text, s._.speaker) for s in d.spans[SPAN_KEY]]
        for d in nlp.pipe(texts, n_process=2, batch_size=1)
    ]
    assert two == one and one[0] == [("We will rebuild the bridge", "said", "the mayor", "mayor")]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "LAGOS, March 3 (Reuters) — Health Minister Ada Obi said the outbreak was contained.",
            "Health Minister Ada Obi",
        ),
        ("The governor in her budget speech said that taxes would not rise.", "The governor"),
        ("Some economists -- including two former central bankers -- said rates should stay low.",
         "Some economists -- including two former central bankers --"),
    ],
)
def test_the_source_is_the_words_that_name_the_speaker(nlp, text, source):
    doc = nlp(text)
    assert [s._.source_span.text for s in doc.spans[SPAN_KEY]] == [source]


def test_said_in_a_statement_is_one_cue(nlp):
    found = found_with_cues(nlp, '"The plant is safe," the operator said in a statement on Friday.')
    assert found == [("The plant is safe", "said in a statement", "operator")]


def test_it_as_a_speaker_is_never_the_plural_subject_of_its_clause(nlp):
    text = "The regional health office issued new figures on Monday. It said 40 people had survived the fire."
    found = statements(nlp, text)
    assert not any(s == "40 people" for _, s, _ in found), found


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The newspaper quoted a senior engineer as saying the gates were opened too late.",
         "the gates were opened too late", "senior engineer"),
        ('"The gates opened too late," the paper quoted Omar Saleh as saying.', "The gates opened too late",
         "Omar Saleh"),
        ("The arrests follow a ruling by the Maritime Safety Board, which found that the ferry was overloaded.",
         "the ferry was overloaded", "Maritime Safety Board"),
        ("The inquiry cited the report of the Harbour Authority, which found that the crane had failed.",
         "the crane had failed", "Harbour Authority"),
        ("The regional health office gave new figures on Monday. It said 40 people had survived the fire.",
         "40 people had survived the fire", "regional health office"),
        ("Rescue teams reached the village at noon. They said 12 bodies had been recovered.",
         "12 bodies had been recovered", "Rescue teams"),
        (('President Hana Mora said the count was fair.\n\nLeo Vance, the opposition leader, told reporters the army '
          'had fired on crowds. "We won this vote. Mrs Mora knows it," he said.'),
         "We won this vote. Mrs Mora knows it", "Leo Vance"),
    ],
)
def test_who_speaks_when_the_parse_names_someone_else(nlp, text, content, speaker):
    found = statements(nlp, text)
    assert any(c == content and speaker.lower() in s.lower() for c, s, _ in found), found


@pytest.mark.parametrize(
    "text, key",
    [
        ("The attorney general's office said on Tuesday it had opened an investigation.",
         "org:attorney general office"),
        ("The governor's office said 30 homes were destroyed.", "org:governor office"),
        ("Her office said she was ill.", "org:office"),  # a pronoun names no owner: resolved elsewhere, if at all
    ],
)
def test_an_office_is_keyed_by_its_owner(nlp, text, key):
    """"The attorney general's office" and "the ombudsman's office" are two offices, not one column "office"."""
    doc = nlp(text)
    assert [s._.speaker_key for s in doc.spans[SPAN_KEY]] == [key]


@pytest.mark.parametrize(
    "text, content, key",
    [
        ("The union's lawyer, Marta Kell, had said before the report was published that the guards had been "
         "warned twice.", "the guards had been warned twice", "person:marta kell"),
    ],
)
def test_a_that_clause_after_a_time_clause_is_the_cues(nlp, text, content, key):
    """"X had said before the report was published that ...": the parser hangs the clause on "published"."""
    doc = nlp(text)
    assert (content, key) in [(s.text, s._.speaker_key) for s in doc.spans[SPAN_KEY]], [
        (s.text, s._.speaker_key) for s in doc.spans[SPAN_KEY]]


def test_a_time_clause_with_its_own_object_keeps_its_clause(nlp):
    doc = nlp("The minister said before he announced that he would resign that the budget was balanced.")
    assert not any(s.text == "he would resign" for s in doc.spans[SPAN_KEY] if s._.speaker_key.startswith("org:"))


def test_an_apposition_to_a_person_inside_the_of_phrase_names_that_person_not_the_speaker(nlp):
    """"The mother of another young protester, Lina Sarvi, said": the name is the protester's; the mother speaks."""
    doc = nlp("The mother of another young protester, Lina Sarvi, said her daughter had been killed by the state.")
    assert [s._.speaker_key for s in doc.spans[SPAN_KEY]] == ["family:mother"]
