"""A definite body noun its document never names is the case's one body of that noun (reconcile.sources.case_bodies).
Mini-cases written for these tests in several styles (wire, press release, bulletin, machine translation), none from
a gold case; half of them are cases where the noun must stay unresolved."""

from __future__ import annotations

import pytest
from tests_support import source_named

from reconcile.pipeline import run


def _sources(tmp_path, nlp, *texts: str):
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.txt").write_text(text, encoding="utf-8")
    return run([tmp_path], nlp=nlp).sources


@pytest.mark.parametrize(
    "texts, body, noun",
    [
        (("The Ministry of Interior said 40 people were detained in the capital on Saturday.",
          "The ministry said the detained protesters would be released by Monday."),
         "Ministry of Interior", "The ministry"),
        (("VELNA, 2 June (Reuters) - The Harbour Agency said the ferry left port an hour late.",
          "UPDATE 2. The agency said on Monday that 31 passengers had been rescued from the water."),
         "Harbour Agency", "The agency"),
        (("Statement of the Kolvar District Council\nThe Kolvar District Council informs that 12 houses were flooded.",
          "The council said in a statement that the evacuation order had been lifted."),
         "Kolvar District Council", "The council"),
        # a noun of a kind of body: the case's one company, whatever its name
        (("Dunmore Rail Ltd said the train had been inspected in May.",
          "The company said it was cooperating with investigators."), "Dunmore Rail Ltd", "The company"),
    ],
)
def test_a_body_noun_its_document_never_names_is_the_one_such_body_of_the_case(tmp_path, nlp, texts, body, noun):
    column = source_named(_sources(tmp_path, nlp, *texts), body)
    assert noun in column.aliases
    assert any("names no other" in why and "the case names one" in why for why in column.merged_because)


@pytest.mark.parametrize(
    "texts, bodies",
    [
        # two ministries in the case: "the ministry" could be either
        (("The Ministry of Health said 12 people died. The Ministry of Defence said the strike hit a depot.",
          "The ministry said the toll was 15."), ("Ministry of Health", "Ministry of Defence")),
        # two commissions, one of them an inquiry's
        (("The Central Electoral Commission said turnout was 61 percent.",
          "The Kiri commission said it would hear witnesses from Monday.",
          "The commission said the results were final."), ("Central Electoral Commission", "Kiri commission")),
        # two companies
        (("Dunmore Rail Ltd said the train had been inspected in May. Varro Signals plc said its signal worked.",
          "The company said it was cooperating with investigators."), ("Dunmore Rail Ltd", "Varro Signals plc")),
    ],
)
def test_a_body_noun_two_bodies_of_the_case_hold_names_neither(tmp_path, nlp, texts, bodies):
    sources = _sources(tmp_path, nlp, *texts)
    for body in bodies:
        column = source_named(sources, body)
        assert not any("names no" in why for why in column.merged_because), column.merged_because


def test_a_body_noun_after_its_body_in_the_same_document_is_that_body(tmp_path, nlp):
    """The document's own antecedent wins over the case: "the ministry" after the Ministry of Defence is it, though
    the case also names a Ministry of Health."""
    sources = _sources(
        tmp_path, nlp,
        "The Ministry of Health said 12 people died in the blast.",
        "The Ministry of Defence said the strike hit an empty depot. The ministry said no soldiers were hurt.",
    )
    assert not [s for s in sources if s.name == "unidentified speaker"], [s.name for s in sources]
    assert not any("names no" in why for s in sources for why in s.merged_because)


def test_a_body_noun_its_document_uses_for_another_body_stays_there(tmp_path, nlp):
    """A bulletin that wrote "a commission of inquiry" before "the commission said" has its own antecedent, though
    the case quotes one commission by name elsewhere."""
    sources = _sources(
        tmp_path, nlp,
        "The Central Electoral Commission said turnout was 61 percent.",
        "A commission of inquiry into the shootings was set up in May. The commission said soldiers had fired first.",
    )
    column = source_named(sources, "Central Electoral Commission")
    assert len(column.documents) == 1, column


def test_an_office_speaks_for_the_one_holder_the_case_quotes(tmp_path, nlp):
    sources = _sources(
        tmp_path, nlp,
        "Nine people were killed in the clashes, the country's human rights ombudsman said on Monday.",
        "The Ombudsman's Office said the dead were civilians and that 30 people had been hurt.",
    )
    column = source_named(sources, "human rights ombudsman")
    assert {"Ombudsman's Office", "human rights ombudsman"} <= {column.name, *column.aliases}, column
    assert any("office speaks for the one ombudsman" in why for why in column.merged_because)


def test_two_offices_stay_two_columns(tmp_path, nlp):
    sources = _sources(
        tmp_path, nlp,
        "The attorney general's office said it had opened an investigation into the shootings.",
        "The Ombudsman's Office said the dead were civilians and that 30 people had been hurt.",
    )
    assert not [s for s in sources if len({n.lower() for n in (s.name, *s.aliases)} & {
        "attorney general's office", "ombudsman's office"}) > 1], [(s.name, s.aliases) for s in sources]
