"""Read queries for stories and happenings (issue 13): the CLI, the API and the GDELT export.

Happenings are selected with the filters of `/v1/events` (`EventQuery`): a
happening matches when one of its reports matches. Portable SQL, as in
store/queries.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from wirewatch.model import ActorRef, Happening, Story
from wirewatch.store.queries import EventQuery, event_where
from wirewatch.store.sqlite import SqliteStore, location_of

TOP_ACTORS = 5
# The sort keys of /v1/events, on a happening's own columns ("article": its number of articles).
HAPPENING_SORT = {
    "date": "h.event_date",
    "plover": "h.plover",
    "cameo": "h.cameo",
    "quad_class": "h.quad_class",
    "goldstein": "h.goldstein",
    "confidence": "h.confidence",
    "article": "h.n_articles",
}


def happening_where(q: EventQuery) -> tuple[str, list[Any]]:
    """WHERE clause over `happenings h`: happenings with at least one report `q` selects."""
    where, params = event_where(q)
    return (
        "WHERE h.happening_id IN (SELECT he.happening_id FROM happening_events he"
        f" JOIN events e ON e.event_id = he.event_id {where})",
        params,
    )


def query_happenings(store: SqliteStore, q: EventQuery) -> tuple[list[Happening], int]:
    """One page of happenings (newest first unless `q.sort` says otherwise) and the total."""
    where, params = happening_where(q)
    total = store.conn.execute(f"SELECT COUNT(*) FROM happenings h {where}", params).fetchone()[0]
    key = q.sort.lstrip("-")
    column = HAPPENING_SORT.get(key, "h.event_date")
    order = f"{column} {'DESC' if q.sort.startswith('-') else 'ASC'}, h.happening_id"
    page = [q.limit, q.offset] if q.limit is not None else [-1, q.offset]
    rows = store.conn.execute(
        f"SELECT h.* FROM happenings h {where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, *page]
    ).fetchall()
    return _happenings(store, [dict(r) for r in rows]), int(total)


def get_happening(store: SqliteStore, happening_id: str) -> Happening | None:
    row = store.conn.execute("SELECT * FROM happenings WHERE happening_id = ?", (happening_id,)).fetchone()
    return _happenings(store, [dict(row)])[0] if row else None


def happening_of_events(store: SqliteStore, event_ids: Sequence[str]) -> dict[str, Happening]:
    """The happening of each event that has one (for the GDELT export's mention counts)."""
    pairs: dict[str, str] = {}
    for start in range(0, len(event_ids), 500):
        chunk = list(event_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        pairs.update(
            store.conn.execute(
                f"SELECT event_id, happening_id FROM happening_events WHERE event_id IN ({marks})", chunk
            ).fetchall()
        )
    wanted = sorted(set(pairs.values()))
    found: dict[str, Happening] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(f"SELECT * FROM happenings WHERE happening_id IN ({marks})", chunk)
        found.update((h.happening_id, h) for h in _happenings(store, [dict(r) for r in rows]))
    return {e: found[h] for e, h in pairs.items() if h in found}


def _happenings(store: SqliteStore, rows: list[dict[str, Any]]) -> list[Happening]:
    ids = [r["happening_id"] for r in rows]
    members: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
    actors: dict[str, dict[str, list[ActorRef]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(
            f"SELECT happening_id, event_id, article_id FROM happening_events WHERE happening_id IN ({marks})"
            " ORDER BY article_id, event_id",
            chunk,
        ):
            members[r[0]].append((r[1], r[2]))
        reps = [row["rep_event_id"] for row in rows[start : start + 500]]
        rep_marks = ",".join("?" * len(reps))
        for r in store.conn.execute(
            f"SELECT * FROM event_actors WHERE event_id IN ({rep_marks}) ORDER BY role, position", reps
        ):
            ref = ActorRef(r["text"], r["actor_id"], r["name"], r["country"], r["sector"], r["actor_role"])
            actors.setdefault(r["event_id"], {}).setdefault(r["role"], []).append(ref)
    out = []
    for r in rows:
        sides = actors.get(r["rep_event_id"], {})
        location = location_of(r)
        out.append(
            Happening(
                happening_id=r["happening_id"],
                plover=r["plover"],
                cameo=r["cameo"],
                quad_class=r["quad_class"],
                goldstein=r["goldstein"],
                sources=tuple(sides.get("source", [])),
                targets=tuple(sides.get("target", [])),
                date=r["event_date"],
                date_precision=r["date_precision"],
                location=location,
                n_mentions=r["n_mentions"],
                n_sources=r["n_sources"],
                n_articles=r["n_articles"],
                first_seen=r["first_seen"],
                event_ids=tuple(e for e, _ in members[r["happening_id"]]),
                article_ids=tuple(dict.fromkeys(a for _, a in members[r["happening_id"]])),
                confidence=r["confidence"],
            )
        )
    return out


def list_stories(store: SqliteStore, *, limit: int | None = 100, offset: int = 0) -> list[Story]:
    """Stories, the most recently active first."""
    rows = store.conn.execute(
        "SELECT * FROM stories WHERE n_articles > 0"
        " ORDER BY last_date IS NULL, last_date DESC, n_articles DESC, story_id LIMIT ? OFFSET ?",
        (limit if limit is not None else -1, offset),
    ).fetchall()
    return [_story(store, dict(r)) for r in rows]


def get_story(store: SqliteStore, story_id: str) -> Story | None:
    row = store.conn.execute("SELECT * FROM stories WHERE story_id = ?", (story_id,)).fetchone()
    return _story(store, dict(row)) if row else None


def story_memberships(store: SqliteStore) -> list[dict[str, str]]:
    """One {story_id, article_id} per article, in story order."""
    rows = store.conn.execute(
        "SELECT sa.story_id, sa.article_id FROM story_articles sa"
        " LEFT JOIN articles a ON a.article_id = sa.article_id"
        " ORDER BY sa.story_id, a.published IS NULL, a.published, sa.article_id"
    )
    return [{"story_id": r[0], "article_id": r[1]} for r in rows]


def _story(store: SqliteStore, r: dict[str, Any]) -> Story:
    articles = [
        row[0]
        for row in store.conn.execute(
            "SELECT sa.article_id FROM story_articles sa LEFT JOIN articles a ON a.article_id = sa.article_id"
            " WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, sa.article_id",
            (r["story_id"],),
        )
    ]
    counts: Counter[str] = Counter()
    for name, country in store.conn.execute(
        "SELECT m.name, m.country FROM mentions m JOIN story_articles sa ON sa.article_id = m.article_id"
        " WHERE sa.story_id = ?",
        (r["story_id"],),
    ):
        label = name or country
        if label:
            counts[label] += 1
    return Story(
        story_id=r["story_id"],
        thread_id=r["thread_id"],
        headline=r["headline"],
        first_date=r["first_date"],
        last_date=r["last_date"],
        n_articles=r["n_articles"],
        # ties by name, so the list is the same whichever order the database returned the mentions in
        top_actors=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]),
        article_ids=tuple(articles),
    )


def count_stories(store: SqliteStore) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM stories WHERE n_articles > 0").fetchone()[0])


def story_of_article(store: SqliteStore, article_id: str) -> Story | None:
    sql = "SELECT story_id FROM story_articles WHERE article_id = ?"
    row = store.conn.execute(sql, (article_id,)).fetchone()
    return get_story(store, row[0]) if row else None
