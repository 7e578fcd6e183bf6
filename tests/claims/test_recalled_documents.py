"""Whole documents that recall another event, in five styles, run through the real pipeline.

Each mini-case is two short accounts that fix the anchor (the event's day, town and kind) and one document under
test that tells the case's event and recalls another: wire copy recalling an earlier strike on the same school and
a shelling elsewhere, a press statement recalling last year's fire and a national running total, a witness's
interview recalling a march in another city, a machine-translated radio item with a national total, a UN note
recalling an earlier bombing of the same market and its own running total, and quotes that go on from the case's
event to an earlier one. The recalled values must land in "Other events mentioned" (`Evidence.other_rows`) and the
case's own values in the main rows. Every event, place, name and figure was written for this file; none comes from
a gold case.
"""

from __future__ import annotations

import pytest

from reconcile.evaluation.values import value_matches
from reconcile.model import Evidence
from reconcile.pipeline import run

KILLED, INJURED, CROWD, PLACE = "casualties.killed", "casualties.injured", "crowd.size", "event.location"

ACCOUNTS = {
    "school": (
        "TERVANI, Veloria, October 8, 2025 (Meridian) - Shelling hit a school in the town of Tervani on Tuesday "
        "morning, killing 11 people and wounding 24, the regional governor said.\n\nGovernor Ilona Dravec said most "
        "of the dead were children sheltering in the basement.\n",
        "Statement by the Tervani District Health Office, 8 October 2025\n\nThe shelling of School No. 3 in Tervani "
        "on 7 October 2025 killed 11 people. Our hospital treated 24 wounded.\n",
    ),
    "fire": (
        "BRANSK, Corvania, May 20, 2025 (Meridian) - A fire at a textile factory in Bransk on Monday night killed 9 "
        "workers and injured 16, the fire service said.\n",
        "BRANSK, May 20 (Eastline) - Nine workers died when fire swept through the Halden textile factory in Bransk "
        "late on Monday, officials said. Sixteen were taken to hospital.\n",
    ),
    "protest": (
        "SANTA RITA, Caldera, March 4, 2025 (Meridian) - Police fired on protesters in Santa Rita on Monday, killing "
        "5 people, the ombudsman's office said. About 3,000 people had gathered outside the town hall.\n",
        "Statement by the Ombudsman of Caldera, 4 March 2025\n\nFive people died and 40 were injured when police "
        "dispersed the protest in Santa Rita on 3 March 2025.\n",
    ),
    "flood": (
        "VERANO, Ostria, September 12, 2025 (Meridian) - Flash floods swept through the town of Verano on Thursday, "
        "killing 23 people, the civil protection agency said.\n",
        "Statement by the Ostrian Civil Protection Agency, 12 September 2025\n\nThe flood in Verano on 11 September "
        "2025 killed 23 people. 60 people were evacuated.\n",
    ),
    "market": (
        "KASSA, Meravia, July 2, 2025 (Meridian) - A car bomb exploded in the central market of Kassa on Tuesday, "
        "killing 17 people and wounding 50, police said.\n",
        "Statement by the Meravia Interior Ministry, 2 July 2025\n\nThe explosion at Kassa central market on 1 July "
        "2025 killed 17 citizens and injured 50.\n",
    ),
}

ACCOUNTS["quotes"] = ACCOUNTS["school"]

