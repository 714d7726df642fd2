"""A that-clause of what must be done is what a request asks for (issue 10), on sentences written
by the team.

"Insist" both asks ("insisted that the army return") and claims ("insisted that he had done nothing
wrong"); only a clause in the subjunctive, with a modal of obligation, or in a present form where
reported speech would have moved a claim to the past makes it a demand. A verb of asking with a
that-clause is no headline passive ("the minister urged that the rebels stop" is the minister
urging, not a minister urged).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

from wirewatch.model import Event

pytestmark = pytest.mark.slow


def requests(events: list[Event]) -> list[Event]:
    return [
        e for e in events if e.plover == "REQUEST" and e.modality == "actual" and e.polarity == "affirmed"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The opposition leader insisted that the army return to its barracks.", "OPP", "MIL"),
        ("Moscow has insisted that Kyiv withdraw its troops from the border region.", "RUS", "UKR"),
        ("The union insisted that the ministry reopen the closed schools.", "LAB", "GOV"),
    ],
)
def test_insisting_on_what_must_be_done_is_a_demand(
    nlp: Language, text: str, source: str, target: str
) -> None:
    found = requests(code(nlp, text))
    assert found, text
    event = found[0]
    assert event.cameo == "100"
    assert {source} & {m.country or m.sector for m in event.sources}
    assert {target} & {m.country or m.sector for m in event.targets}


@pytest.mark.parametrize(
    "text",
    [
        "The president insisted that he had done nothing wrong.",
        "The monitors insist that the vote was fair.",
        "The ministry insisted that the ceasefire holds.",
        "The rebels insisted that they are not to blame.",
    ],
)
def test_insisting_on_a_claim_asks_nothing(nlp: Language, text: str) -> None:
    assert not requests(code(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister urged that the rebels stop shelling the town.",
        "The union asked that the company reinstate the dismissed workers.",
    ],
)
def test_a_request_with_a_that_clause_is_no_headline_passive(nlp: Language, text: str) -> None:
    found = requests(code(nlp, text))
    assert found and found[0].sources and found[0].targets, [(e.plover, e.rule) for e in code(nlp, text)]
