"""Targets a sentence names that an event used to leave out (issues 10 and 11, stop 36), on
sentences written by the team: the one a threat or a promise would make act is its target; an
agentless attack is by whoever fires in its "when" clause (a source named and left out)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Senator Tom Hale threatened to have Lucy Brandt arrested.", "Lucy Brandt"),
        ("The Iowa senator threatened to make the Pentagon hand over the files.", "Pentagon"),
    ],
)
def test_the_one_a_threat_would_make_act_is_its_target(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "THREATEN")
    assert [a.text for a in event.targets] == [target]


def test_a_state_one_is_brought_to_is_no_act_made(nlp: Language) -> None:
    """ "make X more ready to fight" brings X to a state: X is not the one a promise is aimed at."""
    text = (
        "The French minister promised to share intelligence and work to make Malian troops "
        "more ready to fight."
    )
    event = find(code(nlp, text), "AGREE")
    assert not event.targets


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "A police officer was killed in Newark when the gang members Tom Reyes and Lee Marsh were "
            "spraying bullets from a rooftop.",
            ["gang members Tom Reyes", "Lee Marsh"],
        ),
        (
            "Two Afghan soldiers were wounded in Kabul as insurgents lobbed grenades over the wall.",
            ["insurgents"],
        ),
    ],
)
def test_an_agentless_attack_takes_the_doers_its_clause_names_firing(
    nlp: Language, text: str, sources: list[str]
) -> None:
    """ "was killed when gang members were spraying bullets": whoever fires what strikes in the
    clause did it, not unknown attackers of the place."""
    event = find(code(nlp, text), "ASSAULT")
    assert [a.text for a in event.sources] == sources
    assert not event.inferences & (Inference.UNATTRIBUTED | Inference.UNATTRIBUTED_BOMBING)


def test_a_ship_named_in_apposition_is_of_its_heads_country(nlp: Language) -> None:
    """ "an Ethiopian ship, MV Gibe": the ship rescued is an Ethiopian business, not Ethiopia."""
    text = "The Indian destroyer rescued an Ethiopian ship, MV Gibe, in the Gulf of Aden."
    event = find(code(nlp, text), "AID")
    assert [(a.text, a.country, a.sector) for a in event.targets] == [("MV Gibe", "ETH", "BUS")]


def test_private_persons_shooting_use_no_military_force(nlp: Language) -> None:
    """Two men of no office, force or group firing at someone assault (CAMEO 18), with no
    conventional military force (19)."""
    text = "Tom Reyes and Lee Marsh fired at a police officer outside a bar in Newark."
    event = find(code(nlp, text), "ASSAULT")
    assert [a.text for a in event.sources] == ["Tom Reyes", "Lee Marsh"]
    assert event.cameo.startswith("18")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Police say Tom Reyes, 20, a member of a Newark gang, fired the shots meant for rival gang "
            "members from the Elm Street projects.",
            ("USA", "CRM"),
        ),
        ("Hamas militants fired shots meant for Israeli soldiers near the fence.", ("ISR", "MIL")),
    ],
)
def test_an_actor_inside_an_acts_phrase_is_its_target_not_its_country(
    nlp: Language, text: str, target: tuple[str, str]
) -> None:
    """The place-target search that finds "Kyiv" in "shelled Kyiv" for Ukraine meets actors too: a
    gang or soldiers met in the act's phrase are the ones struck, not their country as a place."""
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.country, a.sector) for a in event.targets] == [target]


def test_a_verbal_act_told_to_someone_is_aimed_at_them(nlp: Language) -> None:
    """ "told the imam that she apologizes": the apology is to the imam (whom it is told to)."""
    text = "Governor Ann Cole visited the mosque on Sunday and told the imam she apologizes for the remarks."
    event = find(code(nlp, text), "CONCEDE")
    assert [(a.text, a.sector) for a in event.targets] == [("imam", "REL")]


def test_a_verbal_act_told_to_the_press_is_aimed_at_no_reporter(nlp: Language) -> None:
    event = find(
        code(nlp, "Iowa Governor Ann Cole told reporters that she apologizes for the remarks."), "CONCEDE"
    )
    assert not event.targets


def test_people_struck_are_of_the_place_the_act_struck(nlp: Language) -> None:
    """ "shelled Kadugli, killing 20 people": the people are Sudanese (the place struck), not of
    the speakers' town named in the attribution."""
    text = "Rebels shelled Kadugli on Sunday, killing about 20 people, aid workers in Nairobi said."
    event = find(code(nlp, text), "ASSAULT")
    assert [(a.text, a.country) for a in event.targets] == [("people", "SDN")]


def test_an_object_put_after_an_as_phrase_is_still_the_verbs(nlp: Language) -> None:
    """ "condemned as a grave crime Uganda's shelling": the shelling condemned is Uganda's."""
    event = find(
        code(nlp, "Kenya on Monday condemned as a grave crime Uganda's shelling of border villages."),
        "ACCUSE",
    )
    assert [a.country for a in event.targets] == ["UGA"]


def test_a_modifier_read_as_a_group_in_an_acts_phrase_is_no_target(nlp: Language) -> None:
    """ "suspended part of a military aid program": the "military" of "military aid" is no one
    struck (an actor met inside the act's phrase is taken only with a country of its own)."""
    text = (
        "The United States suspended part of a military aid program for Kenya aimed at training its police."
    )
    event = find(code(nlp, text), "SANCTION")
    assert all(a.sector != "MIL" for a in event.targets)
