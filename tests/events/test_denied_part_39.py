"""A denial told as a negated claim, stop 39 (issue 10: recall on political articles).

A speaker says it, or its own side, took no part in an act of force ("said it was not involved in
the attack", "were not responsible for the ambush"): a denial (CAMEO 016) by the speaker, aimed at
whoever accused it before. The sentences are our own, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Eritrean government said it was not involved in the attack on the border post.", "ERI"),
        ("The Eritrean government said it was not responsible for the attack on the border post.", "ERI"),
        ("Ethiopian officials said Ethiopia was never complicit in the shelling of the town.", "ETH"),
    ],
)
def test_taking_no_part_in_an_act_of_force_is_a_denial(nlp: Language, text: str, source: str) -> None:
    events = code(nlp, text)
    event = find(events, "REJECT")
    assert event.cameo == "016"
    assert {a.country for a in event.sources} == {source}
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_denial_of_taking_part_answers_the_accuser(nlp: Language) -> None:
    events = code(
        nlp,
        "Ethiopia accused Eritrea of shelling the border town. "
        "The Eritrean government said it was not involved in the shelling.",
    )
    assert dyad(find(events, "REJECT")) == ({"ERI"}, {"ETH"})


@pytest.mark.parametrize(
    "text",
    [
        # someone else's word on the doers: the act stays, denied, no one's denial
        "Witnesses said the Eritrean army was not involved in the attack on the border post.",
        # the other side's part denied: no denial of the speaker's own
        "The Eritrean government said Ethiopia was not responsible for the attack on the border post.",
        # taking part in talks is no act held against anyone
        "The Eritrean government said it was not involved in the peace talks.",
    ],
)
def test_no_denial_by_another_or_of_no_act_of_force(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "REJECT"]
    assert not events, [(e.plover, e.rule) for e in events]
