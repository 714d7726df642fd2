"""Criticism and praise told as what someone says, stop 42 (issue 10: recall on political articles).

A speaker's reported clause whose predicate evaluates a named actor or the actor's act: conduct
judged badly ("said the government had mishandled the border crisis", "had been careless"), a harm
said to be caused by an actor's act ("said Ethiopia's dam project caused the crisis"), or conduct
praised ("argued Uruguay's decision protected the region", "was wise"). The sentences are our own;
each has a near sentence that must code nothing: no actor judged, the speaker's own side, a question,
a forecast.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "The Chilean interior minister said the Bolivian government had mishandled the border crisis.",
            "ACCUSE",
            "CHL",
            "BOL",
        ),
        (
            "The Greek transport minister said Turkey had been careless with the shipping lanes.",
            "ACCUSE",
            "GRC",
            "TUR",
        ),
        (
            "The Egyptian foreign minister said Ethiopia's dam project caused the crisis on the Nile.",
            "ACCUSE",
            "EGY",
            "ETH",
        ),
        (
            "The Argentine economy minister argued that Uruguay's decision protected the region.",
            "SUPPORT",
            "ARG",
            "URY",
        ),
        ("The Mexican president said Canada's response to the floods was wise.", "SUPPORT", "MEX", "CAN"),
    ],
)
def test_a_reported_evaluation_of_an_actor_is_a_verdict(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    """The speaker condemns (111) or praises (051) the actor its clause judges."""
    event = find(code(nlp, text), plover)
    assert event.cameo == ("111" if plover == "ACCUSE" else "051")
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean interior minister said the storm endangered the crops.",
        "The Egyptian foreign minister said the drought caused the crisis.",
        "The Egyptian foreign minister said Ethiopia's dam project caused the delay.",
        "The Greek transport minister said we had been careless.",
        "The Greek transport minister asked whether Turkey had been careless.",
        "The Chilean interior minister said the Bolivian president was in Lima.",
        "The Chilean interior minister said Bolivia would neglect the border if it left the talks.",
        "The Chilean interior minister said the Bolivian army would protect the border.",
    ],
)
def test_no_actor_judged_no_verdict(nlp: Language, text: str) -> None:
    """No actor judged, the speaker's own side, a question, a neutral report or a forecast: nothing."""
    assert not [e for e in code(nlp, text) if e.plover in ("ACCUSE", "SUPPORT", "AGREE")]
