"""Recounts asked for, stop 43 (issue 10: recall on political articles).

A party or candidate that files for or requests a recount of an election's ballots makes a request
(CAMEO 020, as a petition filed), to the electoral body or court it files with when one is named. A
recount only told of, or carried out by the officials who count, is no one's request. The
sentences are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The opposition party filed for a recount with the electoral commission.", "electoral commission"),
        ("The Socialist Party petitioned for a recount in the southern province.", None),
        ("The Labour Party applied for a recount with the high court.", "high court"),
    ],
)
def test_recount_filed_for_is_a_request(nlp: Language, text: str, target: str | None) -> None:
    """CAMEO 020: a recount asked for, to the body it is filed with."""
    events = code(nlp, text)
    event = find(events, "REQUEST")
    assert event.cameo == "020", event
    if target is not None:
        assert [t.text for t in event.targets] == [target], event


@pytest.mark.parametrize(
    "text",
    [
        "The recount showed a narrow win for the ruling party.",
        "Election officials completed the recount on Friday.",
        "The opposition party recounted its campaign in a long statement.",
    ],
)
def test_recount_told_of_is_no_request(nlp: Language, text: str) -> None:
    """A recount reported or carried out asks nothing of anyone."""
    assert not [e for e in code(nlp, text) if e.plover == "REQUEST"]
