"""Place names the model cuts, merges or misses where news writes them (issue 11): a
territory named by its country's adjective, a part of a place named by a compass
adjective, a name opening a sentence, a county's name inside an organisation's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import by_text
from wirewatch.where.gazetteer import haversine_km, load_places


@pytest.mark.slow
def test_a_territory_named_by_its_country_adjective_is_the_territory(nlp: Language) -> None:
    """'French Guiana' is split by the model into a nationality and a person's name; the
    whole is the territory in South America, not France."""
    found = by_text(nlp, "Vaccination teams crossed between Suriname and French Guiana in the rains.")
    assert found["French Guiana"].place.country == "GUF"
    assert "French" not in found


def test_territories_have_points_near_their_places() -> None:
    """Territories missing from GeoNames' country table are places all the same; one whose
    islands lie far apart (Bonaire, Saba, Sint Eustatius) has no single point."""
    places = load_places()
    west_bank = [c.place for c in places.lookup("West Bank") if c.place.kind == "country"]
    assert [p.country for p in west_bank] == ["PSE"]
    assert haversine_km(west_bank[0].lat, west_bank[0].lon, 31.9, 35.2) < 100
    assert any(c.place.country == "PRI" and c.place.kind == "country" for c in places.lookup("Puerto Rico"))
    assert not any(c.place.country == "BES" for c in places.lookup("Caribbean Netherlands"))


@pytest.mark.slow
def test_a_part_named_by_a_compass_adjective_lies_in_its_place(nlp: Language) -> None:
    found = by_text(nlp, "Heavy snow fell across Western Canada and Eastern China this week.")
    assert found["Western Canada"].place.country == "CAN"
    assert found["Eastern China"].place.country == "CHN"


@pytest.mark.slow
def test_a_compass_part_of_a_continent_or_a_nationality_is_not_placed(nlp: Language) -> None:
    found = by_text(nlp, "Rain spread over Southern Ontario while Northern Europe stayed dry.")
    assert found["Southern Ontario"].place.kind == "admin1"
    assert "Northern Europe" not in found and "Europe" not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("New South Wales recorded nine more cases of the flu on Friday.", "New South Wales", "AUS"),
        ("Tabriz residents spent the night outside after the quake.", "Tabriz", "IRN"),
        ("Buffalo, New York lies across the river from Ontario.", "Buffalo", "USA"),
    ],
)
def test_a_name_opening_a_sentence_is_read_when_more_than_its_position_says_so(
    nlp: Language, text: str, name: str, country: str
) -> None:
    """A sentence's first word is capitalised whatever it is; more capitalised words of one
    name, an office or residents of a place after it, or a state after a comma show it is a
    place's name."""
    assert by_text(nlp, text)[name].place.country == country


@pytest.mark.slow
def test_a_county_named_inside_an_organisation_is_not_its_namesake_town(nlp: Language) -> None:
    found = by_text(nlp, "Inspectors visited Marion County Eggs in Iowa last week.")
    assert "Marion" not in found and found["Iowa"].place.kind == "admin1"
