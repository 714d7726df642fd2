"""A thin adapter that lets the store's SQL (written for SQLite) run on PostgreSQL through pg8000.

`PgConnection` offers the part of `sqlite3.Connection` the store modules use: `execute` and
`executemany` with `?` placeholders, rows readable by position and by column name (`Row`, like
`sqlite3.Row`: `r[0]`, `r["name"]`, `dict(r)`, unpacking), `in_transaction` and `rollback`.
Each statement is translated once (and cached):

- `?` placeholders become `$1, $2, …` (never inside a quoted string or identifier);
- `INSERT OR IGNORE INTO t …` becomes `INSERT INTO t … ON CONFLICT DO NOTHING`;
- `INSERT OR REPLACE INTO t …` becomes an upsert on the table's primary key that sets every
  column (and gives a PostgreSQL-only `rowid` column its next value, as SQLite's REPLACE does);
- a negative `LIMIT ?` value (SQLite's "no limit") is sent as NULL, PostgreSQL's spelling;
- word search, `x.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)` (SQLite FTS5,
  store/queries.py `words_in`), becomes `to_tsvector('simple', x.sentence) @@ to_tsquery(…)`, the
  expression the GIN index of 0006_word_search.postgresql.sql holds, and the FTS5 query value
  (`"talk"* AND "iran"*`) becomes the tsquery `'talk':* & 'iran':*` (`tsquery_of`).

pg8000 is BSD-3-Clause and pure Python (psycopg is LGPL, which the project does not take).
"""

from __future__ import annotations

import contextlib
import re
import threading
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from wirewatch.errors import StoreError

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?|[A-Za-z_][A-Za-z_0-9]*|.", re.S)
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+([A-Za-z_][A-Za-z_0-9]*)", re.I)
_CACHE_SIZE = 512
# The FTS5 word indexes of store/queries.py and the text each covers, as 0006_word_search.postgresql.sql
# indexes it ({} is the table alias).
_WORDS = {
    "events_fts": "to_tsvector('simple', {}.sentence)",
    "event_actors_fts": "to_tsvector('simple', COALESCE({0}.text, '') || ' ' || COALESCE({0}.name, ''))",
}
_MATCH = re.compile(r"(\w+)\.rowid IN \(SELECT rowid FROM (\w+_fts) WHERE \2 MATCH \?\)", re.I)
_FTS_MARK = "WIREWATCH_TSQUERY"
# INSERT … VALUES ($1, …, $n) …: the shape `executemany` sends as one multi-row INSERT.
_MULTI_ROW = re.compile(
    r"^(INSERT INTO \w+(?:\s*\([^)]*\))?\s+VALUES\s*)\((\$\d+(?:\s*,\s*\$\d+)*)\)(.*)$", re.S
)
MANY_ROWS = 500
_PHRASE = re.compile(r'"((?:[^"]|"")*)"(\*?)')


class Row(tuple[Any, ...]):
    """A result row: a tuple that also answers to column names (as `sqlite3.Row` does)."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            try:
                return tuple.__getitem__(self, self._index[key])
            except KeyError:
                raise IndexError(f"no column named {key!r}") from None
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


class Cursor:
    """The rows of one statement, read like a `sqlite3.Cursor`."""

    def __init__(self, rows: list[Row], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self) -> Row | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Row]:
        rest = self._rows[self._next :]
        self._next = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class Statement:
    """A translated statement: PostgreSQL text and the positions of `LIMIT` parameters."""

    def __init__(self, sql: str, limits: frozenset[int], words: frozenset[int] = frozenset()) -> None:
        self.sql = sql
        self.limits = limits
        self.words = words

    def values(self, params: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(self._value(i, v) for i, v in enumerate(params))

    def _value(self, i: int, v: Any) -> Any:
        if i in self.limits and isinstance(v, int) and v < 0:
            return None
        if i in self.words and isinstance(v, str):
            return tsquery_of(v)
        return v


def tsquery_of(fts5: str) -> str:
    """A PostgreSQL tsquery for an FTS5 query of quoted (prefix) phrases joined by AND, as
    store/queries.py writes them: every word of every phrase required, a starred phrase's last word
    as a prefix. Words are what FTS5's unicode61 tokenizer sees (letters and digits), lower-cased."""
    parts: list[str] = []
    for phrase, star in _PHRASE.findall(fts5):
        words = re.findall(r"\w+", phrase.replace('""', '"').lower())
        for k, word in enumerate(words):
            quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
            parts.append(quoted + (":*" if star and k == len(words) - 1 else ""))
    # No word at all matches nothing, as an FTS5 query of no token would.
    return " & ".join(parts) if parts else "'' & !''"


