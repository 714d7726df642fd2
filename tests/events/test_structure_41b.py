"""A verb conjunct the parse hangs past its own "and", stop 41 (helper STRUCT2), on sentences
written by the team: "did not fire the shot and, in the end, kill X" is one denied pair, the
second verb the first one's sister, not the main verb's. A near sentence must not change."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow

# Context that names the defence lawyer, the accused and the victim (j13 class 3, E19).
CONTEXT = (
    "Last June, a stray bullet killed 12-year-old Kathy Moore as she played on the steps of her "
    "home. Marcus Webb remained at the courthouse along with defense attorney John Garrett. "
)


def _killings(nlp: Language, text: str) -> list[tuple[set[str], str, str]]:
    return [
        ({m.text for m in e.sources}, e.polarity, e.modality)
        for e in code(nlp, CONTEXT + text)
        if e.trigger.text == "kill"
    ]


def test_a_denied_killing_after_the_lawyers_and_is_no_act_of_the_lawyer(nlp: Language) -> None:
    text = (
        "However, Garrett has a tough job ahead of him in proving that his client did not fire "
        "the shot and, in the end, kill Moore."
    )
    assert all("Garrett" not in sources for sources, _, _ in _killings(nlp, text))
    assert all(polarity != "affirmed" for _, polarity, _ in _killings(nlp, text))


def test_the_shooting_is_denied_with_the_trigger_pulled(nlp: Language) -> None:
    text = (
        "However, Garrett has a hard job ahead of him in proving that his client did not pull the "
        "trigger and, ultimately, kill Moore."
    )
    assert all("Garrett" not in sources for sources, _, _ in _killings(nlp, text))
    assert all(polarity != "affirmed" for _, polarity, _ in _killings(nlp, text))


def test_a_conjunct_with_its_own_and_on_the_main_verb_is_still_the_main_subjects(nlp: Language) -> None:
    # near: the "and" belongs to the main verb, so the second act is the main subject's
    text = "The army said the rebels had crossed the river, and it attacked their camp at dawn."
    events = [e for e in code(nlp, text) if e.trigger.text == "attacked"]
    assert events and {m.text for m in events[0].sources} == {"army"}


# The dead of a clash fell to the other side, not to attackers sent by the place (j13 class 14, E22).


def test_rebels_and_soldiers_killed_in_clashes_are_the_two_sides(nlp: Language) -> None:
    text = (
        "The ministry said dozens of militiamen, soldiers and villagers were killed in clashes "
        "in the border province of Blue Nile on Friday."
    )
    killed = [e for e in code(nlp, text) if e.trigger.text == "killed"]
    assert killed
    sides = {m.text for m in killed[0].sources} | {m.text for m in killed[0].targets}
    assert {"soldiers"} <= sides
    assert all(m.sector != "UAF" for e in killed for m in e.sources)


def test_one_side_killed_in_fighting_gets_no_attackers_from_the_place(nlp: Language) -> None:
    text = "Four policemen were killed in heavy fighting in Darfur on Monday."
    assert all(m.sector != "UAF" for e in code(nlp, text) for m in e.sources)


def test_soldiers_killed_in_a_bombing_are_still_struck_by_the_places_attackers(nlp: Language) -> None:
    # near: a bombing is an attack by someone unnamed, no fighting between sides
    text = "Four policemen were killed in a car bombing in Darfur on Monday."
    killed = [e for e in code(nlp, text) if e.trigger.text == "killed"]
    assert killed and all(m.sector == "UAF" for m in killed[0].sources)
