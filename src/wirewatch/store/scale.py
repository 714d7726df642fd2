"""A large store for measuring queries, and the benchmark that times them.

    python -m wirewatch.store.scale --events 1000000 --db big.db           # build
    python -m wirewatch.store.scale --db big.db --bench                    # time each query

The build codes the sample corpus once, then copies its coded rows (articles without their
text, events, event actors) under new ids until the store holds `--events` events; copy k
moves every full date k*7 days back, so the copies spread over years. The benchmark prints
the wall time and the EXPLAIN QUERY PLAN of every event filter and endpoint query; it is a
measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import functools
import math
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wirewatch.store import queries
from wirewatch.store.queries import EventQuery
from wirewatch.store.sqlite import SqliteStore

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "articles.jsonl"


def build(db: Path, events: int, source: Path | None = None) -> int:
    """Fill `db` with about `events` events copied from the coded sample (or `source`)."""
    if source is None:
        source = db.with_suffix(".sample.db")
        if not source.exists():
            from wirewatch.batch import code_inputs
            from wirewatch.settings import Settings

            with SqliteStore.open(source) as store:
                code_inputs([str(SAMPLE)], store, Settings(db=source, processes=1))
    with SqliteStore.open(db) as store:
        conn = store.conn
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        per_copy = int(conn.execute("SELECT COUNT(*) FROM src.events").fetchone()[0])
        copies = max(1, -(-events // per_copy))
        conn.execute("CREATE TEMP TABLE copies (k INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO copies VALUES (?)", [(k,) for k in range(copies)])
        suffix = "CASE WHEN k = 0 THEN '' ELSE '~' || k END"
        shifted = (
            "CASE WHEN LENGTH(event_date) = 10 THEN DATE(event_date, '-' || (k * 7) || ' days')"
            " ELSE event_date END"
        )
        with store.transaction():
            _copy(conn, "articles", {"article_id": f"article_id || {suffix}", "text": "NULL"})
            _copy(
                conn,
                "events",
                {
                    "event_id": f"event_id || {suffix}",
                    "article_id": f"article_id || {suffix}",
                    "event_date": shifted,
                },
            )
            _copy(conn, "event_actors", {"event_id": f"event_id || {suffix}"})
        conn.execute("DETACH DATABASE src")
        return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])


def _copy(conn: Any, table: str, changed: dict[str, str]) -> None:
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    picked = ", ".join(changed.get(c, c) for c in cols)
    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM src.{table}, copies")


def cases(store: SqliteStore) -> dict[str, Callable[[], Any]]:
    """Named queries to time: each event filter (count + first page) and each endpoint query."""
    top = store.conn.execute(
        "SELECT actor_id FROM event_actors WHERE actor_id IS NOT NULL"
        " GROUP BY actor_id ORDER BY COUNT(*) DESC"
    ).fetchone()
    actor = top[0] if top else "USA"
    filters = {
        "none": EventQuery(),
        "country=USA": EventQuery(country="USA"),
        "country=ZZZ (rare)": EventQuery(country="ZZZ"),
        "dyad=USA-RUS": EventQuery(dyad=("USA", "RUS")),
        f"actor={actor}": EventQuery(actor=actor),
        "actor=putin (name)": EventQuery(actor="putin"),
        "type=CONSULT": EventQuery(plover="CONSULT"),
        "since/until 1 month": EventQuery(since="2015-03", until="2015-03"),
        "search=talks": EventQuery(search="talks"),
        "country+type+since": EventQuery(country="USA", plover="CONSULT", since="2010"),
    }
    out: dict[str, Callable[[], Any]] = {}
    for name, q in filters.items():
        out[f"events {name}"] = functools.partial(queries.query_events, store, q)
    out["stats/dyads USA-RUS"] = lambda: queries.dyad_stats(store, "USA", "RUS")
    out["network country=USA"] = lambda: queries.network(store, EventQuery(country="USA", limit=None))
    out["locations country=USA"] = lambda: queries.event_locations(store, EventQuery(country="USA"))
    return out


def bench(
    db: Path, plans: bool = False, repeat: int = 1, timeout: float = 60.0
) -> list[tuple[str, float, float]]:
    """Time each case `repeat` times, print its median and p95, and with `plans` the plan of its WHERE.
    A query still running after `timeout` seconds is interrupted and printed as such."""
    results = []
    with SqliteStore.open(db) as store:
        deadline = [float("inf")]
        store.conn.set_progress_handler(lambda: int(time.perf_counter() > deadline[0]), 100_000)
        n = store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        print(f"{db}: {n} events")
        for name, run in cases(store).items():
            times: list[float] = []
            for _ in range(repeat):
                start = time.perf_counter()
                deadline[0] = start + timeout
                try:
                    run()
                except sqlite3.OperationalError:
                    break
                times.append(time.perf_counter() - start)
            if len(times) < repeat:
                results.append((name, float("inf"), float("inf")))
                print(f"  > {timeout:.0f} s (cut off)  {name}")
                continue
            times.sort()
            median = statistics.median(times)
            p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
            results.append((name, median, p95))
            print(f"{median * 1000:10.1f} ms median {p95 * 1000:10.1f} ms p95  {name}")
        if plans:
            for name, q in (("country", EventQuery(country="USA")), ("actor", EventQuery(actor="putin"))):
                print(f"-- plan: {name}")
                for line in explain(store, q):
                    print("   ", line)
    return results


def explain(store: SqliteStore, q: EventQuery) -> list[str]:
    """EXPLAIN QUERY PLAN details of the count query behind GET /v1/events for `q`."""
    where, params = queries.event_where(q.validated())
    rows = store.conn.execute(f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM events e {where}", params)
    return [str(r[3]) for r in rows]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m wirewatch.store.scale", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--events", type=int, help="build a store of about this many events")
    parser.add_argument("--source", type=Path, help="a coded store to copy (default: code the sample)")
    parser.add_argument("--bench", action="store_true", help="time every filter and endpoint query")
    parser.add_argument("--plans", action="store_true", help="with --bench, print query plans")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a query is cut off")
    args = parser.parse_args(argv)
    if args.events:
        start = time.perf_counter()
        n = build(args.db, args.events, args.source)
        print(f"{args.db}: {n} events in {time.perf_counter() - start:.0f} s")
    if args.bench:
        bench(args.db, args.plans, args.repeat, args.timeout)


if __name__ == "__main__":
    main()
