"""Intent read where there is none (stop 43, intent5). The sentences are our own.

- An act in the participle adjunct of a verb under an obligation ("will have to take a new
  course, bargaining with each buyer") is the manner of what is demanded: hypothetical, as the
  verb it hangs on is, not the doer's intent (CAMEO 03x).
- A plan put into effect ("launched a plan to lend money to farmers"): the act the plan sets
  going is done, coded by its own rule, not an intent; a plan announced, or one still to be
  launched, stays an intent.
- A meeting noun to come whose one party is a single named person ("the councillor will hold a
  town hall meeting") names no one to meet: no intent to meet (CAMEO 036), no event; a meeting
  with someone, one a body holds, or one held stays.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

from wirewatch.model import Inference

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "After the summit collapsed, Canberra will have to find another path, negotiating "
            "trade deals with each partner in turn.",
            "consult.negotiate",
        ),
        (
            "Without the treaty, Brazil will need to change tack, negotiating separate accords "
            "with its neighbours.",
            "consult.negotiate",
        ),
    ],
)
def test_an_act_in_the_manner_of_an_obligation_is_no_intent(nlp: Language, text: str, rule: str) -> None:
    events = [e for e in code(nlp, text) if e.rule.startswith(rule)]
    assert all(Inference.INTENT not in e.inferences and e.modality != "actual" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Ottawa will open talks with the provinces next week.",
        "Canberra will take another path, negotiating trade deals with each partner in turn.",
    ],
)
def test_a_stated_future_negotiation_stays_an_intent(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert any(e.cameo.startswith("03") and Inference.INTENT in e.inferences for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The provincial government launched a plan to give grants to small farmers.",
        "Last month the ministry introduced a plan to provide loans to fishermen hit by the storm.",
    ],
)
def test_the_act_of_a_plan_launched_is_done(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "AID"]
    assert events
    assert all(Inference.INTENT not in e.inferences and e.modality == "actual" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The provincial government announced a plan to give grants to small farmers.",
        "The provincial government will launch a plan to give grants to small farmers.",
    ],
)
def test_a_plan_announced_or_to_come_stays_an_intent(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "AID" and e.modality == "actual"]
    assert any(e.plover == "AGREE" for e in events)


def test_two_leaders_meeting_on_friday_stays_an_intent(nlp: Language) -> None:
    event = by_rule(code(nlp, "The two leaders will meet on Friday."), "consult")
    assert Inference.INTENT in event.inferences


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Maria Lopez said she will hold a town hall meeting on Thursday about the flooding.",
        "Governor Alan Brooks will host a public meeting next week on the new toll road.",
    ],
)
def test_a_meeting_to_come_with_one_named_party_is_no_intent(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule.startswith("consult.meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Alan Brooks will hold a meeting with the union leaders on Monday.",
        "The cabinet will hold a meeting on Friday.",
        "Councillor Maria Lopez held a meeting on Thursday about the flooding.",
    ],
)
def test_a_meeting_with_another_party_a_body_or_done_stays(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.rule.startswith("consult.meeting")]
