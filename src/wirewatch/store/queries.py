"""Read queries for the API, the web UI and the exports: filtered events, actors, dyads.

Everything here reads through a `SqliteStore` connection with portable SQL
(no SQLite-only functions), so a PostgreSQL store can run the same queries; the one
exception, word search (FTS5), is kept to `words_in`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from wirewatch.errors import WirewatchError
from wirewatch.model import Event, Mention
from wirewatch.store.actors import get_actor
from wirewatch.store.base import Store

Period = Literal["day", "month", "year"]
# Characters of the ISO date that make up each period key ("2017-11-22"[:7] = "2017-11").
PERIOD_CHARS: dict[str, int] = {"day": 10, "month": 7, "year": 4}
SORT_COLUMNS: dict[str, str] = {
    "date": "e.event_date",
    "plover": "e.plover",
    "cameo": "e.cameo",
    "quad_class": "e.quad_class",
    "goldstein": "e.goldstein",
    "confidence": "e.confidence",
    "article": "e.article_id",
}
# A page never holds more than this many rows, whatever the client asks for.
MAX_PAGE = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Za-z]{2,8}$")


class QueryError(WirewatchError):
    """A filter value cannot be used; the message says which and why."""


@dataclass(frozen=True)
class EventQuery:
    """Filters over coded events. Every field is optional; None means no filter."""

    actor: str | None = None  # actor id, or part of a name / mention text
    country: str | None = None  # ISO3 (or IGO code) among sources or targets
    dyad: tuple[str, str] | None = None  # source country and target country, either direction
    plover: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None  # every word must appear in the sentence
    article_id: str | None = None
    include_all: bool = False  # add negated, future and hypothetical events
    min_confidence: float | None = None  # events whose (calibrated) confidence is at least this
    sort: str = "date"  # a key of SORT_COLUMNS, "-" in front for descending
    limit: int | None = 100
    offset: int = 0

    def validated(self) -> EventQuery:
        """Raise QueryError naming the first filter that cannot be used."""
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not _DATE.match(value):
                raise QueryError(f"{name}={value!r}: use a date as YYYY-MM-DD (or YYYY-MM, YYYY)")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise QueryError(f"min_confidence={self.min_confidence}: confidence is a number from 0 to 1")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise QueryError(f"quad_class={self.quad_class}: quad class is 1, 2, 3 or 4")
        if self.sort.lstrip("-") not in SORT_COLUMNS:
            raise QueryError(f"sort={self.sort!r}: sort by one of {', '.join(sorted(SORT_COLUMNS))}")
        for code in (self.country, *(self.dyad or ())):
            if code is not None and not _CODE.match(code):
                raise QueryError(f"{code!r} is not a country code; use ISO3 such as USA or an IGO code")
        if self.limit is not None and not 0 < self.limit <= MAX_PAGE:
            raise QueryError(f"limit={self.limit}: ask for 1 to {MAX_PAGE} rows per page")
        if self.offset < 0:
            raise QueryError(f"offset={self.offset}: offset cannot be negative")
        return self


def event_dict(e: Event) -> dict[str, Any]:
    """`Event.to_dict()`: the event JSON contract, built without `dataclasses.asdict`'s deep
    copies (they cost more than the database query on an API page: 7 ms for 50 events)."""
    return e.to_dict()


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    """'USA-RUS', 'USA,RUS' or 'USA RUS' → ('USA', 'RUS')."""
    if not value:
        return None
    parts = [p for p in re.split(r"[\s,\-/]+", value.strip().upper()) if p]
    if len(parts) != 2:
        raise QueryError(f"dyad={value!r}: give two country codes, e.g. USA-RUS")
    return parts[0], parts[1]


# The word indexes behind `words_in` (0006_word_search.sql: SQLite FTS5, external content).
WORD_INDEXES: dict[str, str] = {"events": "events_fts", "event_actors": "event_actors_fts"}


def words_in(table: str, alias: str, text: str) -> tuple[str, list[Any]] | None:
    """A condition on `table` (named `alias` in the query) true for the rows whose indexed text
    (events: the sentence; event_actors: mention text and name) holds every word of `text`, each
    word matched as the start of a word ("talk" finds "talks"), case and accents ignored; None when
    `text` holds no word. The only full-text SQL of the store: a PostgreSQL store puts its tsvector
    query beside this one."""
    query = fts5_query(text)
    if query is None:
        return None
    index = WORD_INDEXES[table]
    return f"{alias}.rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)", [query]


def fts5_query(text: str) -> str | None:
    """`text` as an FTS5 query of quoted prefix phrases, one per whitespace-separated term, all
    required. Quoting makes every character literal, so FTS5 operators (AND, OR, NOT, NEAR, `*`,
    `^`, `:`, parentheses) and quotes typed by a user are searched for, never parsed; a term with no
    letter or digit (which the index does not hold) is dropped."""
    terms = [t for t in text.split() if any(ch.isalnum() for ch in t)]
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"*' for t in terms)


def _like(term: str) -> str:
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _side_in(role: str | None, condition: str) -> str:
    """Events with an actor (on `role`'s side, or either) meeting `condition` on `event_actors`:
    an `IN` list the planner builds once from an index (0005_query_indexes.sql), where the
    correlated `EXISTS` this replaces ran a lookup per event (or, planned on the country
    index, read every actor of that country per event)."""
    role_sql = f" AND role = '{role}'" if role else ""
    return f"e.event_id IN (SELECT event_id FROM event_actors WHERE {condition}{role_sql})"


def event_where(q: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (with its parameters) selecting the events `q` asks for."""
    clauses: list[str] = []
    params: list[Any] = []
    if not q.include_all:
        clauses.append("e.polarity = 'affirmed' AND e.modality IN ('actual', 'reported')")
    simple = (
        ("e.article_id = ?", q.article_id),
        ("e.plover = ?", q.plover.upper() if q.plover else None),
        ("e.quad_class = ?", q.quad_class),
        ("e.event_date >= ?", q.since),
        ("e.event_date <= ?", _until(q.until)),
        ("e.confidence >= ?", q.min_confidence),
    )
    for clause, value in simple:
        if value is not None and value != "":
            clauses.append(clause)
            params.append(value)
    if q.country:
        clauses.append(_side_in(None, "country = ?"))
        params.append(q.country.upper())
    if q.dyad:
        a, b = q.dyad
        one_way = f"({_side_in('source', 'country = ?')} AND {_side_in('target', 'country = ?')})"
        clauses.append(f"({one_way} OR {one_way})")
        params.extend([a, b, b, a])
    if q.actor:
        # The id searches its index; the words of a name or mention text search the word index.
        by_words = ""
        words = words_in("event_actors", "x", q.actor)
        if words:
            by_words = f" UNION SELECT x.event_id FROM event_actors x WHERE {words[0]}"
        clauses.append(f"e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id = ?{by_words})")
        params.extend([q.actor, *(words[1] if words else [])])
    words = words_in("events", "e", q.search or "")
    if words:
        clauses.append(words[0])
        params.extend(words[1])
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def _until(value: str | None) -> str | None:
    # "2017-11" must include 2017-11-30: compare against the last possible string of the period.
    if value and len(value) < 10:
        return value + "-99-99"[len(value) - 4 :]
    return value


def _order(sort: str) -> str:
    column = SORT_COLUMNS[sort.lstrip("-")]
    direction = "DESC" if sort.startswith("-") else "ASC"
    tie = "e.article_id, e.sentence_start, e.trigger_start, e.event_id"  # one order on every engine
    return f"{column} IS NULL, {column} {direction}, {tie}"


def query_events(store: Store, q: EventQuery) -> tuple[list[Event], int]:
    """One page of events matching `q`, and how many match in all."""
    q = q.validated()
    where, params = event_where(q)
    total = int(store.conn.execute(f"SELECT COUNT(*) FROM events e {where}", params).fetchone()[0])
    return store.select_events(where, params, _order(q.sort), q.limit, q.offset), total


def matching_events(store: Store, q: EventQuery) -> list[Event]:
    """Every event matching `q` (no page): `wirewatch show`, tests and scripts."""
    q = q.validated()
    where, params = event_where(q)
    return store.select_events(where, params, _order(q.sort))


def article_urls(store: Store, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    """url, source, coded_at and text of each article, for exports that carry them."""
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            f"SELECT article_id, url, source, coded_at, text FROM articles WHERE article_id IN ({marks})",
            chunk,
        )
        out.update({r["article_id"]: dict(r) for r in rows})
    return out


# --- articles -------------------------------------------------------------------


def list_articles(
    store: Store, *, status: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """One page of articles (coded and rejected, with the reason), and the total."""
    if status not in (None, "coded", "rejected"):
        raise QueryError(f"status={status!r}: use coded or rejected")
    if not 0 < limit <= MAX_PAGE or offset < 0:
        raise QueryError(f"limit={limit}, offset={offset}: ask for 1 to {MAX_PAGE} rows from offset 0 on")
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    total = int(store.conn.execute(f"SELECT COUNT(*) FROM articles {where}", params).fetchone()[0])
    rows = store.conn.execute(
        "SELECT article_id, source, url, published, title, status, reason, message, n_events, coded_at"
        f" FROM articles {where} ORDER BY published IS NULL, published, article_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [dict(r) for r in rows], total


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article's clean text with its mention, trigger and quote spans, and its events."""
    article = store.article(article_id)
    if article is None:
        return None
    events, _ = query_events(store, EventQuery(article_id=article_id, include_all=True, limit=None))
    return {
        "article": {k: v for k, v in article.items() if k != "origin"},
        "mentions": [_mention_dict(m) for m in store.mentions(article_id)],
        "events": [event_dict(e) | {"sentence_start": e.sentence_start} for e in events],
        "quotes": article_quotes(store, article_id),
    }


def _mention_dict(m: Mention) -> dict[str, Any]:
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "country": m.country,
        "sector": m.sector,
        "name": m.name,
        "role": m.role,
        "actor_id": m.actor_id,
    }


def article_quotes(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Quotes found in the article, with their speakers (none until the quotes stage stores them)."""
    return [q.to_dict() for q in store.quotes(article_id)]


# --- actors ---------------------------------------------------------------------


def list_actors(
    store: Store,
    *,
    search: str | None = None,
    country: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Actors of the knowledge base with how many events name them, most active first."""
    if not 0 < limit <= MAX_PAGE or offset < 0:
        raise QueryError(f"limit={limit}, offset={offset}: ask for 1 to {MAX_PAGE} rows from offset 0 on")
    clauses, params = [], []
    if search:
        clauses.append(
            "(LOWER(a.name) LIKE ? ESCAPE '\\' OR LOWER(a.actor_id) LIKE ? ESCAPE '\\' OR EXISTS"
            " (SELECT 1 FROM actor_aliases al WHERE al.actor_id = a.actor_id"
            " AND LOWER(al.alias) LIKE ? ESCAPE '\\'))"
        )
        params.extend([_like(search)] * 3)
    if country:
        clauses.append("a.country = ?")
        params.append(country.upper())
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(store.conn.execute(f"SELECT COUNT(*) FROM actors a {where}", params).fetchone()[0])
    # first_seen and last_seen: the actor's first and last mention in the corpus (by publication
    # date), not a curated term's bounds, which the actor page lists among its roles.
    rows = store.conn.execute(
        "SELECT a.actor_id, a.name, a.kind, a.country, a.sector, a.role, s.first_seen, s.last_seen,"
        " COALESCE(c.n, 0) AS n_events FROM actors a LEFT JOIN"
        " (SELECT actor_id, COUNT(DISTINCT event_id) AS n FROM event_actors GROUP BY actor_id) c"
        f" ON c.actor_id = a.actor_id LEFT JOIN ({_SEEN}) s ON s.actor_id = a.actor_id"
        f" {where} ORDER BY n_events DESC, a.actor_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [dict(r) for r in rows], total


# When each actor was first and last mentioned in the stored articles.
_SEEN = (
    "SELECT m.actor_id, MIN(ar.published) AS first_seen, MAX(ar.published) AS last_seen"
    " FROM mentions m JOIN articles ar ON ar.article_id = m.article_id"
    " WHERE m.actor_id IS NOT NULL GROUP BY m.actor_id"
)


def actor_detail(store: Store, actor_id: str) -> dict[str, Any] | None:
    """The actor, its roles over time (from its mentions) and its events on a timeline."""
    row = store.conn.execute("SELECT * FROM actors WHERE actor_id = ?", (actor_id,)).fetchone()
    if row is None:
        return None
    roles = store.conn.execute(
        "SELECT m.role, m.sector, m.country, MIN(a.published) AS first_seen, MAX(a.published) AS last_seen,"
        " COUNT(*) AS mentions FROM mentions m JOIN articles a ON a.article_id = m.article_id"
        " WHERE m.actor_id = ? GROUP BY m.role, m.sector, m.country"
        " ORDER BY MIN(a.published) IS NULL, MIN(a.published), m.role, m.sector, m.country",
        (actor_id,),
    )
    # One row per event, as the list counts them: an actor on both sides of an event is 'both'.
    timeline = store.conn.execute(
        "SELECT e.event_id, e.article_id, e.event_date AS date, e.plover, e.cameo, e.quad_class, e.goldstein,"
        " e.polarity, e.modality, CASE WHEN COUNT(DISTINCT x.role) > 1 THEN 'both' ELSE MIN(x.role) END"
        " AS side, e.sentence FROM events e JOIN event_actors x ON x.event_id = e.event_id"
        " WHERE x.actor_id = ? GROUP BY e.event_id, e.article_id, e.event_date, e.plover, e.cameo,"
        " e.quad_class, e.goldstein, e.polarity, e.modality, e.sentence"
        " ORDER BY e.event_date IS NULL, e.event_date, e.article_id, e.event_id",
        (actor_id,),
    )
    first_last = store.conn.execute(
        "SELECT MIN(ar.published) AS first_seen, MAX(ar.published) AS last_seen FROM mentions m"
        " JOIN articles ar ON ar.article_id = m.article_id WHERE m.actor_id = ?",
        (actor_id,),
    ).fetchone()
    known = get_actor(store, actor_id)
    # The knowledge base's roles are bounded by term or by the dates seen; the mentions' roles
    # (with how often each was mentioned) stand in for an actor the knowledge base has none for.
    kb_roles = [
        {
            "role": r.role,
            "sector": r.sector,
            "country": r.country,
            "first_seen": r.first_seen,
            "last_seen": r.last_seen,
            "mentions": None,
        }
        for r in known.roles
    ]
    return {
        "actor": dict(row)
        | {
            "aliases": list(known.aliases),
            "first_seen": first_last["first_seen"] if first_last else None,
            "last_seen": first_last["last_seen"] if first_last else None,
        },
        "roles": kb_roles or [dict(r) for r in roles],
        "events": [dict(r) for r in timeline],
    }


# --- dyads, network, map ----------------------------------------------------------

# The most frequent event types a map place lists.
TOP_TYPES = 3


def dyad_stats(
    store: Store,
    a: str,
    b: str,
    *,
    period: str = "month",
    since: str | None = None,
    until: str | None = None,
    include_all: bool = False,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """Events between a and b (both ways) per period: counts by quad class, mean Goldstein."""
    if period not in PERIOD_CHARS:
        raise QueryError(f"period={period!r}: use day, month or year")
    q = EventQuery(
        dyad=(a.upper(), b.upper()),
        since=since,
        until=until,
        include_all=include_all,
        min_confidence=min_confidence,
    )
    where, params = event_where(q.validated())
    n = PERIOD_CHARS[period]
    rows = store.conn.execute(
        f"SELECT SUBSTR(e.event_date, 1, {n}) AS period, e.quad_class, COUNT(*) AS n,"
        f" SUM(e.goldstein) AS g, COUNT(e.goldstein) AS ng FROM events e {where}"
        f" GROUP BY SUBSTR(e.event_date, 1, {n}), e.quad_class ORDER BY SUBSTR(e.event_date, 1, {n}) IS NULL,"
        f" SUBSTR(e.event_date, 1, {n}), e.quad_class",
        params,
    )
    periods: dict[str | None, dict[str, Any]] = {}
    for r in rows:
        p = periods.setdefault(
            r["period"], {"period": r["period"], "events": 0, "quad": {}, "_g": 0.0, "_n": 0}
        )
        p["events"] += r["n"]
        p["quad"][str(r["quad_class"])] = p["quad"].get(str(r["quad_class"]), 0) + r["n"]
        p["_g"] += r["g"] or 0.0
        p["_n"] += r["ng"]
    out = []
    for p in periods.values():
        quad = {str(k): p["quad"].get(str(k), 0) for k in (1, 2, 3, 4)}
        mean = round(p["_g"] / p["_n"], 3) if p["_n"] else None
        out.append({"period": p["period"], "events": p["events"], "quad_class": quad, "mean_goldstein": mean})
    return {"dyad": [a.upper(), b.upper()], "period": period, "periods": out}


def network(store: Store, q: EventQuery) -> dict[str, Any]:
    """Who interacts with whom under filter `q`: country nodes, directed source→target edges."""
    where, params = event_where(q.validated())
    if _unfiltered(q):
        return _network_of(_summed_pairs(store, q.include_all))
    if not q.actor:  # the filtered events' country pairs (0008): one join, no distinct count
        involving, involving_params = _edges_involving(q, "p.source", "p.target")
        return _network_of(
            store.conn.execute(
                "SELECT p.source AS source, p.target AS target, COUNT(*) AS n,"
                " SUM(e.goldstein * p.links) / SUM(CASE WHEN e.goldstein IS NOT NULL THEN p.links END)"
                f" AS mean_goldstein FROM events e CROSS JOIN event_pairs p {where}"
                f" {'AND' if where else 'WHERE'} p.event_id = e.event_id{involving}"
                " GROUP BY p.source, p.target ORDER BY n DESC, p.source, p.target",
                [*params, *involving_params],
            )
        )
    involving, involving_params = _edges_involving(q, "s.country", "t.country")
    # Read from the filtered events out (CROSS JOIN keeps that order in SQLite; elsewhere it is a
    # plain join): started from the actors' country index instead, a one-month filter read every
    # source actor in the store. `<>` is false when either country is NULL.
    rows = store.conn.execute(
        "SELECT s.country AS source, t.country AS target, COUNT(DISTINCT e.event_id) AS n,"
        " AVG(e.goldstein) AS mean_goldstein"
        " FROM events e CROSS JOIN event_actors s CROSS JOIN event_actors t"
        f" {where} {'AND' if where else 'WHERE'} s.event_id = e.event_id AND s.role = 'source'"
        " AND t.event_id = e.event_id AND t.role = 'target'"
        f" AND s.country <> t.country{involving} GROUP BY s.country, t.country"
        " ORDER BY n DESC, s.country, t.country",
        [*params, *involving_params],
    )
    return _network_of(rows)


def _network_of(rows: Iterable[Any]) -> dict[str, Any]:
    """Nodes and edges from rows of source, target, n (events) and mean_goldstein."""
    edges = [
        {
            "source": r["source"],
            "target": r["target"],
            "events": r["n"],
            "mean_goldstein": None if r["mean_goldstein"] is None else round(r["mean_goldstein"], 3),
        }
        for r in rows
    ]
    weight: dict[str, int] = {}
    for edge in edges:
        for side in ("source", "target"):
            weight[edge[side]] = weight.get(edge[side], 0) + edge["events"]
    nodes = [{"id": k, "events": v} for k, v in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


def _unfiltered(q: EventQuery) -> bool:
    """True when `q` filters on nothing beyond which events are shown (include_all or not): the
    network and facets then add up the per-event summaries of 0008_event_summaries.sql, whose
    `kept` is the default filter of `event_where`."""
    values = (q.actor, q.country, q.dyad, q.plover, q.quad_class, q.since, q.until, q.search, q.article_id)
    return q.min_confidence is None and all(v is None or v == "" for v in values)


def _summed_pairs(store: Store, include_all: bool) -> Iterable[Any]:
    """The unfiltered network's edges from `event_pairs`: one covering-index pass over one row per
    event and country pair, where the filtered query joins every event to its actors twice. The mean
    Goldstein is weighted by `links` (actor pairs behind the event's country pair), as `AVG` over
    that join is."""
    return store.conn.execute(
        "SELECT p.source AS source, p.target AS target, COUNT(*) AS n,"
        " SUM(p.goldstein * p.links) / SUM(CASE WHEN p.goldstein IS NOT NULL THEN p.links END)"
        f" AS mean_goldstein FROM event_pairs p {'' if include_all else 'WHERE p.kept = 1'}"
        " GROUP BY p.source, p.target ORDER BY n DESC, p.source, p.target"
    )


def _edges_involving(q: EventQuery, source: str, target: str) -> tuple[str, list[Any]]:
    """Extra conditions keeping only the edges that involve the filtered country, dyad or actor:
    an event between RUS, UKR and POL filtered on RUS draws RUS-UKR and RUS-POL, not UKR-POL.
    `source` and `target`: the columns of the edge's countries (the actor filter reads the actor
    rows `s` and `t`)."""
    sql, params = "", []
    if q.country:
        sql += f" AND ({source} = ? OR {target} = ?)"
        params += [q.country.upper()] * 2
    if q.dyad:
        sql += f" AND {source} IN (?, ?) AND {target} IN (?, ?)"
        params += [*q.dyad, *q.dyad]
    if q.actor:
        for x in ("s", "t"):
            words = words_in("event_actors", x, q.actor)
            sql += (" AND (" if x == "s" else " OR ") + f"{x}.actor_id = ?"
            params.append(q.actor)
            if words:
                sql += f" OR {words[0]}"
                params += words[1]
        sql += ")"
    return sql, params


def facets(store: Store, q: EventQuery) -> dict[str, Any]:
    """How many events under filter `q` fall in each PLOVER type, quad class, source country and
    target country (most first), for a faceted explorer. Two passes over the filtered events: one
    for type, quad class and total, one for both sides' countries."""
    where, params = event_where(q.validated())
    # Grouped by an expression, not the column: grouping by e.plover walks the whole type index
    # (a row read per event) even when a date filter picks a few events by the date index. With no
    # filter, by the columns: one pass in the order of the covering index events_kinds (0008).
    kind = "e.plover" if _unfiltered(q) else "COALESCE(e.plover, '')"
    by_type = store.conn.execute(
        f"SELECT {kind} AS plover, e.quad_class AS quad_class, COUNT(*) AS n"
        f" FROM events e {where} GROUP BY {kind}, e.quad_class",
        params,
    )
    counts: dict[str, dict[Any, int]] = {"type": {}, "quad_class": {}}
    total = 0
    for r in by_type:
        total += r["n"]
        for name in ("type", "quad_class"):
            value = r["plover" if name == "type" else name]
            counts[name][value] = counts[name].get(value, 0) + r["n"]
    out = {
        name: _facet_rows({"value": k, "n": n} for k, n in found.items()) for name, found in counts.items()
    }
    if _unfiltered(q):  # one covering-index pass over 0008's one row per event, side and country
        sides = store.conn.execute(
            "SELECT x.role AS role, x.country AS value, COUNT(*) AS n FROM event_sides x"
            f" {'' if q.include_all else 'WHERE x.kept = 1'} GROUP BY x.role, x.country"
        )
    else:  # from the filtered events out, as in `network`, to their sides (one row per country)
        sides = store.conn.execute(
            "SELECT x.role AS role, x.country AS value, COUNT(*) AS n FROM events e"
            f" CROSS JOIN event_sides x {where} {'AND' if where else 'WHERE'} x.event_id = e.event_id"
            " GROUP BY x.role, x.country",
            params,
        )
    by_side: dict[str, list[Any]] = {"source": [], "target": []}
    for r in sides:
        by_side[r["role"]].append(r)
    for side, rows in by_side.items():
        out[f"{side}_country"] = _facet_rows(rows)
    return {"total": total, "facets": out}


def _facet_rows(rows: Iterable[Any]) -> list[dict[str, Any]]:
    counted = [{"value": r["value"], "count": int(r["n"])} for r in rows if r["value"] is not None]
    return sorted(counted, key=lambda f: (-f["count"], str(f["value"])))


def event_locations(store: Store, q: EventQuery) -> list[dict[str, Any]]:
    """The places of the events under filter `q` that have coordinates, for the map: one row per
    place (name and coordinates to 2 decimals, as the map draws them) with its number of events,
    the events per quad class, its most frequent types (up to `TOP_TYPES`) and its latest event
    date; the `q.limit` places with most events (all of them when the limit is None)."""
    where, params = event_where(q.validated())
    # With no filter, one pass over the covering partial index events_places (0008), in its order; a
    # filter's own index picks the events otherwise (`+` keeps SQLite, which has no statistics of
    # how few events a filter selects, from walking the whole place index instead).
    located = (
        "e.lat IS NOT NULL AND e.lon IS NOT NULL"
        if _unfiltered(q)
        else "+e.lat IS NOT NULL AND +e.lon IS NOT NULL"
    )
    rows = store.conn.execute(
        "SELECT e.location_name AS name, e.location_country AS country, e.lat AS lat, e.lon AS lon,"
        " e.plover AS plover, e.quad_class AS quad_class, COUNT(*) AS n, MAX(e.event_date) AS latest"
        f" FROM events e {where} {'AND' if where else 'WHERE'} {located}"
        " GROUP BY e.location_name, e.lat, e.lon, e.location_country, e.plover, e.quad_class",
        params,
    )
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    for r in rows:
        key = (r["name"] or "", round(r["lat"], 2), round(r["lon"], 2))
        place = places.setdefault(key, {"_at": {}, "_types": {}, "quad": {}, "events": 0, "latest": None})
        n = int(r["n"])
        place["events"] += n
        at = (r["lat"], r["lon"], r["country"])
        place["_at"][at] = place["_at"].get(at, 0) + n
        place["_types"][r["plover"]] = place["_types"].get(r["plover"], 0) + n
        if r["quad_class"] is not None:
            quad = str(r["quad_class"])
            place["quad"][quad] = place["quad"].get(quad, 0) + n
        if r["latest"] is not None and (place["latest"] is None or r["latest"] > place["latest"]):
            place["latest"] = r["latest"]
    out = []
    for (name, _, _), place in places.items():
        # The place's own coordinates and country: those most of its events give (then the first).
        lat, lon, country = min(place["_at"], key=lambda a: (-place["_at"][a], str(a)))
        types = sorted(place["_types"].items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TYPES]
        out.append(
            {
                "name": name or None,
                "country": country,
                "lat": lat,
                "lon": lon,
                "events": place["events"],
                "quad_class": dict(sorted(place["quad"].items())),
                "types": [{"type": t, "count": c} for t, c in types],
                "latest": place["latest"],
            }
        )
    out.sort(key=lambda p: (-p["events"], p["name"] or "", p["lat"], p["lon"]))
    return out if q.limit is None else out[: q.limit]
