"""A small town abroad is not the reading of a name in a story that points elsewhere only
(issue 11): "Pando", a Bolivian department the gazetteer lacks, was placed at the Uruguayan
town of that name in a story about Bolivia. The town is kept when anything else in the story
points to its country. Sentences written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import Candidate, Place
from wirewatch.where.resolve import Evidence, _stranded

TOWN = Candidate(Place("Pando", "URY", -34.7, -56.0, "city", 24_000, "02"), True)
CAPITAL = Candidate(Place("Montevideo", "URY", -34.9, -56.2, "city", 1_300_000, "10"), True)


def _evidence(counts: Counter[str]) -> Evidence:
    total = sum(counts.values())
    return Evidence({k: n / total for k, n in counts.items()}, {}, counts)


def test_a_small_town_only_its_own_name_points_to_is_stranded() -> None:
    evidence = _evidence(Counter({"BOL": 3, "URY": 2}))
    assert _stranded(TOWN, evidence, Counter({"URY": 2}))
    assert not _stranded(TOWN, evidence, Counter({"URY": 1}))  # something else says Uruguay
    assert not _stranded(CAPITAL, evidence, Counter({"URY": 2}))  # a big city stands alone


def test_a_story_that_points_nowhere_keeps_the_town() -> None:
    assert not _stranded(TOWN, _evidence(Counter({"URY": 1})), Counter({"URY": 1}))


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    return {t.text: t.place.country for t in toponyms(nlp, text)}


@pytest.mark.slow
def test_a_name_in_a_story_about_another_country_is_left_unplaced(nlp: Language) -> None:
    text = "Floods in Pando cut the road to Cobija, and Bolivia's army flew in food."
    found = _countries(nlp, text)
    assert "Pando" not in found and found["Cobija"] == "BOL"


@pytest.mark.slow
def test_the_town_is_kept_when_its_country_is_named(nlp: Language) -> None:
    text = "Floods in Pando cut the road to Montevideo, and Uruguay's army flew in food."
    assert _countries(nlp, text)["Pando"] == "URY"


def test_a_big_city_read_from_inside_a_longer_name_is_held_to_the_test() -> None:
    evidence = _evidence(Counter({"BOL": 3, "URY": 1}))
    assert not _stranded(CAPITAL, evidence, Counter({"URY": 1}))
    assert _stranded(CAPITAL, evidence, Counter({"URY": 1}), inner=True)


@pytest.mark.slow
def test_part_of_a_name_the_model_took_for_an_organisation_is_not_a_city_abroad(nlp: Language) -> None:
    text = (
        "A nurse from Beni Suef died of the fever on Monday, Egypt's health ministry said, "
        "and a baker from Minya is ill."
    )
    found = _countries(nlp, text)
    assert "Beni" not in found and found["Minya"] == "EGY"
