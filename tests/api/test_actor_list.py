"""The actors list against a real server over the coded sample corpus (issue 12, "Actors")."""

from __future__ import annotations

import pytest

from tests.serving import Running

pytestmark = pytest.mark.slow


def test_actors_are_paged(api: Running) -> None:
    first = api.client.get("/v1/actors", params={"limit": 100}).json()
    assert first["total"] > 100 and first["next_offset"] == 100
    second = api.client.get("/v1/actors", params={"limit": 100, "offset": 100}).json()
    assert second["items"] and not {a["actor_id"] for a in first["items"]} & {
        a["actor_id"] for a in second["items"]
    }


def test_list_and_actor_page_count_the_same_events(api: Running) -> None:
    """Issue 12: the list said 14 events and the actor page 15 (an actor on both sides of one event)."""
    for row in api.client.get("/v1/actors", params={"limit": 40}).json()["items"]:
        detail = api.client.get(f"/v1/actors/{row['actor_id']}").json()
        ids = [e["event_id"] for e in detail["events"]]
        assert len(ids) == len(set(ids)) == row["n_events"], row["actor_id"]


def test_first_seen_is_the_first_mention_in_the_corpus(api: Running) -> None:
    """Issue 12: 'first seen' showed a curated term start (2000-05-07 for Putin)."""
    published = [
        a["published"] for a in api.client.get("/v1/articles", params={"limit": 1000}).json()["items"]
    ]
    earliest = min(p for p in published if p)
    rows = api.client.get("/v1/actors", params={"limit": 1000}).json()["items"]
    assert all(r["first_seen"] is None or r["first_seen"] >= earliest for r in rows)
    putin = next(r for r in rows if r["actor_id"] == "p:vladimir-putin")
    detail = api.client.get("/v1/actors/p:vladimir-putin").json()
    assert putin["first_seen"] == detail["actor"]["first_seen"] != "2000-05-07"
    assert putin["first_seen"] in published
