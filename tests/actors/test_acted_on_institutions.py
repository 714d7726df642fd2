"""Institutions named by a common noun as what troops, police or an armed group act on (issue 11,
stop 47, "named target omitted"; `actors/acted_on.py`, `data/institutions.tsv`). "Shelled a
hospital in Idlib" took the city for its target, "the attack on the school" had none: a hospital,
a school, a mosque or an embassy is no actor elsewhere ("taken to hospital"), but acted on by force
or coercion the people in it are the ones acted on. Its country is the one its own words name,
else, for an institution at home, the place it stands in; an embassy is the state's its words
name, never the host's. Sentences written for these tests about real events.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, mentions_by_text

pytestmark = pytest.mark.slow


def _targets(nlp: Language, text: str, plover: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in find(code(nlp, text), plover).targets]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Russian forces shelled a maternity hospital in Mariupol in March 2022.",
            ("maternity hospital", "UKR", "CVL"),
        ),
        ("Gunmen attacked a mosque in Kano in November 2014.", ("mosque", "NGA", "REL")),
        ("Rebels set fire to a school in Kasai in 2017.", ("school", "COD", "EDU")),
    ],
)
def test_an_institution_struck_is_the_target_not_its_city(
    nlp: Language, text: str, target: tuple[str, str, str]
) -> None:
    assert _targets(nlp, text, "ASSAULT") == [target]


def test_an_embassy_is_the_state_its_own_words_name(nlp: Language) -> None:
    """The Saudi embassy in Tehran is Saudi Arabia's, not Iran's."""
    text = "Iranian protesters attacked the Saudi embassy in Tehran in January 2016."
    assert ("Saudi embassy", "SAU", "GOV") in _targets(nlp, text, "ASSAULT")


def test_an_embassy_whose_state_goes_unnamed_is_no_actor_of_its_host(nlp: Language) -> None:
    assert "embassy" not in mentions_by_text(nlp, "Militants attacked the embassy in Kabul in 2011.")


def test_an_attack_on_an_institution_names_it_as_the_target(nlp: Language) -> None:
    text = "A UN official condemned the Israeli attack on the school in Gaza in January 2009."
    assert ("school", "PSE", "EDU") in _targets(nlp, text, "ASSAULT")


def test_an_institution_only_stood_in_is_no_actor(nlp: Language) -> None:
    text = "The wounded were taken to a hospital in Kharkiv on Monday."
    assert "hospital" not in mentions_by_text(nlp, text)


def test_an_institution_where_a_verb_with_its_own_object_is_done_is_no_actor(nlp: Language) -> None:
    """ "Killed two teachers on the campus": the campus says where, the teachers whom."""
    text = "A gunman killed two teachers on the campus in Uvalde in May 2022."
    assert "campus" not in mentions_by_text(nlp, text)


def test_opening_fire_at_a_school_falls_on_the_school(nlp: Language) -> None:
    text = "A gunman opened fire at a school in Parkland, Florida, in February 2018."
    assert ("school", "USA", "EDU") in _targets(nlp, text, "ASSAULT")
