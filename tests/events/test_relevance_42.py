"""Relevance classes of round 42, on sentences written by the team: a disease, a hazard or an
accident does nothing (no actor, no event); political verbs in other senses (an ill fought, a
campaign's people deployed, a remark offered, a visit to a ward or to private people) are no
events; and a private person's weapon shown is a threat, no state's show of force."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, coded_types

pytestmark = pytest.mark.slow


# 1. A disease, a hazard or an accident as the doer: no one acted.


@pytest.mark.parametrize(
    "text",
    [
        "H5N1 has killed 40 poultry workers in Egypt since 2006.",
        "H5N1, first found in geese in Guangdong, has killed 40 poultry workers.",
        "The H5N1 strain has killed 18 Egyptian women this year.",
        "The outbreak of H5N1 has killed 18 Egyptian women.",
        "A gas explosion at a coal mine in Shanxi killed 20 miners.",
        "A blast at a fireworks depot in Guangdong killed nine workers and was blamed on faulty wiring.",
        "A blast at a hotel in Kabul wounded 12 people and may have been caused by a gas leak.",
    ],
)
def test_a_disease_or_an_accident_is_no_attacker(nlp: Language, text: str) -> None:
    assert "ASSAULT" not in coded_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban, which has spread across the province, has killed 35 farmers.",
        "A bomb at a hotel in Kabul wounded 12 people.",
    ],
)
def test_an_armed_group_or_a_bomb_still_attacks(nlp: Language, text: str) -> None:
    assert "ASSAULT" in coded_types(nlp, text)


# 2. Political verbs in other senses.


@pytest.mark.parametrize(
    "text",
    [
        "Charities in Ohio are fighting child poverty.",
    ],
)
def test_an_ill_fought_is_no_attack(nlp: Language, text: str) -> None:
    assert "ASSAULT" not in coded_types(nlp, text)


def test_an_army_fighting_rebels_still_attacks(nlp: Language) -> None:
    assert "ASSAULT" in coded_types(nlp, "The army fought rebels and bandits in the hills.")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor visited patients at the city hospital.",
        "The minister toured the ward and visited Kenya's largest hospital.",
        "Nurses will visit elderly residents in their homes.",
    ],
)
def test_a_visit_to_a_ward_or_to_private_people_is_no_consultation(nlp: Language, text: str) -> None:
    visits = [e for e in code(nlp, text) if e.rule.startswith("consult.visit")]
    assert not visits, [(e.plover, e.rule) for e in visits]


@pytest.mark.parametrize(
    "text",
    [
        "The minister visited Kenya's president.",
        "The governor visited wounded soldiers at a hospital.",
        "The president visited Mexico last week.",
        "The prime minister visited the White House on Friday.",
    ],
)
def test_a_visit_to_an_actor_is_still_a_consultation(nlp: Language, text: str) -> None:
    assert "CONSULT" in coded_types(nlp, text)


def test_thoughts_offered_are_no_offer(nlp: Language) -> None:
    assert "AGREE" not in coded_types(nlp, "The senator offered up his thoughts on Iran.")


def test_a_compromise_offered_is_still_an_offer(nlp: Language) -> None:
    assert "AGREE" in coded_types(nlp, "The senator offered up a compromise on the budget.")


def test_a_campaigns_surrogates_deployed_are_no_forces(nlp: Language) -> None:
    assert "MOBILIZE" not in coded_types(
        nlp, "Senator Warren's campaign deployed surrogates to Iowa and Ohio."
    )


def test_troops_deployed_are_still_mobilised(nlp: Language) -> None:
    assert "MOBILIZE" in coded_types(nlp, "Troops were deployed to the border.")


# 3. A private person's weapon shown is a threat, no state's show of force.


@pytest.mark.parametrize(
    "text",
    [
        "Police said the gunman pointed a pistol at a cashier.",
        "A man aimed a shotgun at two neighbours.",
    ],
)
def test_a_private_persons_weapon_shown_is_a_threat(nlp: Language, text: str) -> None:
    types = coded_types(nlp, text)
    assert "MOBILIZE" not in types and "THREATEN" in types, types


def test_soldiers_aiming_rifles_still_show_force(nlp: Language) -> None:
    assert "MOBILIZE" in coded_types(nlp, "Soldiers aimed their rifles at the crowd.")
