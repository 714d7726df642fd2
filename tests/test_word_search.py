"""Word search (0006_word_search.sql): the FTS5 indexes over event sentences and actor names stay
in step with every write, are filled for databases that predate them, and take any user input as
words to find, never as query syntax."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from wirewatch.store.queries import EventQuery, fts5_query, matching_events, network
from wirewatch.store.sqlite import SqliteStore, _statements, migrations

SENTENCES = {
    "e0": "The foreign ministers held talks in Geneva on Tuesday.",
    "e1": 'Protesters marched AND chanted outside the "new" parliament.',
    "e2": "The prime minister's office denied the report (again).",
}


def _fill(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO articles (article_id, status, coded_at) VALUES ('a', 'coded', '2020-01-01')")
    for i, (event_id, sentence) in enumerate(SENTENCES.items()):
        _event(conn, event_id, sentence, day=i + 1)
        conn.execute(
            "INSERT INTO event_actors (event_id, role, position, text, actor_id, name, country)"
            " VALUES (?, 'source', 0, ?, NULL, ?, ?)",
            (event_id, f"envoy number {i}", f"Envoy Person{i}", "USA"),
        )
        conn.execute(
            "INSERT INTO event_actors (event_id, role, position, text, actor_id, name, country)"
            " VALUES (?, 'target', 0, 'the delegation', NULL, NULL, 'RUS')",
            (event_id,),
        )


def _event(
    conn: sqlite3.Connection, event_id: str, sentence: str, day: int = 1, replace: bool = False
) -> None:
    conn.execute(
        f"INSERT {'OR REPLACE ' if replace else ''}INTO events (event_id, article_id, event_date, plover,"
        " polarity, modality, sentence, sentence_start, trigger_start, trigger_end, trigger_text, confidence,"
        " rule) VALUES (?, 'a', ?, 'CONSULT', 'affirmed', 'actual', ?, 0, 0, 3, 'met', 1, 'r')",
        (event_id, f"2020-01-0{day}", sentence),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    with SqliteStore.open(tmp_path / "words.db") as s:
        with s.transaction() as conn:
            _fill(conn)
        yield s


def found(store: SqliteStore, **filters: object) -> list[str]:
    q = EventQuery(limit=None, **filters)  # type: ignore[arg-type]
    return sorted(e.event_id for e in matching_events(store, q))


def _check_index(store: SqliteStore) -> None:
    for index in ("events_fts", "event_actors_fts"):
        store.conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")


def test_words_are_found_as_word_starts_case_and_order_ignored(store: SqliteStore) -> None:
    assert found(store, search="talks") == ["e0"]
    assert found(store, search="TALK geneva") == ["e0"]  # a word start, any case, any order
    assert found(store, search="minister") == ["e0", "e2"]  # ministers, minister's
    assert found(store, search="alks") == []  # not inside a word
    assert found(store, search="talks parliament") == []  # every word must be there
    assert found(store, actor="person1") == ["e1"]
    assert found(store, actor="envoy number") == ["e0", "e1", "e2"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ('"', ["e0", "e1", "e2"]),  # no word: no word filter
        ("AND", ["e1"]),  # the word "and", not the operator
        ("and chanted", ["e1"]),
        ("OR", []),
        ("NOT talks", []),
        ("*", ["e0", "e1", "e2"]),
        ("tal*", ["e0"]),
        ('"new"', ["e1"]),
        ('new"', ["e1"]),
        ("NEAR(talks geneva)", []),  # the words "near talks" and "geneva", not the NEAR operator
        ("(again)", ["e2"]),
        ("minister's", ["e2"]),
        ("sentence:talks", []),
        ("^talks", ["e0"]),
        ("-", ["e0", "e1", "e2"]),
        ("%", ["e0", "e1", "e2"]),
        ("'; DROP TABLE events; --", []),
    ],
)
def test_any_typed_text_is_searched_as_words(store: SqliteStore, typed: str, expected: list[str]) -> None:
    assert found(store, search=typed) == expected
    found(store, actor=typed)  # never a syntax error
    network(store, EventQuery(actor=typed))
    assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 3


def test_the_query_quotes_every_term() -> None:
    assert fts5_query('talks "x" AND') == '"talks"* AND """x"""* AND "AND"*'
    assert fts5_query(' " * - ') is None


def test_the_indexes_follow_inserts_replaces_updates_and_deletes(store: SqliteStore) -> None:
    with store.transaction() as conn:
        _event(conn, "e0", "The envoys signed a ceasefire.", replace=True)
    assert found(store, search="talks") == []
    assert found(store, search="ceasefire") == ["e0"]
    with store.transaction() as conn:
        conn.execute("UPDATE events SET sentence = 'Rockets hit the port.' WHERE event_id = 'e0'")
        conn.execute(
            "UPDATE event_actors SET name = 'Someone Else' WHERE event_id = 'e1' AND role = 'source'"
        )
    assert found(store, search="ceasefire") == []
    assert found(store, search="rockets") == ["e0"]
    assert found(store, actor="person1") == []
    assert found(store, actor="someone") == ["e1"]
    _check_index(store)
    with store.transaction() as conn:  # deleting the article cascades to its events and their actors
        conn.execute("DELETE FROM articles WHERE article_id = 'a'")
    assert found(store, search="rockets") == []
    for index, word in (("events_fts", "rockets"), ("event_actors_fts", "envoy")):
        left = store.conn.execute(f"SELECT COUNT(*) FROM {index} WHERE {index} MATCH ?", (word,))
        assert left.fetchone()[0] == 0, index
    _check_index(store)


def test_an_older_database_gets_its_rows_indexed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    for version, name, sql in migrations():
        if version < 6:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, '2026-01-01')", (version, name))
    _fill(conn)
    conn.close()
    with SqliteStore.open(path) as store:
        assert store.schema_version() >= 6
        assert found(store, search="talks") == ["e0"]
        assert found(store, actor="person2") == ["e2"]
        _check_index(store)
