"""Cities and divisions as actors' places: "rebels in Darfur", "a bombing in Tel Aviv".

The country table knows states, capitals and a few seats of power; news names many more
places, and a group "in Samarra" or "based in Trinidad" belongs to the country the place
is in. The offline gazetteer of `wirewatch.where` (GeoNames cities over 15,000 people and
first-level divisions) answers that; it is read here, never changed, and loaded on first
use only (about 1.5 s, once per process; the where stage shares it).
"""

from __future__ import annotations

from wirewatch.where.gazetteer import Candidate, load_places

# Kinds of place that stand for a country's territory (countries come from our own table).
LOCAL_KINDS = frozenset({"city", "town", "admin1"})
# A name is read as one country's place only when its most populous reading outweighs
# every reading in another country this many times ("Lagos", not "Rafah" Gaza/Egypt).
DOMINANCE = 5


class CityGazetteer:
    """Country of a city or division name, when the name is clear enough."""

    def country_of(self, text: str) -> str | None:
        """ISO3 of the place `text` most likely names; None when unknown or shared."""
        candidates = [c for c in load_places().lookup(text) if c.place.kind in LOCAL_KINDS]
        if not candidates or not text[:1].isupper():
            return None
        ranked = sorted(candidates, key=_size, reverse=True)
        top = ranked[0].place
        rivals = [c.place for c in ranked[1:] if c.place.country != top.country]
        if top.country is None or any(r.population * DOMINANCE > top.population for r in rivals):
            return None
        return top.country

    def is_place(self, text: str) -> bool:
        """Whether any city, division or country bears this name (misspelling guard)."""
        return bool(load_places().lookup(text))


def _size(candidate: Candidate) -> int:
    return candidate.place.population
