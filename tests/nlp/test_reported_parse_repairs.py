"""nlp/reported.py and nlp/framed.py: statements the parse hides, found on sentences written for these tests.

Each shape is one a parser gets wrong or a cue list misses: a participle of saying under "refused", a sentence-final
cue whose content the parser took for a second subject, a label put on the object ("identified the man as"), a
labelling verb ("named the victim as"), a figure set at a time, an acronym read as a verb ("IS said"), a subject
taken for the cue's second object ("told reporters his count showed"), and a clause before a semicolon.
"""

from __future__ import annotations

import pytest

from reconcile.nlp.extensions import SPAN_KEY


def _statements(nlp, text: str) -> list[tuple[str, str, str]]:
    """(content, speaker as written, cue) of every statement the component finds."""
    doc = nlp(text)
    return [(s.text, s._.source_span.text if s._.source_span is not None else "", s._.cue.text if s._.cue else "")
            for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        # a participle of saying under "refused" says something; only "refused to say" says nothing
        ("The mayor refused to resign on Friday, saying the audit had cleared her office.",
         "the audit had cleared her office", "The mayor", "saying"),
        ("The striking drivers refused to return to work, arguing that the new rota was unsafe.",
         "the new rota was unsafe", "The striking drivers", "arguing"),
        # a cue closing the sentence, its content parsed as a second subject
        ("A cargo ship carrying grain from Odesa ran aground off the Turkish coast on Sunday, spilling fuel into "
         "the bay, the country's transport minister said.",
         "A cargo ship carrying grain from Odesa ran aground off the Turkish coast on Sunday, spilling fuel into "
         "the bay", "the country's transport minister", "said"),
        # a label on the object
        ("Officers identified the driver as Tomas Weller, 52.", "the driver as Tomas Weller, 52", "Officers",
         "identified"),
        ("The hospital has identified the second victim as a nurse from Lanford.",
         "the second victim as a nurse from Lanford", "The hospital", "has identified"),
        # a labelling verb with its "as" phrase
        ("The council named the missing climber as Ruth Adair, 41, a geology teacher from Keswick.",
         "the missing climber as Ruth Adair, 41, a geology teacher from Keswick", "The council", "named"),
        ("The coroner listed the cause of death as smoke inhalation.", "the cause of death as smoke inhalation",
         "The coroner", "listed"),
        # a figure set at a time or a count set by an estimate
        ("Residents said the sirens began at dawn; the fire brigade put it at 6:15 a.m.", "it at 6:15 a.m.",
         "the fire brigade", "put"),
        ("The organisers estimated the crowd at 20,000 at its height.", "the crowd at 20,000 at its height",
         "The organisers", "estimated"),
        # an acronym the tagger took for "is"
        ("IS said in a statement that its men had planted the bomb near the station.",
         "its men had planted the bomb near the station", "IS", "IS said in a statement"),
        # the subject of the reported clause parsed as a second object of "told"
        ("The candidate told supporters his own count from 900 stations showed him ahead.",
         "his own count from 900 stations showed him ahead", "The candidate", "told"),
        # a semicolon ends the narration before the cue
        ("The two leaders toured the flooded district on Monday; she said it was too soon to count the damage.",
         "it was too soon to count the damage", "she", "said"),
    ],
)
def test_statement_found(nlp, text, content, speaker, cue):
    assert (content, speaker, cue) in _statements(nlp, text)


@pytest.mark.parametrize(
    "text, content",
    [
        # nothing said: a refusal to speak, a label with no "as", a name given to a thing, a time with no speaker
        ("The minister declined to say why the bridge was closed.", None),
        ("The spokesman refused to comment on the report.", None),
        ("The club named a new coach on Monday.", None),
        ("The council listed three buildings for demolition.", None),
        ("The storm hit the coast at 6:15 a.m., flooding the harbour.", None),
        # a capitalised word that is a real "is" in a headline is not a speaker
        ("FIRE IS SAID TO HAVE STARTED IN THE KITCHEN", None),
    ],
)
def test_nothing_said(nlp, text, content):
    spoken = [s for s in _statements(nlp, text) if s[1]]
    assert spoken == [], spoken


@pytest.mark.parametrize(
    "text, not_content",
    [
        # the narration before a semicolon is not what the speaker said
        ("The two leaders toured the flooded district on Monday; she said it was too soon to count the damage.",
         "The two leaders toured the flooded district on Monday"),
        # a second subject is only the content when a comma sets the speaker apart: no clause is invented here
        ("The minister and her deputy said nothing.", "The minister"),
    ],
)
def test_not_the_content(nlp, text, not_content):
    assert all(content != not_content for content, _, _ in _statements(nlp, text))
