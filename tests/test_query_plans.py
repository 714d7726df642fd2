"""The event filters and endpoint queries are driven by indexes (0005_query_indexes.sql,
0006_word_search.sql): an `IN` list built once, never a subquery on event_actors run per event,
and no full scan of events or event_actors where a filter can search an index. Plans, not timings
(SQLite plans an empty store without statistics the way it plans a large one)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from wirewatch.store import queries
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
    # The words of a name or mention text search the word index: no pass over event_actors.
    assert not any(line.split()[:2] == ["SCAN", "event_actors"] for line in plan), plan
    assert any("event_actors_fts VIRTUAL TABLE" in line for line in plan), plan


def test_sentence_words_search_the_word_index(store: SqliteStore) -> None:
    plan = explain(store, EventQuery(search='prime "minister" AND'))
    assert any("events_fts VIRTUAL TABLE" in line for line in plan), plan
    assert not any(line.split()[:2] == ["SCAN", "e"] for line in plan), plan


def _plans(store: SqliteStore, run: Callable[[], Any]) -> list[list[str]]:
    """EXPLAIN QUERY PLAN of every SELECT that `run` sends to the store."""
    sent: list[str] = []
    store.conn.set_trace_callback(sent.append)
    try:
        run()
    finally:
        store.conn.set_trace_callback(None)
    # (FTS5's own statements on its shadow tables name them as 'main'.*)
    selects = [sql for sql in sent if sql.lstrip().upper().startswith("SELECT") and "'main'." not in sql]
    assert selects
    return [[str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")] for sql in selects]


# Each filter with the index its events are found by.
FILTERS = {
    "country": (EventQuery(country="USA"), "event_actors_country_role"),
    "dyad": (EventQuery(dyad=("USA", "RUS")), "event_actors_country_role"),
    "actor": (EventQuery(actor="putin"), "event_actors_actor"),
    # (the type index, or the covering one of each event's kind that 0008_event_summaries.sql adds)
    "type": (EventQuery(plover="CONSULT"), "events_plover|events_kinds"),
    "dates": (EventQuery(since="2015-03", until="2015-03"), "events_date"),
    "since": (EventQuery(since="2019"), "events_date"),
    "words": (EventQuery(search="talks"), "events_fts"),
    "article": (EventQuery(article_id="a", include_all=True), "events_article"),
}
ENDPOINTS: dict[str, Callable[[SqliteStore, EventQuery], Any]] = {
    "events": queries.query_events,
    "network": queries.network,
    "locations": queries.event_locations,
    "facets": queries.facets,
    "stats/dyads": lambda store, q: queries.dyad_stats(store, "USA", "RUS", since=q.since, until=q.until),
}


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
@pytest.mark.parametrize("name", sorted(FILTERS))
def test_every_endpoint_under_every_filter_searches_an_index(
    store: SqliteStore, endpoint: str, name: str
) -> None:
    q, index = FILTERS[name]
    if endpoint == "stats/dyads":  # a dyad series, with dates or without: read by the dyad first
        index = "event_actors_country_role"
    for plan in _plans(store, lambda: ENDPOINTS[endpoint](store, q)):
        _no_per_event_lookup(plan)
        if not any(" e " in f" {line} " or "events" in line for line in plan):
            continue  # the page's actors, read by event id
        # No full pass over the events or the event actors (a covering index of event ids is fine).
        scans = [line for line in plan if line.startswith("SCAN") and "VIRTUAL TABLE" not in line]
        assert not scans, (endpoint, name, plan)
        assert any(i in line for line in plan for i in index.split("|")), (endpoint, name, index, plan)


def test_joins_to_countries_read_the_covering_index(store: SqliteStore) -> None:
    """Network and facets join each event to its sides' countries by event id alone, after the
    filter chose the events (not from every actor with a country), through the primary keys of
    `event_pairs` and `event_sides` (0008_event_summaries.sql)."""
    for run, index in (
        (queries.network, "sqlite_autoindex_event_pairs_1"),
        (queries.facets, "sqlite_autoindex_event_sides_1"),
    ):
        plans = _plans(store, lambda: run(store, EventQuery(since="2015-03", until="2015-03")))  # noqa: B023
        joined = [plan for plan in plans if any(" p " in f" {x} " or " x " in f" {x} " for x in plan)]
        assert joined, plans
        for plan in joined:
            assert "events_date" in plan[0], plan
            actor_lines = [line for line in plan[1:] if line.startswith("SEARCH")]
            assert actor_lines and all(f"INDEX {index} (event_id=?)" in line for line in actor_lines), plan


@pytest.mark.parametrize("include_all", [False, True])
def test_unfiltered_network_and_facets_add_up_the_summaries(store: SqliteStore, include_all: bool) -> None:
    """With no filter, network and facets read one covering index of the per-event summaries
    (0008_event_summaries.sql): no join of every event to its actors, no read of the events."""
    for run, table in ((queries.network, "event_pairs"), (queries.facets, "event_sides")):
        plans = _plans(store, lambda: run(store, EventQuery(include_all=include_all)))  # noqa: B023
        summed = [plan for plan in plans if any(table in line for line in plan)]
        assert summed, plans
        for plan in summed:
            assert not any("event_actors" in line or " e " in f" {line} " for line in plan), plan
            reads = [line for line in plan if line.startswith(("SCAN", "SEARCH"))]
            assert reads and all("COVERING INDEX" in line for line in reads), plan
            if not include_all:
                assert any(f"COVERING INDEX {table}_totals (kept=?)" in line for line in reads), plan


def test_unfiltered_map_and_type_facet_read_covering_indexes(store: SqliteStore) -> None:
    """With no filter, the map reads the partial index of located events' places and the type facet
    the index of each event's kind (0008_event_summaries.sql), each in its order (no sort), never the
    events' rows; under a filter, the filter's index picks the events (checked above)."""
    places = _plans(store, lambda: queries.event_locations(store, EventQuery()))
    assert places == [["SCAN e USING COVERING INDEX events_places"]], places
    kinds = [
        p for p in _plans(store, lambda: queries.facets(store, EventQuery())) if "event_sides" not in str(p)
    ]
    assert kinds == [["SCAN e USING COVERING INDEX events_kinds"]], kinds


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
