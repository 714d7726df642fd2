"""Coreference classes of stop 44 (coref7). Sentences written for these tests.

- A text an actor puts out (a statement, a report, a ruling) stands for its issuer: an "it" after
  "X issued a statement", "a report by X", "X handed down a ruling" is X, the doer of what "it"
  does next, not a thing that acts for no one. Any other thing in between still stands for no actor.
- A pronoun whose only compatible antecedent was named in its own sentence or the one before is
  read, not guessed: its event keeps the rule's confidence; one chosen among rivals, or from
  further back, still pays the pronoun penalty.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

from wirewatch.actors.coref import Coreference
from wirewatch.events.code import PRONOUN_PENALTY

pytestmark = pytest.mark.slow


def _it(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == "It")
    return [m.text for m in Coreference.of(doc, doc._.mentions or []).antecedents(head)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "The Ministry of Defence issued a statement on Friday. It also lifted the curfew in the capital.",
            "Ministry of Defence",
        ),
        (
            "The Ministry of Defence's statement on Friday came after the clashes. "
            "It also lifted the curfew in the capital.",
            "Ministry of Defence",
        ),
        (
            "The army rejected a report by Amnesty International on Tuesday. "
            "It accused soldiers of beating detainees.",
            "Amnesty International",
        ),
        (
            "The Supreme Court handed down a ruling on Monday. "
            "It ordered the government to free the journalists.",
            "Supreme Court",
        ),
    ],
)
def test_it_after_a_text_put_out_is_its_issuer(nlp: Language, text: str, issuer: str) -> None:
    assert _it(nlp, text) == [issuer]


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive on Friday. It has killed 40 people.",
        "The Interior Ministry rejected a report on Tuesday. It blames guards for beatings in three prisons.",
    ],
)
def test_it_after_another_thing_or_a_text_of_no_named_issuer_stands_for_no_actor(
    nlp: Language, text: str
) -> None:
    """Negative: a thing that is no text put out, and a text whose issuer is not named."""
    assert _it(nlp, text) == []


def test_the_issuer_does_what_it_does(nlp: Language) -> None:
    text = "The Ministry of Defence issued a statement on Friday. It also lifted the curfew in the capital."
    event = find(code(nlp, text), "CONCEDE")
    assert [a.name for a in event.sources] == ["Ministry of Defence"]


VISIT = "Prime Minister Ahmed Hassan visited a children's hospital in Cairo on Monday."
MEETING = "Prime Minister Ahmed Hassan met Finance Minister Omar Khalid in Cairo on Monday."


def _praise(nlp: Language, text: str) -> float:
    return find(code(nlp, text), "SUPPORT").confidence


def test_a_pronoun_with_one_antecedent_just_before_keeps_the_confidence(nlp: Language) -> None:
    named = _praise(nlp, f"{VISIT} Hassan praised the doctors.")
    assert _praise(nlp, f"{VISIT} He praised the doctors.") == named


def test_a_pronoun_chosen_among_rivals_pays_the_penalty(nlp: Language) -> None:
    """Negative: two men named just before; the pronoun is a guess."""
    named = _praise(nlp, f"{MEETING} Hassan praised the doctors.")
    assert _praise(nlp, f"{MEETING} He praised the doctors.") == pytest.approx(named - PRONOUN_PENALTY)
