"""One column per real speaker over the whole case (issue 14): a description tied to one name in the text, the
short names of a body, and unnamed groups. Each case runs the real pipeline on mini-documents written for these
tests, not taken from any gold case; about half are cases where merging would be wrong."""

from __future__ import annotations

import pytest
from tests_support import source_named

from reconcile.model import QuoteKind, Statement
from reconcile.pipeline import run
from reconcile.sources.described import Description
from reconcile.sources.in_place import in_place_links
from reconcile.sources.names import Speaker
from reconcile.sources.roles import speaker_for


def _sources(tmp_path, nlp, *texts: str):
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return run([tmp_path], nlp=nlp).sources


def _column_with(sources, words: str):
    """The one column one of whose names is `words` (case-insensitive)."""
    found = [s for s in sources if words.lower() in {n.lower() for n in (s.name, *s.aliases)}]
    assert len(found) == 1, [(s.name, s.aliases) for s in sources]
    return found[0]


# 1. A description naming no one that the text ties to one named speaker.

@pytest.mark.parametrize(
    "texts, name, role",
    [
        # the description is the name's apposition at the very place it speaks
        (('"The bus just kept going," said Ruta Kellan, 34, a taxi driver who said she had seen the crash. '
          "She said the lights were red.",), "Ruta Kellan", "taxi driver"),
        (('"We ran for the stairs," said Oskar Bel, 52, a night porter who said he had rung the alarm.',
          "The fire brigade said the alarm sounded at 2 a.m."), "Oskar Bel", "night porter"),
        # a relative clause gives the body its role: "X, which organised the march," and "organisers said"
        (("The Clean Rivers Alliance, which organised the rally, said 5,000 people took part.",
          "Organisers said the rally had been peaceful. Police said about 2,000 people attended."),
         "Clean Rivers Alliance", "Organisers"),
        (("The Teachers' Forum, which organized the strike, said every school in the district was shut.",
          "Organizers say the strike will continue on Monday."), "Teachers' Forum", "Organizers"),
        # a lede's definite role that the next paragraph names (delayed identification)
        (("The opposition leader rejected the results on Sunday, saying ballots had been burned in two towns.\n\n"
          '"We will not accept this count," Anna Novak of the Green Front told reporters.',),
         "Anna Novak", "opposition leader"),
        (("Harbin's fire chief on Tuesday called the reports of trapped workers false.\n\n"
          '"Everyone was out within ten minutes," Colonel Li Wen told a news conference.',),
         "Li Wen", "fire chief"),
    ],
)
def test_a_description_the_text_ties_to_one_name_joins_it(tmp_path, nlp, texts, name, role):
    column = source_named(_sources(tmp_path, nlp, *texts), name)
    assert any(role.lower() in name.lower() for name in (column.name, *column.aliases)), column
    assert column.merged_because, column


def test_a_lone_description_gives_its_column_the_name_it_describes(tmp_path, nlp):
    text = "Finland's rail regulator, Traficom, said the line had been inspected in May."
    sources = _sources(tmp_path, nlp, text)
    assert any(s.name == "Traficom" for s in sources), [(s.name, s.aliases) for s in sources]


@pytest.mark.parametrize(
    "texts, name, role",
    [
        # the lede's role is someone else: the next person quoted is described as something else
        (("The health minister said on Monday that twelve people had died.\n\n"
          "Dr. Anna Sorel, a surgeon at the city hospital, said nine were in critical condition.",),
         "Anna Sorel", "health minister"),
        # an indefinite role brings in someone new
        (("A police officer said the crowd had thrown stones.\n\n"
          '"They attacked first," Petra Lund, a shop owner, said.',), "Petra Lund", "police officer"),
        # two witnesses: the named one and another
        (('"I saw two shots," said Kiri Tane, a witness who lives across the road. Another witness said she heard '
          "three.",), "Kiri Tane", "Another witness"),
        # two bodies organised something: "organisers" is neither
        (("The Union of Dock Workers, which organised the strike, said the port was closed. The Harbour Pilots "
          "Association, which organised the march, said 3,000 people walked.",
          "Organisers said they would return next week."), "Union of Dock Workers", "Organisers"),
        # a second person quoted between the lede's role and the name
        (("The interior minister said the curfew would be lifted on Friday.\n\n"
          "Residents said the streets were empty.\n\n"
          '"We have done our job," Tomas Greer of the Citizens League said.',), "Tomas Greer", "interior minister"),
    ],
)
def test_a_description_given_to_no_one_in_particular_stays_apart(tmp_path, nlp, texts, name, role):
    column = source_named(_sources(tmp_path, nlp, *texts), name)
    assert not any(role.lower() in alias.lower() for alias in column.aliases), column


