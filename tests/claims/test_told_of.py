"""claims/told_of.py: the place and day of a person's own part in the event, told by the narration around their
words, go to that person's column too. Mini-cases written for these tests (invented places and people)."""

from __future__ import annotations

from reconcile.pipeline import run


def _cells(tmp_path, nlp, *texts: str) -> dict[str, set[tuple[str, str]]]:
    """Each source's (facet, value) pairs of place and day after the whole pipeline over `texts`."""
    for i, text in enumerate(texts):
        (tmp_path / f"doc{i}.md").write_text(text, encoding="utf-8")
    evidence = run([tmp_path], nlp=nlp)
    names = {s.id: s.name for s in evidence.sources}
    found: dict[str, set[tuple[str, str]]] = {}
    for claim in evidence.claims:
        for fv in claim.facets:
            if fv.facet in {"event.date", "event.location"} and claim.other_event is None:
                found.setdefault(names[claim.source_id], set()).add((fv.facet, str(fv.value)))
    return found


WIRE = ("MORBANI, Feb 3 (Wirepress) - At least 40 people were killed when the Kalyan bridge collapsed in Morbani on "
        "Sunday evening, officials said.\n\nThe Kalyan bridge had reopened four days earlier.\n")
RELEASE = ("District Administration Morbani - Press Release\n3 February 2025\n\nThe Kalyan bridge collapsed at 6.30 pm "
           "yesterday. Rescue teams remained at the site through the night.\n")


def test_an_interview_lead_gives_its_person_the_place_and_day_it_tells_of_them(tmp_path, nlp):
    interview = (
        '# "It swayed, then it snapped"\n\n*Interview by Priya Nair for Coast Weekly, 6 February 2025*\n\n'
        "**Asha Rao, 34, was on the Kalyan bridge with her two sons on Sunday.**\n\n**What did you see?**\n\n"
        '"There were too many people. I fell into the water," Asha Rao said.\n')
    found = _cells(tmp_path, nlp, WIRE, RELEASE, interview)
    assert ("event.location", "kalyan bridge, morbani") in found["Asha Rao"]
    assert ("event.date", "2025-02-02") in found["Asha Rao"]


def test_a_pronoun_subject_stands_for_the_person_named_just_before(tmp_path, nlp):
    interview = (
        "*Interview by Priya Nair for Coast Weekly, 6 February 2025*\n\n"
        "Asha Rao, 34, sells flowers in the old market. On Sunday she went to the Kalyan bridge with her sons.\n\n"
        '"There were too many people," Asha Rao said.\n')
    found = _cells(tmp_path, nlp, WIRE, RELEASE, interview)
    assert ("event.location", "kalyan bridge, morbani") in found["Asha Rao"]


def test_a_narration_about_someone_who_does_not_speak_credits_nobody(tmp_path, nlp):
    interview = (
        "*Interview by Priya Nair for Coast Weekly, 6 February 2025*\n\n"
        "Kiran Das, 40, was on the Kalyan bridge on Sunday.\n\n"
        '"There were too many people," Asha Rao said.\n')
    found = _cells(tmp_path, nlp, WIRE, RELEASE, interview)
    assert "Kiran Das" not in found
    assert not any(facet == "event.location" for facet, _ in found.get("Asha Rao", set()))
