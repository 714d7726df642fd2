"""A country named in the story is evidence of that country even when towns share its name
(issue 11): "Lebanon" has namesakes in Pennsylvania and elsewhere, so it counted for no country,
and "Tripoli" in a story about Lebanon went to Libya's capital. Not a name a division shares:
"Georgia" stays no evidence. Sentences and places written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import Place
from wirewatch.where.resolve import _one_country

LEBANON = Place("Lebanon", "LBN", 33.8, 35.8, "country", 6_800_000)
LEBANON_PA = Place("Lebanon", "USA", 40.3, -76.4, "city", 25_000, "PA")
GEORGIA = Place("Georgia", "GEO", 42.0, 43.5, "country", 3_700_000)
GEORGIA_US = Place("Georgia", "USA", 32.7, -83.5, "admin1", 500_000, "GA")


def test_a_country_beside_namesake_towns_is_evidence_of_the_country() -> None:
    assert _one_country([LEBANON, LEBANON_PA]) == LEBANON
    assert _one_country([LEBANON_PA]) == LEBANON_PA


def test_a_country_a_division_shares_its_name_with_is_no_evidence() -> None:
    assert _one_country([GEORGIA, GEORGIA_US]) is None


@pytest.mark.slow
def test_a_city_takes_the_country_the_story_names(nlp: Language) -> None:
    text = "Shelling hit Tripoli on Sunday, Lebanon's army said, and two soldiers were wounded."
    found = {t.text: t.place.country for t in toponyms(nlp, text)}
    assert found["Tripoli"] == "LBN"
