"""Welcoming (stop 45; a judged event on real news: "as he welcomed several hundred guests" coded as
support). Our own sentences.

Welcoming a leader or a delegation is hosting their visit (CAMEO 043, CONSULT); welcoming guests, visitors
or a crowd names no act; welcoming a decision or a deal is approval (051, SUPPORT).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president welcomed the Ugandan leader to Nairobi.",
        "The Kenyan president welcomed a delegation of Chinese officials.",
    ],
)
def test_a_leader_or_a_delegation_welcomed_is_a_visit_hosted(nlp: Language, text: str) -> None:
    assert [(e.plover, e.cameo) for e in code(nlp, text)] == [("CONSULT", "043")]


def test_guests_welcomed_are_no_act(nlp: Language) -> None:
    assert not code(nlp, "The Kenyan president welcomed several hundred guests at the state house.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president welcomed the ceasefire deal.",
        "The Kenyan president welcomed the Ugandan leader's decision.",
    ],
)
def test_a_decision_welcomed_is_still_approval(nlp: Language, text: str) -> None:
    assert [e.plover for e in code(nlp, text)] == ["SUPPORT"]


def test_a_crowd_asked_to_welcome_a_leader_hosts_no_visit(nlp: Language) -> None:
    text = "The senator asked the crowd to welcome the Kenyan governor."
    assert not [e for e in code(nlp, text) if e.cameo == "043"]
