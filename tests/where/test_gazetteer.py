"""The offline place gazetteer: countries, divisions, cities and their other names (issue 5)."""

from __future__ import annotations

import pytest

from wirewatch.where.gazetteer import PlaceGazetteer, area_codes, haversine_km, load_places


@pytest.fixture(scope="module")
def places() -> PlaceGazetteer:
    return load_places()


def _names(places: PlaceGazetteer, text: str) -> set[tuple[str, str | None, str]]:
    return {(c.place.name, c.place.country, c.place.kind) for c in places.lookup(text)}


def test_an_alternate_name_finds_the_city(places: PlaceGazetteer) -> None:
    (havana,) = places.lookup("Habana")
    assert havana.place.name == "Havana" and havana.place.country == "CUB" and not havana.primary
    assert round(havana.place.lat, 1) == 23.1 and round(havana.place.lon, 1) == -82.4


def test_a_name_shared_by_a_country_and_a_state(places: PlaceGazetteer) -> None:
    assert {("Georgia", "GEO", "country"), ("Georgia", "USA", "admin1")} <= _names(places, "Georgia")


def test_abbreviations_and_case(places: PlaceGazetteer) -> None:
    assert ("Kentucky", "USA", "admin1") in _names(places, "Ky.")
    assert ("British Columbia", "CAN", "admin1") in _names(places, "B.C.")
    assert ("United States", "USA", "country") in _names(places, "U.S.")
    assert not places.lookup("us")  # the pronoun is not the country


def test_a_demonym_is_marked(places: PlaceGazetteer) -> None:
    (canadian,) = (c for c in places.lookup("Canadian") if c.place.kind != "town")  # not Canadian, Texas
    assert canadian.place.country == "CAN" and canadian.demonym


def test_diacritics_fold(places: PlaceGazetteer) -> None:
    assert ("São Paulo", "BRA", "city") in _names(places, "Sao Paulo")


def test_continents(places: PlaceGazetteer) -> None:
    assert ("Asia", None, "continent") in _names(places, "Asia")


def test_towns_are_kept_apart_with_their_division(places: PlaceGazetteer) -> None:
    glasgows = {(c.place.country, c.place.kind, c.place.admin1) for c in places.lookup("Glasgow")}
    assert ("GBR", "city", "SCT") in glasgows and ("USA", "town", "KY") in glasgows


def test_cities_and_divisions_carry_admin1_codes(places: PlaceGazetteer) -> None:
    assert ("Toronto", "CAN", "city") in _names(places, "Toronto")
    (toronto,) = (
        c.place for c in places.lookup("Toronto") if c.place.kind == "city" and c.place.country == "CAN"
    )
    (ontario,) = (c.place for c in places.lookup("Ont.") if c.place.kind == "admin1")
    assert toronto.admin1 == ontario.admin1 == "08"


def test_area_codes_name_their_division() -> None:
    codes = area_codes()
    assert codes["519"] == ("CAN", "08") and codes["806"] == ("USA", "TX") and codes["604"] == ("CAN", "02")
    assert "800" not in codes  # toll-free: no place


def test_haversine() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 0.0) == 0.0
    assert 340 < haversine_km(51.5074, -0.1278, 48.8566, 2.3522) < 345  # London-Paris
