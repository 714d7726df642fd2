"""The event filters on actors are driven by indexes (0005_query_indexes.sql): an `IN` list built
once, never a subquery on event_actors run per event. Plans, not timings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wirewatch.store.queries import EventQuery
from wirewatch.store.scale import explain
from wirewatch.store.sqlite import SqliteStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    with SqliteStore.open(tmp_path / "plans.db") as s:
        yield s


def _no_per_event_lookup(plan: list[str]) -> None:
    assert not any("CORRELATED" in line for line in plan), plan


@pytest.mark.parametrize(
    "q",
    [
        EventQuery(country="USA"),
        EventQuery(country="USA", plover="CONSULT", since="2010"),
        EventQuery(dyad=("USA", "RUS")),
    ],
)
def test_country_filters_search_the_country_index(store: SqliteStore, q: EventQuery) -> None:
    plan = explain(store, q)
    _no_per_event_lookup(plan)
    actor_lines = [line for line in plan if "event_actors" in line]
    assert actor_lines, plan
    assert all("INDEX event_actors_country_role (country=?" in line for line in actor_lines), plan


def test_actor_filter_searches_the_actor_index(store: SqliteStore) -> None:
    plan = explain(store, EventQuery(actor="putin"))
    _no_per_event_lookup(plan)
    assert any("INDEX event_actors_actor (actor_id=?)" in line for line in plan), plan
    # The name / mention-text substring part reads event_actors once, not per event.
    assert sum(line.startswith("SCAN event_actors") for line in plan) <= 1, plan


def test_filter_results_match_a_plain_reading(store: SqliteStore) -> None:
    """The IN lists select what the correlated EXISTS selected, on a store with rows."""
    conn = store.conn
    with store.transaction():
        conn.execute(
            "INSERT INTO articles (article_id, status, coded_at) VALUES ('a', 'coded', '2020-01-01')"
        )
        for i, (src, tgt) in enumerate([("USA", "RUS"), ("RUS", "USA"), ("USA", "UKR"), (None, "USA")]):
            conn.execute(
                "INSERT INTO events (event_id, article_id, event_date, plover, polarity, modality, sentence,"
                " sentence_start, trigger_start, trigger_end, trigger_text, confidence, rule)"
                " VALUES (?, 'a', '2020-01-0' || ?, 'CONSULT', 'affirmed', 'actual', 'met',"
                " 0, 0, 3, 'met', 1, 'r')",
                (f"e{i}", i + 1),
            )
            for role, country in (("source", src), ("target", tgt)):
                conn.execute(
                    "INSERT INTO event_actors (event_id, role, position, text, actor_id, name, country)"
                    " VALUES (?, ?, 0, ?, ?, ?, ?)",
                    (f"e{i}", role, f"the {country} envoy", country and f"{country}GOV", country, country),
                )
    from wirewatch.store.queries import matching_events

    def ids(q: EventQuery) -> list[str]:
        return sorted(e.event_id for e in matching_events(store, q))

    assert ids(EventQuery(country="USA", limit=None)) == ["e0", "e1", "e2", "e3"]
    assert ids(EventQuery(country="UKR", limit=None)) == ["e2"]
    assert ids(EventQuery(dyad=("RUS", "USA"), limit=None)) == ["e0", "e1"]
    assert ids(EventQuery(actor="RUSGOV", limit=None)) == ["e0", "e1"]
    assert ids(EventQuery(actor="ukr envoy", limit=None)) == ["e2"]
