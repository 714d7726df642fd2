"""GET /v1/facets, the network's edges under a filter, and the full CSV export, against a real server
over the coded sample corpus (issue 12, "Charts and views")."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

import pytest

from tests.serving import Running

pytestmark = pytest.mark.slow

FACETS = ("type", "quad_class", "source_country", "target_country")


def _all_events(api: Running, **filters: Any) -> list[dict[str, Any]]:
    page = api.client.get("/v1/events", params={**filters, "limit": 1000}).json()
    assert page["next_offset"] is None
    items: list[dict[str, Any]] = page["items"]
    return items


def _expected(events: list[dict[str, Any]]) -> dict[str, Counter[Any]]:
    counts: dict[str, Counter[Any]] = {
        "type": Counter(e["plover"] for e in events),
        "quad_class": Counter(e["quad_class"] for e in events),
    }
    for side in ("source", "target"):
        counts[f"{side}_country"] = Counter(
            c for e in events for c in {a["country"] for a in e[f"{side}s"] if a["country"]}
        )
    return counts


@pytest.mark.parametrize(
    "filters", [{}, {"country": "RUS"}, {"quad_class": 4}, {"all": "true", "type": "CONSULT"}]
)
def test_facets_count_the_filtered_events(api: Running, filters: dict[str, Any]) -> None:
    response = api.client.get("/v1/facets", params=filters)
    assert response.status_code == 200, response.text
    body = response.json()
    events = _all_events(api, **filters)
    assert body["total"] == len(events) > 0
    expected = _expected(events)
    for name in FACETS:
        got = {f["value"]: f["count"] for f in body["facets"][name]}
        assert got == dict(expected[name]), name
        counts = [f["count"] for f in body["facets"][name]]
        assert counts == sorted(counts, reverse=True), f"{name} not most first"


def test_a_facet_value_is_a_filter_that_gives_its_count(api: Running) -> None:
    facets = api.client.get("/v1/facets").json()["facets"]
    for f in facets["type"][:3]:
        assert api.client.get("/v1/events", params={"type": f["value"]}).json()["total"] == f["count"]
    for f in facets["quad_class"]:
        assert api.client.get("/v1/events", params={"quad_class": f["value"]}).json()["total"] == f["count"]


def test_facets_reject_what_events_reject(api: Running) -> None:
    for bad in ({"since": "last week"}, {"quad_class": 7}, {"country": "not a code"}):
        facets = api.client.get("/v1/facets", params=bad)
        events = api.client.get("/v1/events", params=bad)
        assert facets.status_code == events.status_code in (400, 422), bad
        assert facets.json()["error"]["message"] == events.json()["error"]["message"]


def test_network_filtered_on_a_country_draws_only_its_edges(api: Running) -> None:
    """Issue 12: filtering on RUS drew edges between RUS's co-actors too."""
    edges = api.client.get("/v1/network", params={"country": "RUS"}).json()["edges"]
    assert edges and all("RUS" in (e["source"], e["target"]) for e in edges)
    dyad = api.client.get("/v1/network", params={"dyad": "RUS-UKR"}).json()["edges"]
    assert dyad and all({e["source"], e["target"]} == {"RUS", "UKR"} for e in dyad)


def test_network_filtered_on_an_actor_keeps_its_side(api: Running) -> None:
    edges = api.client.get("/v1/network", params={"actor": "p:vladimir-putin"}).json()["edges"]
    assert edges and all("RUS" in (e["source"], e["target"]) for e in edges)


def test_csv_without_a_limit_holds_every_matching_row(api: Running) -> None:
    """Issue 12: "Download CSV" saved one page; format=csv with no limit exports the whole selection."""
    total = api.client.get("/v1/events").json()["total"]
    assert total > 100  # more than the default page
    text = api.client.get("/v1/events", params={"format": "csv"}).text
    assert len(list(csv.DictReader(io.StringIO(text)))) == total
    paged = api.client.get("/v1/events", params={"format": "csv", "limit": 7}).text
    assert len(list(csv.DictReader(io.StringIO(paged)))) == 7
