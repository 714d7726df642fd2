"""A review read as an investigation, stop 39 (issue 10: recall on political articles).

A review or an audit of an actor's conduct is an inquiry into the actor (CAMEO 090): "launched a
review of the army's conduct", "reviewed the ministry's handling of the floods". The sentences are
our own, with the readings the same words must not get: a review of a law, an economy or troops.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Peruvian government launched a review of the Peruvian army's conduct.", "PER", "PER"),
        ("The Chilean president ordered an audit of the Bolivian embassy's spending.", "CHL", "BOL"),
        ("The Peruvian congress reviewed the Peruvian police's handling of the protests.", "PER", "PER"),
    ],
)
def test_a_review_of_an_actors_conduct_is_an_inquiry(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "090"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian congress launched a review of the tax code.",
        "The IMF completed its review of Peru's economy.",
        "The Peruvian president reviewed the troops at the parade.",
        "The Peruvian senate will review the bill next week.",
    ],
)
def test_a_review_of_no_actors_conduct_accuses_no_one(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert not events, [(e.plover, e.rule) for e in events]
