"""Fighting its doer ended, told of as done (prec12). Our own sentences.

An actor that halts, stops, ceases, ends or suspends its own fighting ("its offensive", "their
shelling") de-escalates (CAMEO 087, RETREAT) and the fighting it ended is no act of the day. Another's
fighting stopped ("halted the militants' attack") is no retreat, and stopping a convoy is no ending
of fighting at all.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Ethiopian army halted its offensive in the Afar region on Sunday.", "Ethiopian army"),
        ("Azerbaijan ceased its bombardment of the Armenian villages on Friday.", "Azerbaijan"),
        ("The insurgents stopped their shelling of the garrison on Thursday.", "insurgents"),
        ("Russia suspended its air strikes on the Syrian province on Tuesday.", "Russia"),
    ],
)
def test_own_fighting_ended_is_a_de_escalation_not_fighting(nlp: Language, text: str, source: str) -> None:
    events = code(nlp, text)
    retreat = by_rule(events, "retreat.")
    assert retreat.cameo == "087"
    assert retreat.polarity == "affirmed"
    assert [s.text for s in retreat.sources] == [source]
    assert not [e for e in events if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish militia halted the jihadists' offensive near the dam on Sunday.",  # another's act
        "Border guards stopped the aid convoy at the crossing on Monday.",  # stop = block
    ],
)
def test_fighting_of_another_or_a_convoy_stopped_is_no_retreat(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "RETREAT"]
