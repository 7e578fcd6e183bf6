"""Who acted: which actor values agree, conflict or cannot be compared (the tree of who acts for whom,
data/hierarchy.toml [actor]), and which words of a sentence name the actor. Every sentence is written for this file;
none comes from a gold case."""

from __future__ import annotations

import pytest

from reconcile.align.compare import compare
from reconcile.align.comparison import Relation
from reconcile.claims.actor_tree import lineage, narrowest_named, place
from reconcile.claims.actors import find_actor
from reconcile.claims.context import Context

VERDICT = {Relation.SAME: "agree", Relation.COMPATIBLE: "agree", Relation.CONFLICT: "conflict",
           Relation.PARTIAL: "conflict", Relation.DIFFERENT: "unclear"}


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # one actor at two levels of naming: a command of a state's military, the military, the state
        ("u.s. central command forces", "united-states", "agree"),
        ("centcom", "the pentagon", "agree"),
        ("u.s. forces", "american", "agree"),
        ("israeli troops", "the idf", "agree"),
        ("israeli air force", "israel", "agree"),
        ("the israeli occupation", "israel", "agree"),
        ("al-quds brigades", "islamic jihad", "agree"),
        ("isis-k", "islamic state", "agree"),
        ("qassam brigades", "hamas", "agree"),
        ("zimbabwean soldiers", "zimbabwe", "agree"),
        ("russian troops", "the russian armed forces", "agree"),
        ("the guidance patrol", "morality police", "agree"),
        ("riot police", "police", "agree"),
        ("soldiers and police", "the army", "agree"),
        # different states or groups, or two bodies of one state
        ("israel", "palestinian islamic jihad", "conflict"),
        ("israeli troops", "hamas", "conflict"),
        ("islamic state", "ukraine", "conflict"),
        ("russian military", "ukrainian military", "conflict"),
        ("cia", "u.s. military", "conflict"),
        ("shin bet", "idf", "conflict"),
        ("hezbollah", "al-qaeda", "conflict"),
        # the tree cannot place one or both: not comparable, never agreement by default
        ("gunmen", "islamic state", "unclear"),
        ("gunmen", "militants", "unclear"),
        ("israeli settlers", "israel", "unclear"),
        ("ruling party activists", "precinct commission members", "unclear"),
        # the state's forces against a party outside the state named as the doer: a dispute (facets.toml
        # [actor_parties]); two parties outside the state, or the state without its forces, stay unclear
        ("masked individuals", "police", "conflict"),
        ("riot police", "protesters", "conflict"),
        ("soldiers and police", "armed men", "conflict"),
        ("israeli troops", "masked men", "conflict"),
        ("rebel forces", "soldiers", "conflict"),
        ("security forces", "demonstrators", "conflict"),
        ("militants", "protesters", "unclear"),
        ("ruling party activists", "rioters", "unclear"),
        ("israel", "gunmen", "unclear"),
        ("police and protesters", "soldiers", "unclear"),
        # a denial rules out what it denies and the bodies acting for it, not the state above it
        ("not central command", "u.s. central command forces", "conflict"),
        ("not israel", "the idf", "conflict"),
        ("not ukraine", "ukrainian special services", "conflict"),
        ("not central command", "united-states", "unclear"),
        ("not idf", "israel", "unclear"),
        ("not hamas", "islamic jihad", "unclear"),
        ("not police", "riot police", "conflict"),
        ("not ukraine", "not ukrainian intelligence", "agree"),
    ],
)
def test_actor_compatibility(a, b, expected):
    assert VERDICT[compare("actor", a, b).relation] == expected
    assert VERDICT[compare("actor", b, a).relation] == expected  # the order of two sources does not matter


