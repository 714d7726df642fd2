"""Political verbs in other senses, and word senses told by the object (stop-45 precision readings
j20 classes 1 and 4, j21). Our own sentences.

- Goods seized (drugs, arms, contraband, a load by the crate or the kilo) are confiscated (CAMEO
  1711), whatever place follows them; towns and airports seized are still taken (192).
- Doctors, nurses or a health body's staff deployed are humanitarian aid (073); troops and police
  deployed are still a show of force (150, 153).
- A source "who asked to remain anonymous" or "requested not to be identified" makes no request;
  a request of another ("asked the police to identify the suspects") still is one.
- People burning what is their own, with no one else named, attack no one; forces burning
  villagers' houses still do.
- A study or survey "supported by" foundations and agencies is research funded, no endorsement.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _codes(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.plover, e.cameo) for e in code(nlp, text) if e.modality == "actual"}


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized 400 crates of counterfeit perfume at the harbour on Monday.",
        "Border guards seized six tonnes of smuggled cigarettes near the crossing.",
        "Police seized weapons and drugs during the raid.",
    ],
)
def test_goods_seized_are_confiscated(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert ("COERCE", "1711") in codes, codes
    assert ("ASSAULT", "192") not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters seized the airport after a night of fighting.",
        "Troops seized the town of Kidal on Sunday.",
    ],
)
def test_places_seized_are_still_taken(nlp: Language, text: str) -> None:
    assert ("ASSAULT", "192") in _codes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization has deployed medical staff to the flooded provinces.",
        "The health ministry deployed doctors and nurses to the districts hit by cholera.",
        "The Kenyan health ministry deployed a team of experts to the refugee camp.",
    ],
)
def test_medical_staff_deployed_is_aid(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert ("AID", "073") in codes, codes
    assert not any(plover == "MOBILIZE" for plover, _ in codes)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The army deployed troops to the northern border.", "150"),
        ("The interior ministry deployed police to the stadium.", "153"),
    ],
)
def test_forces_deployed_are_still_mobilised(nlp: Language, text: str, cameo: str) -> None:
    assert ("MOBILIZE", cameo) in _codes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's office, which requested to remain anonymous, said nothing more.",
        "A spokesman who requested not to be identified said the talks had stalled.",
        "The Kenyan minister insisted on remaining anonymous when he spoke to reporters.",
    ],
)
def test_a_source_asking_to_stay_unnamed_requests_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry asked the police to identify the suspects.",
        "Kenya requested to be admitted to the trade bloc.",
        "The Kenyan union insisted on a pay rise from the ministry.",
    ],
)
def test_requests_of_others_stay(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers set fire to their own houses before fleeing the advancing militia.",
        "Some residents burned their homes so that the soldiers could not use them.",
    ],
)
def test_burning_ones_own_property_attacks_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen set fire to the villagers' houses.",
        "Soldiers burned their houses after the villagers fled.",
    ],
)
def test_burning_others_property_is_still_an_attack(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.plover == "ASSAULT"]


def test_research_supported_by_funders_is_no_endorsement(nlp: Language) -> None:
    text = "The survey was supported by two charities and the Ministry of Health."
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


def test_a_resolution_supported_is_still_support(nlp: Language) -> None:
    assert [e for e in code(nlp, "France supported the resolution on Syria.") if e.plover == "SUPPORT"]
