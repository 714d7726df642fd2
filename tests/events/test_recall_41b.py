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

