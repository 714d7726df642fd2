"""Quoted imperatives and verbless verdicts (recall15). Our own sentences.

- A quoted imperative is the speaker's demand (CAMEO 10x, paired with the intent of the same act:
  withdraw 1056, release 1053, meet 106) of the one the cue says it is spoken to, else of no one
  named; the imperative's own act is never the speaker's. A forbidding is a plain demand (100).
  A quote that reports or obliges ("Russia withdrew", "They must withdraw") is no order, nor a
  formula to the hearer ("Thank you"), nor a scholar's advice (as for "must", request.reported-must).
- A quotation that is a verdict's phrase alone ('"A disgrace," she said of the ruling') condemns
  the doer of what the cue speaks of; with nothing spoken of, or nothing an actor, it condemns no one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            '"Pull back your soldiers from the frontier," the Georgian defence minister told his Russian'
            " counterpart.",
            "1056",
            "Georgian defence minister",
            "Russian counterpart",
        ),
        (
            '"Release the detained fishermen today," the Indian foreign minister said to the Sri'
            " Lankan envoy.",
            "1053",
            "Indian foreign minister",
            "Sri Lankan envoy",
        ),
        (
            'The Venezuelan opposition leader told the government: "Meet with us before the vote."',
            "106",
            "Venezuelan opposition leader",
            "government",
        ),
    ],
)
def test_a_quoted_imperative_is_the_speakers_demand(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    events = code(nlp, text)
    demand = by_rule(events, "request.imperative")
    assert demand.plover == "REQUEST"
    assert demand.cameo == cameo
    assert demand.modality == "actual"
    assert source in [m.text for m in demand.sources]
    assert target in [m.text for m in demand.targets]
    assert not [e for e in events if e.plover in ("RETREAT", "CONSULT") and e.modality == "actual"]


def test_an_imperative_said_to_no_one_named_demands_of_no_one(nlp: Language) -> None:
    demand = by_rule(
        code(nlp, '"Free the kidnapped aid workers now," the Malian prime minister said.'), "request"
    )
    assert demand.cameo == "1053"
    assert [m.text for m in demand.sources] == ["Malian prime minister"]
    assert not demand.targets


def test_a_forbidding_is_a_plain_demand(nlp: Language) -> None:
    text = '"Do not deport the refugees," the Afghan ambassador told the Pakistani interior minister.'
    demand = by_rule(code(nlp, text), "request.imperative")
    assert demand.cameo == "100"
    assert "Pakistani interior minister" in [m.text for m in demand.targets]


@pytest.mark.parametrize(
    "text",
    [
        '"They must pull their soldiers back from the frontier," the Georgian defence minister said.',
        '"Russia pulled its soldiers back from the frontier," the Georgian defence minister said.',
        '"Take a seat," the Georgian defence minister told the Russian envoy.',
        '"Look at the figures," the Indian finance minister said.',
        '"Thank you," the Indian finance minister told the Japanese ambassador.',
        '"Free the kidnapped aid workers now," the Canadian political scientist said.',
    ],
)
def test_a_quote_that_reports_obliges_or_asks_nothing_political_demands_nothing(
    nlp: Language, text: str
) -> None:
    assert not [e for e in code(nlp, text) if e.rule.startswith("request.imperative")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            '"A disgrace," the Polish opposition leader said of the constitutional court\'s ruling.',
            "Polish opposition leader",
            "constitutional court",
        ),
        (
            '"An outrage," the Cuban foreign minister said of the embargo imposed by Washington.',
            "Cuban foreign minister",
            "Washington",
        ),
    ],
)
def test_a_verbless_verdict_condemns_the_doer_of_what_it_is_said_of(
    nlp: Language, text: str, source: str, target: str
) -> None:
    verdict = by_rule(code(nlp, text), "accuse.verdict")
    assert verdict.plover == "ACCUSE"
    assert source in [m.text for m in verdict.sources]
    assert target in [m.text for m in verdict.targets]


@pytest.mark.parametrize(
    "text",
    [
        '"A disgrace," the Polish opposition leader said.',
        '"A disgrace," the Polish opposition leader said of the weather.',
    ],
)
def test_a_verbless_verdict_of_nothing_or_no_actor_condemns_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
