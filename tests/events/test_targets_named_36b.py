"""Targets on real news, stop 36 (issue 11, helper G), on sentences written by the team: a bare
sector adjective on an act noun tells the act's kind and is no target; the "against" phrase of a
rejected or backed act names whom the act would be aimed at, a capital standing for its state."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def test_a_sector_adjective_on_an_act_is_no_target(nlp: Language) -> None:
    """ "military action against the rebels": the act is military, the rebels are its target."""
    event = find(
        code(nlp, "The Turkish president has ruled out military action against the Kurdish rebels."), "REJECT"
    )
    assert [a.text for a in event.targets] == ["Kurdish rebels"]


def test_the_capital_an_act_would_be_against_is_the_target(nlp: Language) -> None:
    event = find(
        code(nlp, "Officials in Ankara have long ruled out taking military action against Damascus."),
        "REJECT",
    )
    assert [a.country for a in event.targets] == ["SYR"]


def test_those_an_agreement_lets_act_are_its_target(nlp: Language) -> None:
    """ "agreed a safe passage to allow X to leave": the agreement is for X (issue 11)."""
    event = find(
        code(nlp, "Kenya has agreed a safe passage to allow Somali families to leave the camp."), "AGREE"
    )
    assert [a.text for a in event.targets] == ["Somali families"]


def test_a_thing_let_happen_is_no_target(nlp: Language) -> None:
    """ "resigned to allow the country's elections to go ahead": elections are let happen, no one acts."""
    text = "General Omar Diallo resigned on Monday to allow Mali's long-delayed elections to go ahead."
    assert all(not e.targets for e in code(nlp, text) if e.plover == "RETREAT")
