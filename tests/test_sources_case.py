"""Sources over the whole case: role speakers joined to the names the case describes, organisations by their other
names, speakers that cannot speak, and the body a person speaks for. Sentences written for these tests, not taken
from any gold case."""

from __future__ import annotations

import pytest
from tests_support import source_named

from reconcile.model import SourceKind
from reconcile.pipeline import run
from reconcile.sources.names import same_org
from reconcile.sources.speaking import can_speak


def _sources(tmp_path, nlp, *texts: str):
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    return evidence.sources


@pytest.mark.parametrize(
    "first, second, role, name",
    [
        ("Fire department spokeswoman Olga Brenner said the blaze started in the basement.",
         "The fire department spokeswoman said two engines were sent.", "fire department spokeswoman", "Olga Brenner"),
        ("His sister, Mira Tobias, said he had gone to the market.",
         "His sister said he never carried a weapon.", "sister", "Mira Tobias"),
        ("Pieter Hals, the deputy harbour commissioner, said the ferry left on time.",
         "The deputy harbour commissioner said the crossing was calm.", "deputy harbour commissioner", "Pieter Hals"),
    ],
)
def test_a_role_the_case_describes_joins_its_name_across_documents(tmp_path, nlp, first, second, role, name):
    sources = _sources(tmp_path, nlp, first, second)
    column = source_named(sources, name)
    assert any(role in alias.lower() for alias in column.aliases), column
    assert any("describes" in note for note in column.merged_because)


def test_an_indefinite_role_is_someone_new(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Dr. Lena Korr, a doctor at the clinic, said nine were treated.\n\n"
                                      "A doctor at the clinic said the wounded arrived by bus.")
    korr = source_named(sources, "Lena Korr")
    assert not any("doctor" in alias.lower() for alias in korr.aliases)


def test_a_definite_role_after_a_quoted_person_is_that_person(tmp_path, nlp):
    text = ("Mayor Teodor Vasz said the bridge had been inspected in March. \"It was safe,\" Vasz said.\n\n"
            "The mayor said repairs would begin next week.")
    vasz = source_named(_sources(tmp_path, nlp, text), "Teodor Vasz")
    assert any("mayor" in alias.lower() for alias in vasz.aliases)


@pytest.mark.parametrize(
    "a, b",
    [
        ("northern rail company (nrc)", "nrc"),
        ("ministry of fisheries", "fishery ministry"),
        ("msf", "doctors without borders"),
        ("médecins sans frontières", "msf"),
        ("who", "world health organization"),
        ("un refugee agency", "unhcr"),
    ],
)
def test_one_organisation_under_its_other_names(a, b):
    assert same_org(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("union of river pilots", "union of dock workers"),
        ("msf", "who"),
        ("ministry of fisheries", "ministry of health"),
    ],
)
def test_two_organisations_stay_two(a, b):
    assert not same_org(a, b)


def test_two_people_with_one_role_word_stay_apart(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Police spokesman Arne Voss said the road was closed. Army spokesman "
                                      "Ilan Roth said troops had left.", "The spokesman said the road had reopened.")
    voss, roth = source_named(sources, "Arne Voss"), source_named(sources, "Ilan Roth")
    assert voss.id != roth.id
    assert not any(alias.lower() == "spokesman" for alias in (*voss.aliases, *roth.aliases))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Conflicting explanations suggest the valve had failed.", "Conflicting explanations"),
        ("The information available indicates the dam was overtopped.", "The information available"),
        ("No other explanation suggests that the wall was weak.", "No other explanation"),
        ("Initial information showed that the pilot had asked to land.", "Initial information"),
        ("Early information from the Harbour Safety Agency shows the crane was overloaded.",
         "Early information from the Harbour Safety Agency"),
    ],
)
def test_an_abstract_noun_cannot_speak(nlp, sentence, speaker):
    doc = nlp(sentence)
    span = doc.char_span(0, len(speaker))
    assert span is not None and not can_speak(span, "org:" + speaker.lower())


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The stewardess said the cabin filled with smoke.", "The stewardess"),
        ("The judiciary said the trial would be public.", "The judiciary"),
        ("Investigators said the engine had stalled.", "Investigators"),
        ("The report found that the wall was too thin.", "The report"),
        ("The UN mission said convoys were delayed.", "The UN mission"),
        ("One of them said the boat was overloaded.", "One of them"),
        ("The Harbour Safety Agency's inspector said it was overloaded.", "The Harbour Safety Agency's inspector"),
        ("Officials of the Harbour Safety Agency said it was overloaded.", "Officials of the Harbour Safety Agency"),
    ],
)
def test_people_bodies_and_documents_can_speak(nlp, sentence, speaker):
    doc = nlp(sentence)
    span = doc.char_span(0, len(speaker))
    assert span is not None and can_speak(span, "org:" + speaker.lower())


def test_an_abstract_speaker_gives_its_words_to_the_voice_around_it(tmp_path, nlp):
    sources = _sources(tmp_path, nlp, "Harbour officials said on Monday that initial information showed the "
                                      "crane had collapsed under its load.")
    assert not any("information" in s.name.lower() for s in sources)


@pytest.mark.parametrize(
    "sentence, name, kind, affiliation",
    [
        ("MSF's director Jana Holm said the clinic treated 40 people.", "Jana Holm", SourceKind.NGO, "MSF"),
        ("Hamas spokesman Abu Karim said the fighters withdrew.", "Abu Karim", SourceKind.ARMED_GROUP, "Hamas"),
        ("Oskar Lind, a spokesman for the Northern Liberation Front, said the convoy was not armed.",
         "Oskar Lind", SourceKind.ARMED_GROUP, "Northern Liberation Front"),
    ],
)
def test_a_person_speaks_for_a_body(tmp_path, nlp, sentence, name, kind, affiliation):
    person = source_named(_sources(tmp_path, nlp, sentence), name)
    assert person.affiliation == affiliation
    assert person.kind is kind
