"""Senses a verb takes from its object: an investigation is of something (CAMEO 09); accepting
money is no agreement."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find


@pytest.mark.parametrize(
    "text",
    [
        "By the time the Kenyan police arrived to investigate, the market had burned down.",
        "A Danish navy helicopter took off from the frigate to investigate.",
    ],
)
def test_going_to_investigate_is_no_inquiry(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo.startswith("09")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan police are investigating the governor of Nairobi.",
        "The governor of Nairobi was investigated by the Kenyan police.",
    ],
)
def test_an_investigation_of_someone_is_still_coded(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo.startswith("09")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator attacked the governor of Nairobi for accepting donations from developers.",
        "The mayor of Lagos accepted a bribe from the contractor, prosecutors said.",
    ],
)
def test_accepting_money_is_no_agreement(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


def test_accepting_an_offer_is_still_an_agreement(nlp: Language) -> None:
    assert find(code(nlp, "The Kenyan government accepted Uganda's offer of talks."), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The former Brazilian president gave a paid speech in Denver to a bank.",
        "The Kenyan minister gave two interviews in Nairobi to the state broadcaster.",
    ],
)
def test_a_place_after_give_is_no_giving_in(nlp: Language, text: str) -> None:
    """issue 10, real news: "a speech he gave in Las Vegas" was coded CONCEDE "give in" with Las
    Vegas as the one given in to. A particle the rule reads with no object of its own ("give in",
    "cave in") is no particle when the word has an object: it is then a preposition of place."""
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"], code(nlp, text)


def test_giving_in_to_demands_is_still_a_concession(nlp: Language) -> None:
    events = code(nlp, "The Chilean government gave in to the miners' demands in Santiago.")
    assert [e for e in events if e.plover == "CONCEDE"], events
