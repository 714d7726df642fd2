"""The country table, as the actor stage has always imported it.

The table now lives in the shared gazetteer layer (`wirewatch.gazetteer.countries`), which
the actor and place stages both read without importing each other; this module re-exports
it so that existing imports keep working. New code imports `wirewatch.gazetteer`.
"""

from wirewatch.gazetteer.countries import (
    COUNTRY_COLUMNS,
    COUNTRY_KINDS,
    FORMS,
    IGO_COLUMNS,
    Country,
    Gazetteer,
    GazetteerError,
    SurfaceForm,
    is_abbreviation,
    normalise,
)

__all__ = [
    "COUNTRY_COLUMNS",
    "COUNTRY_KINDS",
    "FORMS",
    "IGO_COLUMNS",
    "Country",
    "Gazetteer",
    "GazetteerError",
    "SurfaceForm",
    "is_abbreviation",
    "normalise",
]
