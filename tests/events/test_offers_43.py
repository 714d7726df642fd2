"""Offers and promises of a named act, stop 43 (issue 10: recall on political articles).

An offer gives way to the act its infinitive codes, as a promise does ("offered to free the
captives" is CAMEO 0353, "offered to step down" 034); a move of forces offered or promised to help
or shield someone is offered military protection (CAMEO 0334), no threat of force; aid of a named
kind promised is the matching intent (07x -> 033x). The sentences are our own, with the readings
the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tanzania offered to send troops to help the Mozambican government.", "TZA", "MOZ"),
        ("Senegal pledged to deploy soldiers to protect the Gambian president.", "SEN", "GMB"),
        ("Rwanda promised to send more troops to defend the Burundian government.", "RWA", "BDI"),
    ],
)
def test_forces_sent_to_help_someone_are_offered_protection(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 0334: a deployment promised for a protecting purpose is no threat."""
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "THREATEN"], events
    event = find(events, "AGREE")
    assert event.cameo == "0334" and dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "Moscow vowed to send more troops to crush the Dagestani insurgents.",
        "Ethiopia threatened to send troops into Eritrea.",
        "Tehran vowed to strike Saudi Arabia to defend the Houthis.",
    ],
)
def test_forces_sent_against_someone_stay_a_threat(nlp: Language, text: str) -> None:
    """A deployment to crush someone, or a strike whatever its purpose, is still a threat."""
    events = code(nlp, text)
    assert find(events, "THREATEN").cameo.startswith("13"), events
    assert not [e for e in events if e.cameo == "0334"], events


def test_forces_offered_are_offered_protection_whatever_their_purpose(nlp: Language) -> None:
    """An offer of troops puts them at another's service: 0334, even to hand out food."""
    events = code(nlp, "Canada offered to send 2,000 troops to distribute medicine in Haiti.")
    assert not [e for e in events if e.plover == "THREATEN"], events
    assert "0334" in [e.cameo for e in events], events


def test_peacekeepers_promised_are_intent_to_protect(nlp: Language) -> None:
    """CAMEO 074 promised is 0334, as an offer of peacekeepers is."""
    event = find(code(nlp, "Bangladesh promised to send peacekeepers to South Sudan."), "AGREE")
    assert event.cameo == "0334" and dyad(event) == ({"BGD"}, {"SSD"}), event


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Houthis offered to free the detained Saudi pilots.", "0353"),
        ("Azerbaijan offered to hand back the captured Armenian soldiers.", "0353"),
        ("The Peruvian interior minister offered to resign.", "034"),
        ("Canberra offered to lift its tariffs on Chinese steel.", "0354"),
    ],
)
def test_an_offer_is_the_act_offered(nlp: Language, text: str, cameo: str) -> None:
    """An offer to release, to resign or to ease a sanction is that intent, not a bare 030."""
    events = code(nlp, text)
    assert [e.cameo for e in events if e.plover == "AGREE"] == [cameo], events


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch premier offered condolences to the Turkish people.",
        "The minister offered no explanation for the delay.",
    ],
)
def test_an_offer_of_words_promises_nothing(nlp: Language, text: str) -> None:
    """No act embedded: an offer of condolences or of no explanation is no promise."""
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"], code(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Bolivian president extended a hand of friendship to Santiago.", "BOL", "CHL"),
        ("The new Pakistani premier extended an olive branch to New Delhi.", "PAK", "IND"),
        ("The Serbian president held out a hand of friendship to Pristina.", "SRB", "XKX"),
    ],
)
def test_a_hand_held_out_to_a_side_is_intent_to_cooperate(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 030: a hand of friendship or an olive branch extended to another side."""
    event = find(code(nlp, text), "AGREE")
    assert event.cameo == "030" and dyad(event) == ({source}, {target}), event


def test_a_term_extended_is_no_hand_held_out(nlp: Language) -> None:
    events = code(nlp, "The Zambian president extended his term by a year.")
    assert not [e for e in events if e.plover == "AGREE"], events


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Peruvian labour minister promised to punish mining firms that pollute rivers.", "130"),
        ("The Indonesian government vowed to penalise palm oil companies that clear the forest.", "132"),
        ("The Egyptian president vowed to punish those behind the bombing.", "130"),
    ],
)
def test_a_penalty_promised_is_a_threat(nlp: Language, text: str, cameo: str) -> None:
    """CAMEO 13x: a promise to punish or penalise threatens (172 promised is 132)."""
    assert find(code(nlp, text), "THREATEN").cameo == cameo, code(nlp, text)


def test_a_penalty_imposed_coerces_and_one_in_private_life_codes_nothing(nlp: Language) -> None:
    assert find(code(nlp, "The Thai court punished the protest leaders."), "COERCE").cameo == "170"
    assert not code(nlp, "The teacher punished her pupils.")
