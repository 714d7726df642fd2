"""SQLite store: WAL, versioned migrations, idempotent saves.

Each coded or rejected article is written in one transaction, so a crash or
Ctrl-C loses nothing already saved, and re-coding an article replaces its
mentions, events and quotes instead of adding duplicates. The `rule` columns hold
the rendered rule ("consult.meet+pair"): a base rule and its inferences
(`model.render_rule`), parsed back into them on reading (`model.parse_rule`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from wirewatch.errors import StoreError
from wirewatch.model import (
    ActorRef,
    CodedArticle,
    Event,
    Location,
    Mention,
    Quote,
    Rejection,
    Span,
    parse_rule,
)
from wirewatch.store.actors import learn_from

log = logging.getLogger(__name__)

# 0004_stories.sql runs on every engine, unless that engine has its own file of the same number
# (0006_word_search.postgresql.sql, 0006_x.sqlite.sql), which it runs in its place.
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+(?:\.(sqlite|postgresql))?\.sql$")
ENGINES = ("sqlite", "postgresql")
# Readers wait this long for a writer before "database is locked" is raised.
BUSY_TIMEOUT_MS = 30_000


STDIN_ORIGIN = "-"


def _drop_earlier_rejection(conn: sqlite3.Connection, origin: str) -> None:
    """A fixed input gets a new id (its text's hash, not the bad bytes'): its earlier rejection,
    found by the same origin (a path, or path:line of a JSONL record), is superseded."""
    if origin and origin != STDIN_ORIGIN:  # every standard-input article shares "-"
        conn.execute("DELETE FROM articles WHERE origin = ? AND status = 'rejected'", (origin,))


def migrations(engine: str = "sqlite") -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every packaged migration for `engine`, in order: each version's
    file for that engine if it has one, else the common file."""
    if engine not in ENGINES:
        raise StoreError(f"no migrations for engine {engine!r}; one of {', '.join(ENGINES)}")
    folder = resources.files("wirewatch").joinpath("store", "migrations")
    found: dict[int, tuple[bool, str, str]] = {}
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match and match.group(2) in (None, engine):
            own = match.group(2) is not None
            version = int(match.group(1))
            if version not in found or own:
                found[version] = (own, entry.name, entry.read_text(encoding="utf-8"))
    return [(version, name, sql) for version, (_, name, sql) in sorted(found.items())]


class ArticleLinker(Protocol):
    """What `save_coded` runs in the article's transaction to link it to earlier articles
    (`wirewatch.stories.link.Linker`: copies, stories, happenings); the store imports no stage."""

    def unlink(self, conn: sqlite3.Connection, article_id: str) -> None: ...

    def link(self, conn: sqlite3.Connection, coded: CodedArticle) -> object: ...


