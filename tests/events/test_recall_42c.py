"""Acts still missed on the stop-42 recall readings (r7/r8, recall7). The sentences are our own.

- A support verb with an event noun codes as the noun's own verb does: "made an offer to the
  nurses" offers (CAMEO 030, PLOVER AGREE, as agree.offer), "gave its approval to the mayor's
  plan" endorses (CAMEO 051, SUPPORT, as support.endorse).
- Failing a duty, said of an actor in a reported clause, is blame (CAMEO 111, ACCUSE): "said the
  ministry failed to protect the marchers"; failing at what is no duty ("failed to win the
  vote") blames no one.
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
            "The Zambian government made an offer to the striking nurses.",
            "Zambian government",
            "striking nurses",
        ),
        ("The rebel commander extended an offer to the Malian army.", "rebel commander", "Malian army"),
    ],
)
def test_an_offer_made_to_an_actor_is_an_offer(nlp: Language, text: str, source: str, target: str) -> None:
    offer = by_rule(code(nlp, text), "agree.offer.n")
    assert source in [m.text for m in offer.sources]
    assert target in [m.text for m in offer.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch bank made a takeover offer to the shareholders of the Belgian insurer.",
        "The Zambian government rejected an offer from the striking nurses.",
    ],
)
def test_a_bid_for_shares_or_an_offer_received_is_no_offer_made(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule == "agree.offer.n"]


def test_approval_given_to_an_actors_plan_endorses_it(nlp: Language) -> None:
    approval = by_rule(
        code(nlp, "The Chilean senate gave its approval to the president's pension plan."),
        "support.approval.n",
    )
    assert "Chilean senate" in [m.text for m in approval.sources]
    assert any("president" in m.text for m in approval.targets)


def test_approval_received_endorses_nothing_of_the_receiver(nlp: Language) -> None:
    assert not [
        e
        for e in code(nlp, "The Swedish firm won approval from the regulators.")
        if e.rule == "support.approval.n"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "blamed"),
    [
        (
            "The Kenyan president said the opposition was failing to heed the warnings.",
            "Kenyan president",
            "opposition",
        ),
        ("The union said the Peruvian police failed to protect the marchers.", "union", "Peruvian police"),
        ("The senator said the ministry had failed to disclose the contracts.", "senator", "ministry"),
    ],
)
def test_failing_a_duty_said_of_an_actor_is_blame(
    nlp: Language, text: str, speaker: str, blamed: str
) -> None:
    blame = by_rule(code(nlp, text), "accuse.verdict-fail-duty")
    assert speaker in [m.text for m in blame.sources]
    assert blamed in [m.text for m in blame.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The union said the Labour party failed to win the vote in the assembly.",
        "The senator said the Chilean team failed to reach the final.",
    ],
)
def test_failing_at_no_duty_is_no_blame(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule == "accuse.verdict-fail-duty"]
