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