DOCUMENTS = {
    # wire copy: an earlier strike on the same school (its own paragraph), a UN tally, a comparison with a
    # shelling elsewhere in a "where" clause
    "school": ("wire.txt", """\
TERVANI, Veloria, October 9, 2025 (Northwire) - Families in Tervani on Wednesday buried the victims of Tuesday's \
shelling of School No. 3, which killed 11 people.

It was not the first time the school had been hit. On 14 August, a shell struck its gymnasium, killing two \
teachers and wounding nine pupils.

"We had just repaired the roof," said headteacher Marek Olsen.

The United Nations says 412 civilians have been killed in the region since the fighting began in 2023.

The governor said the toll of Tuesday's attack was higher than in the March shelling of the market in Dolna, \
where six people died.
"""),
    # a press statement in its issuer's voice: last year's fire elsewhere, a national total since another year
    "fire": ("release.txt", """\
Corvania State Fire Service - press statement, 21 May 2025

At 23:10 on 19 May 2025 our units received a call about a fire at the Halden textile factory in Bransk. Nine \
workers lost their lives and sixteen were injured. The fire was extinguished at 04:30.

The Fire Service recalls that last year's fire at the Morrow paint plant in Kessin killed 14 workers and injured \
30. In both cases the emergency exits were locked.

Since January 2024, fires in industrial buildings have killed 57 people across Corvania.

We call on all factory owners to check their exits.
"""),
    # a witness's interview: a march in another city two weeks before, told over a whole answer
    "protest": ("witness.md", """\
# "They shot at us like animals": a teacher who was there

Rosa Paredes, 44, teaches at a primary school in Santa Rita. She spoke to us two days after the shooting.

**Where were you when the shooting started?**

I was near the town hall with my sister. Then the police started shooting and five of our people died.

**Had you protested before?**

Yes. Two weeks before, I went to the march in Puerto Lanza. There were 20,000 people there and the police killed \
two boys. Nobody was punished for that.

**What do you want now?**

Justice. I want to know who gave the order.
"""),
    # machine translation: a national total over the current year
    "flood": ("radio_mt.txt", """\
Radio Sur Ostria - news (automatic translation)

In the town Verano after the big rain on Thursday the water of the river came in the houses and died 23 persons, \
informed the civil protection.

In this year in all the country from the floods died already 188 persons, according to the ministry of the \
interior.

The mayor Tomas Riel said that the town needs new walls for the river.
"""),
    # a UN note: an earlier bombing of the same market, the mission's own running total
    "market": ("un_note.md", """\
## UN Mission in Meravia: briefing note, 10 July 2025

The Mission condemns the bombing of Kassa central market on 1 July, which killed 17 civilians, including four \
children.

This was the second attack on the market in two years. In April 2023, a suicide bomber killed 12 people at its \
eastern gate.

Since the beginning of 2025, the Mission has recorded 640 civilian casualties from explosive devices in Meravia.

The Mission urges the authorities to complete the investigation opened on 2 July.
"""),
    # quotes that go on from the case's event to another one: each sentence keeps its own event's values
    "quotes": ("mourners.txt", """\
TERVANI, Veloria, October 9, 2025 (Northwire) - Mourners gathered in Tervani on Wednesday.

"Eleven people died in the school on Tuesday. In 2019 we lost twelve children in a bombing of the same school," \
Mayor Petra Lind said.

Teacher Ana Vesk said: "Twenty-four of our pupils were wounded on Tuesday. Two years ago a rocket wounded 15 of \
them."
"""),
}

RECALLED = [
    ("school", KILLED, "2"),
    ("school", INJURED, "9"),
    ("school", KILLED, "412"),
    ("school", KILLED, "6"),
    ("fire", KILLED, "14"),
    ("fire", INJURED, "30"),
    ("fire", KILLED, "57"),
    ("protest", CROWD, "20000"),
    ("protest", KILLED, "2"),
    ("protest", PLACE, "puerto lanza"),
    ("flood", KILLED, "188"),
    ("market", KILLED, "12"),
    ("market", INJURED, "640"),
    ("quotes", KILLED, "12"),
    ("quotes", INJURED, "15"),
]

OWN = [
    ("school", KILLED, "11"),
    ("fire", KILLED, "9"),
    ("fire", INJURED, "16"),
    ("protest", KILLED, "5"),
    ("flood", KILLED, "23"),
    ("market", KILLED, "17"),
    ("quotes", KILLED, "11"),
    ("quotes", INJURED, "24"),
]


def _shows(evidence: Evidence, rows, facet: str, value: str, document: str) -> bool:
    """The document under test gives the value on one of these rows (in a claim behind a cell)."""
    claims = {claim.id: claim for claim in evidence.claims}
    ours = {d.id for d in evidence.documents if d.path.endswith(document)}
    return any(
        value_matches(fv.value, value)
        for r in rows if r.facet == facet
        for cell in r.cells
        for cid in cell.claim_ids if claims[cid].document_id in ours
        for fv in claims[cid].facets if fv.facet == facet
    )


@pytest.fixture(scope="module")
def evidence_of(nlp, tmp_path_factory):
    runs: dict[str, Evidence] = {}

    def evidence(case: str) -> Evidence:
        if case not in runs:
            folder = tmp_path_factory.mktemp(case)
            for i, text in enumerate(ACCOUNTS[case]):
                (folder / f"account{i}.txt").write_text(text, encoding="utf-8")
            name, text = DOCUMENTS[case]
            (folder / name).write_text(text, encoding="utf-8")
            runs[case] = run([folder], nlp=nlp)
        return runs[case]

    return evidence


@pytest.mark.parametrize("case, facet, value", RECALLED)
def test_the_recalled_event_s_values_stay_out_of_the_main_rows(evidence_of, case, facet, value) -> None:
    evidence, document = evidence_of(case), DOCUMENTS[case][0]
    assert not _shows(evidence, evidence.rows, facet, value, document)
    assert _shows(evidence, evidence.other_rows, facet, value, document)


@pytest.mark.parametrize("case, facet, value", OWN)
def test_the_document_s_own_values_stay_in_the_main_rows(evidence_of, case, facet, value) -> None:
    evidence, document = evidence_of(case), DOCUMENTS[case][0]
    assert _shows(evidence, evidence.rows, facet, value, document)
    assert not _shows(evidence, evidence.other_rows, facet, value, document)