# 2. Short or generic names of a body against its full name.

@pytest.mark.parametrize(
    "texts, body, short",
    [
        (("The Dorval Police Department said the man was armed.",
          "Police said the shooting happened at 11 p.m. Neighbours said they heard four shots."),
         "Dorval Police Department", "Police"),
        (("The Elbe Water Authority said the dam had been inspected in March.",
          "The authority said the spillway was opened at dawn."), "Elbe Water Authority", "authority"),
    ],
)
def test_a_short_name_joins_the_one_body_it_fits(tmp_path, nlp, texts, body, short):
    column = source_named(_sources(tmp_path, nlp, *texts), body)
    assert any(alias.lower() == short.lower() for alias in column.aliases), column
    assert column.merged_because, column


@pytest.mark.parametrize(
    "texts, bodies, short",
    [
        # two police forces
        (("The Dorval Police Department said the man was armed. The Dorval Transit Police said the station was "
          "closed.", "Police said the shooting happened at 11 p.m."),
         ("Dorval Police Department", "Dorval Transit Police"), "Police"),
        # two ministries
        (("The Ministry of Health said 40 people were treated. The Ministry of Interior said the border was shut.",
          "The ministry said the figures would be updated on Monday."),
         ("Ministry of Health", "Ministry of Interior"), "ministry"),
        # an electoral commission and an inquiry commission
        (("The Varnia Electoral Commission said turnout was 61 percent. The Halden Commission of Inquiry said "
          "soldiers fired first.", "The commission said its report would be published in May."),
         ("Varnia Electoral Commission", "Halden Commission of Inquiry"), "commission"),
    ],
)
def test_a_short_name_two_bodies_fit_joins_neither(tmp_path, nlp, texts, bodies, short):
    sources = _sources(tmp_path, nlp, *texts)
    for body in bodies:
        column = source_named(sources, body)
        assert not any(alias.lower() == short.lower() for alias in column.aliases), column


def test_a_party_and_its_youth_wing_stay_two(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Unity Party said the vote was fair. The Unity Party Youth League said "
                                      "its members had been beaten.", "The party said it would appeal.")
    party, wing = source_named(sources, "Unity Party"), source_named(sources, "Unity Party Youth League")
    assert party.id != wing.id


def test_two_spokesmen_keep_their_names(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Army spokesman Ivo Bren said the convoy had turned back. Government "
                                      "spokesman Pavel Ruzek said talks would resume.",
                       "The spokesman said the road was open.")
    bren, ruzek = source_named(sources, "Ivo Bren"), source_named(sources, "Pavel Ruzek")
    assert bren.id != ruzek.id
    assert not any(alias.lower() == "spokesman" for alias in (*bren.aliases, *ruzek.aliases))


# 3. Unnamed groups.

def test_officials_after_a_named_group_of_officials_are_that_group(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "U.S. officials said the attackers had trained in Afghanistan. Officials said "
                                      "the warning was passed to Moscow in early March.")
    officials = [s for s in sources if "officials" in s.name.lower()]
    assert len(officials) == 1, [(s.name, s.aliases) for s in sources]


def test_other_officials_are_another_group(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Defense officials said the strike had hit its target. Two other officials "
                                      "denied that and said the staff had doubts.")
    officials = [s for s in sources if "officials" in s.name.lower()]
    assert len(officials) == 2, [(s.name, s.aliases) for s in sources]


def test_officials_of_two_countries_are_two_groups(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Russian officials said the attack had been planned abroad.",
                       "U.S. officials said the attack was carried out by Islamic State.")
    officials = [s for s in sources if "officials" in s.name.lower()]
    assert len(officials) == 2, [(s.name, s.aliases) for s in sources]
    assert any("russia" in s.name.lower() for s in officials), [s.name for s in officials]


def test_an_anonymous_officer_is_not_the_police(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Police said three people had been killed. A police officer at a roadblock, "
                                      "who did not want to be named, said the crowd was about 300 youths.")
    police = _column_with(sources, "Police")
    assert not any("unnamed" in alias.lower() or "officer" in alias.lower() for alias in police.aliases)


