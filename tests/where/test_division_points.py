"""Division points follow where_admin1.tsv's stated source, GeoNames' admin1 feature, where the
team's approximate centre was neither GeoNames' nor any other source's (issue 11)."""

from __future__ import annotations

from wirewatch.where.gazetteer import haversine_km, load_places


def test_queensland_has_geonames_point() -> None:
    (queensland,) = [c.place for c in load_places().lookup("Queensland") if c.place.kind == "admin1"]
    assert haversine_km(queensland.lat, queensland.lon, -20.0, 145.0) < 1
