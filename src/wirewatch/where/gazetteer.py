"""The offline place gazetteer, as the place stage has always imported it.

It now lives in the shared gazetteer layer (`wirewatch.gazetteer.places`, word classes in
`wirewatch.gazetteer.words`), which the actor and place stages both read without importing
each other; this module re-exports it so that existing imports keep working.
"""

from wirewatch.gazetteer.places import (
    ADMIN1_POPULATION,
    COUNTRY_FORMS,
    DEMONYM_FORMS,
    EARTH_RADIUS_KM,
    MIN_CITY_POPULATION,
    TOWNS_FILE,
    Candidate,
    Place,
    PlaceDataError,
    PlaceGazetteer,
    _rows,
    area_codes,
    country_points,
    haversine_km,
    load_places,
    lookup_key,
)
from wirewatch.gazetteer.words import place_words

__all__ = [
    "ADMIN1_POPULATION",
    "COUNTRY_FORMS",
    "DEMONYM_FORMS",
    "EARTH_RADIUS_KM",
    "MIN_CITY_POPULATION",
    "TOWNS_FILE",
    "Candidate",
    "Place",
    "PlaceDataError",
    "PlaceGazetteer",
    "_rows",
    "area_codes",
    "country_points",
    "haversine_km",
    "load_places",
    "lookup_key",
    "place_words",
]
