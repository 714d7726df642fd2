"""The actor knowledge base in the database: functions over an open store (`store.base.Store`).

Rows come from three origins: `learned` (the pipeline met the actor in an article),
`curated` (the starter table), `analyst` (edited or merged from the CLI). Learning never
overwrites a value already there, so an analyst's edit survives re-coding; the resolver
also prefers an analyst's record over what an article says (see actors/kb.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.actors.names import learnable
from wirewatch.errors import KnowledgeBaseError
from wirewatch.model import CodedArticle, KnownActor, Mention, RoleSpan, name_key

if TYPE_CHECKING:  # the store module calls `learn_from` while saving: import for types only
    from wirewatch.store.base import Connection, Store

# Tables that carry an actor id and follow a merge.
_ACTOR_ID_COLUMNS = (
    ("mentions", "actor_id"),
    ("event_actors", "actor_id"),
    ("quotes", "speaker_actor_id"),
)


@dataclass(frozen=True)
class ActorEdit:
    """What an analyst changes; None leaves a field as it is."""

    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None

    def is_empty(self) -> bool:
        return not any((self.name, self.country, self.sector, self.role))


def seed_actors(store: Store, actors: Iterable[KnownActor]) -> int:
    """Add curated actors the database lacks (an existing row is left alone); returns how many."""
    added = 0
    with store.transaction() as conn:
        for actor in actors:
            if conn.execute("SELECT 1 FROM actors WHERE actor_id = ?", (actor.actor_id,)).fetchone():
                continue
            conn.execute(
                "INSERT INTO actors (actor_id, name, kind, country, sector, role, first_seen, last_seen,"
                " origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    actor.actor_id,
                    actor.name,
                    actor.kind,
                    actor.country,
                    actor.sector,
                    actor.role,
                    actor.first_seen,
                    actor.last_seen,
                    actor.origin,
                ),
            )
            _add_aliases(conn, actor.actor_id, actor.aliases)
            _add_roles(conn, actor.actor_id, actor.roles, actor.origin)
            added += 1
    return added


def load_known_actors(store: Store, kinds: Collection[str] = ("person",)) -> list[KnownActor]:
    """Every actor of the given kinds with its aliases and roles, for the pipeline."""
    marks = ",".join("?" * len(kinds))
    rows = store.conn.execute(f"SELECT * FROM actors WHERE kind IN ({marks}) ORDER BY actor_id", list(kinds))
    aliases = _aliases(store.conn)
    roles = _roles(store.conn)
    return [_known(dict(r), aliases.get(r["actor_id"], ()), roles.get(r["actor_id"], ())) for r in rows]


def list_actors(store: Store) -> list[KnownActor]:
    """All actors of every kind, by id."""
    return load_known_actors(store, kinds=_all_kinds(store.conn))


def get_actor(store: Store, actor_id: str) -> KnownActor:
    row = store.conn.execute("SELECT * FROM actors WHERE actor_id = ?", (actor_id,)).fetchone()
    if row is None:
        raise KnowledgeBaseError(f"no actor with id {actor_id!r}; `wirewatch actors` lists them")
    aliases = _aliases(store.conn, actor_id)
    roles = _roles(store.conn, actor_id)
    return _known(dict(row), aliases.get(actor_id, ()), roles.get(actor_id, ()))


def actor_mentions(store: Store, actor_id: str, limit: int = 20) -> list[dict[str, object]]:
    """Where the actor was mentioned: article, text, date, latest first."""
    rows = store.conn.execute(
        "SELECT m.article_id, m.text, m.rule, a.published FROM mentions m"
        " JOIN articles a ON a.article_id = m.article_id WHERE m.actor_id = ?"
        " ORDER BY a.published DESC, m.article_id, m.start_char LIMIT ?",
        (actor_id, limit),
    )
    return [dict(r) for r in rows]


def learn_from(conn: Connection, coded: CodedArticle) -> None:
    """Record the actors, names and roles the article shows (inside the caller's transaction).

    A person is learned only from a name with a name's shape in the body text (`actors.names.
    learnable`: never a headline's words, never a common word, never a mention given the
    story's country, `Inference.ARTICLE`); a role only when the article states it (not one the
    knowledge base lent the mention, `Inference.KNOWN`, nor on a mention given the story's
    country)."""
    seen = coded.article.published.isoformat() if coded.article.published else None
    text = coded.article.text
    people = {m.actor_id for m in coded.mentions if m.actor_id and learnable(m, text)}
    kept = [m for m in coded.mentions if m.kind != "person" or m.actor_id in people or _in_kb(conn, m)]
    _upsert_actors(conn, kept, seen)
    for m in coded.mentions:
        if m.kind != "person" or not m.actor_id or m.rule not in ("person", "person-part"):
            continue
        if m.inferences:  # an office the knowledge base lent, a country the story lent
            continue
        if m.actor_id not in people and not _in_kb(conn, m):
            continue
        if m.rule == "person" and m.name and m.actor_id in people:
            _add_aliases(conn, m.actor_id, [m.name])
        if m.role:
            _see_role(conn, m.actor_id, RoleSpan(m.role, m.country, m.sector, seen, seen))


def _in_kb(conn: Connection, mention: Mention) -> bool:
    """Whether the knowledge base already holds this mention's actor."""
    row = conn.execute("SELECT 1 FROM actors WHERE actor_id = ?", (mention.actor_id,)).fetchone()
    return row is not None


def _upsert_actors(conn: Connection, mentions: Sequence[Mention], seen: str | None) -> None:
    """Actor rows for the mentions (places aside): new ones as learned; first and last seen widen;
    a value already there is never overwritten."""
    for m in mentions:
        if not m.actor_id or m.kind == "place":
            continue
        conn.execute(
            "INSERT INTO actors (actor_id, name, kind, country, sector, role, first_seen, last_seen,"
            " origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'learned')"
            " ON CONFLICT (actor_id) DO UPDATE SET"
            " first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen"
            "   THEN excluded.first_seen ELSE actors.first_seen END,"
            " last_seen = CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen"
            "   THEN excluded.last_seen ELSE actors.last_seen END,"
            " country = COALESCE(actors.country, excluded.country),"
            " sector = COALESCE(actors.sector, excluded.sector),"
            " role = COALESCE(actors.role, excluded.role)",
            (m.actor_id, m.name or m.text, m.kind, m.country, m.sector, m.role, seen, seen),
        )


def edit_actor(
    store: Store,
    actor_id: str,
    edit: ActorEdit,
    *,
    countries: Collection[str],
    sectors: Collection[str],
) -> KnownActor:
    """Apply an analyst's edit; the actor becomes `analyst` origin. Bad input changes nothing."""
    current = get_actor(store, actor_id)
    if edit.is_empty():
        raise KnowledgeBaseError("nothing to change: give --name, --country, --sector or --role")
    if edit.country is not None and edit.country not in countries:
        raise KnowledgeBaseError(f"{edit.country!r} is not a known country or organisation code")
    if edit.sector is not None and edit.sector not in sectors:
        raise KnowledgeBaseError(
            f"{edit.sector!r} is not a known sector; one of {', '.join(sorted(sectors))}"
        )
    with store.transaction() as conn:
        conn.execute(
            "UPDATE actors SET name = COALESCE(?, name), country = COALESCE(?, country),"
            " sector = COALESCE(?, sector), role = COALESCE(?, role), origin = 'analyst'"
            " WHERE actor_id = ?",
            (edit.name, edit.country, edit.sector, edit.role, actor_id),
        )
        if edit.name and edit.name != current.name:
            _add_aliases(conn, actor_id, [current.name])
    return get_actor(store, actor_id)


def merge_actors(store: Store, keep_id: str, drop_id: str) -> KnownActor:
    """Fold `drop_id` into `keep_id`: names, roles, dates and every mention; `drop_id` is gone."""
    if keep_id == drop_id:
        raise KnowledgeBaseError(f"cannot merge {keep_id!r} with itself")
    keep, drop = get_actor(store, keep_id), get_actor(store, drop_id)
    _check_mergeable(keep, drop)
    with store.transaction() as conn:
        conn.execute(
            "UPDATE actors SET country = COALESCE(country, ?), sector = COALESCE(sector, ?),"
            " role = COALESCE(role, ?), first_seen = ?, last_seen = ?, origin = 'analyst' WHERE actor_id = ?",
            (
                drop.country,
                drop.sector,
                drop.role,
                _earliest(keep.first_seen, drop.first_seen),
                _latest(keep.last_seen, drop.last_seen),
                keep_id,
            ),
        )
        _add_aliases(conn, keep_id, [drop.name, *drop.aliases])
        _add_roles(conn, keep_id, drop.roles, "analyst")
        for table, column in _ACTOR_ID_COLUMNS:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep_id, drop_id))
        conn.execute("DELETE FROM actors WHERE actor_id = ?", (drop_id,))
    return get_actor(store, keep_id)


def _check_mergeable(keep: KnownActor, drop: KnownActor) -> None:
    if keep.kind != drop.kind:
        raise KnowledgeBaseError(
            f"cannot merge a {keep.kind} ({keep.actor_id}) with a {drop.kind} ({drop.actor_id})"
        )
    if keep.country and drop.country and keep.country != drop.country:
        raise KnowledgeBaseError(
            f"{keep.actor_id} is {keep.country} and {drop.actor_id} is {drop.country}:"
            " edit one country first if they are the same actor"
        )


def _earliest(a: str | None, b: str | None) -> str | None:
    return min((d for d in (a, b) if d), default=None)


def _latest(a: str | None, b: str | None) -> str | None:
    return max((d for d in (a, b) if d), default=None)


def _add_aliases(conn: Connection, actor_id: str, names: Iterable[str]) -> None:
    for alias in names:
        key = name_key(alias)
        if key:
            conn.execute(
                "INSERT INTO actor_aliases (actor_id, alias, alias_key) VALUES (?, ?, ?)"
                " ON CONFLICT (actor_id, alias) DO NOTHING",
                (actor_id, alias, key),
            )


def _add_roles(conn: Connection, actor_id: str, roles: Sequence[RoleSpan], origin: str) -> None:
    counts: dict[str, int] = {}
    for span in roles:
        row = conn.execute(
            "SELECT COALESCE(MAX(span_no) + 1, 0) FROM actor_roles WHERE actor_id = ? AND role = ?",
            (actor_id, span.role),
        ).fetchone()
        number = max(int(row[0]), counts.get(span.role, 0))
        counts[span.role] = number + 1
        conn.execute(
            "INSERT INTO actor_roles (actor_id, role, span_no, country, sector, first_seen, last_seen,"
            " origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (actor_id, span.role, number, span.country, span.sector, span.first_seen, span.last_seen, origin),
        )


def _see_role(conn: Connection, actor_id: str, span: RoleSpan) -> None:
    """A learned role widens its first/last seen; a curated or analyst term stays as written."""
    if not conn.execute("SELECT 1 FROM actors WHERE actor_id = ?", (actor_id,)).fetchone():
        return
    conn.execute(
        "INSERT INTO actor_roles (actor_id, role, span_no, country, sector, first_seen, last_seen, origin)"
        " VALUES (?, ?, 0, ?, ?, ?, ?, 'learned') ON CONFLICT (actor_id, role, span_no) DO UPDATE SET"
        " first_seen = CASE WHEN actor_roles.origin = 'learned' AND (actor_roles.first_seen IS NULL"
        "   OR excluded.first_seen < actor_roles.first_seen) THEN excluded.first_seen"
        "   ELSE actor_roles.first_seen END,"
        " last_seen = CASE WHEN actor_roles.origin = 'learned' AND (actor_roles.last_seen IS NULL"
        "   OR excluded.last_seen > actor_roles.last_seen) THEN excluded.last_seen"
        "   ELSE actor_roles.last_seen END",
        (actor_id, span.role, span.country, span.sector, span.first_seen, span.last_seen),
    )


def _aliases(conn: Connection, actor_id: str | None = None) -> dict[str, tuple[str, ...]]:
    sql = "SELECT actor_id, alias FROM actor_aliases"
    rows = conn.execute(sql + " WHERE actor_id = ?", (actor_id,)) if actor_id else conn.execute(sql)
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(r[1])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _roles(conn: Connection, actor_id: str | None = None) -> dict[str, tuple[RoleSpan, ...]]:
    sql = "SELECT actor_id, role, country, sector, first_seen, last_seen FROM actor_roles"
    order = " ORDER BY actor_id, first_seen"
    rows = (
        conn.execute(sql + " WHERE actor_id = ?" + order, (actor_id,))
        if actor_id
        else conn.execute(sql + order)
    )
    out: dict[str, list[RoleSpan]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(RoleSpan(r[1], r[2], r[3], r[4], r[5]))
    return {k: tuple(v) for k, v in out.items()}


def _all_kinds(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT kind FROM actors WHERE kind IS NOT NULL")] or [
        "person"
    ]


def _known(row: dict[str, object], aliases: tuple[str, ...], roles: tuple[RoleSpan, ...]) -> KnownActor:
    name = str(row["name"] or row["actor_id"])
    return KnownActor(
        actor_id=str(row["actor_id"]),
        name=name,
        aliases=tuple(a for a in aliases if a != name),
        kind=str(row["kind"] or "person"),
        country=_text(row["country"]),
        sector=_text(row["sector"]),
        role=_text(row["role"]),
        first_seen=_text(row["first_seen"]),
        last_seen=_text(row["last_seen"]),
        origin=str(row["origin"]),
        roles=roles,
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
