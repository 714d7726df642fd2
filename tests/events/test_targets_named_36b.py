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
