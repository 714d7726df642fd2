"""PostgreSQL store: the SQLite store's SQL, run through `pgconn.PgConnection`.

`PostgresStore.open("postgresql://user@host:5432/wirewatch")` connects, applies the migrations
the database lacks (the same numbered files as SQLite, plus `NNNN_*.postgresql.sql` additions;
`REAL` columns become `DOUBLE PRECISION` so numbers round-trip exactly as in SQLite, and `TEXT`
columns sort by bytes as in SQLite, `postgres_sql`) and
offers every method of `SqliteStore`: the writes and reads are that class's, unchanged.

Writers from many processes and machines: every write transaction first takes one
transaction-level advisory lock (`pg_advisory_xact_lock`), PostgreSQL's counterpart of SQLite's
`BEGIN IMMEDIATE`. Saves are then serialised exactly as on SQLite (an article's delete and insert,
the actor upserts and the story/happening linker see every earlier article), so no article is
lost or stored twice, and readers never wait. Coding, the slow part, runs outside the lock.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from wirewatch.errors import StoreError
from wirewatch.store.pgconn import PgConnection
from wirewatch.store.sqlite import SqliteStore, _now, migrations

log = logging.getLogger(__name__)

# The advisory lock every write transaction holds ("wirewatch" as a number).
WRITE_LOCK = 0x77697265
# Types as the migrations write them (upper case; column names are lower case).
_REAL = re.compile(r"\bREAL\b")
_TEXT = re.compile(r"\bTEXT\b")


def postgres_sql(sql: str) -> str:
    """A migration's SQL for PostgreSQL. SQLite's REAL (a double) is PostgreSQL's DOUBLE PRECISION
    (PostgreSQL's REAL is a 4-byte float, which would round 0.73 to 0.7300000190734863). TEXT
    columns compare and sort by bytes (`COLLATE "C"`), as SQLite's do, whatever locale the database
    was created with: every ORDER BY gives the same order on both engines."""
    return _TEXT.sub('TEXT COLLATE "C"', _REAL.sub("DOUBLE PRECISION", sql))


# A migration's pieces: quoted strings ('…', "…", $tag$…$tag$), comments, semicolons, other text.
_PIECE = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|(\$\w*\$)[\s\S]*?\1|--[^\n]*|/\*[\s\S]*?\*/|;|[^'\"$;/-]+|."
)


def pg_statements(sql: str) -> list[str]:
    """The statements of a migration for PostgreSQL: split at semicolons outside quoted strings
    (a function body's '…' or $$…$$), dollar quotes and comments. (SQLite's splitter would wait for
    the END of a CREATE TRIGGER that PostgreSQL writes without one.) Text left unterminated is an
    error, never dropped."""
    statements, current = [], ""
    for match in _PIECE.finditer(sql):
        piece = match.group(0)
        if piece == ";":
            if current.strip():
                statements.append(current.strip())
            current = ""
        elif not piece.startswith("--") and not piece.startswith("/*"):
            current += piece
    if current.strip():
        raise StoreError(f"a migration ends without a semicolon after: {current.strip()[:80]}")
    return statements


class PostgresStore(SqliteStore):
    """The server store. Open with `PostgresStore.open(url)`; use as a context manager."""

    dialect = "postgresql"

    def __init__(self, conn: PgConnection, url: str) -> None:
        # The adapter answers the calls the shared SQL makes on a sqlite3 connection.
        super().__init__(cast(Any, conn), cast(Any, url))
        self.pg = conn
        self.url = url

    @classmethod
    def open(cls, path: Any) -> PostgresStore:
        conn = PgConnection(str(path))
        store = cls(conn, conn.url)
        try:
            store.migrate()
        except BaseException:
            conn.close()
            raise
        return store

    def __enter__(self) -> PostgresStore:
        return self

    def close(self) -> None:
        self.pg.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        self.pg.begin()
        try:
            self.pg.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield self.conn
        except BaseException:
            self.pg.rollback()
            raise
        self.pg.commit()

    def schema_version(self) -> int:
        row = self.pg.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return 0
        found = self.pg.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(found[0] or 0) if found else 0

    def migrate(self) -> int:
        """Apply the migrations this database lacks, each in its own transaction under the write
        lock (DDL is transactional in PostgreSQL), so processes opening a new database together
        apply each migration once."""
        pending = migrations("postgresql")
        current = self.schema_version()
        if all(version <= current for version, _, _ in pending):
            return current
        for version, name, sql in pending:
            with self.transaction() as conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                found = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
                current = int(found[0] or 0)
                if version <= current:
                    continue
                log.info("%s: applying migration %s", self.url, name)
                for statement in pg_statements(postgres_sql(sql)):
                    self.pg.run_script(statement)
                conn.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (version, name, _now()))
                current = version
        return current
