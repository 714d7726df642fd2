"""The geo eval's scoring: gold country names to codes, and what counts as found (issue 5)."""

from __future__ import annotations

from wirewatch.evaluate.geo import GeoReport, country_codes, score_article
from wirewatch.where.gazetteer import Place
from wirewatch.where.resolve import Toponym


def test_older_geonames_country_names_map_too() -> None:
    codes = country_codes()
    assert codes["Netherlands"] == codes["The Netherlands"] == "NLD"
    assert codes["United States"] == "USA" and codes["Bonaire"] == "BES"


def test_a_found_toponym_is_scored_on_country_and_distance() -> None:
    record = {
        "text": "Talks in Paris, then Lyon.",
        "toponyms": [
            {"start": 9, "end": 14, "lat": 48.85, "lon": 2.35, "country": "France"},
            {"start": 21, "end": 25, "lat": 45.75, "lon": 4.85, "country": "France"},
        ],
    }
    paris_texas = Place("Paris", "USA", 33.66, -95.56, "city", 24782, "TX")
    report = GeoReport()
    score_article(record, [Toponym(9, 14, "Paris", paris_texas)], country_codes(), report)
    scores = report.as_dict()
    assert (scores["found"], scores["recall"], scores["precision"]) == (1, 0.5, 1.0)
    assert scores["country"] == 0.0 and scores["acc_161km"] == 0.0
