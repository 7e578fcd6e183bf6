"""Other events a case's documents recall, told apart from the case's own event over the whole pipeline.

Each mini-case is two accounts that fix the anchor (the event's day, town and kind), then one short follow-up per
sentence under test: a dateline, a line about the case's event, and the sentence. The run is the real one
(`pipeline.run` on text files, no case.toml), and each test asserts in which rows a value lands: "Other events
mentioned" (`Evidence.other_rows`) or the main table (`Evidence.rows`). Every event, name and figure here was
written for this file; none is taken from a gold case.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reconcile.evaluation.values import value_matches
from reconcile.model import Evidence
from reconcile.pipeline import run

KILLED, INJURED, CROWD = "casualties.killed", "casualties.injured", "crowd.size"
AGE, NAME, DATE, PLACE = "victim.age", "victim.name", "event.date", "event.location"


@dataclass(frozen=True)
class MiniCase:
    accounts: tuple[str, ...]
    """The documents that fix the anchor."""
    follow_up: str
    """A follow-up's first paragraph, about the case's event; the sentence under test is its second paragraph."""


CASES = {
    "crush": MiniCase(
        (
            "NASHIK, India, March 15, 2025 (Meridian) - At least 42 people were killed in a crush at a temple "
            "festival in Nashik on Friday, police said.\n\nPolice spokesman Anil Deshmukh said the crush began when "
            "a railing gave way near the main gate.\n",
            "Statement by the Maharashtra Disaster Management Authority, 15 March 2025\n\nThe crush at the temple "
            "festival in Nashik on 14 March 2025 killed 42 people and injured 80 others. Rescue teams reached the "
            "site within an hour.\n",
        ),
        "NASHIK, India, March 16, 2025 (Herald) - The crush at the temple festival in Nashik on Friday has shocked "
        "the state.",
    ),
    "strike": MiniCase(
        (
            "SAADA, Yemen, June 5, 2024 (Meridian) - An air strike hit a crowded market in Saada on Tuesday, killing "
            "14 people, residents said.\n\nA local health official said 30 people were wounded in the strike.\n",
            "Statement by the Saada Health Office, 5 June 2024\n\nOur hospital in Saada received the bodies of 14 "
            "people killed in the air strike on the market on 4 June 2024.\n",
        ),
        "SAADA, Yemen, June 6, 2024 (Herald) - Residents buried the dead of Tuesday's air strike on the Saada "
        "market.",
    ),
    "custody": MiniCase(
        (
            "LYON, France, October 10, 2025 (Meridian) - Lena Marot, a 19-year-old student, died in police custody "
            "in Lyon on Thursday, her family said.\n\nPolice said she had collapsed in her cell.\n",
            "Statement by the Lyon prosecutor's office, 10 October 2025\n\nLena Marot, aged 19, died in custody at "
            "the central police station in Lyon on 9 October 2025. An inquiry has been opened.\n",
        ),
        "LYON, France, October 11, 2025 (Herald) - Hundreds gathered in Lyon to mourn Lena Marot, who died in "
        "custody on Thursday.",
    ),
    "protest": MiniCase(
        (
            "LISBON, Portugal, March 9, 2025 (Meridian) - Police said 30,000 people marched in Lisbon on Saturday "
            "against the pension reform.\n\nThe march ended peacefully at the parliament building.\n",
            "Statement by the Lisbon teachers' union, 9 March 2025\n\nThe march against the pension reform in "
            "Lisbon on 8 March 2025 drew 50,000 people, the union said.\n",
        ),
        "LISBON, Portugal, March 10, 2025 (Herald) - The unions called Saturday's march in Lisbon a success.",
    ),
    "flood": MiniCase(
        (
            "ACCRA, Ghana, June 4, 2025 (Meridian) - Floods after heavy rain killed 25 people in Accra on Tuesday, "
            "the national disaster agency said.\n",
            "Statement by the Ghana National Fire Service, 4 June 2025\n\nThe flood in Accra on 3 June 2025 killed "
            "25 people and displaced thousands.\n",
        ),
        "ACCRA, Ghana, June 5, 2025 (Herald) - Residents of Accra cleared mud on Thursday after Tuesday's flood.",
    ),
    "crash": MiniCase(
        (
            "KISUMU, Kenya, November 13, 2024 (Meridian) - A passenger plane crashed near Kisumu on Tuesday, killing "
            "38 people, the civil aviation authority said.\n",
            "Statement by the Kenya Civil Aviation Authority, 13 November 2024\n\nThe aircraft that crashed near "
            "Kisumu on 12 November 2024 was carrying 44 people; 38 of them were killed.\n",
        ),
        "KISUMU, Kenya, November 14, 2024 (Herald) - Investigators reached the site of Tuesday's crash near Kisumu.",
    ),
}

RECALLED = [
    # the crush at a temple festival in Nashik, Friday 14 March 2025
    ("crush", "In 2013, 115 people died in a similar crush at Ratangarh.", KILLED, "115"),
    ("crush", "The crush at Ratangarh in October 2013 killed 115 people.", DATE, "2013-10"),
    ("crush", "It was the deadliest crush since the 2005 collision at Mandhradevi, which killed 340 people.",
     KILLED, "340"),
    ("crush", "Last year's crush at the same temple killed 12 pilgrims.", KILLED, "12"),
    ("crush", "A similar crush at a shrine in Hyderabad killed seven people in January.", KILLED, "7"),
    ("crush", "Pilgrims still remember the 1954 festival crush in Allahabad, which killed 800 people.", KILLED, "800"),
    ("crush", "The temple, where a crush killed 31 people in 2003, had only one exit.", KILLED, "31"),
    ("crush", "The disaster came a day before the anniversary of the Mandhradevi crush, in which 291 pilgrims died.",
     KILLED, "291"),
    ("crush", "In the crush of the year 2008 at the Chamunda temple of Jodhpur died 224 persons, the police "
     "informed.", KILLED, "224"),
    ("crush", "The toll was the highest since a bridge collapse killed 135 people at a fair.", KILLED, "135"),
    # the air strike on the market in Saada, Tuesday 4 June 2024
    ("strike", "A similar strike on Tuesday hit a market in Hodeidah, killing five people.", KILLED, "5"),
    ("strike", "A similar strike on Tuesday hit a market in Hodeidah, killing five people.", PLACE, "hodeidah"),
    ("strike", "The market had been hit before: a strike in March killed nine people there.", KILLED, "9"),
    ("strike", "The market, where an air strike killed 20 people in 2019, reopened last year.", KILLED, "20"),
    ("strike", "An earlier raid on 28 May killed three fighters near Saada.", KILLED, "3"),
    ("strike", "Two weeks ago, a drone strike on a wedding in Marib killed 11 people.", KILLED, "11"),
    ("strike", "Two weeks ago, a drone strike on a wedding in Marib killed 11 people.", PLACE, "marib"),
    ("strike", "Tuesday's strike was the second on the town this month; the first, on 20 May, killed six people.",
     KILLED, "6"),
    ("strike", "In 2016, an air strike in Taiz killed 140 people at a funeral.", KILLED, "140"),
    ("strike", "In 2016, an air strike in Taiz killed 140 people at a funeral.", PLACE, "taiz"),
    ("strike", "Residents compared it to the bombing of a bus in Dahyan, which killed 40 people.", KILLED, "40"),
    # the death in custody of Lena Marot, 19, in Lyon, Thursday 9 October 2025
    ("custody", "Her death recalled that of Sami Berrada, 17, who died after his arrest in Marseille in 2023.",
     AGE, "17"),
    ("custody", "Another detainee, Yanis Belkacem, 24, died in a cell in Lille on 2 August.", NAME,
     "Yanis Belkacem"),
    ("custody", "Another detainee, Yanis Belkacem, 24, died in a cell in Lille on 2 August.", AGE, "24"),
    ("custody", "Karim Ouali, 31, was found dead in a police cell in Toulouse in June.", AGE, "31"),
    ("custody", "Karim Ouali, 31, was found dead in a police cell in Toulouse in June.", NAME, "Karim Ouali"),
    ("custody", "Nadia Ferrand's family said she was 22 when she died in custody in 2020.", AGE, "22"),
    ("custody", "In Lyon, Thomas Girard, 28, died in custody on 14 September after a traffic stop.", AGE, "28"),
    # the march against the pension reform in Lisbon, Saturday 8 March 2025
    ("protest", "A similar protest on Tuesday drew 5,000 people in Porto.", CROWD, "5000"),
    ("protest", "Organisers said the turnout beat the 2012 march, when 100,000 people took part.", CROWD, "100000"),
    ("protest", "Last year's march drew 80,000 people.", CROWD, "80000"),
    ("protest", "Days earlier, 12,000 people had marched in Coimbra.", CROWD, "12000"),
    ("protest", "The previous protest against the reform, in January, drew 20,000 people.", CROWD, "20000"),
    ("protest", "In the march against the same law of the year 2013 took part 150,000 persons, according to the "
     "police.", CROWD, "150000"),
    # the flood in Accra, Tuesday 3 June 2025
    ("flood", "Last year's flood killed 18 people in the same districts.", KILLED, "18"),
    ("flood", "In 2015, a flood and fire at a petrol station in Accra killed 154 people.", KILLED, "154"),
    ("flood", "The floods were the worst since 1995, when 30 people died.", KILLED, "30"),
    ("flood", "A flood in Kumasi two weeks ago killed nine people.", KILLED, "9"),
    ("flood", "It was the deadliest flood since the disaster in Kumasi that killed 60 people.", KILLED, "60"),
    ("flood", "It was the worst flood since May 2010, when the river burst its banks near Tamale, killing 70 people.",
     KILLED, "70"),
    ("flood", "Like the 2016 flood, which killed 41 people, the water rose within an hour.", KILLED, "41"),
    ("flood", "Previously, in the month of April, in Tamale from the flood died 12 persons.", KILLED, "12"),
    ("flood", "In Tamale, floods killed 13 people last month.", KILLED, "13"),
    ("flood", "A week earlier, a flood in the same district killed eight people.", KILLED, "8"),
    ("flood", '"We have not seen anything like this since the 2010 floods, when 71 people died," the mayor said.',
     KILLED, "71"),
    ("flood", "The disaster echoed the 2011 flood in Kumasi, which killed 23 people.", KILLED, "23"),
    ("flood", "It was the second deadly flood in the country this year after 17 people died in Tamale in April.",
     KILLED, "17"),
    # the plane crash near Kisumu, Tuesday 12 November 2024
    ("crash", "The same airline lost another aircraft in 2019, which crashed near Nairobi, killing 52 people.",
     KILLED, "52"),
    ("crash", "It was the deadliest crash in Kenya since 1989, when a plane went down and killed 54 people.",
     KILLED, "54"),
    ("crash", "A cargo plane had crashed in Mombasa in March, killing four crew.", KILLED, "4"),
    ("crash", "The toll was higher than in the 2006 crash near Marsabit, which killed 17 people.", KILLED, "17"),
    ("crash", "Two years ago, a light aircraft crashed in Nairobi, killing six people.", KILLED, "6"),
    # more ways of recalling: a distance in time, a paragraph that goes on, a second victim, a survey of others
    ("strike", "On 2 May, 9 people were killed when a shell hit the same market.",
     KILLED, "9"),
    ("flood", "The town was hit by floods in 2019 that killed 32 people.",
     KILLED, "32"),
    ("crush", "Two years earlier, a similar crush there had killed sixteen pilgrims.",
     KILLED, "16"),
    ("strike", "In 2019, a strike hit the same market.\nIt killed 22 people and wounded 41.",
     KILLED, "22"),
    ("strike", "In 2019, a strike hit the same market.\nIt killed 22 people and wounded 41.",
     INJURED, "41"),
    ("strike", "On Sunday, a strike hit a checkpoint in Marib, killing seven soldiers.",
     KILLED, "7"),
    ("custody", "The family of Omar Said, 15, who was shot by police in Lyon in 2022, joined the vigil.",
     AGE, "15"),
    ("strike", "Tuesday's strike killed more people than the March raid on the same market, which killed four.",
     KILLED, "4"),
    ("crash", "The airline's previous accident, a runway overrun at Eldoret, injured 12 passengers.",
     INJURED, "12"),
    ("crash", "Tuesday's crash came 11 years after a Fokker went down near Eldoret, killing 34 people.",
     KILLED, "34"),
    ("protest", "Teachers also marched in Porto on 1 March, when 7,000 people joined.",
     CROWD, "7000"),
    ("protest", "The union's last big march, in November 2023, drew 60,000 people.",
     CROWD, "60000"),
    ("flood", "According to the agency, floods in 2022 had displaced 2,000 people and killed 11.",
     KILLED, "11"),
    ("crush", "The 2008 crush at the Chamunda Devi temple in Jodhpur, in which 224 pilgrims died, is still remembered.",
     KILLED, "224"),
    ("crush", "As in 2015, when 27 pilgrims died at Rajahmundry, the crush began at a narrow gate.",
     KILLED, "27"),
    ("custody", "Amnesty said 12 people had died in French police custody in 2024.",
     KILLED, "12"),
    ("crash", "An Ethiopian Airlines jet crashed in 2019 after take-off, killing 157 people.",
     KILLED, "157"),
    # the main clause is the other event: likened to the case's, a separate one, a tally since another year
    ("crush", "Like Friday's crush, the Ratangarh stampede began on a bridge and killed 113 people.", KILLED, "113"),
    ("crash", "Similar to Tuesday's crash, a cargo plane went down in Mombasa, killing three crew.", KILLED, "3"),
    ("strike", "A day earlier, a car bomb killed eight soldiers in Saada.", KILLED, "8"),
    ("strike", "Elsewhere in the province, a landmine killed 17 children.", KILLED, "17"),
    ("strike", "Separately, a suicide bomber killed 23 people at a mosque in Saada on Tuesday.", KILLED, "23"),
    ("flood", "Meanwhile, a fire at a market in Accra killed three traders.", KILLED, "3"),
    ("flood", "Floods have killed 64 people in Accra since 2015.", KILLED, "64"),
    ("protest", "Separately, 2,000 people marched in Lisbon on Saturday against a land law.", CROWD, "2000"),
    ("crush", "It was the deadliest crush since 2005, when 340 pilgrims died at Mandhradevi. That crush also "
     "injured 500 people.", INJURED, "500"),
    # "than" after the case's own event: only the weighed event goes aside
    ("flood", "The flood on Tuesday killed 29 people, more than the floods of 2015, when 154 died.", KILLED, "154"),
]

OWN = [
    ("crush", "Officials said the toll from Friday's crush had risen to 45.", KILLED, "45"),
    ("crush", "On Friday night, police had put the toll at 39.", KILLED, "39"),
    ("crush", "Police compared the crush to a wave breaking over the crowd; 61 people were injured.", INJURED, "61"),
    ("crush", "The festival has been held every spring since 1950, and 200,000 people attended it on Friday.",
     CROWD, "200000"),
    ("strike", "Hospital officials said on Wednesday that the toll had risen to 16.", KILLED, "16"),
    ("strike", "Residents said the strike on Tuesday killed 15 people.", KILLED, "15"),
    ("strike", "Tuesday's strike, the deadliest in Saada since 2019, wounded 35 people.", INJURED, "35"),
    ("custody", "Marot, who was 19, had been arrested three days earlier at a protest.", AGE, "19"),
    ("custody", "A second detainee, Hugo Brun, 20, was taken to hospital on Thursday.", AGE, "20"),
    ("protest", "Police later said 35,000 people had taken part in Saturday's march.", CROWD, "35000"),
    ("protest", "The march on Saturday was the largest since 2013, with 40,000 people, the unions said.",
     CROWD, "40000"),
    ("flood", "The toll from Tuesday's flood rose to 27 on Thursday.", KILLED, "27"),
    ("flood", "Since the flood on Tuesday, which killed 26 people, schools in Accra have stayed shut.", KILLED, "26"),
    ("flood", "Officials said the flood was the deadliest since 2010, with 28 people dead.", KILLED, "28"),
    ("crash", "Rescuers said on Wednesday that 41 people had died.", KILLED, "41"),
    ("crush", "Police said on Saturday that 47 people had died in Friday's crush, up from 42.",
     KILLED, "47"),
    ("strike", "The strike on the Saada market on Tuesday was the third on the town since 2015 and wounded 37 people.",
     INJURED, "37"),
    ("custody", "Marot's mother said her daughter, 19, had never been ill.",
     AGE, "19"),
    ("strike", "Tuesday's strike, similar to the 2016 raid on a funeral in Taiz that killed 140 people, wounded 33.",
     INJURED, "33"),
    ("flood", "The flood on Tuesday killed 29 people, more than the floods of 2015, when 154 died.", KILLED, "29"),
    ("flood", "A building collapsed in the flood, killing five people.", KILLED, "5"),
    ("crash", "Tuesday's crash, which killed 39 people, was deadlier than the 2019 crash near Nairobi.", KILLED, "39"),
]


def _shows(evidence: Evidence, rows, facet: str, value: str) -> bool:
    """The value is on one of these rows: in a cell, or in a claim behind a cell (a count's cell shows only the
    source's current figure; an earlier figure of the same event stays behind it, on the main row, not aside)."""
    claims = {claim.id: claim for claim in evidence.claims}
    return any(
        value_matches(v, value)
        for r in rows if r.facet == facet
        for cell in r.cells
        for v in (*cell.values, *(fv.value for cid in cell.claim_ids for fv in claims[cid].facets if fv.facet == facet))
    )


@pytest.fixture(scope="module")
def evidence_of(nlp, tmp_path_factory):
    """One run per mini-case, its follow-ups all in it: `evidence_of(case)`."""
    runs: dict[str, Evidence] = {}

    def evidence(case: str) -> Evidence:
        if case not in runs:
            folder = tmp_path_factory.mktemp(case)
            mini = CASES[case]
            for i, text in enumerate(mini.accounts):
                (folder / f"account{i}.txt").write_text(text, encoding="utf-8")
            sentences = sorted({s for c, s, _, _ in [*RECALLED, *OWN] if c == case})
            for i, sentence in enumerate(sentences):
                (folder / f"followup{i:02d}.txt").write_text(f"{mini.follow_up}\n\n{sentence}\n", encoding="utf-8")
            runs[case] = run([folder], nlp=nlp)
        return runs[case]

    return evidence


@pytest.mark.parametrize("case, sentence, facet, value", RECALLED)
def test_a_recalled_event_s_values_are_kept_out_of_the_main_rows(evidence_of, case, sentence, facet, value):
    evidence = evidence_of(case)
    assert not _shows(evidence, evidence.rows, facet, value)
    assert _shows(evidence, evidence.other_rows, facet, value)


@pytest.mark.parametrize("case, sentence, facet, value", OWN)
def test_the_case_s_own_values_stay_in_the_main_rows(evidence_of, case, sentence, facet, value):
    evidence = evidence_of(case)
    assert _shows(evidence, evidence.rows, facet, value)
    assert not _shows(evidence, evidence.other_rows, facet, value)