def translate(sql: str, upsert_columns: Any = None) -> Statement:
    """PostgreSQL text for one SQLite statement (see the module docstring).

    `upsert_columns(table)` returns (primary key columns, all columns) for `INSERT OR REPLACE`."""
    match = _INSERT_OR.match(sql)
    suffix = ""
    if match:
        verb, table = match.group(1).upper(), match.group(2)
        sql = f"INSERT INTO {table}" + sql[match.end() :]
        if verb == "IGNORE":
            suffix = " ON CONFLICT DO NOTHING"
        else:
            if upsert_columns is None:
                raise StoreError(f"INSERT OR REPLACE INTO {table}: no table information to build the upsert")
            key, columns, given = upsert_columns(table, sql)
            sets = [f"{c} = EXCLUDED.{c}" for c in given if c not in key]
            sets += [f"{c} = DEFAULT" for c in columns if c not in given and c == "rowid"]
            action = f"DO UPDATE SET {', '.join(sets)}" if sets else "DO NOTHING"
            suffix = f" ON CONFLICT ({', '.join(key)}) {action}"
    sql = _MATCH.sub(_tsvector_match, sql)
    out: list[str] = []
    limits: set[int] = set()
    words: set[int] = set()
    number = 0
    previous = ""
    for token in _TOKEN.findall(sql):
        if token == "?":
            if previous.upper() == "LIMIT":
                limits.add(number)
            if previous == _FTS_MARK:
                words.add(number)
            number += 1
            out.append(f"${number}")
        elif token != _FTS_MARK:
            out.append(token)
        if token.strip():
            previous = token
    text = "".join(out).rstrip().rstrip(";")
    return Statement(text + suffix, frozenset(limits), frozenset(words))


def _tsvector_match(match: re.Match[str]) -> str:
    alias, index = match.group(1), match.group(2).lower()
    if index not in _WORDS:
        raise StoreError(f"{index}: no PostgreSQL word index stands for this FTS5 table")
    return f"{_WORDS[index].format(alias)} @@ to_tsquery('simple', {_FTS_MARK}?)"