@pytest.mark.parametrize(
    "statement, short, issuer",
    [
        ("VARNIA ELECTORAL COMMISSION\n\nPRESS STATEMENT\n\nThe Varnia Electoral Commission announces the result "
         "of the presidential election. The Commission rejects claims that the results were manipulated.",
         "Commission", "Varnia Electoral Commission"),
        ("MINISTRY OF HEALTH OF ORAVIA\n\nStatement, 4 May 2021\n\nThe Ministry of Health confirms that 41 people "
         "were treated. The Ministry says that nine of them remain in intensive care.",
         "Ministry", "Ministry of Health"),
    ],
)
def test_a_statement_names_its_issuer_by_its_noun_in_that_document_only(tmp_path, nlp, statement, short, issuer):
    other = (f"The Halden {short.lower()} of inquiry was set up in May. The {short.lower()} said soldiers had fired "
             "first.")
    sources = _sources(tmp_path, nlp, statement, other)
    column = source_named(sources, issuer)
    assert short in column.aliases, column
    assert any("issued" in note for note in column.merged_because), column
    assert len(column.documents) == 1, column  # the inquiry's "commission" is not the issuer


def test_a_body_noun_the_issuer_does_not_hold_is_not_the_issuer(tmp_path, nlp):
    statement = ("MINISTRY OF HEALTH OF ORAVIA\n\nStatement, 4 May 2021\n\nThe Ministry of Health confirms that 41 "
                 "people were treated. The Commission said that the figures would be reviewed.")
    ministry = source_named(_sources(tmp_path, nlp, statement), "Ministry of Health of Oravia")
    assert not any(alias.lower() == "commission" for alias in ministry.aliases), ministry


def _column_ending(sources, name: str):
    found = [s for s in sources if s.name.endswith(name)]
    assert len(found) == 1, [(s.name, s.aliases) for s in sources]
    return found[0]


def test_a_body_description_names_the_one_body_so_described_across_documents(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The opposition Movement for Change said the vote had been rigged in three "
                                      "provinces.",
                       "According to the opposition, about 200 of its supporters were arrested.")
    movement = _column_ending(sources, "Movement for Change")
    assert any(alias.lower() == "opposition" for alias in movement.aliases), movement


def test_a_body_description_two_bodies_share_names_neither(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The opposition Movement for Change said the vote had been rigged. The "
                                      "opposition Party of Renewal said it would go to court.",
                       "According to the opposition, about 200 of its supporters were arrested.")
    for name in ("Movement for Change", "Party of Renewal"):
        column = _column_ending(sources, name)
        assert not any(alias.lower() == "opposition" for alias in column.aliases), column


