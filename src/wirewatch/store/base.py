"""The `Store` protocol and `open_store`: one way to open either engine.

    open_store("wirewatch.db")                          # SQLite file (created if missing)
    open_store("sqlite:///data/wirewatch.db")           # the same, as a URL
    open_store("postgresql://user@db.example:5432/ww")  # PostgreSQL (pg8000)

`SqliteStore` (embedded, the default) and `PostgresStore` (a server, for many writers on many
machines) both satisfy `Store`; the query modules (`store.queries`, `store.actors`,
`store.stories`) run the same SQL on either through `store.conn`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from wirewatch.errors import StoreError

if TYPE_CHECKING:
    from wirewatch.model import CodedArticle, Event, Mention, Quote, Rejection
    from wirewatch.store.sqlite import ArticleLinker, SqliteStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"


class Cursor(Protocol):
    """The rows of one statement: `sqlite3.Cursor`, or `pgconn.Cursor` on PostgreSQL."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store modules call on `store.conn`: `sqlite3.Connection`, or `pgconn.PgConnection`
    (the same SQL, `?` placeholders, rows by position and by column name)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...


@runtime_checkable
class Store(Protocol):
    """What the CLI, the API and the batch runners need of a database."""

    dialect: str  # "sqlite" or "postgresql"

    @property
    def conn(self) -> Connection:  # a sqlite3 connection, or pgconn.PgConnection speaking the same SQL
        ...

    path: Any  # the SQLite file, or the PostgreSQL URL without its password (for messages)

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[Any]: ...

    def migrate(self) -> int: ...

    def schema_version(self) -> int: ...

    def coded_ids(self) -> set[str]: ...

    def save_coded(self, coded: CodedArticle, linker: ArticleLinker | None = None) -> None: ...

    def save_rejection(self, rejection: Rejection) -> None: ...

    def articles(self, *, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]: ...

    def article(self, article_id: str) -> dict[str, Any] | None: ...

    def mentions(self, article_id: str) -> list[Mention]: ...

    def select_events(
        self, where: str, params: Sequence[Any], order: str, limit: int | None = None, offset: int = 0
    ) -> list[Event]: ...

    def quotes(self, article_id: str | None = None) -> list[Quote]: ...

    def counts(self) -> dict[str, int]: ...


def is_postgres(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


def db_location(raw: str | Path) -> str | Path:
    """A `--db` / WIREWATCH_DB value: a PostgreSQL URL stays a string (a Path would fold its `//`);
    `sqlite:///path` and anything else is a SQLite file path."""
    if isinstance(raw, Path):
        return raw
    text = raw.strip()
    if not text:
        raise StoreError("an empty database name: give a SQLite file or a postgresql:// URL")
    if is_postgres(text):
        return text
    if text.startswith(SQLITE_SCHEME):
        # sqlite:///relative.db, sqlite:////absolute/path.db (as SQLAlchemy writes them)
        rest = text[len(SQLITE_SCHEME) :]
        if not rest:
            raise StoreError(f"{text}: name the SQLite file after sqlite:/// (sqlite:///wirewatch.db)")
        return Path(rest)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"{text}: unknown database scheme {scheme!r}; use a file path, sqlite:/// or postgresql://"
        )
    return Path(text)


def shown(target: str | Path) -> str:
    """The database as messages name it: a PostgreSQL URL without its password."""
    from wirewatch.store.pgconn import without_password

    return without_password(target) if is_postgres(target) else str(target)


def exists(target: str | Path) -> bool:
    """Whether the database is there to read: a SQLite file exists; a PostgreSQL URL is taken as
    existing (connecting tells)."""
    location = db_location(target)
    return True if isinstance(location, str) else location.exists()


def open_store(target: str | Path) -> SqliteStore:
    """The store at `target` (see `db_location`), migrated to the current schema.

    Typed as `SqliteStore`, which `PostgresStore` extends with the same methods, so callers written
    for the embedded store run unchanged on either."""
    location = db_location(target)
    if isinstance(location, str):
        from wirewatch.store.postgres import PostgresStore

        return PostgresStore.open(location)
    from wirewatch.store.sqlite import SqliteStore

    return SqliteStore.open(location)
