"""Acts told as nouns (stop 42, recall), on sentences written by the team.

An act's noun described by a participle with its doer in a "by" phrase ("the sanctions imposed
by the EU") is that doer's act, carried by the participle as a support verb carries it. Whoever
acts "during" a meeting takes part in it, whatever the verb codes of its own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule", "source", "target"),
    [
        (
            "The embargo imposed by Washington on Cuba has lasted for decades.",
            "sanction.embargo.n",
            "USA",
            "CUB",
        ),
        (
            "The sanctions imposed by Canada have hit the oil trade of Venezuela.",
            "sanction.sanctions.n",
            "CAN",
            None,
        ),
        (
            "Fishermen suffered under the blockade enforced by Turkey against Cyprus.",
            "coerce.blockade.n",
            "TUR",
            "CYP",
        ),
        (
            "The offensive launched by Ethiopia against the rebels has stalled.",
            "assault.offensive.n",
            "ETH",
            None,
        ),
    ],
)
def test_the_agent_of_a_participle_on_an_act_noun_is_its_doer(
    nlp: Language, text: str, rule: str, source: str, target: str | None
) -> None:
    event = by_rule(code(nlp, text), rule)
    assert [a.country for a in event.sources] == [source]
    if target is not None:
        assert target in [a.country for a in event.targets]


def test_a_participle_of_seeing_names_no_doer(nlp: Language) -> None:
    # negative: witnesses who saw the strikes did not strike
    events = code(nlp, "The air strikes seen by Somali witnesses destroyed a market.")
    assert not any(a.country == "SOM" for e in events for a in e.sources)


def test_an_act_noun_a_verb_undoes_is_not_coded_as_done(nlp: Language) -> None:
    # negative: sanctions lifted by Japan are the lifting, no new sanctions
    events = code(nlp, "The sanctions lifted by Japan on Myanmar had cut its exports.")
    assert [e.rule for e in events if e.plover == "SANCTION"] == []


@pytest.mark.parametrize(
    "text",
    [
        "During their talks in Nairobi, the Kenyan and Tanzanian leaders agreed to reopen the border.",
        "During talks in Doha, the Afghan envoy praised Pakistan.",
    ],
)
def test_who_acts_during_talks_takes_part_in_them(nlp: Language, text: str) -> None:
    event = by_rule(code(nlp, text), "consult.talks.n")
    assert event.sources and event.modality == "actual"


def test_the_act_done_during_talks_is_still_coded(nlp: Language) -> None:
    text = "During their talks in Nairobi, the Kenyan and Tanzanian leaders agreed to reopen the border."
    assert by_rule(code(nlp, text), "concede.reopen").sources


def test_what_one_does_before_talks_is_no_part_in_them(nlp: Language) -> None:
    # negative: "before" the talks is no sign of taking part in them
    events = code(nlp, "Before the talks in Nairobi, Tanzania rejected a new offer from Kenya.")
    assert not any(e.rule == "consult.talks.n" for e in events)
