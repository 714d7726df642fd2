"""The store on both engines (SQLite file, PostgreSQL database: `engine_db`): migrations, idempotent
saves, event round trip."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.model import (
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Rejection,
    Span,
)
from wirewatch.store.base import open_store
from wirewatch.store.queries import EventQuery, matching_events
from wirewatch.store.sqlite import SqliteStore, migrations

ARTICLE = Article(
    article_id="a1",
    text="Kenya and Ethiopia met.",
    title="T",
    source="desk",
    published=dt.date(2021, 3, 4),
    published_from="record",
    origin="x.txt",
    removed=(("Leave a comment", "comment-prompt"),),
)


def _event(eid: str = "e1", **kw: object) -> Event:
    base = dict(
        event_id=eid,
        article_id="a1",
        plover="CONSULT",
        mode=None,
        cameo="040",
        quad_class=1,
        goldstein=1.0,
        polarity="affirmed",
        modality="actual",
        sources=(ActorRef("Kenya", "KEN", "Kenya", "KEN", None, None),),
        targets=(ActorRef("Ethiopia", "ETH", "Ethiopia", "ETH", "GOV", "minister"),),
        sentence="Kenya and Ethiopia met.",
        sentence_start=0,
        trigger=Span(19, 22, "met"),
        confidence=0.9,
        rule="consult.meet",
        date="2021-03-04",
        date_precision="publication",
        location=Location("Nairobi", "KEN", -1.28, 36.82),
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def _coded(*events: Event) -> CodedArticle:
    mentions = (Mention(0, 5, "Kenya", "country", "KEN", actor_id="KEN"),)
    return CodedArticle(ARTICLE, mentions, events)


def test_migrations_apply_once(engine_db: str | Path) -> None:
    with open_store(engine_db) as store:
        steps = migrations(store.dialect)
        assert store.schema_version() == steps[-1][0]
    with open_store(engine_db) as store:  # re-open: nothing re-applied
        rows = store.conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
        assert rows == len(steps)
        if store.dialect == "sqlite":
            assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_event_round_trip_and_idempotent_save(engine_db: str | Path) -> None:
    with open_store(engine_db) as store:
        store.save_coded(_coded(_event()))
        store.save_coded(_coded(_event()))
        events = matching_events(store, EventQuery())
        assert events == [_event()]
        assert store.counts()["events"] == 1 and store.counts()["mentions"] == 1


def test_default_view_hides_negated_and_future(engine_db: str | Path) -> None:
    with open_store(engine_db) as store:
        store.save_coded(
            _coded(_event("e1"), _event("e2", polarity="negated"), _event("e3", modality="future"))
        )
        assert [e.event_id for e in matching_events(store, EventQuery())] == ["e1"]
        assert len(matching_events(store, EventQuery(include_all=True))) == 3
        assert len(matching_events(store, EventQuery(country="eth"))) == 1
        assert matching_events(store, EventQuery(plover="ASSAULT")) == []


def test_rejection_then_coding_replaces_the_row(engine_db: str | Path) -> None:
    with open_store(engine_db) as store:
        store.save_rejection(Rejection("a1", "x.txt", "language", "x.txt: not English"))
        assert store.articles()[0]["status"] == "rejected"
        store.save_coded(_coded(_event()))
        rows = store.articles()
        assert len(rows) == 1 and rows[0]["status"] == "coded" and rows[0]["n_events"] == 1


def test_a_fixed_input_supersedes_its_rejection(engine_db: str | Path) -> None:
    """The bad bytes had another id than the fixed text: the rejection is found by origin."""
    with open_store(engine_db) as store:
        store.save_rejection(Rejection("b-bad", "x.txt", "encoding", "x.txt: not valid UTF-8"))
        store.save_rejection(Rejection("b-other", "y.txt", "empty", "y.txt: the input is empty"))
        store.save_coded(_coded(_event()))  # a1, from x.txt
        rows = {r["article_id"]: r["status"] for r in store.articles()}
        assert rows == {"a1": "coded", "b-other": "rejected"}


def test_standard_input_rejections_are_not_superseded(engine_db: str | Path) -> None:
    with open_store(engine_db) as store:
        store.save_rejection(Rejection("b-bad", "-", "binary", "-: binary data"))
        store.save_rejection(Rejection("b-bad2", "-", "empty", "-: the input is empty"))
        assert len(store.articles()) == 2


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=40, deadline=None)
@given(
    sentence=names,
    plover=st.sampled_from(["CONSULT", "ASSAULT", "AID"]),
    goldstein=st.floats(-10, 10),
    actor=names,
    confidence=st.floats(0, 1),
)
def test_any_event_survives_the_store(
    tmp_path_factory,
    sentence: str,
    plover: str,  # type: ignore[no-untyped-def]
    goldstein: float,
    actor: str,
    confidence: float,
) -> None:
    event = _event(
        sentence=sentence,
        plover=plover,
        goldstein=goldstein,
        confidence=confidence,
        sources=(ActorRef(actor, None, None, None, None, None),),
        location=None,
    )
    db = tmp_path_factory.mktemp("h") / "w.db"
    with SqliteStore.open(db) as store:
        store.save_coded(_coded(event))
        assert matching_events(store, EventQuery(include_all=True)) == [event]


def _open_at_barrier(path: str, barrier: Any, results: Any) -> None:
    barrier.wait()
    try:
        with SqliteStore.open(path) as store:
            results.put(("ok", store.schema_version()))
    except Exception as e:  # reported to the test, which fails on it
        results.put(("error", str(e)))


def test_processes_opening_a_new_database_together_all_succeed(tmp_path: Path) -> None:
    """Issue 12: two `wirewatch code` on a new database failed with "table articles already exists"
    (the version was read outside the write lock) or "database is locked" (the switch to WAL)."""
    ctx = multiprocessing.get_context("spawn")
    latest = migrations()[-1][0]
    for trial in range(3):
        path = str(tmp_path / f"w{trial}.db")
        workers = 6
        barrier, results = ctx.Barrier(workers), ctx.Queue()
        procs = [ctx.Process(target=_open_at_barrier, args=(path, barrier, results)) for _ in range(workers)]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=60) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        assert outcomes == [("ok", latest)] * workers
        with SqliteStore.open(path) as store:
            applied = store.conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert [r[0] for r in applied] == [v for v, _, _ in migrations()]