def test_one_of_them_is_the_group_quoted_before(tmp_path, nlp):
    text = ("Two members of the district council, speaking on condition of anonymity, said the vote had been moved. "
            "One of them said the minutes had been changed.")
    (tmp_path / "doc0.txt").write_text(text, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    (members,) = [s for s in evidence.sources if "members" in s.name.lower()]
    said = [c for c in evidence.claims if "minutes had been changed" in c.text]
    assert said and all(c.source_id == members.id for c in said), [(s.name, s.aliases) for s in evidence.sources]


def test_a_lone_official_in_one_report_is_not_the_officials_of_another(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "A U.S. official, speaking on condition of anonymity, said Washington had no "
                                      "reason to doubt the claim.",
                       "U.S. officials said the attack was carried out by a regional branch of the group.")
    officials = sorted(s.name for s in sources if "official" in s.name.lower())
    assert officials == ["u.s. official (unnamed)", "u.s. officials (unnamed)"], [s.name for s in sources]


def test_a_lone_official_beside_officials_of_the_same_service_is_one_of_them(tmp_path, nlp):
    text = ("A defense official with direct knowledge of the situation said the commander had been warned.\n\n"
            "Defense officials said the review would take weeks.")
    officials = [s for s in _sources(tmp_path, nlp, text) if "official" in s.name.lower()]
    assert len(officials) == 1, [s.name for s in officials]


# One speaker under a full name, a surname and a description in three documents (issue 14's "Why").

def test_a_general_by_full_name_surname_and_description_is_one_column(tmp_path, nlp):
    sources = _sources(tmp_path, nlp,
                       "Gen. Arvid Halden, the top commander in the region, said the strike had hit a weapons depot.",
                       "Halden told reporters that no civilians were present.",
                       "The top commander said the review would be completed in May.")
    halden = source_named(sources, "Arvid Halden")
    assert {"Halden", "top commander"} <= set(halden.aliases), halden
    assert len(halden.merged_because) == 2, halden


def test_a_surname_two_people_of_the_case_carry_joins_neither(tmp_path, nlp):
    sources = _sources(tmp_path, nlp,
                       "Gen. Arvid Halden said the strike had hit a weapons depot. His sister, Maja Halden, said he "
                       "had been warned.", "Halden told reporters that no civilians were present.")
    for name in ("Arvid Halden", "Maja Halden"):
        assert "Halden" not in source_named(sources, name).aliases


def test_a_charity_by_name_and_by_description_is_one_column(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Medics of the World, the medical charity, said its clinic treated 40 wounded.",
                       "The medical charity said two of its staff were injured.")
    medics = source_named(sources, "Medics of the World")
    assert "medical charity" in medics.aliases, medics


def test_a_description_two_charities_share_names_neither(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Medics of the World, a medical charity, said its clinic treated 40 wounded. "
                                      "Care Across Borders, another medical charity, said its ambulance was hit.",
                       "The medical charity said two of its staff were injured.")
    medics = source_named(sources, "Medics of the World")  # Care Across Borders is described, never quoted
    assert "medical charity" not in medics.aliases, medics


def test_investigators_are_the_one_investigation_the_case_names(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Joint Investigation Team said the missile was fired from a field near the "
                                      "village.", "Investigators said the launcher was moved back across the border.")
    team = source_named(sources, "Joint Investigation Team")
    assert "Investigators" in team.aliases, team


def test_investigators_with_two_investigations_join_neither(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Joint Investigation Team said the missile was fired from a field. The Air "
                                      "Accident Investigation Bureau said the recorders were damaged.",
                       "Investigators said the launcher was moved back across the border.")
    for name in ("Joint Investigation Team", "Air Accident Investigation Bureau"):
        assert "Investigators" not in source_named(sources, name).aliases


def test_protesters_are_not_a_church(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "The Protestant Church of Varnia said its hall was open to the wounded.",
                       "Protesters said the police fired tear gas.")
    assert "Protesters" not in source_named(sources, "Protestant Church of Varnia").aliases



@pytest.mark.parametrize(
    "keys, name, expected",
    [
        # the body quoted by its name with its acronym and by the acronym alone: one body, its longer key
        (("org:harbour aid international (hai)", "org:hai", "org:food charity"), "org:harbour aid international",
         "org:harbour aid international (hai)"),
        # two bodies whose names hold the words: neither
        (("org:harbour aid international", "org:harbour aid"), "org:harbour aid (hai)", ""),
        # a person quoted in full and by a spelling of the name
        (("person:panche toshkovski", "person:pance toskovski"), "person:pance toskovski",
         "person:pance toskovski"),
    ],
)
def test_the_speaker_a_described_name_speaks_under(keys, name, expected):
    """A description's name speaks under the key spelled alike; several keys that are spellings of one another
    (a name and its acronym) are one speaker, so "the food charity" is not left without its name."""
    assert speaker_for(name, {k: Speaker(k) for k in keys}) == expected


def test_a_role_in_place_stays_in_place_through_its_pronoun_and_a_surname_read_as_a_body(nlp):
    """"Verania's top prosecutor, Velichko, said ... She did not say ...": the pronoun is the role again, no mention
    of its own, and the one-word name the tagger may read as a body is the surname of the person the case quotes."""
    text = ("Verania's top prosecutor, Velichko, said the attack was a war crime. She did not say what the evidence "
            "was.")
    doc = nlp(text)
    role_end = text.index(", said")
    she = text.index("She")
    said = [
        Statement("s1", "d", role_end + 7, text.index("."), "the attack was a war crime", "top prosecutor",
                  "org:prosecutor", QuoteKind.INDIRECT, speaker_start=0, speaker_end=role_end),
        Statement("s2", "d", she + 13, len(text) - 1, "what the evidence was", "top prosecutor", "org:prosecutor",
                  QuoteKind.INDIRECT, speaker_start=she, speaker_end=she + 3),
    ]
    described = [Description("org:velichko", "Velichko", "org:prosecutor", "Verania's top prosecutor", "d", 0,
                             role_end)]
    speakers = {k: Speaker(k) for k in ("org:prosecutor", "person:marta velichko")}
    links = [(role, named) for role, named, _ in in_place_links(said, described, speakers, {"d": doc})]
    assert links == [("org:prosecutor", "person:marta velichko")]
    assert not list(in_place_links(said, described, speakers))  # without the parse, "She" counts as a mention
