"""A verb joined by "nor" is denied as the one before it (stop-45 re-read: a refusal to invite
told with a second, "nor"-joined refusal to endorse). Our own sentences.

- "did not invite X, nor does it endorse Y": the endorsement is refused too (REJECT 120 by the
  one who decides), whether the second verb has its own subject and auxiliary or not;
- "neither confirmed nor denied": the denial is not made;
- "and" and "but" after a denial deny nothing: "did not invite X but it endorses Y" endorses.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _by_trigger(events, trigger):  # type: ignore[no-untyped-def]
    return [e for e in events if e.trigger.text == trigger]


def test_an_endorsement_joined_by_nor_is_refused(nlp: Language) -> None:
    events = code(nlp, "The Kenyan government did not invite the preacher, nor does it endorse his message.")
    [endorse] = _by_trigger(events, "endorse")
    assert (endorse.plover, endorse.cameo, endorse.polarity) == ("REJECT", "120", "affirmed")
    assert "Kenyan government" in [m.text for m in endorse.sources]


def test_neither_nor_denies_the_second_act(nlp: Language) -> None:
    events = code(nlp, "The Kenyan ministry neither confirmed nor denied the report.")
    assert all(e.polarity == "negated" for e in _by_trigger(events, "denied"))


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government invited the preacher, and it endorses his message.",
        "The Kenyan government did not invite the preacher but it endorses his message.",
    ],
)
def test_and_or_but_deny_no_endorsement(nlp: Language, text: str) -> None:
    [endorse] = _by_trigger(code(nlp, text), "endorses")
    assert (endorse.plover, endorse.cameo, endorse.polarity) == ("SUPPORT", "051", "affirmed")
