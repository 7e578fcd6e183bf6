"""Which event a comparing sentence's own clause belongs to: the case's, or the one it is likened to.

The rule looks at the clause's own subject and verb, its date and place against the anchor's, not at where the
comparison word stands (claims/likened.py, claims/asides.py, claims/scope.py). Every sentence, event, name and
figure here was written for this file; none is taken from a gold case. Each anchor is fixed by three documents and
the sentence is read the day after the event.
"""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.claims.anchor import Anchor
from reconcile.claims.scope import other_asides, other_events

ANCHORS = {
    # a crush at a temple festival in Nashik on Friday 14 March 2025
    "crush": Anchor(year=2025, country="india", date="2025-03-14", place="Nashik", event_type="stampede",
                    latest=date(2025, 3, 16), date_documents=3),
    # an air strike on a market in Saada on Tuesday 4 June 2024
    "strike": Anchor(year=2024, country="yemen", date="2024-06-04", place="Saada", event_type="air strike",
                     latest=date(2024, 6, 6), date_documents=3),
    # a flood in Accra on Tuesday 3 June 2025
    "flood": Anchor(year=2025, country="ghana", date="2025-06-03", place="Accra", event_type="flood",
                    latest=date(2025, 6, 5), date_documents=3),
    # a plane crash near Kisumu on Tuesday 12 November 2024
    "crash": Anchor(year=2024, country="kenya", date="2024-11-12", place="Kisumu", event_type="air crash",
                    latest=date(2024, 11, 14), date_documents=3),
}


def _read(nlp, case: str, text: str) -> tuple[dict[int, str], list[str]]:
    """The sentence's reasons for another event, and the texts of its asides."""
    anchor = ANCHORS[case]
    published = date.fromisoformat(anchor.date or "") + (anchor.latest - date.fromisoformat(anchor.date or "")) / 2
    doc = nlp(text)
    reasons = other_events(doc, anchor, published)
    return reasons, [doc.text[a.start : a.end] for a in other_asides(doc, reasons, anchor, published)]


@pytest.mark.parametrize(
    "case, text",
    [
        # the comparison's object is the case's event: what is likened to it is another
        ("crush", "Like Friday's crush, the Ratangarh stampede began on a bridge and killed 115 people."),
        ("crush", "Much like this week's tragedy, a crush at Mandhradevi killed 291 pilgrims."),
        ("crush", "The Ratangarh stampede, which like Friday's crush began at a narrow gate, killed 115 people."),
        ("crush", "Similar to the Nashik crush, a stampede at a shrine in Hyderabad killed seven people."),
        ("strike", "A strike on a funeral in Taiz, comparable to Tuesday's, killed 140 people."),
        ("strike", "The Dahyan bus bombing, to which residents compared Tuesday's strike, killed 40 people."),
        ("strike", "Residents said a strike on a bus in Dahyan, much like this one, killed 40 children."),
        ("flood", "Just as on Tuesday, floods in Kumasi killed nine people."),
        ("crash", "Similar to Tuesday's crash, a cargo plane went down in Mombasa, killing four crew."),
        ("crash", "A Fokker that crashed near Eldoret, much like Tuesday's plane, killed 34 people."),
        ("crush", "A stampede at Pandharpur, reminiscent of Friday's crush, killed 20 people."),
        # the clause dates or places itself apart, whatever it is compared with
        ("crush", "The 2013 crush, similar to this one, killed 115 people."),
        ("crush", "Unlike Friday's crush, the one at Ratangarh in 2013 began on a bridge."),
        ("strike", "As with Tuesday's strike, an earlier raid on the Hodeidah market killed five people."),
        ("strike", "Like the Saada strike, a raid on a wedding in Marib killed 11 people."),
        ("strike", "The 2016 raid on a funeral in Taiz, similar to Tuesday's strike, killed 140 people."),
        ("flood", "The 2016 flood, like this week's, began when the river burst its banks, killing 41 people."),
        ("flood", "Like Tuesday's flood in Accra, the Kumasi flood of last month killed nine people."),
        ("crash", "The crash near Nairobi in 2019, like Tuesday's near Kisumu, killed 52 people."),
        ("crash", "Like the Kisumu crash, an accident at Eldoret in 2013 was blamed on fog."),
        ("crush", "Similar crushes, like the one at Ratangarh, have killed hundreds of pilgrims."),
        # weeks from the case's event, an event with a place of its own is another
        ("crush", "Two weeks after the Nashik crush, a stampede at Pandharpur killed 20 people."),
        # before the case's event, even by days: a death before it is no toll of it
        ("strike", "Three days before the strike, a drone killed two men in the same village."),
        # a tally counted from another year is many events, not the case's
        ("flood", "Floods have killed 60 people in Accra since 2015."),
        ("flood", "Since the 2015 flood, which killed 154 people, floods in the city have killed 60 more."),
        # "than" with no word of the case's own event: the comparison is about both, the sentence goes aside
        ("crash", "The toll was higher than in the 2006 crash near Marsabit, which killed 17 people."),
        ("crush", "The 2013 stampede killed more people than Friday's crush."),
        ("flood", "More people died than in the 2015 flood, when 154 were killed."),
    ],
)
def test_a_clause_likened_to_or_dated_apart_from_the_case_s_event_is_another_event(nlp, case, text) -> None:
    reasons, _ = _read(nlp, case, text)
    assert reasons


