"""Wrong types from wrong readings (stop 42, types4). The sentences are our own.

A response promised with words of force is a threat of force (CAMEO 138), not intent to cooperate;
backing someone with arms or money is material aid (072, 071), not words of support (051); a rescue
saves people (073), not a deal; fire from artillery and tanks is 194, from aircraft 195, not the
small-arms code 193.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan promised a proportionate response to the shelling of its villages.",
        "The Iranian defence minister vowed a crushing response to any strike on the reactor.",
    ],
)
def test_a_forceful_response_promised_is_a_threat(nlp: Language, text: str) -> None:
    threat = find(code(nlp, text), "THREATEN")
    assert threat.cameo == "138"


def test_a_response_to_a_disaster_promised_is_no_threat(nlp: Language) -> None:
    events = code(nlp, "The Chilean governor promised a swift response to the wildfires.")
    assert not [e for e in events if e.plover == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran backs the Houthi rebels with missiles and military advisers.", "072"),
        ("Qatar backs the Sudanese government with loans and cash.", "071"),
    ],
)
def test_backing_with_arms_or_money_is_aid(nlp: Language, text: str, cameo: str) -> None:
    events = code(nlp, text)
    aid = find(events, "AID")
    assert aid.cameo == cameo
    assert not [e for e in events if e.plover == "SUPPORT"]


def test_backing_a_proposal_stays_support(nlp: Language) -> None:
    support = find(code(nlp, "Portugal backs the Spanish proposal on fishing quotas."), "SUPPORT")
    assert support.cameo == "051"


def test_a_deal_rescued_is_no_aid(nlp: Language) -> None:
    events = code(nlp, "American pressure rescued the grain deal at the last minute.")
    assert not [e for e in events if e.plover == "AID"]


def test_people_rescued_are_aided(nlp: Language) -> None:
    rescue = find(code(nlp, "Italian coast guards rescued 60 migrants off Lampedusa."), "AID")
    assert rescue.cameo == "073"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Armenian artillery fired on Azerbaijani positions near the border.", "194"),
        ("Israeli tanks opened fire on a Hamas post in Gaza.", "194"),
        ("Russian helicopters fired on Ukrainian positions near the river.", "195"),
    ],
)
def test_heavy_and_aerial_fire_have_their_codes(nlp: Language, text: str, cameo: str) -> None:
    assert find(code(nlp, text), "ASSAULT").cameo == cameo


def test_troops_firing_keep_the_small_arms_code(nlp: Language) -> None:
    assault = find(code(nlp, "Indian troops fired on Pakistani soldiers in Kashmir."), "ASSAULT")
    assert assault.cameo == "193"


def test_a_ship_rescued_is_its_crew_aided(nlp: Language) -> None:
    rescue = find(code(nlp, "A Spanish frigate rescued a Liberian tanker attacked by pirates."), "AID")
    assert rescue.cameo == "073"
