"""Quoted orders introduced by verbs of urging and warning, said to someone (recall21). Our own sentences.

- "urged", "pleaded", "implored", "begged" introduce a quotation as "said" does (data/quote_cues.tsv):
  a quoted imperative they introduce is the speaker's demand, never the speaker's own act.
- The direct object of a verb of addressing someone (tell, urge, warn, beg, implore, remind:
  role_words hearer) is the one the quote speaks to: the demand's target, and the "you" inside it.
- "Stop the shelling", "End the war", "Halt the air strikes" ordered: a demand that the hearer halt
  its fighting (087 asked: 1056), only as an order ("the army halted the rebel attack" is no retreat).
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
            '"Release the imprisoned bloggers," the Swedish ambassador urged the Egyptian authorities.',
            "1053",
            "Swedish ambassador",
            "Egyptian authorities",
        ),
        (
            '"Pull your warships out of our waters," the Philippine president warned China.',
            "1056",
            "Philippine president",
            "China",
        ),
        (
            '"Free the kidnapped engineers," the Nigerian governor implored the militants.',
            "1053",
            "Nigerian governor",
            "militants",
        ),
    ],
)
def test_an_order_urged_or_warned_is_a_demand_of_the_one_addressed(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    events = code(nlp, text)
    demand = by_rule(events, "request.imperative")
    assert demand.cameo == cameo
    assert [s.text for s in demand.sources] == [source]
    assert target in [t.text for t in demand.targets]
    assert not [
        e for e in events if e.plover in ("RETREAT", "AGREE") and source in [s.text for s in e.sources]
    ]


def test_you_in_an_order_warned_to_a_state_stands_for_it(nlp: Language) -> None:
    demand = by_rule(
        code(
            nlp,
            '"Withdraw your soldiers from our border villages," the Armenian prime minister'
            " warned Azerbaijan.",
        ),
        "request.imperative",
    )
    assert {t.country for t in demand.targets} == {"AZE"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('"Stop the bombardment of Aleppo," the UN envoy urged Russia.', "Russia"),
        ('"End the fighting in Tigray," the Pope implored the Ethiopian government.', "Ethiopian government"),
        ('"Halt the air strikes on the port," the French foreign minister warned Israel.', "Israel"),
    ],
)
def test_an_order_to_stop_fighting_demands_de_escalation(nlp: Language, text: str, target: str) -> None:
    demand = by_rule(code(nlp, text), "request.imperative")
    assert demand.cameo == "1056"
    assert target in [t.text for t in demand.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters halted the militants' attack on the town.",  # another's act repelled
        "The army stopped the rebel offensive near the capital.",
        '"We stopped the shelling at dawn," the Russian defence ministry said.',  # a report, no order
        "The Pope urged the Ethiopian government to end the war.",  # no quotation: unchanged
    ],
)
def test_stopping_fighting_told_of_is_no_demand_nor_retreat(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.rule.startswith("request.imperative")]
    assert not [e for e in events if e.rule.endswith("-fighting")]


def test_a_strike_ordered_halted_of_a_union_is_no_de_escalation(nlp: Language) -> None:
    demand = by_rule(
        code(nlp, '"Halt the strike tomorrow," the Kenyan labour minister told the teachers\' union.'),
        "request.imperative",
    )
    assert demand.cameo != "1056"


def test_a_warning_that_reports_is_no_order(nlp: Language) -> None:
    events = code(nlp, '"Our troops will not withdraw," the Russian defence minister warned Ukraine.')
    assert not [e for e in events if e.rule.startswith("request.imperative")]
