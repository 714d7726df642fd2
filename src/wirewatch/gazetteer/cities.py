"""Cities and divisions as actors' places: "rebels in Darfur", "a bombing in Tel Aviv".

The country table knows states, capitals and a few seats of power; news names many more
places, and a group "in Samarra" or "based in Trinidad" belongs to the country the place
is in. The offline place gazetteer (GeoNames cities over 15,000 people and first-level
divisions, `gazetteer.places`) answers that; it is read here, never changed, and loaded on
first use only (about 1.5 s, once per process; the place stage shares it).

Place names are read whole: "New Mexico" is a US state, not Mexico; "Paris, Texas" is in
the United States because the division after the comma says so.
"""

from __future__ import annotations

from collections.abc import Collection

from wirewatch.gazetteer.places import Candidate, Place, load_places

# Kinds of place that stand for a country's territory (countries come from our own table).
LOCAL_KINDS = frozenset({"city", "town", "admin1"})
# Kinds a name alone may be read as. Towns (1,000 to 15,000 people) are listed for a few
# countries only (the US above all), and many bear a common word's or a facility's name
# ("the Beach refugee camp" in Gaza is no US town): a town is read only as its division or
# country qualifies it ("Beach, N.D.") or in a division the story names ("Wasilla" in a story
# about Alaska), as the place stage reads towns (`where.resolve`).
NAMED_KINDS = LOCAL_KINDS - {"town"}
# A name is read as one country's place only when its most populous reading outweighs
# every reading in another country this many times ("Lagos", not "Rafah" Gaza/Egypt).
DOMINANCE = 5
# What may stand after "<place>, ": a first-level division ("Paris, Texas") or a country.
QUALIFIER_KINDS = frozenset({"admin1", "country"})
# Settlement kinds: a lone word the NER took for a person is read as a city only if it is one.
CITY_KINDS = frozenset({"city"})


class CityGazetteer:
    """Country of a city or division name, when the name is clear enough."""

    def country_of(
        self, text: str, story: Collection[str] = (), divisions: Collection[str] = ()
    ) -> str | None:
        """ISO3 of the place `text` most likely names; None when unknown or shared. A name that
        places of several countries share, none outweighing the others, is read in the story's
        countries (`story`, ISO3): "Vancouver" in a story that names Canada is Canada's city, not
        the US town."""
        return (
            _dominant(text, NAMED_KINDS, LOCAL_KINDS)
            or _in_story(text, NAMED_KINDS, story)
            or _in_named_division(text, divisions)
        )

    def city_country(self, text: str, story: Collection[str] = ()) -> str | None:
        """ISO3 of the city (15,000 people or more) `text` names; None when it is no city or
        a name several countries' cities share, unless the story names one of their countries
        (`story`, ISO3: "Vancouver Police" in a story that names British Columbia)."""
        return _dominant(text, CITY_KINDS) or _in_story(text, CITY_KINDS, story)

    def is_place(self, text: str) -> bool:
        """Whether any city, division or country bears this name (misspelling guard)."""
        return bool(load_places().lookup(text))

    def qualified_country(self, name: str, qualifier: str) -> str | None:
        """The country of "<name>, <qualifier>" when the qualifier is a division or a country
        and the name is a settlement there, or unknown to the gazetteer ("Lima County, Ohio"):
        "Paris, Texas" is in the United States, "Athens, Georgia" too. None when the qualifier
        is neither, or the name is a place elsewhere only ("Moscow, Beijing and Tehran")."""
        places = _qualifier_places(qualifier)
        if not places:
            return None
        countries = {p.country for p in places}
        candidates = [c.place for c in load_places().lookup(name) if c.place.kind != "continent"]
        inside = [p for p in candidates if p.country in countries]
        divisions = {(p.country, p.admin1) for p in places if p.kind == "admin1"}
        in_division = [p for p in inside if (p.country, p.admin1) in divisions and p.kind != "admin1"]
        if in_division:
            return in_division[0].country  # "Lebanon, Pa.": a town of that state
        if any(p.kind in QUALIFIER_KINDS for p in candidates):
            return None  # "Russia, China", "Washington, Oregon": a list of countries or states
        if inside:
            return inside[0].country
        if candidates or len(countries) != 1:
            return None
        return next(iter(countries))

    def qualifier_country(self, qualifier: str) -> str | None:
        """ISO3 of the one country whose division or name `qualifier` is ("Ky.", "Ont.", "France")."""
        countries = {p.country for p in _qualifier_places(qualifier)}
        return countries.pop() if len(countries) == 1 else None

    def division_country(self, text: str) -> str | None:
        """ISO3 of the first-level division `text` names ("Washington" state), if one country's."""
        countries = {c.place.country for c in load_places().lookup(text) if c.place.kind == "admin1"}
        return countries.pop() if len(countries) == 1 else None


def _in_named_division(text: str, divisions: Collection[str]) -> str | None:
    """The country of the one town of that name in a first-level division the story names
    (`divisions`: its names, "Alaska"): "Wasilla" in a story about Alaska. Only a name that is
    no city or division anywhere: a town of England does not make "Richmond" English."""
    if not divisions or not text[:1].isupper() or text in divisions:
        return None  # "Florida" in a story about Florida: the state, not a town of it
    named = {
        (c.place.country, c.place.admin1)
        for d in divisions
        for c in load_places().lookup(d)
        if c.place.kind == "admin1" and c.place.admin1
    }
    readings = [c.place for c in load_places().lookup(text) if c.place.kind in LOCAL_KINDS]
    if any(p.kind != "town" for p in readings):
        return None  # "Richmond": cities of several countries bear it; no town of it decides
    towns = {p.country for p in readings if (p.country, p.admin1) in named}
    return towns.pop() if len(towns) == 1 else None


def _qualifier_places(text: str) -> list[Place]:
    for form in dict.fromkeys((text, text.rstrip("."), text.rstrip(".") + ".")):
        found = [
            c.place for c in load_places().lookup(form) if c.place.kind in QUALIFIER_KINDS and not c.demonym
        ]
        if found:
            return found
    return []


def _dominant(text: str, kinds: frozenset[str], rival_kinds: frozenset[str] = frozenset()) -> str | None:
    """The country of the biggest place of `kinds` by that name, when it outweighs every place
    of another country of `kinds` or `rival_kinds` (towns a name alone is not read as still
    make it shared: "Valley" is no Anguillan city because a US town bears it)."""
    candidates = [c for c in load_places().lookup(text) if c.place.kind in kinds | rival_kinds]
    if not text[:1].isupper() or not any(c.place.kind in kinds for c in candidates):
        return None
    ranked = sorted(candidates, key=lambda c: (c.place.kind in kinds, _size(c)), reverse=True)
    top = ranked[0].place
    rivals = [c.place for c in ranked[1:] if c.place.country != top.country]
    if top.country is None or any(r.population * DOMINANCE > top.population for r in rivals):
        return None
    return top.country


def _in_story(text: str, kinds: frozenset[str], story: Collection[str]) -> str | None:
    """The one country among a shared name's readings that the story names, if one is."""
    if not story or not text[:1].isupper():
        return None
    named = {c.place.country for c in load_places().lookup(text) if c.place.kind in kinds} & set(story)
    return named.pop() if len(named) == 1 else None


def _size(candidate: Candidate) -> int:
    return candidate.place.population
