"""Acts still missed on the stop-41 recall readings (r5/r6, recall2).

An act carried on ("pressed on with its attacks", "pushed ahead with the raids"): a verb of going
on carries the act of its "with" phrase as "continued its attacks" carries its object, so the act
is coded as its doer's (PLOVER 2.0 ASSAULT for attacks); and a pledge to go on with force is a
threat (CAMEO 13). Going on with a speech or a reform is no act of anyone on anyone. The sentences
are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The rebel commander vowed to press on with the attacks on the capital.", "rebel commander"),
        ("The Ethiopian army has pressed on with its attacks on the Tigrayan towns.", "Ethiopian army"),
        ("The Burmese army pushed ahead with its attacks on the border villages.", "Burmese army"),
    ],
)
def test_an_attack_pressed_on_with_is_its_doers_assault(nlp: Language, text: str, source: str) -> None:
    assault = find(code(nlp, text), "ASSAULT")
    assert source in [m.text for m in assault.sources]


def test_a_pledge_to_press_on_with_an_attack_is_a_threat(nlp: Language) -> None:
    events = code(nlp, "The junta pledged to press on with its attack on the rebel-held port.")
    assert find(events, "THREATEN").cameo.startswith("13")
    assert not [e for e in events if e.plover == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch minister pressed on with her speech despite the heckling.",
        "The Polish government pushed ahead with its pension reform.",
        "The Kenyan finance ministry pressed ahead with the sale of the port.",
    ],
)
def test_going_on_with_what_is_no_act_codes_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("ASSAULT", "THREATEN", "COERCE")]


def test_a_withdrawal_completed_is_no_call_for_one(nlp: Language) -> None:
    """ "press" asks alone ("pressed for a withdrawal"): its "press on" makes it no phase verb that
    would let "completed" carry the asking noun."""
    events = code(nlp, "The Dutch army completed its withdrawal of troops from Mali last year.")
    assert find(events, "RETREAT")
    assert not [e for e in events if e.plover == "REQUEST"]


# Taking up an offer or a proposal is accepting it (CAMEO 057, PLOVER 2.0 AGREE, as "accepted the
# proposal"); taking up arms, a post or a matter accepts nothing.
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Kenyan president took up the Ethiopian offer of talks on the dam.", "Ethiopian"),
        ("The Colombian government took up the rebels' proposal for a truce.", "rebels"),
        ("The Serbian government has taken up the European Union's plan for the border.", "European Union"),
    ],
)
def test_an_offer_taken_up_is_accepted(nlp: Language, text: str, owner: str) -> None:
    agreement = find(code(nlp, text), "AGREE")
    assert agreement.cameo == "030"  # accepting an offer is intent to cooperate, not a signed deal
    assert any(owner in m.text for m in agreement.targets)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish villagers took up arms against the Turkish army.",
        "The Chilean senator took up the post of ambassador to Peru.",
        "The Italian minister took up the matter with the Libyan envoy.",
    ],
)
def test_taking_up_what_is_no_offer_accepts_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE" and e.rule == "agree.take-up-offer"]
