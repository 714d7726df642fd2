"""Of namesakes in one country, the one in a division the story names (issue 11): a town of
the state a local story is about, not a bigger city of that name in another state. Places
and sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import Candidate, Place
from wirewatch.where.resolve import Evidence, in_named_division

BIG = Candidate(Place("Springfield", "USA", 39.8, -89.6, "city", 115_000, "IL"), True)
LOCAL = Candidate(Place("Springfield", "USA", 37.2, -93.3, "town", 9_000, "MO"), True)
ABROAD = Candidate(Place("Springfield", "AUS", -27.7, 152.9, "city", 20_000, "04"), True)
HUGE = Candidate(Place("Springfield", "USA", 40.0, -75.0, "city", 2_000_000, "PA"), True)
MISSOURI = Evidence({"USA": 1.0}, {("USA", "MO"): 1.0})


def test_the_namesake_in_the_named_state_wins_within_the_country() -> None:
    assert in_named_division(BIG, [BIG, LOCAL], MISSOURI) == LOCAL


def test_a_city_of_a_million_is_known_beyond_its_state() -> None:
    assert in_named_division(HUGE, [HUGE, LOCAL], MISSOURI) == HUGE


def test_another_countrys_place_is_left_to_the_score() -> None:
    assert in_named_division(ABROAD, [ABROAD], MISSOURI) == ABROAD


def test_a_nations_capital_is_known_beyond_its_state() -> None:
    capital = Candidate(Place("Washington", "USA", 38.9, -77.0, "city", 690_000, "DC"), True)
    town = Candidate(Place("Washington", "USA", 41.3, -91.7, "town", 7_000, "IA"), True)
    iowa = Evidence({"USA": 1.0}, {("USA", "IA"): 1.0})
    assert in_named_division(capital, [capital, town], iowa) == capital


@pytest.mark.slow
def test_a_town_of_the_state_the_story_is_about(nlp: Language) -> None:
    text = (
        "Storms flooded roads across Texas on Monday. In Waco and Tyler, crews cleared trees, "
        "and a farmer in Fairfield said his barn was lost."
    )
    found = {t.text: t.place for t in toponyms(nlp, text)}
    assert (found["Fairfield"].country, found["Fairfield"].admin1) == ("USA", "TX")