def test_a_state_body_the_tree_does_not_list_acts_for_its_state():
    assert place("Chadian troops") == "chad military"
    assert lineage("chad military") == ["chad military", "chad"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the doer of a verb of harm, active or passive
        ("Turkish warplanes bombed the village at dawn.", ["turkey"]),
        ("The convoy was ambushed by Boko Haram on the road to Maiduguri.", ["boko haram"]),
        ("The shells were fired by the Syrian Arab Army from the hills.", ["syrian arab army"]),
        ("Unidentified gunmen opened fire on the minibus.", ["unidentified gunmen"]),
        ("Police fired rubber bullets into the crowd.", ["police"]),
        ("The two journalists were detained by plainclothes officers.", ["plainclothes officers"]),
        # the modifier of an act: a state, a possessive, a named body
        ("An Ethiopian air strike destroyed the bridge.", ["ethiopia"]),
        ("Russia's missile attack left the city without power.", ["russia"]),
        ("A Houthi drone attack set the tanker on fire.", ["houthi"]),
        # light verbs: the doer only when the object is an act of harm
        ("The navy carried out a strike on the port.", ["navy"]),
        ("The IDF conducted a raid in the camp overnight.", ["idf"]),
        ("The ministry launched an inquiry into the fire.", []),
        ("The army ordered an investigation into the deaths.", []),
        # who answers for the act
        ("Al-Shabaab claimed responsibility for the bombing.", ["al-shabaab"]),
        ("The Taliban accepted responsibility for the attack on the checkpoint.", ["taliban"]),
        pytest.param(
            "The governor said the Taliban bore responsibility for the attack.", ["taliban"],
            marks=pytest.mark.xfail(reason="the small English model parses 'bore' as a noun compound"),
        ),
        ("The prime minister blamed the massacre on the RSF.", ["rsf"]),
        ("Local officials held the militia responsible for the killings.", ["militia"]),
        ("The governor blamed the gangs for the killings.", ["gangs"]),
        ("Rebel commanders were responsible for the shelling of the market.", ["rebel commanders"]),
        # a denial of the act, not of something else
        ("Hezbollah has nothing to do with this attack.", ["not hezbollah"]),
        pytest.param(
            "The soldiers did not shoot at the protesters.", ["not soldiers"],
            marks=pytest.mark.xfail(strict=True, reason=(
                "a third party's negated deed is skipped: measured 2026-12-03, reading it as 'not <doer>' left the "
                "tuned actor figures unchanged and added two wrong held-out values; only a speaker's own negated "
                "deed ('we did not fire') is its denial (tests/claims/test_pronouns.py)")),
        ),
        # a doer inside a claim the sentence rejects is denied (wire, press release, official, witness styles)
        ("The claims that a Turkish drone struck the wedding are lies.", ["not turkey"]),
        ("Reports that a Russian missile hit the station are false, the ministry said.", ["not russia"]),
        ("The allegation that Israeli forces fired on the crowd is baseless.", ["not israeli forces"]),
        ("Accusations that soldiers shot the protesters are lies, the army said.", ["not soldiers"]),
        ("Suggestions that Ethiopian warplanes bombed the bridge were dismissed as propaganda.", ["not ethiopia"]),
        ("A Russian missile hit the station, the governor said.", ["russia"]),
        # people named as belonging to a body are that body; "members of the public" stays as said
        ("Our observers saw men of the auxiliary forces beat injured people on the ground.", ["auxiliary forces"]),
        ("Members of the Rapid Support Forces shot at the convoy.", ["rapid support forces"]),
        ("Elements of the Houthi militia fired the missile.", ["houthi militia"]),
        ("Members of the public attacked the van.", ["members of public"]),
        # a village the small model tags as a people or a body, named as a place in the same document
        ("The funeral was held in Dahyan on Friday. Dahyan bus strike was not justified, the panel said.", []),
        # no actor: a question about the doer names no one
        ("It is still unclear which group attacked the convoy.", []),
        ("Investigators could not say what gang had kidnapped the engineers.", []),
        # no actor: the weapon is no doer, a place is no doer
        ("A missile hit the fuel depot.", []),
        ("Residents described the Market Street bombing.", []),
    ],
)
def test_actor_as_an_argument_of_the_act(nlp, text, expected):
    found = [fv for fv in find_actor(nlp(text)[:], Context())]
    assert [str(fv.value) for fv in found] == expected
    assert all(fv.negated == str(fv.value).startswith("not ") for fv in found)


@pytest.mark.parametrize(
    "values, shown",
    [
        # a doer named loosely beside its name in one source's cell is the named one
        (("terrorists", "palestinian islamic jihad"), ("palestinian islamic jihad",)),
        (("gunmen", "radical islamists"), ("radical islamists",)),
        (("unidentified armed men", "al-shabaab militants"), ("al-shabaab militants",)),
        # a body above another of the same cell is the narrower one
        (("israel", "israel defense forces"), ("israel defense forces",)),
        (("islamic state", "islamic state khorasan"), ("islamic state khorasan",)),
        (("russia", "russian armed forces"), ("russian armed forces",)),
        # two doers, a doer alone, and denials stay
        (("soldiers", "police"), ("soldiers", "police")),
        (("gunmen",), ("gunmen",)),
        (("not idf", "terrorists", "islamic jihad"), ("not idf", "islamic jihad")),
        (("not palestine", "israel"), ("not palestine", "israel")),
        (("israel", "hamas"), ("israel", "hamas")),
    ],
)
def test_an_actor_cell_shows_the_doers_by_their_narrowest_name(values, shown):
    assert narrowest_named(values) == shown
