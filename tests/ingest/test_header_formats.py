"""The development table for issue 14: document openings in the formats a desk receives, each with who speaks in
the document's own voice (its issuer, else its outlet or author, else "unattributed (FILE)"), whether that voice is
the issuer's own statement, and the date and title the header gives.

Every document here was written for this file in the style of its kind (wire copy, press releases, UN and NGO
notes, machine-translated notices, tweets, sheets, web pages); none is from a gold case. Each runs through the
real reader, header and NER, as a one-document case.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reconcile.ingest import ingest
from reconcile.nlp.statements import name_issuers, own_voice

BODY = "Rescue teams worked through the night to reach people trapped under the rubble of the old market hall."

T = "title"
P = "published"


def _tweet(name: str, handle: str, text: str, when: str) -> dict[str, Any]:
    return {"author": {"name": name, "username": handle}, "text": text, "created_at": when}


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article><h1>Dam gives way above Orlen</h1><p>{body} {BODY}</p>" \
           f"<p>{BODY}</p></article></body></html>"


CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- press releases and statements in their issuer's own voice
    ("release.txt", "PRESS RELEASE — FOR IMMEDIATE RELEASE\n\nNorthgate Water Authority\n\n14 March 2024\n\n"
     "Boil-water notice lifted in eastern districts\n\nThe boil-water notice issued for the eastern districts on "
     "Monday has been lifted after tests showed that the supply is safe to drink again.",
     {"owner": "Northgate Water Authority", "issued": True, P: "2024-03-14",
      T: "Boil-water notice lifted in eastern districts"}),
    ("note.txt", "Press note\n\nOFFICE OF THE DISTRICT COLLECTOR, RAMGARH\n\nDated: 05.06.2023\n\nThe district "
     "administration has opened four relief camps for the families displaced by the flooding along the river.",
     {"owner": "Office of the District Collector, Ramgarh", "issued": True, P: "2023-06-05"}),
    ("communique.txt", "Communiqué No. 12\n\nGeneral Staff of the Armed Forces\n\n3 October 2022\n\nDuring the past "
     "day, units of the armed forces repelled four attacks near the village of Korsk and destroyed two vehicles.",
     {"owner": "General Staff of the Armed Forces", "issued": True, P: "2022-10-03"}),
    ("sg.txt", "Statement attributed to the Spokesperson for the Secretary-General\n\nThe Secretary-General is "
     "deeply saddened by the loss of life caused by the earthquake that struck the region on Sunday.",
     {"owner": "Secretary-General", "issued": True}),
    ("joint.txt", "Joint statement by the Harlow Refugee Council and Open Borders Legal Aid\n\n12 May 2024\n\nWe "
     "are alarmed by reports that dozens of people were turned back at the border crossing without being heard.",
     {"owner": "Harlow Refugee Council and Open Borders Legal Aid", "issued": True, P: "2024-05-12"}),
    ("briefing.txt", "Briefing notes by the spokesperson for OHCHR, Marta Hurtado\n\nLocation: Geneva\nDate: 14 "
     "November 2023\n\nWe are deeply concerned about the escalating violence in the north of the country, where "
     "at least 30 civilians were killed last week.",
     {"owner": "OHCHR", "issued": True, P: "2023-11-14"}),
    ("flash.txt", "Flash Update #3 (OCHA)\n\n2 August 2024\n\nHeavy rains since 29 July have caused flooding in "
     "twelve districts, affecting an estimated 45,000 people and damaging roads and bridges.",
     {"owner": "OCHA", "issued": True, P: "2024-08-02"}),
    ("mea.txt", "Official Spokesperson's response to media queries on the incident at the border\n\nMinistry of "
     "External Affairs\n\nJune 16, 2020\n\nThe situation along the border was discussed at length during the "
     "meeting of the two commanders on Monday.",
     {"owner": "Ministry of External Affairs", "issued": True, P: "2020-06-16"}),
    ("letterhead.txt", "REPUBLIC OF ELDORIA\nMINISTRY OF HEALTH\n14 Avenue de la Paix, Port Ardent\n\nPRESS "
     "STATEMENT\n\n22 September 2021\n\nEighteen patients have been admitted to hospitals in Port Ardent after the "
     "chemical leak at the port on Tuesday.",
     {"owner": "Ministry of Health", "issued": True, P: "2021-09-22"}),
    ("desk.txt", "From the desk of the Medical Director, St Aldric's Hospital\n\n3 March 2023\n\nOur emergency "
     "department received 27 casualties from the bus crash on the coast road on Thursday evening.",
     {"owner": "Medical Director, St Aldric's Hospital", "issued": True, P: "2023-03-03"}),
    ("embassy.txt", "Embassy of the Republic of Korvia in London\n\nPress release\n\n9 January 2024\n\nThe "
     "allegations published in yesterday's newspapers about the detention of the two journalists are false.",
     {"owner": "Embassy of the Republic of Korvia in London", "issued": True, P: "2024-01-09"}),
    ("sheriff.txt", "NEWS RELEASE\nDunmore County Sheriff's Office\nFor immediate release: June 3, 2024\n\n"
     "Deputies responded to a report of a vehicle in the river shortly after 2 a.m. and recovered two people.",
     {"owner": "Dunmore County Sheriff's Office", "issued": True, P: "2024-06-03"}),
    ("ndmc.txt", "MEDIA STATEMENT\n\nISSUED BY THE NATIONAL DISASTER MANAGEMENT CENTRE\n\n4 February 2024\n\nThe "
     "number of households affected by the storm in the coastal districts has risen to 2,300.",
     {"owner": "National Disaster Management Centre", "issued": True, P: "2024-02-04"}),
    ("bar.txt", "Lendra Police Service | Media release | 3 June 2024\n\nOfficers were called to the harbour at "
     "around 11pm on Saturday after reports of a man in the water near the ferry terminal.",
     {"owner": "Lendra Police Service", "issued": True, P: "2024-06-03"}),
    ("family.txt", "Statement from the family of Amir Haddad\n\nOur father was a farmer who went out every morning "
     "to graze his sheep on the hill above the village, and he had no weapon.",
     {"owner": "family of Amir Haddad", "issued": True}),
    ("emergency.txt", "The press service of the Ministry of Emergency Situations informs that on 12 March 2023 at "
     "14:20 a fire occurred in a residential building on Lenin street, 3 people were evacuated.",
     {"owner": "Ministry of Emergency Situations", "issued": True}),
    ("sesu.txt", "Message of the press center of the State Emergency Service in Kharkiv region\n\n12.03.2023\n\n"
     "As a result of the shelling, a fire broke out in a warehouse, the fire was extinguished by rescuers, there "
     "are no casualties.",
     {"owner": "State Emergency Service in Kharkiv region", "issued": True, P: "2023-03-12"}),
    ("letter.txt", "Open letter to the Minister of Health\n\nFrom: Union of Rural Doctors\nDate: 2 May 2024\n\nWe "
     "write to ask that the clinics closed since the floods in the valley be reopened before the summer.",
     {"owner": "Union of Rural Doctors", "issued": True, P: "2024-05-02"}),
    ("prosecutor.txt", "STATEMENT\n\nOffice of the Prosecutor General\n\n7 July 2022\n\nA criminal case has been "
     "opened into the deaths of four workers at the Tarn quarry, and two managers have been detained.",
     {"owner": "Office of the Prosecutor General", "issued": True, P: "2022-07-07"}),
    # a headline of sixteen words or more, with no sentence end, is still a headline: the byline and dateline follow
    ("longhead.txt", "Nine fishermen missing after storm hits harbour at Velna; coast guard says search will go on "
     "overnight\n\nBy Ana Ruiz\n\nVELNA, Verano, May 3 (VPA) - Nine fishermen were missing on Tuesday after a storm "
     "swept through the harbour at Velna, the coast guard said.",
     {"owner": "VPA", "issued": False,
      T: "Nine fishermen missing after storm hits harbour at Velna; coast guard says search will go on overnight"}),
    # a portal's name and the day and month, in a machine-translated report's first line
    ("portal.txt", "Velna Today - 19.03\n\nFIRE COMMANDER: THE CALL CAME AT 2:35\n\nVELNA - The commander of the "
     "fire unit said that the call about the fire in the club was received at 2:35 in the night.",
     {"owner": "Velna Today", "issued": False}),
    # an interview's outlet, the place it writes from and the date, in one italic line
    ("qa_outlet.md", "# \"The water came through the roof\": a nurse on the night of the flood\n\n*Velna Weekly Post "
     "— Orlen, Saturday 6 May 2023*\n\nMaria Lenz has worked at the Orlen clinic for twelve years. We spoke to her at "
     "the end of a night shift, five days after the flood.",
     {"owner": "Velna Weekly Post", "issued": False, P: "2023-05-06"}),
    # a notice in translation: a letterhead in the issuer's language, the issuer "informs" in the first line
    ("notice.txt", "GUARDIA CIVIL DE VERANO\nGabinete de Prensa\nCOMUNICADO N.° 31-2024 (English version)\n"
     "Puerto Alto, 3 May 2024\n\nThe Civil Guard of Verano informs public opinion of the following:\n\n1. On "
     "Friday night a patrol boat intercepted a fishing vessel carrying 46 people off the northern cape.",
     {"owner": "Civil Guard of Verano", "issued": True, P: "2024-05-03"}),
    ("informs.txt", "Press release\n\nThe Verano Port Authority informs that the northern terminal will stay "
     "closed until the wreck of the ferry has been towed out of the harbour mouth.",
     {"owner": "Verano Port Authority", "issued": True}),
    # Markdown: the bold issuer of a piped line, and a bold letterhead with a reference after it
    ("statement.md", "# Harbour Aid mourns two volunteers\n\n**Harbour Aid International (HAI)** | Statement\n"
     "Valletta, 3 March 2024\n\nHarbour Aid International is heartbroken to confirm that two of our volunteers "
     "died when their boat capsized off the coast on Saturday.",
     {"owner": "Harbour Aid International (HAI)", "issued": True, P: "2024-03-03"}),
    ("report.md", "# Shot in the back: the killings at the Tarn crossing\n\n**Coastal Rights Watch** | Index: CRW "
     "12/0443/2024 | 4 June 2024\n\nOn 9 January, thousands of people marched towards the crossing and the "
     "border guards opened fire on them as they reached the gate.",
     {"owner": "Coastal Rights Watch", "issued": True, P: "2024-06-04"}),
    ("ngo.txt", "Report | Coastal Rights Watch | March 2024\n\nPushed back: testimonies from the northern crossing"
     "\n\nBetween January and March our researchers interviewed 41 people who said they had been forced back "
     "across the border.",
     {"owner": "Coastal Rights Watch", "issued": True}),
    ("company.txt", "Varro Chemicals plc\nUpdate on the incident at the Tarn plant\n\n22 May 2024\n\nAt 03:52 "
     "this morning a valve failed in unit 4, releasing a cloud of chlorine that drifted towards the village.",
     {"owner": "Varro Chemicals plc", "issued": True, P: "2024-05-22"}),
    ("army.txt", "Northern Command says it struck a weapons store\n\nNORTHERN COMMAND\n\n5 April 2024\n\nOur "
     "forces struck a weapons store used by the militants near the village of Ardan at dawn on Friday.",
     {"owner": "Northern Command", "issued": True, P: "2024-04-05"}),
    # --- wire copy and reports: the outlet narrates
    ("wire.txt", "Dam gives way above Orlen, dozens missing\n\nBy Jane Doe, Reuters\n\nORLEN, Verano, May 3 - At "
     "least 40 people were missing after a dam gave way above the town of Orlen on Tuesday night.",
     {"owner": "Reuters", "issued": False, T: "Dam gives way above Orlen, dozens missing"}),
    ("afp.txt", "PARIS (AFP) — Firefighters battled through the night to contain a blaze at a warehouse in the "
     "north of the city, officials said on Sunday.",
     {"owner": "AFP", "issued": False}),
    ("ap.txt", "BEIRUT (AP) — Rescuers pulled two survivors from the rubble of a collapsed building on Wednesday, "
     "the civil defense said.",
     {"owner": "AP", "issued": False}),
    ("apbyline.txt", "Flood waters recede in Orlen\n\nBy JANE DOE\nAssociated Press\n\nORLEN, Verano — Flood "
     "waters began to recede on Thursday, leaving behind streets covered in mud and the wreckage of cars.",
     {"owner": "Associated Press", "issued": False, T: "Flood waters recede in Orlen"}),
    ("update.txt", "UPDATE 2-Death toll in Karsa mine blast rises to 31\n\nKARSA, Nov 4, 2023 (Reuters) - The "
     "death toll from an explosion at a coal mine in Karsa rose to 31 on Saturday, the emergencies ministry said.",
     {"owner": "Reuters", "issued": False, P: "2023-11-04", T: "UPDATE 2-Death toll in Karsa mine blast rises to 31"}),
    ("twowriters.txt", "By Jane Doe and John Roe\n\nGENEVA, June 2, 2022 (Reuters) - The World Health Organization "
     "said on Thursday it was investigating a cluster of cases of an unknown illness in the east.",
     {"owner": "Reuters", "issued": False, P: "2022-06-02"}),
    ("interview.txt", "Mayor Jon Ellis told the Northgate Herald in an interview on Monday that 40 homes had been "
     "destroyed by the flood and that the town would need months to recover.",
     {"owner": "Northgate Herald", "issued": False}),
    ("qa.txt", "Q&A: Dr Lena Okafor on the cholera outbreak in Bramwell\n\nBy Sam Reid\n\nDr Lena Okafor, who "
     "leads the response team, spoke to us about the spread of the disease and what comes next for the town.",
     {"owner": "Sam Reid", "issued": False, T: "Q&A: Dr Lena Okafor on the cholera outbreak in Bramwell"}),
    ("blog.md", "# Eyewitness: the night the dam broke\n\n*Posted by Maria Lenz on 3 April 2023*\n\nI woke up at "
     "two in the morning to the sound of water rushing past the house and the neighbours shouting in the street.",
     {"owner": "Maria Lenz", "issued": False, P: "2023-04-03", T: "Eyewitness: the night the dam broke"}),
    ("outletline.txt", "Fire at the Tarn chemical plant forces evacuation\n\nCaspian Review, 27 December 2023\n\n"
     "Hundreds of residents were moved out of their homes on Wednesday after a fire broke out at the plant.",
     {"owner": "Caspian Review", "issued": False, P: "2023-12-27"}),
    ("staff.txt", "Ferry toll revised to 17 after names were counted twice\n\nHarbour Times staff report\n\nLENDRA, "
     "June 4 - The port authority lowered the toll from the ferry sinking to 17 on Tuesday, saying its lists had "
     "repeated some names.",
     {"owner": "Harbour Times", "issued": False}),
    # --- nothing names the issuer: the voice stays unattributed
    ("plain.txt", "Two people were injured when a wall collapsed on the market street on Saturday morning, "
     "residents said, and one of them was taken to hospital.",
     {"owner": "unattributed (plain.txt)", "issued": False}),
    ("headline.txt", "Wall collapses on market street in Orlen\n\nTwo people were injured when a wall collapsed on "
     "the market street on Saturday morning, and one of them was taken to hospital.",
     {"owner": "unattributed (headline.txt)", "issued": False, T: "Wall collapses on market street in Orlen"}),
    ("policesay.txt", "Police say two injured in market wall collapse\n\nTwo people were injured when a wall "
     "collapsed on the market street on Saturday morning, and one of them was taken to hospital.",
     {"owner": "unattributed (policesay.txt)", "issued": False,
      T: "Police say two injured in market wall collapse"}),
    ("breaking.txt", "BREAKING: FIRE AT CHEMICAL PLANT\n\nA large fire broke out at the chemical plant on the edge "
     "of town this afternoon and thick black smoke could be seen from several kilometres away.",
     {"owner": "unattributed (breaking.txt)", "issued": False}),
    ("shelled.txt", "Government forces shell eastern district, residents say\n\n14 March 2024\n\nShells fell on "
     "the eastern district of the city for a third night, residents said, and several houses were destroyed.",
     {"owner": "unattributed (shelled.txt)", "issued": False, P: "2024-03-14"}),
    ("ministrymention.txt", "Ministry of Health figures show rise in cholera cases\n\nThe number of cholera cases "
     "recorded in the valley rose to 412 last week, according to figures from the Ministry of Health.",
     {"owner": "unattributed (ministrymention.txt)", "issued": False}),
    ("spokesman.txt", "The spokesman for the Interior Ministry said on Tuesday that 12 people had been arrested "
     "after the clashes in the capital and that more arrests were expected.",
     {"owner": "unattributed (spokesman.txt)", "issued": False}),
    ("titlecase.txt", "Police Department Says Two Officers Injured in Pier Fire\n\nTwo officers were injured on "
     "Tuesday night when a fire broke out on the pier, and both are in a stable condition.",
     {"owner": "unattributed (titlecase.txt)", "issued": False}),
    ("labelheadline.txt", "PRESS RELEASE\n\nCity Council Approves Flood Relief Fund\n\n2 May 2024\n\nThe fund "
     "will pay up to 5,000 each to the households whose homes were flooded in April.",
     {"owner": "unattributed (labelheadline.txt)", P: "2024-05-02", T: "City Council Approves Flood Relief Fund"}),
    ("factsheet.txt", "Statement of facts\n\nOn the night of 3 May the two accused entered the warehouse through "
     "a side door and took four boxes of medicine from the store room.",
     {"owner": "unattributed (factsheet.txt)", "issued": False}),
    # --- tweets, sheets and web pages
    ("pmo.json", json.dumps(_tweet("PMO India", "PMOIndia", "Anguished by the loss of lives due to the bridge "
                                   "collapse. Condolences to the bereaved families.", "2022-10-30T18:00:00Z")),
     {"owner": "PMO India", "issued": False, P: "2022-10-30"}),
    ("thread.json", json.dumps([
        _tweet("Orlen Fire Service", "OrlenFire", "Crews remain at the scene of the dam breach. Please avoid the "
               "area.", "2023-05-03T06:10:00Z"),
        _tweet("Jana Wolf", "janawolf_news", "Just spoke to residents in Orlen: they say the sirens never went off.",
               "2023-05-03T07:00:00Z")]),
     {"owner": ["Orlen Fire Service", "Jana Wolf"]}),
    ("handle.jsonl", json.dumps({"screen_name": "@VeranoPolice", "text": "Two officers injured in the pier fire "
                                 "are in stable condition.", "created_at": "2023-05-04"}),
     {"owner": "@VeranoPolice", P: "2023-05-04"}),
    ("v2.json", json.dumps({"data": [{"id": "1", "author_id": "9", "text": "Our teams are evacuating patients "
                                      "from the hospital in Orlen.", "created_at": "2023-05-03T08:00:00.000Z"}],
                            "includes": {"users": [{"id": "9", "name": "MSF International", "username": "MSF"}]}}),
     {"owner": "MSF International", P: "2023-05-03"}),
    ("sheet.csv", "source,date,text\nMayor of Dunmore,2024-06-03,We have opened the school as a shelter for "
     "families.\nDunmore Fire Service,2024-06-03,Two people were rescued from the river overnight.\n",
     {"owner": ["Mayor of Dunmore", "Dunmore Fire Service"], P: "2024-06-03"}),
    ("meta.html", _page('<title>Dam gives way above Orlen</title><meta name="author" content="Jana Wolf">'
                        '<meta property="og:site_name" content="Verano Evening Post">',
                        "At least 40 people were missing after the dam gave way."),
     {"owner": "Verano Evening Post", "issued": False}),
    ("titlesite.html", _page("<title>Dam gives way above Orlen - Kessling Courier</title>",
                             "At least 40 people were missing after the dam gave way."),
     {"owner": "Kessling Courier", "issued": False}),
    ("ngopage.html", _page('<title>Orlen: our teams evacuate the hospital | Médecins Sans Frontières</title>',
                           "Our teams evacuated 60 patients from the hospital in Orlen."),
     {"owner": "Médecins Sans Frontières", "issued": True}),
]


def _read(tmp_path: Path, nlp, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    documents, _, _ = ingest([path])
    return name_issuers(documents, [nlp(d.text) for d in documents])


@pytest.mark.parametrize("name, content, expected", CASES, ids=[c[0] for c in CASES])
def test_each_format_names_who_speaks_in_its_own_voice(tmp_path: Path, nlp, name: str, content: str,
                                                       expected: dict[str, Any]) -> None:
    documents = _read(tmp_path, nlp, name, content)
    voices = [own_voice(d) for d in documents]
    owners = [owner for owner, _ in voices]
    assert owners == (expected["owner"] if isinstance(expected["owner"], list) else [expected["owner"]])
    if "issued" in expected:
        assert all(issued is expected["issued"] for _, issued in voices)
    for field in (P, T):
        if field in expected:
            assert [getattr(d, field) for d in documents] == [expected[field]] * len(documents)
