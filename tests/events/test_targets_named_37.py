"""Targets on real news, stop 37 (issue 11, helper G), on sentences written by the team:
talks named for an organisation have no host as their other side; a deployment at home has no
place target; an appeal made at a body of states asks that body, and a participle's place is where
a thing was made; those a meeting is "of" are met; goods measured by a sum are its owner's; a
participle of aiming names an act's target; a person coordinated before a title's owner is a party."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def test_talks_named_for_an_organisation_have_no_host_target(nlp: Language) -> None:
    """U.N. climate talks held in Bonn are among the U.N.'s members: Germany only hosts them."""
    event = find(code(nlp, "The Kenyan minister took part in U.N. climate talks in Bonn."), "CONSULT")
    assert [a.country for a in event.targets] != ["DEU"]


def test_talks_in_a_foreign_capital_still_have_its_host(nlp: Language) -> None:
    event = find(code(nlp, "Japan's foreign minister held talks in Seoul on Monday."), "CONSULT")
    assert [a.country for a in event.targets] == ["KOR"]


def test_a_deployment_at_home_has_no_place_target(nlp: Language) -> None:
    """Fighters sent across their own region go somewhere, not against anyone named."""
    event = find(code(nlp, "The rebel group deployed fighters across Darfur."), "MOBILIZE")
    assert not event.targets


def test_a_deployment_abroad_keeps_the_place_it_goes_into(nlp: Language) -> None:
    event = find(code(nlp, "Russia deployed troops in Crimea."), "MOBILIZE")
    assert [a.country for a in event.targets] == ["UKR"]


def test_where_a_plan_was_drafted_is_not_whom_support_is_asked_of(nlp: Language) -> None:
    """A place in a participle on what is asked for ("a plan drafted in Cairo") is where it was
    made: the appeal asks nothing of Egypt."""
    events = code(nlp, "The Dutch minister urged support for a truce plan drafted in Cairo.")
    assert all(a.country != "EGY" for e in events for a in e.targets)


def test_an_appeal_made_at_a_body_of_states_asks_that_body(nlp: Language) -> None:
    text = (
        "Speaking at the Security Council on Tuesday, the Dutch foreign minister urged support"
        " for a peace plan announced in Kenya by President Okello."
    )
    event = find(code(nlp, text), "REQUEST")
    assert [a.text for a in event.targets] == ["Security Council"]


def test_an_appeal_at_a_body_to_a_named_state_asks_that_state(nlp: Language) -> None:
    event = find(
        code(nlp, "At the United Nations, the Dutch foreign minister urged Russia to withdraw."), "REQUEST"
    )
    assert [a.country for a in event.targets] == ["RUS"]


def test_those_a_meeting_is_of_are_met_by_who_attends_it(nlp: Language) -> None:
    event = find(
        code(nlp, "Senator Okafor attended a meeting of senior party officials in Lagos."), "CONSULT"
    )
    assert [a.text for a in event.targets] == ["senior party officials"]


def test_goods_measured_by_a_sum_are_of_the_sums_owner(nlp: Language) -> None:
    """ "goods worth $3 billion in American exports": a tariff on them falls on the United States."""
    for text in (
        "Brazil imposed tariffs on goods worth $3 billion in American exports.",
        "Brazil slapped tariffs on a list of goods that amounted to $3 billion in American exports.",
    ):
        event = find(code(nlp, text), "SANCTION")
        assert [a.country for a in event.targets] == ["USA"], text


def test_a_participle_of_aiming_names_an_acts_target(nlp: Language) -> None:
    """ "strikes aimed at X", "sanctions targeting X": the act's noun is aimed at X."""
    events = code(nlp, "Russia launched strikes aimed at Ukrainian troops.")
    strikes = [e for e in events if e.trigger.text == "strikes"]
    assert strikes and [a.text for a in strikes[0].targets] == ["Ukrainian troops"]
    sanctions = find(code(nlp, "The EU imposed sanctions targeting Russian banks."), "SANCTION")
    assert [a.text for a in sanctions.targets] == ["Russian banks"]


def test_a_person_named_before_an_owners_title_is_met_too(nlp: Language) -> None:
    """ "met with Kellerman and Obama adviser Dana Marsh": Kellerman is a party, not an owner of
    the adviser's title (the parse's reading)."""
    text = (
        "Former attorney general John Kellerman resigned in May. Senator Ruiz met with Kellerman"
        " and Obama adviser Dana Marsh on Friday."
    )
    event = find(code(nlp, text), "CONSULT")
    assert {a.text for a in event.targets} == {"Dana Marsh", "Kellerman"}
