"""Telling someone to act (recall13). Our own sentences.

- "X told Y to V" demands the act of Y (CAMEO 100, REQUEST): the act told is asked, not done.
- "told reporters that ..." is speech and "told him about ..." news, no request; "were told to leave"
  with no one telling codes no request, as "were ordered to leave" does not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Nigerian defence minister told the militia leaders to hand over their hostages.",
            "Nigerian defence minister",
            "militia leaders",
        ),
        ("The State Department told Pakistan to close the training camps.", "State Department", "Pakistan"),
        (
            "The Egyptian students were told by the Libyan authorities to leave the country.",
            "Libyan authorities",
            "Egyptian students",
        ),
    ],
)
def test_telling_someone_to_act_demands_it(nlp: Language, text: str, source: str, target: str) -> None:
    events = code(nlp, text)
    request = by_rule(events, "request.tell-to")
    assert request.plover == "REQUEST"
    assert request.cameo == "100"
    assert source in [m.text for m in request.sources]
    assert target in [m.text for m in request.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean interior minister told reporters that the police would leave the campus.",
        "The Chilean interior minister told the Bolivian ambassador about the border plan.",
        "The Egyptian students were told to leave the country.",
        "Her grandmother told her to study medicine.",
    ],
)
def test_speech_news_or_an_unnamed_teller_demands_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule == "request.tell-to"]


def test_the_act_told_is_asked_not_done(nlp: Language) -> None:
    events = code(nlp, "The Sudanese president told the rebel commanders to lay down their arms.")
    assert [e for e in events if e.plover == "REQUEST"]
    assert all(e.modality != "actual" for e in events if e.plover == "RETREAT")


def test_a_meeting_told_of_after_stays_a_meeting(nlp: Language) -> None:
    # "told" codes only with its infinitive, so it still carries the nouns around it
    text = (
        '"The talks were hard," the Austrian chancellor told reporters'
        " after the meeting with the Czech premier."
    )
    consult = [e for e in code(nlp, text) if e.plover == "CONSULT"]
    assert consult
    assert "Czech premier" in [m.text for m in consult[0].targets]
