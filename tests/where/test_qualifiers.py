"""Context for resolving: "<town>, <state>" qualifiers, phone area codes, division evidence,
and the name forms the model cuts short ("County of Brant", "Little Portugal").

These call the resolver's parts on text directly (no spaCy model), with sentences written
for the tests.
"""

from __future__ import annotations

from collections import Counter

import pytest

from wirewatch.where.gazetteer import Place, PlaceGazetteer, load_places
from wirewatch.where.resolve import (
    ANY_NAME,
    Evidence,
    containing,
    division_evidence,
    lookup,
    phone_divisions,
    qualifier,
    widened,
    within,
)


@pytest.fixture(scope="module")
def places() -> PlaceGazetteer:
    return load_places()


def _after(places: PlaceGazetteer, text: str, name: str) -> list[Place]:
    return qualifier(places, text, text.index(name) + len(name))


def test_a_qualifier_is_read_after_the_comma(places: PlaceGazetteer) -> None:
    (kentucky,) = _after(places, "A fire in Paris, Ky. destroyed a barn.", "Paris")
    assert (kentucky.name, kentucky.admin1) == ("Kentucky", "KY")
    assert [p.name for p in _after(places, "Snow fell on Melville, Sask. overnight.", "Melville")] == [
        "Saskatchewan"
    ]
    assert {p.country for p in _after(places, "Talks in Tbilisi, Georgia ended.", "Tbilisi")} == {
        "GEO",
        "USA",
    }
    assert [p.name for p in _after(places, "They met in Perth, Western Australia.", "Perth")] == [
        "Western Australia"
    ]


def test_no_qualifier_without_a_division_or_country(places: PlaceGazetteer) -> None:
    assert not _after(places, "In Moscow, Putin spoke.", "Moscow")
    assert not _after(places, "Paris, London and Berlin agreed.", "Paris")
    assert not _after(places, "In Paris, French officials said.", "Paris")  # a demonym


def test_within_keeps_the_settlements_of_the_division(places: PlaceGazetteer) -> None:
    kentucky = _after(places, "Georgetown, Ky.", "Georgetown")
    inside = within(places.lookup("Georgetown"), kentucky)
    assert inside and {(c.place.country, c.place.admin1) for c in inside} == {("USA", "KY")}
    london = within(places.lookup("London"), _after(places, "London, Ontario", "London"))
    assert london and {c.place.country for c in london} == {"CAN"}


def test_within_leaves_lists_of_divisions_alone(places: PlaceGazetteer) -> None:
    oregon = _after(places, "Washington, Oregon and Idaho", "Washington")
    assert within(places.lookup("Washington"), oregon) is None


def test_phone_numbers_name_divisions() -> None:
    text = "Call police at 519-555-0143 or (519) 555-0199, or toll-free at 1-800-555-0100."
    assert phone_divisions(text) == {("CAN", "08"): 1}
    assert not phone_divisions("The 2016-2017 season had 12-345-6789 tickets.")


def _town(admin1: str) -> Place:
    return Place("Smalltown", "USA", 37.0, -85.0, "town", 2000, admin1)


def test_a_town_needs_its_division_in_the_article() -> None:
    kentucky = Place("Kentucky", "USA", 37.5, -85.0, "admin1", 500_000, "KY")
    shares = division_evidence([[kentucky]], named=Counter())
    evidence = Evidence({"USA": 1.0}, shares)
    assert evidence.supports(_town("KY")) and not evidence.supports(_town("TN"))
    city = Place("Bigcity", "USA", 36.0, -86.0, "city", 500_000, "TN")
    assert evidence.supports(city)  # cities need no division


def test_places_in_several_divisions_are_no_division_evidence() -> None:
    a = Place("Springfield", "USA", 39.8, -89.6, "city", 100_000, "IL")
    b = Place("Springfield", "USA", 37.2, -93.3, "city", 160_000, "MO")
    assert division_evidence([[a, b]], named=Counter()) == {}


def test_a_generic_head_is_dropped_but_never_for_a_country(places: PlaceGazetteer) -> None:
    assert {(c.place.name, c.place.country) for c in lookup(places, "County of Brant", ANY_NAME)} == {
        ("Brant", "CAN")
    }
    assert not [c for c in lookup(places, "City of Turkey", ANY_NAME) if c.place.kind == "country"]


def test_a_span_takes_in_the_words_of_a_longer_place_name(places: PlaceGazetteer) -> None:
    text = "She lived in the Little Portugal area of the city."
    start, end = text.index("Portugal"), text.index("Portugal") + len("Portugal")
    wide, _, candidates = widened(places, text, start, end, ANY_NAME)
    assert text[wide:end] == "Little Portugal" and {c.place.country for c in candidates} == {"CAN"}


def test_a_span_takes_in_a_linking_word_and_the_name_after_it(places: PlaceGazetteer) -> None:
    # Written for issue 11: the model ends the state's name at "Rio Grande", a port city.
    text = "One case each was found in Rio Grande do Sul and Tocantins."
    start = text.index("Rio")
    _, end, candidates = widened(places, text, start, start + len("Rio Grande"), ANY_NAME)
    assert text[start:end] == "Rio Grande do Sul" and "admin1" in {c.place.kind for c in candidates}


def test_the_same_place_by_a_longer_name_does_not_widen(places: PlaceGazetteer) -> None:
    text = "Yesterday The United States agreed."
    start = text.index("United")
    wide, _, candidates = widened(places, text, start, start + len("United States"), ANY_NAME)
    assert wide == start and {c.place.country for c in candidates} == {"USA"}


def test_the_qualifier_keeps_the_division_holding_the_place(places: PlaceGazetteer) -> None:
    georgia = places.lookup("Georgia")
    inside = within(places.lookup("Athens"), [c.place for c in georgia])
    assert inside and {c.place.admin1 for c in inside} == {"GA"}
    assert [(c.place.kind, c.place.country) for c in containing(georgia, inside)] == [("admin1", "USA")]


def test_the_press_abbreviations_of_quebec_and_newfoundland_qualify(places: PlaceGazetteer) -> None:
    (quebec,) = _after(places, "She sold her home in Gatineau, Que., and moved away.", "Gatineau")
    assert (quebec.name, quebec.admin1) == ("Quebec", "10")
    (newfoundland,) = _after(places, "A storm hit Gander, Nfld., on Monday.", "Gander")
    assert newfoundland.name == "Newfoundland and Labrador"


def test_a_division_holding_no_namesake_leaves_the_name_unplaced(places: PlaceGazetteer) -> None:
    # Issue 11, read on real news: a village too small for the gazetteer, qualified by its state,
    # was placed at a namesake in another state hundreds of kilometres away.
    assert places.lookup("Fairview") and not any(c.place.admin1 == "WV" for c in places.lookup("Fairview"))
    assert within(places.lookup("Fairview"), _after(places, "Fairview, W.Va.", "Fairview")) == []
    # A country qualifier still keeps the namesakes of that country.
    inside = within(places.lookup("London"), _after(places, "London, Canada", "London"))
    assert inside and {c.place.country for c in inside} == {"CAN"}
