"""50 concurrent clients mixing reads and POST /v1/articles against one SQLite file (issue 6).

No "database is locked" (nor any 5xx) reaches a client, and every write the server acknowledged is in
the database afterwards. Bounded: 50 clients x 6 requests, each request with a 120 s timeout.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.serving import TOKEN, Running, copy_of_sample, run_server
from wirewatch.store.queries import EventQuery, matching_events
from wirewatch.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

CLIENTS = 50
REQUESTS_PER_CLIENT = 6
COUNTRIES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Egypt", "Chile"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    yield from run_server(copy_of_sample(tmp_path_factory, "concurrency"))


def _article(client: int, n: int) -> dict[str, str]:
    a, b = COUNTRIES[client % 10], COUNTRIES[(client + n + 1) % 10]
    text = (
        f"The foreign minister of {a} met officials from {b} on Tuesday, meeting number {client}-{n}. "
        f"{a} and {b} agreed to expand trade talks, a spokesman said."
    )
    return {"id": f"load-{client}-{n}", "text": text, "date": "2024-06-04", "source": "load test"}


def _client(i: int, url: str, acknowledged: list[str], failures: list[str]) -> None:
    rng = random.Random(i)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=url, timeout=120) as http:
        for n in range(REQUESTS_PER_CLIENT):
            kind = rng.choice(["events", "articles", "article", "write", "write", "dyad"])
            try:
                if kind == "write":
                    r = http.post("/v1/articles", json=_article(i, n), headers=headers)
                elif kind == "events":
                    r = http.get(
                        "/v1/events", params={"country": rng.choice(["RUS", "USA", "FRA"]), "limit": 50}
                    )
                elif kind == "articles":
                    r = http.get("/v1/articles", params={"limit": 100, "offset": rng.randrange(0, 30)})
                elif kind == "article":
                    r = http.get("/v1/articles/sample-014-russia-invades-ukraine")
                else:
                    r = http.get("/v1/stats/dyads", params={"a": "RUS", "b": "UKR"})
            except httpx.HTTPError as e:
                failures.append(f"client {i} {kind}: {type(e).__name__}: {e}")
                continue
            if r.status_code >= 400 or "locked" in r.text.lower():
                failures.append(f"client {i} {kind}: {r.status_code} {r.text[:200]}")
            elif kind == "write":
                acknowledged.extend(x["article_id"] for x in r.json()["results"] if x["status"] == "coded")


def test_fifty_clients_reading_and_writing(server: Running) -> None:
    acknowledged: list[str] = []
    failures: list[str] = []
    threads = [
        threading.Thread(target=_client, args=(i, server.url, acknowledged, failures)) for i in range(CLIENTS)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not any(t.is_alive() for t in threads), "clients still running after 10 minutes"
    assert not failures, failures[:5]
    assert len(acknowledged) > 20, "too few writes happened for this to test anything"
    assert len(set(acknowledged)) == len(acknowledged)
    with SqliteStore.open(Path(server.settings.db)) as store:
        for article_id in acknowledged:
            row = store.article(article_id)
            assert row is not None and row["status"] == "coded", article_id
        events = matching_events(store, EventQuery())
        stored_events = {e.article_id for e in events if e.article_id.startswith("load-")}
    listed = server.client.get("/v1/articles", params={"limit": 1000}).json()["items"]
    assert {a["article_id"] for a in listed} >= set(acknowledged)
    assert stored_events <= set(acknowledged)
