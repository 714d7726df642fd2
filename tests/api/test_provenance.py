"""Issue 10, item 8: events whose inferences are typed keep, through the store and out of the API,
the `rule` strings the coder wrote before, and the JSON says them once more in `provenance`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.provenance import ARTICLE_ID, RULES, inferred_article
from tests.serving import Running, run_server
from wirewatch.store.queries import EventQuery, matching_events
from wirewatch.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("provenance") / "wirewatch.db"
    with SqliteStore.open(path) as store:
        store.save_coded(inferred_article())
    return path


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[Running]:
    yield from run_server(db)


def test_the_store_keeps_the_rule_strings_and_reads_them_back_typed(db: Path) -> None:
    coded = inferred_article()
    with SqliteStore.open(db) as store:
        columns = dict(store.conn.execute("SELECT plover, rule FROM events").fetchall())
        mention_rules = [r[0] for r in store.conn.execute("SELECT rule FROM mentions")]
        assert sorted(matching_events(store, EventQuery()), key=lambda e: e.trigger.start) == list(
            coded.events
        )
        assert store.mentions(ARTICLE_ID) == list(coded.mentions)
    assert columns == RULES
    assert mention_rules == ["sector:police+article"]


def test_the_api_serves_the_same_rule_strings(api: Running) -> None:
    events = api.client.get("/v1/events", params={"all": "true"}).json()["items"]
    assert {e["plover"]: e["rule"] for e in events} == RULES
    provenance = {e["plover"]: e["provenance"] for e in events}
    assert provenance["ASSAULT"] == ["model", "place"]
    assert provenance["MOBILIZE"] == ["model-generic", "domestic", "negated"]
    assert provenance["SUPPORT"] == []
    detail = api.client.get(f"/v1/articles/{ARTICLE_ID}").json()
    assert {e["plover"]: e["rule"] for e in detail["events"]} == RULES
    table = api.client.get("/v1/events", params={"all": "true", "format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(table)))
    assert {r["plover"]: r["rule"] for r in rows} == RULES and "provenance" not in rows[0]
