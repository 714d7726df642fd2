"""Allegations and blame with no accuse verb (stop 43, recall11). The sentences are our own.

- An allegation whose clause is passive charges the clause's doer, its "by" phrase (CAMEO 112):
  "alleged she was harassed by the minister" accuses the minister, not her; with no actor in
  the "by" phrase the clause's subject stays the one charged.
- Shutting people in is detention (CAMEO 173, COERCE) whoever does it: "the militia confined
  villagers in a school"; confining a thing ("confined the blaze to the kitchen") is none.
- Harm done to a state or a process from inside (destabilise, subvert, sabotage), said of an
  actor in a reported clause, is a charge by the speaker (CAMEO 111), and so is an attempt at
  it, or at any verdict verb: "said the opposition was trying to destabilise the country"; an
  attempt at no harm ("trying to help") or one denied charges no one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


def test_an_allegation_of_a_passive_act_charges_its_doer(nlp: Language) -> None:
    charge = by_rule(
        code(nlp, "The reporter resigned after alleging she was bullied by the mayor."), "accuse.allege"
    )
    assert "reporter" in [m.text for m in charge.sources]
    assert "mayor" in [m.text for m in charge.targets]


def test_an_allegation_of_a_passive_act_by_police_charges_the_police(nlp: Language) -> None:
    charge = by_rule(
        code(nlp, "The union alleged that two of its organisers were beaten by police."), "accuse.allege"
    )
    assert [m.text for m in charge.targets] == ["police"]


def test_an_active_allegation_still_charges_its_subject(nlp: Language) -> None:
    charge = by_rule(code(nlp, "The opposition alleges the ruling party rigged the count."), "accuse.allege")
    assert "ruling party" in [m.text for m in charge.targets]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The militia confined dozens of villagers in a school for a week.", "militia", "villagers"),
        ("Prosecutors say the businessman confined six workers in a shed.", "businessman", "workers"),
    ],
)
def test_people_confined_are_detained(nlp: Language, text: str, source: str, target: str) -> None:
    held = by_rule(code(nlp, text), "coerce.confine")
    assert source in [m.text for m in held.sources]
    assert target in [m.text for m in held.targets]


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters confined the blaze to the kitchen.",
        "The minister confined her remarks to the budget.",
    ],
)
def test_things_confined_are_no_detention(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule == "coerce.confine"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The Bolivian government said the opposition was trying to destabilise the country.",
            "accuse.verdict-destabilise",
        ),
        (
            "The Bolivian government said the opposition was trying to undermine the election.",
            "accuse.verdict-undermine",
        ),
        ("The Bolivian government said the opposition sabotaged the dialogue.", "accuse.verdict-sabotage"),
    ],
)
def test_an_attempt_to_harm_said_of_an_actor_is_a_charge(nlp: Language, text: str, rule: str) -> None:
    charge = by_rule(code(nlp, text), rule)
    assert "Bolivian government" in [m.text for m in charge.sources]
    assert "opposition" in [m.text for m in charge.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian government said the opposition was trying to help the country.",
        "Peru said Bolivia was not trying to destabilise the region.",
        "The minister said the flood destabilised the bridge.",
    ],
)
def test_help_a_denied_attempt_or_no_actor_is_no_charge(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