def parse_url(url: str) -> dict[str, Any]:
    """pg8000 connection arguments from `postgresql://user:password@host:port/database`
    (`?host=/socket/folder` reaches a server on a unix socket, as with libpq)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise StoreError(f"{url}: not a PostgreSQL URL (postgresql://user@host:port/database)")
    query = dict(urllib.parse.parse_qsl(parts.query))
    database = urllib.parse.unquote(parts.path.lstrip("/"))
    if not database:
        raise StoreError(
            f"{without_password(url)}: name the database after the host (postgresql://host/wirewatch)"
        )
    args: dict[str, Any] = {
        "user": urllib.parse.unquote(parts.username or query.get("user", "postgres")),
        "database": database,
    }
    if parts.password:
        args["password"] = urllib.parse.unquote(parts.password)
    elif "password" in query:
        args["password"] = query["password"]
    socket_folder = query.get("host", "")
    if socket_folder.startswith("/"):
        port = parts.port or int(query.get("port", 5432))
        args["unix_sock"] = f"{socket_folder.rstrip('/')}/.s.PGSQL.{port}"
    else:
        args["host"] = parts.hostname or "localhost"
        args["port"] = parts.port or 5432
    return args


def without_password(url: str | Any) -> str:
    """The URL without its password, for messages."""
    url = str(url)
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return url


class PgConnection:
    """A pg8000 connection that speaks the store's SQLite SQL (see the module docstring)."""

    def __init__(self, url: str) -> None:
        import pg8000.native

        self.url = without_password(url)
        try:
            self._con = pg8000.native.Connection(**parse_url(url), application_name="wirewatch")
        except (pg8000.native.InterfaceError, pg8000.native.DatabaseError, OSError) as e:
            raise StoreError(f"{self.url}: cannot connect to PostgreSQL: {_message(e)}") from e
        self._statements: dict[str, Statement] = {}
        self._tables: dict[str, tuple[list[str], list[str]]] = {}
        self._prepared: dict[str, tuple[Any, Any, Any]] = {}
        self._in_transaction = False
        self._lock = threading.Lock()
        self.broken = False  # the server went away: a pool drops this connection

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    def begin(self) -> None:
        self._run("BEGIN", ())
        self._in_transaction = True

    def commit(self) -> None:
        if self._in_transaction:
            self._in_transaction = False
            self._run("COMMIT", ())

    def rollback(self) -> None:
        if self._in_transaction:
            self._in_transaction = False
            if not self.broken:
                self._run("ROLLBACK", ())

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a dead connection is closed already
            self._con.close()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        statement = self._statement(sql)
        return self._run(statement.sql, statement.values(list(params)), prepared=True)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run `sql` once per row; an INSERT of one VALUES tuple (with nothing to bind after it) is
        sent as multi-row INSERTs instead, one statement for up to MANY_ROWS rows (an upsert only
        when no two rows share a conflict key: PostgreSQL updates a row once per statement)."""
        statement = self._statement(sql)
        values = [statement.values(list(params)) for params in rows]
        shape = _MULTI_ROW.match(statement.sql) if len(values) > 1 else None
        if (
            shape is None
            or "$" in shape.group(3)
            or ("DO UPDATE" in shape.group(3).upper() and not self._distinct_keys(shape, values))
        ):
            for one in values:
                self._run(statement.sql, one, prepared=True)
            return
        width = shape.group(2).count("$")
        for start in range(0, len(values), MANY_ROWS):
            chunk = values[start : start + MANY_ROWS]
            tuples = ", ".join(
                "(" + ", ".join(f"${k * width + i + 1}" for i in range(width)) + ")"
                for k in range(len(chunk))
            )
            self._run(f"{shape.group(1)}{tuples}{shape.group(3)}", [v for one in chunk for v in one])

    def run_script(self, sql: str) -> None:
        """Statements without parameters, as written (a migration)."""
        self._run(sql, ())

    def _statement(self, sql: str) -> Statement:
        statement = self._statements.get(sql)
        if statement is None:
            statement = translate(sql, self._upsert_columns)
            if len(self._statements) >= _CACHE_SIZE:
                self._statements.clear()
            self._statements[sql] = statement
        return statement

    def _run(self, sql: str, values: Sequence[Any], prepared: bool = False) -> Cursor:
        import pg8000.native

        with self._lock:
            try:
                if prepared:
                    context = self._run_prepared(sql, values)
                elif values:
                    context = self._con.execute_unnamed(sql, vals=values)
                else:
                    context = self._con.execute_unnamed(sql)
            except pg8000.native.DatabaseError as e:
                self._prepared.pop(sql, None)  # (a plan made before a schema change, say)
                error = PgError(e)
                # 08: connection exception; 57: the server shut the session down
                self.broken = self.broken or error.code[:2] in ("08", "57")
                raise error from e
            except (pg8000.native.InterfaceError, OSError) as e:
                self.broken = True
                raise StoreError(f"{self.url}: connection to PostgreSQL lost: {e}") from e
        columns = context.columns or []
        index = {c["name"]: i for i, c in enumerate(columns)}
        rows = [Row(r, index) for r in (context.rows or [])]
        return Cursor(rows, context.row_count if context.row_count is not None else -1)

    def _run_prepared(self, sql: str, values: Sequence[Any]) -> Any:
        """`sql` as a named prepared statement, parsed once per connection: each later run is one
        round trip (bind + execute) instead of three (parse, describe, bind + execute)."""
        from pg8000.converters import make_params

        found = self._prepared.get(sql)
        if found is None:
            if len(self._prepared) >= _CACHE_SIZE:
                for name_bin, _, _ in self._prepared.values():
                    self._con.close_prepared_statement(name_bin)
                self._prepared.clear()
            found = self._con.prepare_statement(sql, ())
            self._prepared[sql] = found
        name_bin, columns, input_funcs = found
        params = make_params(self._con.py_types, values)
        return self._con.execute_named(name_bin, params, columns, input_funcs, sql)

    def _distinct_keys(self, shape: re.Match[str], values: list[tuple[Any, ...]]) -> bool:
        """Whether the rows of a multi-row upsert have distinct ON CONFLICT (…) keys."""
        target = re.search(r"ON CONFLICT\s*\(([^)]*)\)", shape.group(3), re.I)
        table = re.match(r"INSERT INTO (\w+)\s*(?:\(([^)]*)\))?", shape.group(1))
        if target is None or table is None:
            return False
        if table.group(2):
            given = [c.strip() for c in table.group(2).split(",")]
        else:
            given = self._upsert_columns(table.group(1), "INSERT INTO x VALUES ()")[1]
        names = [c.strip() for c in target.group(1).split(",")]
        if not all(n in given for n in names):
            return False
        places = [given.index(n) for n in names]
        keys = {tuple(row[p] for p in places) for row in values}
        return len(keys) == len(values)

    def _upsert_columns(self, table: str, sql: str) -> tuple[list[str], list[str], list[str]]:
        """(primary key, all columns, the columns this INSERT gives) of `table`."""
        if table not in self._tables:
            key = [
                r[0]
                for r in self._run(
                    "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                    " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass($1) AND i.indisprimary"
                    " ORDER BY array_position(i.indkey, a.attnum)",
                    (table,),
                )
            ]
            columns = [
                r[0]
                for r in self._run(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    " AND table_name = $1 ORDER BY ordinal_position",
                    (table,),
                )
            ]
            if not key:
                raise StoreError(f"INSERT OR REPLACE INTO {table}: the table has no primary key")
            self._tables[table] = (key, columns)
        key, columns = self._tables[table]
        listed = re.match(r"\s*INSERT INTO \w+\s*\(([^)]*)\)", sql, re.I)
        if listed:
            given = [c.strip() for c in listed.group(1).split(",")]
        else:
            values = re.search(r"VALUES\s*\((.*)\)", sql, re.I | re.S)
            count = values.group(1).count("?") if values else len(columns)
            given = columns[:count]
        return key, columns, given


class PgError(StoreError):
    """A statement PostgreSQL refused; `code` is its SQLSTATE (23505: unique violation, …)."""

    def __init__(self, error: Exception) -> None:
        detail = error.args[0] if error.args and isinstance(error.args[0], dict) else {}
        self.code = str(detail.get("C", ""))
        super().__init__(_message(error))


def _message(error: Exception) -> str:
    detail = error.args[0] if error.args and isinstance(error.args[0], dict) else None
    if detail:
        return f"{detail.get('M', '')} ({detail.get('C', '')})"
    return str(error)