@pytest.mark.parametrize(
    "case, text, aside",
    [
        ("crush", "Like the Ratangarh stampede, which killed 115 people, Friday's crush began on a bridge.",
         "the Ratangarh stampede, which killed 115 people"),
        ("crush", "Like the Ratangarh stampede, which killed 115, it happened on a bridge.",
         "the Ratangarh stampede, which killed 115"),
        ("crush", "Friday's crush, like the 2005 Mandhradevi stampede that killed 340, began at a narrow gate.",
         "the 2005 Mandhradevi stampede that killed 340"),
        ("strike", "Tuesday's strike, similar to the 2016 raid on a funeral in Taiz that killed 140 people, "
         "wounded 30.", "the 2016 raid on a funeral in Taiz that killed 140 people"),
        ("strike", "The strike, which residents compared to the bombing of a bus in Dahyan that killed 40 people, "
         "wounded 30.", "the bombing of a bus in Dahyan that killed 40 people"),
        ("flood", "Similar to the 2016 flood that killed 41 people, Tuesday's flood in Accra came after hours of "
         "rain.", "the 2016 flood that killed 41 people"),
        ("crash", "Much like the Fokker that crashed near Eldoret in 2013, killing 34 people, the plane lost an "
         "engine.", "the Fokker that crashed near Eldoret in 2013, killing 34 people"),
        ("crush", "The crush was reminiscent of the 2013 Ratangarh stampede, which killed 115 people.",
         "the 2013 Ratangarh stampede, which killed 115 people"),
        # "as in", "as at": the words of the other event, with the "when" clause that goes on about it
        ("crush", "As in 2015, when 27 pilgrims died at Rajahmundry, the crush began at a narrow gate.",
         "2015, when 27 pilgrims died at Rajahmundry"),
        ("crush", "As at Ratangarh in 2013, police said, the crush in Nashik on Friday began when a railing gave "
         "way.", "Ratangarh in 2013"),
        # "than" after a clause that names the case's event by its day or place: only the weighed event goes aside
        ("strike", "Tuesday's strike killed more people than the March raid on the same market, which killed four.",
         "the March raid on the same market, which killed four"),
        ("crush", "The crush in Nashik killed fewer pilgrims than the 2013 stampede at Ratangarh, in which 115 "
         "died.", "the 2013 stampede at Ratangarh, in which 115 died"),
        ("crash", "Tuesday's crash, which killed 39 people, was deadlier than the 2019 crash near Nairobi, which "
         "killed 52.", "the 2019 crash near Nairobi, which killed 52"),
        ("flood", "The flood on Tuesday killed 29 people, more than the floods of 2015, when 154 died.",
         "the floods of 2015, when 154 died"),
        # what the case's event came after or followed, named by a day, a place or a body, however near
        ("strike", "The strike came a day after soldiers killed three people in the village of Bani Hassan.",
         "a day after soldiers killed three people in the village of Bani Hassan"),
        ("strike", "The attack follows a raid on the camp at Bani Hassan on Sunday that killed four people.",
         "a raid on the camp at Bani Hassan on Sunday that killed four people"),
        # a dated thing after "since" is another event whatever its noun; a clause joined by "and" goes on with it
        ("crash", "It is the deadliest crash in Kenya since the 1989 runway fire in Nairobi, and the worst in the "
         "region since May 2002, when a jet went down in Mombasa and 70 people died.",
         "the 1989 runway fire in Nairobi | when a jet went down in Mombasa and 70 people died"),
    ],
)
def test_a_clause_about_the_case_s_event_keeps_its_values_and_sets_the_compared_one_aside(nlp, case, text,
                                                                                         aside) -> None:
    reasons, asides = _read(nlp, case, text)
    assert reasons == {}
    assert asides == aside.split(" | ")


