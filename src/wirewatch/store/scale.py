"""A large store for measuring queries, and the benchmark that times them.

    python -m wirewatch.store.scale --events 1000000 --db big.db           # build
    python -m wirewatch.store.scale --db big.db --bench                    # time each query
    python -m wirewatch.store.scale --events 1000000 --cache build/querybench --bench   # make bench

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
# The cache key of `cached_store`: bump it when `build` makes a different store from the same input.
GENERATOR_VERSION = 1


def cached_store(folder: Path, events: int) -> Path:
    """A generated store of about `events` events in `folder`, built on the first call for this size
    and generator version and reused after that (a newer schema is migrated in on opening)."""
    db = folder / f"events-{events}-gen{GENERATOR_VERSION}.db"
    if db.exists():
        print(f"{db}: generated store reused (delete it to generate again)")
        return db
    folder.mkdir(parents=True, exist_ok=True)
    partial = db.with_name(f"{db.stem}.partial.db")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    start = time.perf_counter()
    n = build(partial, events)
    partial.rename(db)  # only a finished build is ever reused
    print(f"{db}: {n} events generated in {time.perf_counter() - start:.0f} s")
    return db


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
    row = store.conn.execute("SELECT article_id FROM events ORDER BY article_id DESC LIMIT 1").fetchone()
    article = row[0] if row else ""
    filters = {
        "none": EventQuery(),
        "sort=-date": EventQuery(sort="-date"),
        "sort=goldstein": EventQuery(sort="goldstein"),
        "sort=-confidence": EventQuery(sort="-confidence"),
        "offset=5000": EventQuery(offset=5000),
        "country=USA": EventQuery(country="USA"),
        "country=ZZZ (rare)": EventQuery(country="ZZZ"),
        "dyad=USA-RUS": EventQuery(dyad=("USA", "RUS")),
        f"actor={actor}": EventQuery(actor=actor),
        "actor=putin (name)": EventQuery(actor="putin"),
        "type=CONSULT": EventQuery(plover="CONSULT"),
        "quad_class=4": EventQuery(quad_class=4),
        "min_confidence=0.9": EventQuery(min_confidence=0.9),
        "since/until 1 month": EventQuery(since="2015-03", until="2015-03"),
        "since 2019": EventQuery(since="2019"),
        "search=talks": EventQuery(search="talks"),
        "search=prime minister": EventQuery(search="prime minister"),
        "country+type+since": EventQuery(country="USA", plover="CONSULT", since="2010"),
        "article": EventQuery(article_id=article, include_all=True, limit=None),
    }
    out: dict[str, Callable[[], Any]] = {}
    for name, q in filters.items():
        out[f"events {name}"] = functools.partial(queries.query_events, store, q)
    out["stats/dyads USA-RUS"] = lambda: queries.dyad_stats(store, "USA", "RUS")
    out["stats/dyads USA-RUS by day"] = lambda: queries.dyad_stats(store, "USA", "RUS", period="day")
    out["network"] = lambda: queries.network(store, EventQuery())
    out["network country=USA"] = lambda: queries.network(store, EventQuery(country="USA"))
    out["network since/until 1 month"] = lambda: queries.network(
        store, EventQuery(since="2015-03", until="2015-03")
    )
    out["locations"] = lambda: queries.event_locations(store, EventQuery())
    out["locations country=USA"] = lambda: queries.event_locations(store, EventQuery(country="USA"))
    out["locations since/until 1 month"] = lambda: queries.event_locations(
        store, EventQuery(since="2015-03", until="2015-03")
    )
    out["facets"] = lambda: queries.facets(store, EventQuery())
    out["facets country=USA"] = lambda: queries.facets(store, EventQuery(country="USA"))
    return out


def bench(
    db: Path, plans: bool = False, repeat: int = 1, timeout: float = 60.0, only: str | None = None
) -> list[tuple[str, float, float]]:
    """Time each case `repeat` times, print its median and p95, and with `plans` the plan of its WHERE.
    A query still running after `timeout` seconds is interrupted and printed as such. `only`: the
    cases whose name holds it."""
    results = []
    with SqliteStore.open(db) as store:
        deadline = [float("inf")]
        store.conn.set_progress_handler(lambda: int(time.perf_counter() > deadline[0]), 100_000)
        n = store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        print(f"{db}: {n} events")
        for name, run in cases(store).items():
            if only and only not in name:
                continue
            times: list[float] = []
            cpu: list[float] = []  # this process's CPU time: less moved by neighbours on a shared machine
            for _ in range(repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                deadline[0] = start + timeout
                try:
                    run()
                except sqlite3.OperationalError:
                    break
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            if len(times) < repeat:
                results.append((name, float("inf"), float("inf")))
                print(f"  > {timeout:.0f} s (cut off)  {name}")
                continue
            times.sort()
            median = statistics.median(times)
            p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
            results.append((name, median, p95))
            cpu_median = statistics.median(cpu)
            print(
                f"{median * 1000:10.1f} ms median {p95 * 1000:10.1f} ms p95"
                f" {cpu_median * 1000:10.1f} ms cpu  {name}"
            )
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
    parser.add_argument("--db", type=Path, help="the store to build or time")
    parser.add_argument(
        "--cache", type=Path, help="instead of --db: a folder where the store of --events is generated once"
    )
    parser.add_argument("--events", type=int, help="build a store of about this many events")
    parser.add_argument("--source", type=Path, help="a coded store to copy (default: code the sample)")
    parser.add_argument("--bench", action="store_true", help="time every filter and endpoint query")
    parser.add_argument("--plans", action="store_true", help="with --bench, print query plans")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a query is cut off")
    parser.add_argument("--only", help="with --bench, time only the cases whose name holds this")
    args = parser.parse_args(argv)
    if args.cache:
        args.db = cached_store(args.cache, args.events or 1_000_000)
    elif args.db is None:
        parser.error("give --db FILE, or --cache FOLDER to generate (once) and reuse a store")
    elif args.events:
        start = time.perf_counter()
        n = build(args.db, args.events, args.source)
        print(f"{args.db}: {n} events in {time.perf_counter() - start:.0f} s")
    if args.bench:
        bench(args.db, args.plans, args.repeat, args.timeout, args.only)


if __name__ == "__main__":
    main()