class SqliteStore:
    """The embedded store. Open with `SqliteStore.open(path)`; use as a context manager.

    `store.postgres.PostgresStore` extends it, running these same writes and reads on PostgreSQL
    (`store.base.open_store` picks the engine from the path or URL)."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> SqliteStore:
        path = Path(path)
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            _enable_wal(conn)
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            store = cls(conn, path)
            store.migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: cannot open as a wirewatch database: {e}") from e
        return store

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- schema ------------------------------------------------------------
    def schema_version(self) -> int:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> int:
        """Apply the migrations this database lacks; returns the resulting version.

        Safe when several processes open a new database at once (issue 12): each
        migration is applied under the write lock (`BEGIN IMMEDIATE`, waiting up
        to the busy timeout), and the version is read again once the lock is
        held, so a migration another process applied meanwhile is skipped.
        """
        pending = migrations()
        current = self.schema_version()
        if all(version <= current for version, _, _ in pending):
            return current  # the common case takes no write lock
        for version, name, sql in pending:
            with self.transaction() as conn:
                current = _locked_version(conn)
                if version <= current:
                    continue
                log.info("%s: applying migration %s", self.path, name)
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (version, name, _now()))
                current = version
        return current

    # --- writes ------------------------------------------------------------
    def coded_ids(self) -> set[str]:
        rows = self.conn.execute("SELECT article_id FROM articles WHERE status = 'coded'")
        return {r[0] for r in rows}

    def save_coded(self, coded: CodedArticle, linker: ArticleLinker | None = None) -> None:
        a = coded.article
        with self.transaction() as conn:
            if linker is not None:
                linker.unlink(conn, a.article_id)
            conn.execute("DELETE FROM articles WHERE article_id = ?", (a.article_id,))
            _drop_earlier_rejection(conn, a.origin)
            conn.execute(
                "INSERT INTO articles (article_id, origin, source, url, published, published_from,"
                " title, text, status, reason, message, n_events, coded_at, crawled)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'coded', NULL, NULL, ?, ?, ?)",
                (
                    a.article_id,
                    a.origin,
                    a.source,
                    a.url,
                    _iso(a.published),
                    a.published_from,
                    a.title,
                    a.text,
                    len(coded.events),
                    _now(),
                    a.crawled,
                ),
            )
            conn.executemany(
                "INSERT INTO removed_lines VALUES (?, ?, ?, ?)",
                [(a.article_id, i, line, reason) for i, (line, reason) in enumerate(a.removed)],
            )
            conn.executemany(
                "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.article_id,
                        m.start,
                        m.end,
                        m.text,
                        m.kind,
                        m.country,
                        m.sector,
                        m.name,
                        m.role,
                        m.actor_id,
                        m.rule_text(),
                    )
                    for m in coded.mentions
                ],
            )
            for event in coded.events:
                _insert_event(conn, event)
            conn.executemany(
                "INSERT OR IGNORE INTO quotes (article_id, start_char, end_char, text, cue, speaker_text,"
                " speaker_actor_id, speaker_name, speaker_country, speaker_sector, speaker_role)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_quote_row(q) for q in coded.quotes],
            )
            learn_from(conn, coded)  # actor rows, names and roles: store/actors.py
            if linker is not None:
                linker.link(conn, coded)

    def save_rejection(self, rejection: Rejection) -> None:
        r = rejection
        with self.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE article_id = ?", (r.article_id,))
            _drop_earlier_rejection(conn, r.origin)
            conn.execute(
                "INSERT INTO articles (article_id, origin, source, url, published, title, status,"
                " reason, message, n_events, coded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'rejected', ?, ?, 0, ?)",
                (
                    r.article_id,
                    r.origin,
                    r.source,
                    r.url,
                    _iso(r.published),
                    r.title,
                    r.reason,
                    r.message,
                    _now(),
                ),
            )

    # --- reads -------------------------------------------------------------
    def articles(self, *, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT article_id, source, url, published, title, status, reason, n_events, origin,"
            " message FROM articles"
        )
        params: list[Any] = []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY published IS NULL, published, article_id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [dict(r) for r in self.conn.execute(sql, params)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def mentions(self, article_id: str) -> list[Mention]:
        rows = self.conn.execute(
            "SELECT start_char, end_char, text, kind, country, sector, name, role, actor_id, rule"
            " FROM mentions WHERE article_id = ? ORDER BY start_char",
            (article_id,),
        )
        return [_mention_from_row(r) for r in rows]

    def select_events(
        self, where: str, params: Sequence[Any], order: str, limit: int | None = None, offset: int = 0
    ) -> list[Event]:
        """Events matching a WHERE clause on `events e` (built by `store.queries.event_where`)."""
        sql = f"SELECT * FROM events e {where} ORDER BY {order}"
        page: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            page = [limit, offset]
        rows = [dict(r) for r in self.conn.execute(sql, [*params, *page])]
        actors = self._event_actors([r["event_id"] for r in rows])
        return [_event_from_row(r, actors.get(r["event_id"], {})) for r in rows]

    def _event_actors(self, ids: Sequence[str]) -> dict[str, dict[str, list[ActorRef]]]:
        out: dict[str, dict[str, list[ActorRef]]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT * FROM event_actors WHERE event_id IN ({marks}) ORDER BY role, position", list(chunk)
            )
            for r in rows:
                ref = ActorRef(
                    r["text"], r["actor_id"], r["name"], r["country"], r["sector"], r["actor_role"]
                )
                out.setdefault(r["event_id"], {}).setdefault(r["role"], []).append(ref)
        return out

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        """Stored quotes in text order, of one article or of all."""
        sql = "SELECT * FROM quotes"
        params: list[Any] = []
        if article_id:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        rows = self.conn.execute(sql + " ORDER BY article_id, start_char, end_char", params)
        return [_quote_from_row(dict(r)) for r in rows]

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "coded": one("SELECT COUNT(*) FROM articles WHERE status='coded'").fetchone()[0],
            "rejected": one("SELECT COUNT(*) FROM articles WHERE status='rejected'").fetchone()[0],
            "events": one("SELECT COUNT(*) FROM events").fetchone()[0],
            "mentions": one("SELECT COUNT(*) FROM mentions").fetchone()[0],
            "actors": one("SELECT COUNT(*) FROM actors").fetchone()[0],
        }


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, retrying while another process holds the lock.

    Switching the journal mode of a new database does not call SQLite's busy
    handler, so two processes creating one database at once would otherwise see
    "database is locked" at once instead of waiting (issue 12).
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _locked_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _statements(sql: str) -> list[str]:
    """The statements of a migration file, split at the semicolons that end one (not at those inside
    a trigger's BEGIN ... END)."""
    without_comments = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    statements, current = [], ""
    for part in without_comments.split(";"):
        current += part + ";"
        if sqlite3.complete_statement(current):
            statements.append(current.strip().removesuffix(";").strip())
            current = ""
    return [s for s in statements if s]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _insert_event(conn: sqlite3.Connection, e: Event) -> None:
    loc = e.location
    conn.execute(
        "INSERT OR REPLACE INTO events VALUES"
        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            e.event_id,
            e.article_id,
            e.date,
            e.date_precision,
            e.plover,
            e.mode,
            e.cameo,
            e.quad_class,
            e.goldstein,
            e.polarity,
            e.modality,
            loc.name if loc else None,
            loc.country if loc else None,
            loc.lat if loc else None,
            loc.lon if loc else None,
            e.sentence,
            e.sentence_start,
            e.trigger.start,
            e.trigger.end,
            e.trigger.text,
            e.confidence,
            e.rule_text(),
        ),
    )
    rows = [
        (e.event_id, role, i, a.text, a.actor_id, a.name, a.country, a.sector, a.role)
        for role, refs in (("source", e.sources), ("target", e.targets))
        for i, a in enumerate(refs)
    ]
    conn.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _quote_row(q: Quote) -> tuple[Any, ...]:
    s = q.speaker
    speaker = (s.text, s.actor_id, s.name, s.country, s.sector, s.role) if s else (None,) * 6
    return (q.article_id, q.start, q.end, q.text, q.cue, *speaker)