@pytest.mark.parametrize(
    "case, text",
    [
        ("flood", "Since the flood began on Tuesday, 27 people have died."),  # a tally since the case's own event
        ("flood", "At least 27 people have died since Tuesday's flood began."),
        ("crush", "The festival has been held every spring since 1950, and 200,000 people attended it on Friday."),
    ],
)
def test_a_tally_since_the_case_s_own_event_stays(nlp, case, text) -> None:
    assert _read(nlp, case, text) == ({}, [])


@pytest.mark.parametrize(
    "case, text",
    [
        ("crush", "Two weeks after the crush, the toll rose to 50."),  # what followed the case's own event
        ("crush", "Two weeks after Friday's crush, police arrested the organiser."),
        ("crush", "A week after the crush in Nashik, the temple reopened."),  # the case's place: no aside
        ("strike", "Three days before the strike, the army had warned residents to leave."),
        ("flood", "The fire came after an explosion in the boiler room."),  # nothing named: the case's own
        ("flood", "The fire came after an explosion at the Delta plant."),  # a place alone: maybe its start
        ("flood", "The flood came after heavy rain fell for two days."),  # a duration names no other day
        ("strike", "The strike followed a warning by the army on Monday."),  # a warning is no event
        ("crush", "Similar to the Nashik crush, the stampede at the gate began when a railing gave way."),
    ],
)
def test_what_follows_or_resembles_the_case_s_own_event_stays_whole(nlp, case, text) -> None:
    assert _read(nlp, case, text) == ({}, [])


@pytest.mark.xfail(reason="'In the manner of' is no likening word, and Kumasi beside the anchor's flood names "
                   "no other day", strict=True)
def test_a_likening_phrase_not_yet_read(nlp) -> None:
    assert _read(nlp, "flood", "In the manner of the Accra flood, in Kumasi the water took 12 persons.")[0]


@pytest.mark.parametrize(
    "text, others",
    [
        # "that crush" after an aside is the compared event, in the same sentence or the next
        ("It was the deadliest crush since 2005, when 340 pilgrims died at Mandhradevi; that crush was blamed on a "
         "fire.", [True]),
        ("It was the deadliest crush since 2005, when 340 pilgrims died at Mandhradevi. That crush was blamed on a "
         "fire.", [False, True]),
        ("It was the deadliest crush since 2005, when 340 pilgrims died at Mandhradevi. The crush on Friday began "
         "at the gate.", [False, False]),
        ("It was the deadliest crush since 2005. That crush was blamed on a fire.", [False, False]),  # how long only
    ],
)
def test_a_clause_that_goes_on_about_the_compared_event_goes_with_it(nlp, text, others) -> None:
    anchor = ANCHORS["crush"]
    doc = nlp(text)
    reasons = other_events(doc, anchor, date(2025, 3, 15))
    assert [sent.start in reasons for sent in doc.sents] == others
