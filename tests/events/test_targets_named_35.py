"""Targets a sentence names that an event used to leave out (issues 10 and 11, stop 35), on
sentences written by the team: a seizure falls on the owner of what is seized; forces "of other
countries" are not the asker's own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Customs officers confiscated 40 kilograms of heroin from the traffickers at the border.", "CRM"),
        # the "from" phrase ends a long object and hangs on its last noun
        (
            "Since March, the coast guard has confiscated 9 M16 Rifles, 12 magazines and 300 rounds of "
            "ammunition from smugglers.",
            "CRM",
        ),
    ],
)
def test_a_seizure_targets_the_one_it_is_taken_from(nlp: Language, text: str, sector: str) -> None:
    event = find(code(nlp, text), "COERCE")
    assert [a.sector for a in event.targets] == [sector]


def test_a_seizure_in_the_same_act_as_an_arrest_targets_the_captives(nlp: Language) -> None:
    events = [
        e
        for e in code(
            nlp,
            "The frigate stopped two skiffs, arresting eleven gunmen and confiscating rifles and grenades.",
        )
        if e.plover == "COERCE"
    ]
    assert events and all([a.text for a in e.targets] == ["gunmen"] for e in events)


def test_a_possessive_on_what_is_seized_is_never_the_seizer(nlp: Language) -> None:
    text = "After the protesters refused to leave, the authorities confiscated their tents."
    event = find(code(nlp, text), "COERCE")
    assert [a.text for a in event.targets] == ["protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan navy has sought assistance from warships of other countries to track the smugglers.",
        "Ghana has sought help from troops of other nations deployed in the region.",
    ],
)
def test_forces_of_other_countries_are_not_the_askers_own(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "REQUEST")
    assert [(a.country, a.sector) for a in event.targets] == [(None, "MIL")]


def test_forces_of_other_countries_take_no_story_country(nlp: Language) -> None:
    text = (
        "Indian officials said pirates attacked an Indian tanker on Monday. India's defence minister "
        "called the attack an outrage. The navy has also sought help from warships of other countries "
        "patrolling the area."
    )
    warships = [m for m in nlp(text)._.mentions if m.text == "warships"]
    assert [m.country for m in warships] == [None]