def _quote_from_row(r: dict[str, Any]) -> Quote:
    speaker = None
    if r["speaker_text"] is not None:
        speaker = ActorRef(
            r["speaker_text"],
            r["speaker_actor_id"],
            r["speaker_name"],
            r["speaker_country"],
            r["speaker_sector"],
            r["speaker_role"],
        )
    return Quote(r["article_id"], speaker, r["text"], r["start_char"], r["end_char"], r["cue"])


def _mention_from_row(r: sqlite3.Row) -> Mention:
    rule, inferences = parse_rule(r["rule"] or "")
    return Mention(
        r["start_char"],
        r["end_char"],
        r["text"],
        r["kind"],
        r["country"],
        r["sector"],
        r["name"],
        r["role"],
        r["actor_id"],
        rule,
        inferences,
    )


def location_of(r: Any) -> Location | None:
    """The place stored in a row's location columns (events and happenings share them)."""
    if not r["location_name"]:
        return None
    return Location(r["location_name"], r["location_country"], r["lat"], r["lon"])


def _event_from_row(r: dict[str, Any], actors: dict[str, list[ActorRef]]) -> Event:
    rule, inferences = parse_rule(r["rule"])
    location = location_of(r)
    return Event(
        event_id=r["event_id"],
        article_id=r["article_id"],
        plover=r["plover"],
        mode=r["mode"],
        cameo=r["cameo"],
        quad_class=r["quad_class"],
        goldstein=r["goldstein"],
        polarity=r["polarity"],
        modality=r["modality"],
        sources=tuple(actors.get("source", [])),
        targets=tuple(actors.get("target", [])),
        sentence=r["sentence"],
        sentence_start=r["sentence_start"],
        trigger=Span(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
        confidence=r["confidence"],
        rule=rule,
        date=r["event_date"],
        date_precision=r["date_precision"],
        location=location,
        inferences=inferences,
    )
