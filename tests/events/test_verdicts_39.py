"""Kinds of verbal event told without an event verb, stop 39 (issue 10: recall on political articles).

A verdict told as an evaluation: a speaker says an actor *is* a bad or a good one of its kind ("said
Russia is a bad actor", "has been a reliable partner"), the adjective on a noun for an actor in a
role passing the verdict. The sentences are our own, on other subjects, with the readings the same
words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        (
            "The Lithuanian defence minister said Belarus is a bad actor in the region.",
            "ACCUSE",
            "111",
            "LTU",
            "BLR",
        ),
        (
            '"Venezuela is a rogue state," the Colombian foreign minister told reporters.',
            "ACCUSE",
            "111",
            "COL",
            "VEN",
        ),
        ("The Ghanaian president said Canada has been a reliable partner.", "SUPPORT", "051", "GHA", "CAN"),
        ("The Chilean president said Argentina has been a loyal ally.", "SUPPORT", "051", "CHL", "ARG"),
        (
            "The Polish prime minister said the Czech president is a strong leader.",
            "SUPPORT",
            "051",
            "POL",
            "CZE",
        ),
    ],
)
def test_an_adjective_on_an_actor_noun_is_a_verdict(
    nlp: Language, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    """ "said Belarus is a bad actor", "has been a reliable partner": the speaker condemns (111) or
    praises (051) the subject, as the adjective on the predicate noun says."""
    event = find(code(nlp, text), plover)
    assert (event.cameo, event.rule.split("-", 1)[1]) == (cameo, text.split(" a ")[-1].split()[0].strip('"'))
    assert dyad(event) == ({source}, {target})


def test_an_adjective_of_blame_overrides_a_noun_of_praise(nlp: Language) -> None:
    """ "has been an unreliable partner": the adjective's verdict, not the noun's praise."""
    events = code(nlp, "The Ghanaian president said Canada has been an unreliable partner.")
    assert [e.plover for e in events] == ["ACCUSE"]
    assert dyad(events[0]) == ({"GHA"}, {"CAN"})


@pytest.mark.parametrize(
    "text",
    [
        # denied: the opposite is no act either
        "The Lithuanian defence minister said Belarus is not a bad actor in the region.",
        # the narrator's description: no speaker
        "Belarus is a bad actor in the region.",
        # on a thing, no actor
        "The Lithuanian defence minister said the pipeline was a bad idea.",
        # the adjective alone judges no one
        "The Ghanaian president said the Canadian economy is strong.",
        "The Ghanaian president said Canada is strong.",
        # the speaker on itself
        "The Polish prime minister said he is a strong leader.",
        # a condition, not a verdict
        "The Lithuanian defence minister said that if Belarus attacked, it would be a rogue state.",
    ],
)
def test_no_verdict_without_a_speaker_an_actor_or_an_affirmed_clause(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover in ("ACCUSE", "SUPPORT")]
    assert not events, [(e.plover, e.rule) for e in events]
