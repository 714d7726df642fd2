"""Readings that are no event, or another event, than the trigger's first sense (issue 10,
type precision on real news). Sentences written by the team about plausible events.

Classes: deaths in road accidents read as attacks; people hurt named by a participle read as an
act of harm; a modifier of praise on a noun of blame; a vessel's course read as a policy's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


# --- road deaths: an accident, no attack -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle as the doer of a verb of impact, in the clause that tells how
        "A retired teacher was killed in Leeds on Sunday when a delivery van struck her at a bus stop.",
        "Two teenagers were killed in Ohio after their motorbike hit a wall.",
        # a phrasal verb of impact
        "A drunk man ran over a woman in Madrid and killed her.",
        # a hyphenated accident word the tokenizer splits, written with or without hyphens
        "A teacher was killed in a hit-and-run in Denver.",
        "Police charged the man who hit and killed a woman in a hit and run in Denver.",
        # a private person who "struck and killed" someone with no weapon named
        "A man struck and killed a woman as she crossed the road in Leeds.",
    ],
)
def test_a_road_death_is_no_attack(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A man struck a woman with a hammer and killed her in Leeds.",
        "Troops struck and killed three protesters in Mandalay.",
        "Rebels killed two soldiers in Goma after a bomb hit their convoy.",
        "A gunman shot and killed a woman in Leeds.",
    ],
)
def test_a_blow_with_a_weapon_or_by_forces_is_still_an_attack(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "ASSAULT")


# --- people hurt, named by a participle: no act of harm -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iranian helicopters were evacuating injured from Qeshm to Bandar Abbas.",
        "Turkish rescue teams were evacuating wounded from the town to Ankara.",
    ],
)
def test_the_injured_carried_to_safety_are_no_victims_of_the_rescuers(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels wounded two soldiers in Goma.",
        "Israeli troops tried to kill the commander in Gaza.",
    ],
)
def test_an_act_of_harm_with_its_object_is_still_one(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "ASSAULT")
