"""Actor classes of real news at stop 45 (actors13): a nationality word on a thing outside a
group's own phrase (goods traded, a flag burned, caves to avoid) says nothing of whose the group
is; one on an actor, on a country's ground or inside the group's own phrase still does. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from wirewatch.model import Mention


def _mentions(nlp: Language, text: str) -> dict[str, Mention]:
    return {m.text: m for m in nlp(text)._.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry told travellers to keep away from Peruvian glaciers.", "travellers"),
        ("Dockworkers burned Canadian flags outside the harbour office.", "Dockworkers"),
        ("Students urged the minister to drop the Brazilian sugar imports.", "Students"),
    ],
)
def test_a_nationality_on_a_thing_is_no_groups_country(nlp: Language, text: str, word: str) -> None:
    found = _mentions(nlp, text)
    assert word in found, sorted(found)
    assert found[word].country is None, found[word]


def test_a_groups_place_wins_over_a_nationality_on_goods(nlp: Language) -> None:
    found = _mentions(nlp, "Fishermen in Lisbon protested against Moroccan sardine imports.")
    assert found["Fishermen"].country == "PRT", found["Fishermen"]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Students marched against the Peruvian government.", "Students", "PER"),
        ("Farmers on Peruvian soil protested the new water tax.", "Farmers", "PER"),
        ("Peruvian nurses protested the hospital cuts.", "Peruvian nurses", "PER"),
    ],
)
def test_a_nationality_on_an_actor_or_on_ground_still_counts(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = _mentions(nlp, text)
    assert word in found, sorted(found)
    assert found[word].country == country, found[word]


def test_a_nationality_on_a_doer_still_counts_for_a_party(nlp: Language) -> None:
    # the nationality word is on what acts ("the Ghanaian presidency dismissed ..."), not on a
    # thing traded or seen, so a party named with no country in that sentence keeps it
    found = _mentions(nlp, "The Ghanaian presidency dismissed the opposition party's claims.")
    assert found["opposition party"].country == "GHA", found["opposition party"]
