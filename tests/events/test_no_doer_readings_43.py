"""Readings with no act by anyone, or of the wrong kind, stop 43 (re-read of the draws).

A protest of words or of a ruling is a complaint (CAMEO 114), a demonstration only when
people protest in a place or against a policy; a hazard named as the "by" agent of a passive
threatens no one; animals slaughtered or culled are no victims. The sentences are our own,
with the readings the same words must keep.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The rights group protested the senator's comments on immigrants.",
        "The American Civil Liberties Union protested the governor's remarks about immigrants.",
    ],
)
def test_a_protest_of_words_is_a_complaint(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "PROTEST"], events
    assert find(events, "ACCUSE").cameo == "114", events


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students protested in the capital on Friday.",
        "Farmers protested against the new tax outside parliament.",
        "Students protested the tuition increase outside the ministry.",
    ],
)
def test_a_demonstration_stays_a_protest(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "PROTEST").cameo.startswith("14"), events


@pytest.mark.parametrize(
    "text",
    [
        "The agency appealed for money to help refugees in two camps in Kenya threatened by flooding.",
        "Thousands of families in the valley were threatened by floods last week.",
        "Villages along the coast were threatened by the cyclone.",
    ],
)
def test_a_hazard_threatens_no_one(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "THREATEN"], events


def test_people_threatened_by_people_stay_threatened(nlp: Language) -> None:
    events = code(nlp, "Opposition leaders in Uganda were threatened by the police.")
    assert find(events, "THREATEN").cameo == "130", events


@pytest.mark.parametrize(
    "text",
    [
        "Despite advice from vets, the Mexican government has ordered all 200,000 pigs in the country"
        " to be slaughtered, a decision the WHO criticised.",
        "The Egyptian government has ordered all the pigs in the country to be slaughtered.",
        "Health officials in Vietnam ordered thousands of chickens in the province to be slaughtered.",
        "Farmers in Denmark killed millions of mink in the country.",
    ],
)
def test_animals_culled_are_no_victims(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "ASSAULT"], events


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen slaughtered dozens of villagers in the country's north.",
        "Soldiers killed three protesters in the capital.",
    ],
)
def test_people_slaughtered_stay_victims(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert find(events, "ASSAULT").targets, events
