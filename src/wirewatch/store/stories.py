"""Read queries for stories and happenings (issue 13): the CLI, the API and the GDELT export.

Happenings are selected with the filters of `/v1/events` (`EventQuery`): a
happening matches when one of its reports matches. Portable SQL, as in
store/queries.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wirewatch.gazetteer.countries import packaged_gazetteer
from wirewatch.model import ActorRef, Happening, Story, StoryActor
from wirewatch.store.base import Store
from wirewatch.store.queries import EventQuery, event_where
from wirewatch.store.sqlite import location_of

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


def query_happenings(store: Store, q: EventQuery) -> tuple[list[Happening], int]:
    """One page of happenings (newest first unless `q.sort` says otherwise) and the total."""
    where, params = happening_where(q)
    total = store.conn.execute(f"SELECT COUNT(*) FROM happenings h {where}", params).fetchone()[0]
    key = q.sort.lstrip("-")
    column = HAPPENING_SORT.get(key, "h.event_date")
    # Undated happenings last on both engines (SQLite sorts NULL first, PostgreSQL last).
    order = f"{column} IS NULL, {column} {'DESC' if q.sort.startswith('-') else 'ASC'}, h.happening_id"
    page = [q.limit, q.offset] if q.limit is not None else [-1, q.offset]  # -1: no limit (pgconn: NULL)
    rows = store.conn.execute(
        f"SELECT h.* FROM happenings h {where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, *page]
    ).fetchall()
    return _happenings(store, [dict(r) for r in rows]), int(total)


def get_happening(store: Store, happening_id: str) -> Happening | None:
    row = store.conn.execute("SELECT * FROM happenings WHERE happening_id = ?", (happening_id,)).fetchone()
    return _happenings(store, [dict(row)])[0] if row else None


def happening_of_events(store: Store, event_ids: Sequence[str]) -> dict[str, Happening]:
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


def _happenings(store: Store, rows: list[dict[str, Any]]) -> list[Happening]:
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


def list_stories(store: Store, *, limit: int | None = 100, offset: int = 0) -> list[Story]:
    """Stories, the most recently active first."""
    rows = store.conn.execute(
        "SELECT * FROM stories WHERE n_articles > 0"
        " ORDER BY last_date IS NULL, last_date DESC, n_articles DESC, story_id LIMIT ? OFFSET ?",
        (limit if limit is not None else -1, offset),
    ).fetchall()
    return [_story(store, dict(r)) for r in rows]


def get_story(store: Store, story_id: str) -> Story | None:
    row = store.conn.execute("SELECT * FROM stories WHERE story_id = ?", (story_id,)).fetchone()
    return _story(store, dict(row)) if row else None


def story_memberships(store: Store) -> list[dict[str, str]]:
    """One {story_id, article_id} per article, in story order."""
    rows = store.conn.execute(
        "SELECT sa.story_id, sa.article_id FROM story_articles sa"
        " LEFT JOIN articles a ON a.article_id = sa.article_id"
        " ORDER BY sa.story_id, a.published IS NULL, a.published, sa.article_id"
    )
    return [{"story_id": r[0], "article_id": r[1]} for r in rows]


def _story(store: Store, r: dict[str, Any]) -> Story:
    articles = [
        row[0]
        for row in store.conn.execute(
            "SELECT sa.article_id FROM story_articles sa LEFT JOIN articles a ON a.article_id = sa.article_id"
            " WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, sa.article_id",
            (r["story_id"],),
        )
    ]
    return Story(
        story_id=r["story_id"],
        thread_id=r["thread_id"],
        headline=r["headline"],
        first_date=r["first_date"],
        last_date=r["last_date"],
        n_articles=r["n_articles"],
        top_actors=top_actors(store, r["story_id"]),
        article_ids=tuple(articles),
    )


def top_actors(store: Store, story_id: str, n: int = TOP_ACTORS) -> tuple[StoryActor, ...]:
    """The actors a story's articles mention most, each once: a person or organisation under its
    resolved name (and country code), a country, and what stands for it without a name ("the
    navy" of IND counts for India), under the country's name and code."""
    rows = store.conn.execute(
        "SELECT m.actor_id, m.name, m.country, m.kind, COUNT(*) AS n FROM mentions m"
        " JOIN story_articles sa ON sa.article_id = m.article_id WHERE sa.story_id = ?"
        " GROUP BY m.actor_id, m.name, m.country, m.kind"
        # in group order, nulls first as SQLite groups them, on any engine (the first row of an
        # actor gives its code below)
        " ORDER BY m.actor_id IS NOT NULL, m.actor_id, m.name IS NOT NULL, m.name,"
        " m.country IS NOT NULL, m.country, m.kind IS NOT NULL, m.kind",
        (story_id,),
    ).fetchall()
    merged: dict[tuple[str, ...], list[Any]] = {}  # key -> [name, code, actor_id, mentions, kind]
    key: tuple[str, ...]
    for actor_id, name, country, kind, count in rows:
        if kind == "place":  # a city or region named in the text is where, not who
            continue
        if kind in ("country", "igo") or not name:
            if not country:
                continue
            entry = packaged_gazetteer().get(country)
            name, key = (entry.name if entry else country), ("code", country)
            kind = "igo" if entry is not None and entry.kind == "igo" else "country"
        elif actor_id:
            key = ("actor", actor_id)
        else:
            key = ("name", name.casefold(), country or "")
        found = merged.setdefault(key, [name, country, actor_id if key[0] == "actor" else None, 0, kind])
        found[3] += count
        if found[1] is None and country:  # mentioned with and without its country: the country
            found[1] = country
    ranked = sorted(merged.values(), key=lambda v: (-v[3], v[0], v[1] or ""))
    return tuple(StoryActor(name, code, actor_id, c, kind) for name, code, actor_id, c, kind in ranked[:n])


def story_articles(store: Store, story_id: str) -> list[dict[str, Any]]:
    """A story's articles in date order, each with its headline, outlet, date, URL and its most
    confident event (the evidence sentence, trigger marked by offsets), in one query."""
    rows = store.conn.execute(
        f"SELECT {_ARTICLE_COLUMNS}, sa.similarity, {_EVENT_COLUMNS}"
        " FROM story_articles sa JOIN articles a ON a.article_id = sa.article_id"
        " LEFT JOIN events e ON e.event_id = (SELECT e2.event_id FROM events e2"
        "   WHERE e2.article_id = sa.article_id ORDER BY e2.confidence DESC, e2.sentence_start, e2.event_id"
        "   LIMIT 1)"
        " WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, a.article_id",
        (story_id,),
    ).fetchall()
    out = []
    for r in rows:
        item = _article_part(r)
        item["similarity"] = r["similarity"]
        item["event"] = _event_part(r) if r["event_id"] is not None else None
        out.append(item)
    return out


def happening_reports(store: Store, happening_id: str) -> list[dict[str, Any]]:
    """A happening's reports, one per article in date order: its headline, outlet, date, URL and
    the events of this happening it reports (evidence sentence, trigger offsets), in one query."""
    rows = store.conn.execute(
        f"SELECT {_ARTICLE_COLUMNS}, {_EVENT_COLUMNS}"
        " FROM happening_events he JOIN events e ON e.event_id = he.event_id"
        " JOIN articles a ON a.article_id = e.article_id WHERE he.happening_id = ?"
        " ORDER BY a.published IS NULL, a.published, a.article_id, e.sentence_start, e.event_id",
        (happening_id,),
    ).fetchall()
    reports: dict[str, dict[str, Any]] = {}
    for r in rows:
        report = reports.get(r["article_id"])
        if report is None:
            report = reports[r["article_id"]] = {**_article_part(r), "events": []}
        report["events"].append(_event_part(r))
    return list(reports.values())


_ARTICLE_COLUMNS = "a.article_id, a.title, a.source, a.url, a.published, a.duplicate_of"
_EVENT_COLUMNS = (
    "e.event_id, e.plover, e.cameo, e.quad_class, e.confidence, e.polarity, e.modality, e.event_date,"
    " e.date_precision, e.sentence, e.sentence_start, e.trigger_start, e.trigger_end, e.trigger_text"
)


def _article_part(r: Any) -> dict[str, Any]:
    return {
        "article_id": r["article_id"],
        "title": r["title"],
        "source": r["source"],
        "url": r["url"],
        "published": r["published"],
        "duplicate_of": r["duplicate_of"],
    }


def _event_part(r: Any) -> dict[str, Any]:
    return {
        "event_id": r["event_id"],
        "plover": r["plover"],
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "confidence": r["confidence"],
        "polarity": r["polarity"],
        "modality": r["modality"],
        "date": r["event_date"],
        "date_precision": r["date_precision"],
        "sentence": r["sentence"],
        "sentence_start": r["sentence_start"],
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
    }


def count_stories(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM stories WHERE n_articles > 0").fetchone()[0])


def story_of_article(store: Store, article_id: str) -> Story | None:
    sql = "SELECT story_id FROM story_articles WHERE article_id = ?"
    row = store.conn.execute(sql, (article_id,)).fetchone()
    return get_story(store, row[0]) if row else None
