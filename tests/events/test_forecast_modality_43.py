"""Modality of forecasts (stop 43, scope6). The sentences are our own.

- An event noun that a verb under "could", "might" or "may" takes as its object or after its
  preposition ("delaying could expose the cabinet to criticism from the unions") is a possible
  consequence: hypothetical, neither done nor anyone's future act; the same verb in the past
  tells it as done.
- A future told by another side ("analysts say Iran will negotiate") is their forecast, no
  intent of the doer (no AGREE 03x); the doer's own side saying it ("Iran said it will
  negotiate") stays an intent.
- A noun of commitment governs its infinitive as "pledged to" does: "reaffirmed the
  government's commitment to help the flood victims" promises help, it gives none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Postponing the budget, aides admitted, could open the cabinet up to criticism from the unions.",
        "Cancelling the referendum might expose the premier to criticism from the European Union.",
    ],
)
def test_a_possible_consequence_is_hypothetical(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert events
    assert all(e.modality == "hypothetical" for e in events)


def test_the_same_consequence_in_the_past_is_done(nlp: Language) -> None:
    text = "Postponing the budget exposed the cabinet to criticism from the unions."
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert events
    assert all(e.modality == "actual" for e in events)


def test_a_circumstance_of_a_possible_act_is_not_possible(nlp: Language) -> None:
    # the minister's resignation is possible; the bombing it would follow is not in question
    text = "The minister could resign after the bombing of the embassy."
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT" and e.modality == "hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Venezuela will negotiate with the creditors next month.",
        "A Western diplomat told reporters that Venezuela will negotiate with the creditors.",
    ],
)
def test_another_sides_forecast_is_no_intent(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.rule.startswith("consult.negotiate")]
    assert events
    assert all(Inference.INTENT not in e.inferences and e.modality != "actual" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela said it will negotiate with the creditors next month.",
        "Venezuela will negotiate with the creditors next month.",
    ],
)
def test_the_doers_own_future_stays_an_intent(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert any(e.cameo.startswith("03") and Inference.INTENT in e.inferences for e in events)


def test_help_under_a_commitment_is_promised_not_given(nlp: Language) -> None:
    text = "The envoy reaffirmed the government's commitment to help villagers displaced by the floods."
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "AID" and e.modality == "actual"]
    assert any(e.plover == "AGREE" for e in events)


def test_help_given_is_still_done(nlp: Language) -> None:
    text = "The government has helped villagers displaced by the floods."
    assert any(e.plover == "AID" and e.modality == "actual" for e in code(nlp, text))
