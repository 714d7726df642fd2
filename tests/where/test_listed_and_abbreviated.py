"""Two ways a place's name escapes the model (issue 11): a name it tags as a person, listed
with a name it tags as a place, is a place like an organisation's name there; and a division's
all-capitals abbreviation outside every entity ("rural NSW") is the division. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import load_places
from wirewatch.where.resolve import INNER, lookup


def _places(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.place.kind, t.place.country) for t in toponyms(nlp, text)}


def test_a_bare_division_abbreviation_is_the_division() -> None:
    found = lookup(load_places(), "NSW", INNER)
    assert [(c.place.name, c.place.kind) for c in found] == [("New South Wales", "admin1")]


def test_a_bare_country_abbreviation_is_not_read_so() -> None:
    assert lookup(load_places(), "DRC", INNER) == []


@pytest.mark.slow
def test_an_abbreviated_state_the_model_left_untagged(nlp: Language) -> None:
    assert _places(nlp, "Storms flattened crops near Dubbo in rural NSW on Friday.").get("NSW") == (
        "admin1",
        "AUS",
    )


@pytest.mark.slow
def test_a_name_tagged_as_a_person_beside_a_place_is_a_place(nlp: Language) -> None:
    found = _places(nlp, "The outbreak hit Darfur and Al Jazirah, the ministry said.")
    assert found.get("Al Jazirah") == ("admin1", "SDN")


@pytest.mark.slow
def test_people_listed_with_people_stay_people(nlp: Language) -> None:
    assert "Berry" not in _places(nlp, "Mr Parkes and Mr Berry met in Sydney.")
