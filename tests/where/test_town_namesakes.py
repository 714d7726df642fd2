"""A city's name tells its state only when no town of that name elsewhere comes near it in size
(issue 11): "Palmer", named a dozen times in a story about Palmer, Alaska, was read as Palmer,
Massachusetts (18,000 people against 7,000), its own mentions outvoting the one "Alaska". A name
whose namesakes are far smaller ("Houston") still tells its state. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import Candidate, Place
from wirewatch.where.resolve import _town_namesakes

pytestmark = pytest.mark.slow


def _city(name: str, admin1: str, population: int) -> Place:
    return Place(name, "USA", 0.0, 0.0, "city", population, admin1)


def _town(name: str, admin1: str, population: int) -> Candidate:
    return Candidate(Place(name, "USA", 0.0, 0.0, "town", population, admin1), True)


def test_a_town_near_the_citys_size_elsewhere_makes_its_name_tell_no_state() -> None:
    palmer = _city("Palmer", "MA", 18_000)
    assert _town_namesakes([palmer], [Candidate(palmer, True), _town("Palmer", "AK", 7_000)])
    houston = _city("Houston", "TX", 2_300_000)
    assert not _town_namesakes([houston], [Candidate(houston, True), _town("Houston", "MO", 2_000)])


def test_a_towns_state_named_in_the_story_wins_over_a_larger_namesakes(nlp: Language) -> None:
    text = (
        "A hay barn burned down in Palmer early on Sunday. Palmer firefighters said the barn had "
        "stood empty for years, and Palmer police are looking for witnesses. It was the third "
        "barn fire in Alaska this year."
    )
    palmer = next(t for t in toponyms(nlp, text) if t.text == "Palmer")
    assert (palmer.place.admin1, palmer.place.kind) == ("AK", "town")
