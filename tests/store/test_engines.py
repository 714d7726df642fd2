"""SQLite and PostgreSQL give the same answers (issue 14): the sample corpus coded once and saved
into both engines through `code_inputs`, then every read query of the API compared; the CLI on a
postgresql:// URL; many processes writing one PostgreSQL database at once; the SQL adapter."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from wirewatch.errors import StoreError
from wirewatch.model import Article, CodedArticle
from wirewatch.settings import Settings
from wirewatch.store import queries, stories
from wirewatch.store.actors import list_actors as kb_actors
from wirewatch.store.base import db_location, open_store
from wirewatch.store.pgconn import parse_url, translate, tsquery_of
from wirewatch.store.queries import EventQuery
from wirewatch.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "src" / "wirewatch" / "data" / "sample" / "articles.jsonl"


class Replay:
    """A `code_inputs` coder that codes each article once and hands the same result to a later run
    (the second engine gets exactly what the first one stored, without coding twice)."""

    def __init__(self) -> None:
        self.coded: dict[str, CodedArticle] = {}

    def __call__(self, articles: list[Article], settings: Settings, known: Any) -> Iterator[CodedArticle]:
        from wirewatch.pipeline import code_articles

        missing = [a for a in articles if a.article_id not in self.coded]
        for coded in code_articles(missing, settings, known):
            self.coded[coded.article.article_id] = coded
        for a in articles:
            yield self.coded[a.article_id]


@pytest.fixture(scope="module")
def both(pg_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SqliteStore, SqliteStore]]:  # type: ignore[no-untyped-def]
    from wirewatch.batch import code_inputs

    replay = Replay()
    sqlite_db = tmp_path_factory.mktemp("engines") / "w.db"
    stores = (open_store(sqlite_db), open_store(pg_server.new_database()))
    for store in stores:
        summary = code_inputs([str(SAMPLE)], store, Settings(db=sqlite_db, processes=1), coder=replay)
        assert summary.coded == 30 and summary.events > 100
    yield stores
    for store in stores:
        store.close()


def _same(both: tuple[SqliteStore, SqliteStore], read: Any) -> Any:
    lite, pg = both
    assert lite.dialect == "sqlite" and pg.dialect == "postgresql"
    expected = read(lite)
    assert _untimed(read(pg)) == _untimed(expected)
    return expected


def _untimed(value: Any) -> Any:
    """`value` without the times each store wrote its rows at (`coded_at`, `created_at`)."""
    if isinstance(value, dict):
        return {k: _untimed(v) for k, v in value.items() if k not in ("coded_at", "created_at")}
    if isinstance(value, list | tuple):
        return (
            type(value)(_untimed(v) for v in value)
            if isinstance(value, list)
            else tuple(map(_untimed, value))
        )
    return value


FILTERS = [
    EventQuery(include_all=True, limit=None),
    EventQuery(),
    EventQuery(country="USA"),
    EventQuery(country="RUS", sort="-goldstein"),
    EventQuery(dyad=("USA", "RUS")),
    EventQuery(plover="CONSULT"),
    EventQuery(quad_class=4, sort="-confidence"),
    EventQuery(since="2015-03", until="2016"),
    EventQuery(search="talks"),
    EventQuery(search="minister foreign"),
    EventQuery(actor="putin"),
    EventQuery(actor="USA"),
    EventQuery(min_confidence=0.8, sort="plover"),
    EventQuery(limit=7, offset=5, sort="-date"),
]


@pytest.mark.parametrize("q", FILTERS, ids=lambda q: repr(q)[11:60])
def test_events_and_happenings_are_the_same_on_both_engines(both, q: EventQuery) -> None:  # type: ignore[no-untyped-def]
    events, total = _same(both, lambda s: queries.query_events(s, q))
    _same(both, lambda s: stories.query_happenings(s, q))
    _same(both, lambda s: queries.network(s, q))
    _same(both, lambda s: queries.facets(s, q))
    _same(both, lambda s: queries.event_locations(s, q))
    if q == FILTERS[0]:
        assert total > 100 and len(events) == total


def test_word_search_finds_what_the_sentences_hold(both) -> None:  # type: ignore[no-untyped-def]
    events, _ = _same(both, lambda s: queries.query_events(s, EventQuery(search="talk", limit=None)))
    assert events and all("talk" in e.sentence.lower() for e in events)


def test_articles_actors_dyads_and_stories_are_the_same_on_both_engines(both) -> None:  # type: ignore[no-untyped-def]
    articles, total = _same(both, lambda s: queries.list_articles(s, limit=1000))
    assert total == 30
    _same(both, lambda s: queries.list_articles(s, status="coded", limit=5, offset=3))
    for a in articles[:5]:
        _same(both, lambda s, a=a: queries.article_detail(s, a["article_id"]))
    actors, _ = _same(both, lambda s: queries.list_actors(s, limit=1000))
    _same(both, lambda s: queries.list_actors(s, search="min", country="USA"))
    for actor in actors[:8]:
        _same(both, lambda s, actor=actor: queries.actor_detail(s, actor["actor_id"]))
    _same(both, kb_actors)
    for period in ("day", "month", "year"):
        _same(both, lambda s, period=period: queries.dyad_stats(s, "USA", "RUS", period=period))
    found = _same(both, lambda s: stories.list_stories(s, limit=None))
    assert found
    for story in found[:5]:
        _same(both, lambda s, story=story: stories.get_story(s, story.story_id))
    _same(both, stories.story_memberships)
    _same(both, stories.count_stories)
    ids = [e.event_id for e in queries.matching_events(both[0], EventQuery(include_all=True))]
    _same(both, lambda s: stories.happening_of_events(s, ids))
    counts = _same(both, lambda s: s.counts())
    assert counts["coded"] == 30 and counts["events"] == len(ids)
    _same(both, lambda s: s.quotes())


def _wirewatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", *args], capture_output=True, text=True, env=env, check=False
    )


def test_cli_codes_and_reads_postgresql_as_sqlite(pg_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    """`wirewatch code SEEDS --db postgresql://…` then `wirewatch events --db postgresql://…` (and
    WIREWATCH_DB) print the events the same commands print on a SQLite file."""
    printed = {}
    # (the test server trusts local connections: the password is never checked, only never shown)
    with_password = pg_url.replace("wirewatch@", "wirewatch:s3cret-pw@")
    for name, db in (("sqlite", str(tmp_path / "w.db")), ("postgresql", with_password)):
        coded = _wirewatch("code", str(seeds_dir / "articles.jsonl"), "--db", db, "--processes", "1")
        assert coded.returncode == 0, coded.stderr
        assert "s3cret-pw" not in coded.stderr + coded.stdout
        shown = _wirewatch("events", "--all", "--format", "jsonl", "--db", db)
        assert shown.returncode == 0, shown.stderr
        printed[name] = shown.stdout
    assert printed["postgresql"] == printed["sqlite"]
    assert len([json.loads(line) for line in printed["sqlite"].splitlines()]) >= 20
    env = dict(os.environ, WIREWATCH_DB=pg_url)
    by_env = _wirewatch("events", "--all", "--format", "jsonl", env=env)
    assert by_env.returncode == 0 and by_env.stdout == printed["sqlite"]


def test_a_bad_database_name_is_refused_with_the_reason(tmp_path: Path) -> None:
    shown = _wirewatch("events", "--db", "mysql://host/db")
    assert shown.returncode == 2 and "unknown database scheme 'mysql'" in shown.stderr
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(StoreError, match="name the database"):
        parse_url("postgresql://host")
    assert db_location("sqlite:///x/w.db") == Path("x/w.db")
    assert db_location("sqlite:////tmp/w.db") == Path("/tmp/w.db")
    assert parse_url("postgresql://u:p%40ss@h:6000/d")["password"] == "p@ss"
    assert parse_url("postgresql://u@/d?host=/run/pg")["unix_sock"] == "/run/pg/.s.PGSQL.5432"


def test_postgresql_columns_hold_what_sqlite_holds(pg_url: str) -> None:
    """Doubles stay doubles (PostgreSQL's REAL would round them) and text sorts by bytes, as in
    SQLite, even in a database created with another locale."""
    with open_store(pg_url) as store:
        columns = store.conn.execute(
            "SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        ).fetchall()
        assert {r[2] for r in columns if (r[0], r[1]) == ("events", "confidence")} == {"double precision"}
        texts = [r for r in columns if r[2] == "text" and r[0] != "schema_version"]
        assert len(texts) > 40 and {r[3] for r in texts} == {"C"}
        assert "real" not in {r[2] for r in columns}


def test_the_adapter_translates_sqlite_sql() -> None:
    st = translate("SELECT 'a?b', \"c?\" FROM t WHERE x = ? AND y LIKE ? ESCAPE '\\' LIMIT ? OFFSET ?")
    assert st.sql == "SELECT 'a?b', \"c?\" FROM t WHERE x = $1 AND y LIKE $2 ESCAPE '\\' LIMIT $3 OFFSET $4"
    assert st.values([1, "%a%", -1, 0]) == (1, "%a%", None, 0)
    assert (
        translate("INSERT OR IGNORE INTO t VALUES (?)").sql
        == "INSERT INTO t VALUES ($1) ON CONFLICT DO NOTHING"
    )
    upsert = translate(
        "INSERT OR REPLACE INTO t VALUES (?, ?)", lambda table, sql: (["k"], ["k", "v", "rowid"], ["k", "v"])
    )
    assert upsert.sql == (
        "INSERT INTO t VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, rowid = DEFAULT"
    )
    assert tsquery_of('"talk"* AND "al-assad"* AND "o\'neil"') == "'talk':* & 'al' & 'assad':* & 'o' & 'neil'"


# --- many writers ---------------------------------------------------------------------------------


def _write(url: str, articles: list[CodedArticle], barrier: Any, results: Any) -> None:
    from wirewatch.stories.link import Linker

    try:
        barrier.wait()
        with open_store(url) as store:
            for coded in articles:
                store.save_coded(coded, Linker())
        results.put("ok")
    except Exception as e:  # reported to the test, which fails on it
        results.put(f"error: {e!r}")


def _articles(n: int) -> list[CodedArticle]:
    import datetime as dt

    from wirewatch.model import ActorRef, Event, Mention, Span

    out = []
    for i in range(n):
        text = f"Officials of Kenya met Ethiopia's envoy on day {i} to discuss the border and trade."
        article = Article(
            article_id=f"w{i:03d}", text=text, title=f"Talks {i}", published=dt.date(2021, 1, 1 + i % 28)
        )
        event = Event(
            event_id=f"w{i:03d}-e", article_id=article.article_id, plover="CONSULT", mode=None, cameo="040",
            quad_class=1, goldstein=1.0, polarity="affirmed", modality="actual",
            sources=(ActorRef("Kenya", "KEN", "Kenya", "KEN", None, None),),
            targets=(ActorRef("Ethiopia", "ETH", "Ethiopia", "ETH", None, None),),
            sentence=text, sentence_start=0, trigger=Span(20, 23, "met"), confidence=0.8, rule="consult.meet",
            date=article.published.isoformat() if article.published else None, date_precision="publication",
        )  # fmt: skip
        mentions = (Mention(13, 18, "Kenya", "country", "KEN", actor_id="KEN"),)
        out.append(CodedArticle(article, mentions, (event,)))
    return out


def test_many_processes_write_one_new_postgresql_database_without_loss_or_duplicates(pg_url: str) -> None:
    """Three processes open a new database at the same moment (each migration applied once) and save
    overlapping shares of 50 articles (each article by two of them): every article is stored once,
    with its event, actors, story and happening."""
    from wirewatch.store.sqlite import migrations

    articles = _articles(50)
    ctx = multiprocessing.get_context("spawn")
    workers = 3
    shares = [
        [a for k, a in enumerate(articles) if k % workers in (w, (w + 1) % workers)] for w in range(workers)
    ]
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    procs = [ctx.Process(target=_write, args=(pg_url, share, barrier, results)) for share in shares]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert outcomes == ["ok"] * workers
    with open_store(pg_url) as store:
        applied = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
        assert applied == [v for v, _, _ in migrations("postgresql")]
        counts = store.counts()
        assert counts["articles"] == counts["coded"] == 50 and counts["events"] == 50
        assert _rows(store, "SELECT COUNT(*) FROM event_actors") == 100
        assert _rows(store, "SELECT COUNT(*) FROM story_articles") == 50
        assert _rows(store, "SELECT COUNT(*) FROM happening_events") == 50


def _rows(store: SqliteStore, sql: str, params: Iterable[Any] = ()) -> int:
    return int(store.conn.execute(sql, list(params)).fetchone()[0])


# --- the API on PostgreSQL, coding with the store's knowledge base ---------------------------------


def test_the_api_serves_postgresql_and_codes_with_the_knowledge_base_of_the_store(pg_url: str) -> None:
    """An analyst's actor in the store's knowledge base is found by POST /v1/code and /v1/articles
    as `wirewatch code` finds it (the API once coded without the store's knowledge base: no
    person, no event for this text)."""
    from tests.serving import run_server
    from wirewatch.model import KnownActor, RoleSpan
    from wirewatch.store.actors import seed_actors

    with open_store(pg_url) as store:
        role = RoleSpan("foreign minister", "NGA", "GOV", "2020-01-01", None)
        okafor = KnownActor(
            "p:amara-okafor", "Amara Okafor", country="NGA", sector="GOV", role="foreign minister",
            origin="analyst", roles=(role,),
        )  # fmt: skip
        assert seed_actors(store, [okafor]) == 1
    text = "Amara Okafor met officials in Accra on Monday to discuss trade. Okafor said the talks went well."
    for running in run_server(pg_url):  # type: ignore[arg-type]
        coded = running.client.post("/v1/code", json={"text": text, "date": "2021-05-04"})
        assert coded.status_code == 200, coded.text
        people = [m for m in coded.json()["mentions"] if m["kind"] == "person"]
        assert people and {(m["actor_id"], m["country"]) for m in people} == {("p:amara-okafor", "NGA")}
        body = [{"id": "okafor-accra", "text": text, "date": "2021-05-04"}]
        stored = running.client.post("/v1/articles", json=body, headers=running.auth())
        assert stored.status_code in (200, 201) and stored.json()["coded"] == 1, stored.text
        events = running.client.get("/v1/events", params={"country": "NGA"}).json()["items"]
        assert [e["article_id"] for e in events] == ["okafor-accra"]
        assert events[0]["sources"][0]["actor_id"] == "p:amara-okafor"


def test_postgresql_plans_can_use_the_indexes_for_every_filter(pg_url: str) -> None:
    """Each event filter's SQL, as the adapter sends it, matches an index PostgreSQL holds (word
    search: the GIN tsvector indexes, whose expressions the adapter must write exactly): with
    sequential scans priced out, the plan reads that index."""
    with open_store(pg_url) as store:
        store.save_coded(_articles(3)[0])
        store.conn.execute("SET enable_seqscan = off")
        wanted = {
            "search": (EventQuery(search="border trade"), "events_sentence_words"),
            "actor words": (EventQuery(actor="ethiop"), "event_actors_words"),
            "actor id": (EventQuery(actor="KEN"), "event_actors_actor"),
            "country": (EventQuery(country="KEN"), "event_actors_country_role"),
            "type": (EventQuery(plover="CONSULT", include_all=True), "events_plover"),
            "dates": (EventQuery(since="2021-01", until="2021-01", include_all=True), "events_date"),
        }
        for name, (q, index) in wanted.items():
            where, params = queries.event_where(q.validated())
            plan = "\n".join(
                r[0] for r in store.conn.execute(f"EXPLAIN SELECT COUNT(*) FROM events e {where}", params)
            )
            assert index in plan, f"{name}: {plan}"


def test_batched_writes_mean_what_row_by_row_writes_mean(engine_db: str | Path) -> None:
    """executemany of an INSERT is one multi-row statement on PostgreSQL; an upsert whose rows share
    a key is still applied row by row (a statement may update a row only once there)."""
    upsert = (
        "INSERT INTO story_term_df VALUES (?, ?)"
        " ON CONFLICT (term) DO UPDATE SET df = story_term_df.df + excluded.df"
    )
    with open_store(engine_db) as store, store.transaction() as conn:
        conn.executemany(upsert, [("a", 1), ("b", 2), ("c", 3)])
        conn.executemany(upsert, [("a", 1), ("a", 1), ("b", 5)])
        conn.executemany("INSERT OR IGNORE INTO story_term_df VALUES (?, ?)", [("c", 9), ("d", 4), ("d", 7)])
        rows = conn.execute("SELECT term, df FROM story_term_df ORDER BY term").fetchall()
        assert [tuple(r) for r in rows] == [("a", 3), ("b", 7), ("c", 3), ("d", 4)]


def test_postgresql_migrations_split_at_statement_ends() -> None:
    from wirewatch.store.postgres import pg_statements

    sql = (
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'DELETE FROM t; SELECT ''a;b''';\n"
        "-- a comment; with a semicolon\n"
        "CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION g();\n"
        "CREATE FUNCTION h() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql; /* c; */ SELECT 2;"
    )
    assert pg_statements(sql) == [
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'DELETE FROM t; SELECT ''a;b'''",
        "CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION g()",
        "CREATE FUNCTION h() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
        "SELECT 2",
    ]
    with pytest.raises(StoreError, match="without a semicolon"):
        pg_statements("SELECT 1; SELECT 2")


def test_the_api_pool_drops_a_postgresql_connection_the_server_closed(pg_url: str) -> None:
    from wirewatch.api.app import StorePool

    pool = StorePool(pg_url)
    try:
        with pool.connection() as store:
            pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        with open_store(pg_url) as other:
            other.conn.execute("SELECT pg_terminate_backend(?)", (pid,))
        with pytest.raises(StoreError), pool.connection() as store:
            store.conn.execute("SELECT 1")
        with pool.connection() as store:  # a new connection, not the dead one
            assert store.conn.execute("SELECT pg_backend_pid()").fetchone()[0] != pid
    finally:
        pool.close()
