"""A promise told as a noun with its promiser in a "from" or "by" phrase (stop 48, recall: acts
told as nouns, second part), on sentences written by the team.

- "a pledge from the rebels to disarm", "the promise by Ghana to repay the loan": the phrase names
  the one who promised (AGREE 030), as a possessor does ("Ghana's promise to repay").
- The act its infinitive promises is that promiser's, only promised: when a rule codes it, it is
  the promise of that act (`embeds`: "to free the hostages", CAMEO 0353), never an act done by the
  subject of the verb the noun hangs on.
- A noun asking or inviting someone ("a call from the UN to disarm", "an invitation from China to
  visit") leaves its infinitive to the one asked.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, dyad

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        ("Cocoa farmers welcomed a pledge from Ghana to buy more beans.", "agree.pledge.n", "GHA"),
        ("The promise by Argentina to repay the IMF loan calmed the markets.", "agree.promise.n", "ARG"),
    ],
)
def test_a_promise_from_or_by_an_actor_is_its_promise(
    nlp: Language, text: str, rule: str, source: str
) -> None:
    event = by_rule(code(nlp, text), rule)
    assert event.cameo == "030" and event.modality == "actual"
    assert dyad(event)[0] == {source}


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        (
            "Families in Manila welcomed a pledge from Abu Sayyaf to free the hostages.",
            "retreat.free",
            "Abu Sayyaf",
        ),
        ("The promise by Hamas to release the captives raised hopes in Israel.", "retreat.release", "Hamas"),
    ],
)
def test_the_act_a_promise_from_an_actor_promises_is_its_promised_act(
    nlp: Language, text: str, rule: str, source: str
) -> None:
    event = by_rule(code(nlp, text), rule)
    assert event.cameo == "0353" and event.plover == "AGREE"
    assert [m.text for m in event.sources] == [source]


def test_an_invitation_from_an_actor_leaves_its_infinitive_to_the_invited(nlp: Language) -> None:
    # negative: the one who invites does not visit
    events = code(nlp, "An invitation from Beijing to visit China pleased the Indian premier.")
    assert not [e for e in events if e.plover in ("AGREE", "CONSULT") and "CHN" in dyad(e)[0]]
