"""The per-event summaries of 0008_event_summaries.sql (issue 14, item 6): the unfiltered network
and facets add them up instead of joining every event to its actors, and must answer what that join
answers; the triggers keep them in step with every write; the map's places add up its events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wirewatch.settings import Settings
from wirewatch.store import queries
from wirewatch.store.queries import EventQuery
from wirewatch.store.sqlite import SqliteStore

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "wirewatch" / "data" / "sample" / "articles.jsonl"
KEPT = "e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported')"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteStore]:
    from wirewatch.batch import code_inputs

    db = tmp_path_factory.mktemp("summaries") / "w.db"
    with SqliteStore.open(db) as s:
        summary = code_inputs([str(SAMPLE)], s, Settings(db=db, processes=1))
        assert summary.coded == 30 and summary.events > 100
        yield s


def _joined_network(store: SqliteStore, include_all: bool) -> list[tuple[Any, ...]]:
    """The edges as the network read them before the summaries: every event joined to its sides."""
    rows = store.conn.execute(
        "SELECT s.country, t.country, COUNT(DISTINCT e.event_id), AVG(e.goldstein)"
        " FROM events e JOIN event_actors s ON s.event_id = e.event_id AND s.role = 'source'"
        " JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'target'"
        f" WHERE s.country <> t.country {'' if include_all else 'AND ' + KEPT}"
        " GROUP BY s.country, t.country ORDER BY 3 DESC, 1, 2"
    )
    return [(a, b, n, None if g is None else round(g, 3)) for a, b, n, g in rows]


def _joined_sides(store: SqliteStore, include_all: bool) -> dict[str, list[tuple[str, int]]]:
    rows = store.conn.execute(
        "SELECT x.role, x.country, COUNT(DISTINCT e.event_id) FROM events e"
        " JOIN event_actors x ON x.event_id = e.event_id"
        f" WHERE x.country IS NOT NULL {'' if include_all else 'AND ' + KEPT} GROUP BY x.role, x.country"
    )
    out: dict[str, list[tuple[str, int]]] = {"source": [], "target": []}
    for role, country, n in rows:
        out[role].append((country, n))
    return {role: sorted(found, key=lambda f: (-f[1], f[0])) for role, found in out.items()}


def _summaries(store: SqliteStore) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    pairs = store.conn.execute("SELECT event_id, source, target, links, kept, goldstein FROM event_pairs")
    sides = store.conn.execute("SELECT event_id, role, country, kept FROM event_sides")
    return {tuple(r) for r in pairs}, {tuple(r) for r in sides}


def _recomputed(store: SqliteStore) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    """What the summaries must hold, computed afresh from events and event_actors."""
    kept = f"CASE WHEN {KEPT} THEN 1 ELSE 0 END"
    pairs = store.conn.execute(
        f"SELECT s.event_id, s.country, t.country, COUNT(*), {kept}, e.goldstein FROM event_actors s"
        " JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'"
        " JOIN events e ON e.event_id = s.event_id WHERE s.role = 'source' AND s.country <> t.country"
        " GROUP BY s.event_id, s.country, t.country"
    )
    sides = store.conn.execute(
        f"SELECT DISTINCT x.event_id, x.role, x.country, {kept} FROM event_actors x"
        " JOIN events e ON e.event_id = x.event_id WHERE x.country IS NOT NULL"
    )
    return {tuple(r) for r in pairs}, {tuple(r) for r in sides}


@pytest.mark.parametrize("include_all", [False, True])
def test_unfiltered_network_and_facets_answer_what_the_join_answers(
    store: SqliteStore, include_all: bool
) -> None:
    expected = _joined_network(store, include_all)
    assert len(expected) > 10
    edges = queries.network(store, EventQuery(include_all=include_all))["edges"]
    assert [(e["source"], e["target"], e["events"], e["mean_goldstein"]) for e in edges] == expected
    found = queries.facets(store, EventQuery(include_all=include_all))["facets"]
    for role, rows in _joined_sides(store, include_all).items():
        assert [(f["value"], f["count"]) for f in found[f"{role}_country"]] == rows


def test_summaries_follow_every_write(store: SqliteStore) -> None:
    assert _summaries(store) == _recomputed(store)
    assert len(_summaries(store)[0]) > 20
    article = store.conn.execute(
        "SELECT e.article_id FROM event_pairs p JOIN events e ON e.event_id = p.event_id"
        " GROUP BY e.article_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    event = store.conn.execute(
        "SELECT event_id FROM event_pairs"
        " WHERE event_id IN (SELECT event_id FROM events WHERE article_id = ?)",
        (article,),
    ).fetchone()[0]
    with store.transaction() as conn:  # an event's polarity and score change
        conn.execute("UPDATE events SET polarity = 'negated', goldstein = 9.5 WHERE event_id = ?", (event,))
    assert (event, 9.5) in {(p[0], p[5]) for p in _summaries(store)[0] if p[4] == 0}
    assert _summaries(store) == _recomputed(store)
    with store.transaction() as conn:  # one actor leaves, one changes country
        conn.execute("DELETE FROM event_actors WHERE event_id = ? AND role = 'target'", (event,))
        conn.execute(
            "UPDATE event_actors SET country = 'ZZZ' WHERE event_id = ? AND role = 'source'", (event,)
        )
    assert _summaries(store) == _recomputed(store)
    assert not any(p[0] == event for p in _summaries(store)[0])
    with store.transaction() as conn:  # the article is deleted: its events and actors cascade
        conn.execute("DELETE FROM articles WHERE article_id = ?", (article,))
    assert _summaries(store) == _recomputed(store)
    assert not store.conn.execute(
        "SELECT COUNT(*) FROM event_sides WHERE event_id NOT IN (SELECT event_id FROM events)"
    ).fetchone()[0]


def test_map_places_add_up_the_located_events(store: SqliteStore) -> None:
    located = store.conn.execute(
        "SELECT e.location_name, e.plover, e.quad_class, e.event_date FROM events e"
        f" WHERE {KEPT} AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
    ).fetchall()
    assert len(located) > 20
    places = queries.event_locations(store, EventQuery(limit=None))
    assert sum(p["events"] for p in places) == len(located)
    assert len(places) < len(located) and len({(p["name"], p["lat"], p["lon"]) for p in places}) == len(
        places
    )
    assert [p["events"] for p in places] == sorted((p["events"] for p in places), reverse=True)
    for p in places:
        mine = [r for r in located if (r[0] or None) == p["name"]]
        assert p["events"] <= len(mine) and sum(p["quad_class"].values()) == p["events"]
        assert p["latest"] == max((r[3] for r in mine if r[3]), default=None) or len(mine) > p["events"]
        counts = [t["count"] for t in p["types"]]
        assert counts == sorted(counts, reverse=True) and 0 < len(counts) <= queries.TOP_TYPES
        assert counts[0] == max(sum(1 for r in mine if r[1] == t) for t in {r[1] for r in mine})
    assert queries.event_locations(store, EventQuery(limit=2)) == places[:2]
    ukraine = queries.event_locations(store, EventQuery(country="UKR", limit=None))
    assert 0 < sum(p["events"] for p in ukraine) < len(located)


@pytest.mark.parametrize("q", [EventQuery(country="USA"), EventQuery(since="2015", plover="CONSULT")])
def test_filtered_facets_count_each_events_sides_once(store: SqliteStore, q: EventQuery) -> None:
    where, params = queries.event_where(q)
    rows = store.conn.execute(
        "SELECT x.role, x.country, COUNT(DISTINCT e.event_id) FROM events e"
        f" JOIN event_actors x ON x.event_id = e.event_id {where} AND x.country IS NOT NULL"
        " GROUP BY x.role, x.country",
        params,
    ).fetchall()
    assert rows
    found = queries.facets(store, q)["facets"]
    for role in ("source", "target"):
        expected = sorted(((c, n) for r, c, n in rows if r == role), key=lambda f: (-f[1], f[0]))
        assert [(f["value"], f["count"]) for f in found[f"{role}_country"]] == expected


@pytest.mark.parametrize(
    "q",
    [
        EventQuery(country="USA"),
        EventQuery(dyad=("USA", "RUS")),
        EventQuery(since="2015", plover="CONSULT", include_all=True),
        EventQuery(actor="putin"),
    ],
)
def test_filtered_network_answers_what_the_join_answers(store: SqliteStore, q: EventQuery) -> None:
    where, params = queries.event_where(q)
    involving, extra = queries._edges_involving(q, "s.country", "t.country")
    rows = store.conn.execute(
        "SELECT s.country, t.country, COUNT(DISTINCT e.event_id), AVG(e.goldstein) FROM events e"
        " JOIN event_actors s ON s.event_id = e.event_id AND s.role = 'source'"
        f" JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'target' {where}"
        f" AND s.country <> t.country{involving} GROUP BY s.country, t.country ORDER BY 3 DESC, 1, 2",
        [*params, *extra],
    )
    expected = [(a, b, n, None if g is None else round(g, 3)) for a, b, n, g in rows]
    assert expected
    edges = queries.network(store, q)["edges"]
    assert [(e["source"], e["target"], e["events"], e["mean_goldstein"]) for e in edges] == expected
