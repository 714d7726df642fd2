"""Recipients the sentence names, stop 39 (helper GENERIC), on sentences written by the team: a
reciprocal "each other" / "one another" makes each actor the other's target (as a symmetric act
does), and what the act is about is no target; "a call for X to act" asks X."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def test_each_other_makes_the_pair_source_and_target(nlp: Language) -> None:
    event = find(code(nlp, "Serbia and Croatia attacked each other's policies on migration."), "ACCUSE")
    assert [a.country for a in event.sources] == ["SRB"]
    assert [a.country for a in event.targets] == ["HRV"]


def test_one_another_makes_the_pair_source_and_target(nlp: Language) -> None:
    event = find(code(nlp, "Armenia and Azerbaijan accused one another of shelling the border."), "ACCUSE")
    assert {a.country for a in event.sources + event.targets} == {"ARM", "AZE"}
    assert event.targets


def test_a_group_accusing_each_other_is_coded_with_no_target(nlp: Language) -> None:
    event = find(code(nlp, "The two finance ministers accused each other of lying."), "ACCUSE")
    assert event.sources and not event.targets


def test_another_one_is_no_reciprocal(nlp: Language) -> None:
    """ "another one" is someone else: no accusation between the sources."""
    events = code(nlp, "Serbia and Croatia criticized the government of Hungary, and then another one.")
    assert all(a.country != "SRB" for e in events for a in e.targets)


def test_a_call_for_a_council_to_act_asks_the_council(nlp: Language) -> None:
    event = find(
        code(nlp, "The archbishop issued a call for the city council to reopen the clinic."), "REQUEST"
    )
    assert [a.sector for a in event.targets] == ["GOV"]


def test_calling_for_a_council_to_act_asks_the_council(nlp: Language) -> None:
    """The verb's reading (already right before this stop) agrees with the noun's."""
    event = find(code(nlp, "The archbishop called for the city council to reopen the clinic."), "REQUEST")
    assert [a.sector for a in event.targets] == ["GOV"]


def test_a_call_for_an_act_alone_names_no_one_asked(nlp: Language) -> None:
    event = find(code(nlp, "The archbishop issued a call for the reopening of the clinic."), "REQUEST")
    assert not event.targets
