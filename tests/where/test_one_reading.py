"""A story keeps one reading of a name (issue 11): a noun beside one mention ("Ohio state",
"the city of Quebec") settles its bare mentions too, and a name that is both a country and a
division is the division in a story about that division's country. Sentences and places
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import Candidate, Place
from wirewatch.where.resolve import Evidence, division_over_country, kind_followed

GEORGIA = Candidate(Place("Georgia", "GEO", 42.0, 43.5, "country", 3_700_000), True)
GEORGIA_US = Candidate(Place("Georgia", "USA", 32.7, -83.5, "admin1", 500_000, "GA"), True)
CITY = Candidate(Place("Springfield", "USA", 39.8, -89.6, "city", 115_000, "IL"), True)
STATE = Candidate(Place("Springfield", "USA", 40.0, -89.0, "admin1", 500_000, "XX"), True)


def test_bare_mentions_follow_the_kind_a_noun_gave_the_name() -> None:
    text = "Springfield state closed roads. Later, Springfield said more."
    looked_up = [(0, 11, "Springfield", [CITY, STATE]), (39, 50, "Springfield", [CITY, STATE])]
    assert kind_followed(text, looked_up)[1][3] == [STATE]


def test_nouns_that_disagree_settle_nothing() -> None:
    text = "Springfield state and the city of Springfield met. Springfield said more."
    looked_up = [
        (0, 11, "Springfield", [CITY, STATE]),
        (34, 45, "Springfield", [CITY, STATE]),
        (51, 62, "Springfield", [CITY, STATE]),
    ]
    assert kind_followed(text, looked_up)[2][3] == [CITY, STATE]


def test_a_division_beats_a_country_named_nowhere_else_in_a_story_about_its_country() -> None:
    states = Evidence({"USA": 1.0}, {("USA", "AL"): 0.5, ("USA", "TX"): 0.5})
    assert division_over_country(GEORGIA, [GEORGIA, GEORGIA_US], states) == GEORGIA_US


def test_the_country_stays_when_the_story_points_to_it_or_names_no_divisions() -> None:
    both = Evidence({"USA": 0.5, "GEO": 0.5}, {("USA", "AL"): 1.0})
    assert division_over_country(GEORGIA, [GEORGIA, GEORGIA_US], both) == GEORGIA
    assert division_over_country(GEORGIA, [GEORGIA, GEORGIA_US], Evidence({}, {})) == GEORGIA


def _places(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.place.kind, t.place.country) for t in toponyms(nlp, text)]


@pytest.mark.slow
def test_the_state_named_once_stays_the_state(nlp: Language) -> None:
    text = (
        "Lawmakers in New York state passed a budget on Monday. "
        "Schools across New York will get more money, the governor said."
    )
    assert [kind for name, kind, _ in _places(nlp, text) if name == "New York"] == ["admin1", "admin1"]


@pytest.mark.slow
def test_a_state_among_states_is_not_the_caucasus_country(nlp: Language) -> None:
    text = (
        "A cow born in Canada tested positive on a farm in Oklahoma, and a laboratory in "
        "Georgia ran the first test. Mexico and Japan halted imports."
    )
    assert ("Georgia", "admin1", "USA") in _places(nlp, text)
