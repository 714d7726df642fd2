"""Linking a coded article to what the store already holds: copies, stories and happenings.

`Linker` is what `SqliteStore.save_coded(..., linker=...)` runs inside the
article's own transaction: `unlink` before the article's old rows go (a
re-coded article first takes its part out of its story and its happenings),
`link` once its new rows are in. Every candidate is found through an index:
LSH bands for copies, a story's heaviest terms for stories, (type, dyad, date
window) for happenings.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from wirewatch.model import CodedArticle, Event, Location
from wirewatch.stories import cluster, happenings, text
from wirewatch.stories.sketch import DUPLICATE_THRESHOLD, Sketch, sketch

log = logging.getLogger(__name__)

STORY_TERMS = 20  # heaviest centroid terms indexed per story (and looked up per article)
CENTROID_TERMS = 300  # terms kept in a story's stored centroid
MAX_CANDIDATES = 50  # stories scored per article, those sharing the most indexed terms
N_DOCS = ""  # the story_term_df row that counts documents


@dataclass(frozen=True)
class LinkResult:
    duplicate_of: str | None
    similarity: float | None
    story_id: str
    happening_ids: tuple[str, ...]


@dataclass
class Linker:
    """Thresholds of one linking run (the defaults are the product's; the eval varies them)."""

    join: float = cluster.JOIN_THRESHOLD
    thread: float = cluster.THREAD_THRESHOLD
    split: float = cluster.SPLIT_THRESHOLD
    merge: float = cluster.MERGE_THRESHOLD
    lead: float = cluster.LEAD_AGREEMENT
    duplicate: float = DUPLICATE_THRESHOLD

    # --- undo -------------------------------------------------------------------------
    def unlink(self, conn: sqlite3.Connection, article_id: str) -> None:
        """Take an article's part out of its story and its happenings (before re-coding it)."""
        _leave_story(conn, article_id)
        touched = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT happening_id FROM happening_events WHERE article_id = ?", (article_id,)
            )
        ]
        conn.execute("DELETE FROM happening_events WHERE article_id = ?", (article_id,))
        for happening_id in touched:
            refresh_happening(conn, happening_id)
        conn.execute("DELETE FROM sketch_bands WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM article_sketches WHERE article_id = ?", (article_id,))

    # --- do ---------------------------------------------------------------------------
    def link(self, conn: sqlite3.Connection, coded: CodedArticle) -> LinkResult:
        a = coded.article
        body = a.text[len(a.title) :] if a.title and a.text.startswith(a.title) else a.text
        sk = sketch(body)
        original, similarity = self._original(conn, a.article_id, sk)
        conn.execute(
            "UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE article_id = ?",
            (original, similarity, a.article_id),
        )
        conn.execute("INSERT INTO article_sketches VALUES (?, ?)", (a.article_id, sk.to_text()))
        conn.executemany(
            "INSERT INTO sketch_bands VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(i, band, a.article_id) for i, band in enumerate(sk.bands())],
        )
        published = a.published.isoformat() if a.published else None
        story_id = self._join_story(conn, a.article_id, a.title, a.text, published, original)
        ids = tuple(self._join_happenings(conn, coded.events, original))
        return LinkResult(original, similarity, story_id, ids)

    def _original(
        self, conn: sqlite3.Connection, article_id: str, sk: Sketch
    ) -> tuple[str | None, float | None]:
        """The earliest stored article this one copies (following copies to their original)."""
        bands = sk.bands()
        rows = conn.execute(
            "SELECT DISTINCT s.article_id, s.signature, a.duplicate_of, a.coded_at FROM sketch_bands b"
            " JOIN article_sketches s ON s.article_id = b.article_id"
            " JOIN articles a ON a.article_id = b.article_id"
            f" WHERE ({' OR '.join('(b.band = ? AND b.band_hash = ?)' for _ in bands)})"
            " AND b.article_id <> ?",
            [*(x for i, band in enumerate(bands) for x in (i, band)), article_id],
        ).fetchall()
        best: tuple[float, str, str | None] | None = None
        for other_id, signature, its_original, _ in sorted(rows, key=lambda r: (r[3], r[0])):
            if its_original == article_id:  # its own copy: a re-coded original stays the original
                continue
            score = sk.similarity(Sketch.from_text(signature))
            if score >= self.duplicate and (best is None or score > best[0]):
                best = (score, other_id, its_original)
        if best is None:
            return None, None
        return best[2] or best[1], best[0]

    # --- stories ----------------------------------------------------------------------
    def _join_story(
        self,
        conn: sqlite3.Connection,
        article_id: str,
        title: str | None,
        body: str,
        published: str | None,
        original: str | None,
    ) -> str:
        terms = text.article_terms(title, body)
        _bump_df(conn, terms.keys(), +1)
        df, n_docs = _df(conn, terms.keys())
        vector = text.weigh(terms, df, n_docs)
        if original is not None:  # a copy belongs where its original is
            row = conn.execute(
                "SELECT story_id FROM story_articles WHERE article_id = ?", (original,)
            ).fetchone()
            if row is not None:
                _add_member(conn, row[0], article_id, terms, vector, published, 1.0)
                return str(row[0])
        candidates = _candidates(conn, vector)
        placement = cluster.place(vector, published, candidates, join=self.join)
        story_id = placement.story_id
        if story_id is None:
            story_id = f"s:{article_id}"
            conn.execute(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?, 0, '{}', ?)",
                (story_id, story_id, title or _first_line(body), published, published, _now()),
            )
        n = _add_member(conn, story_id, article_id, terms, vector, published, placement.similarity)
        if n in cluster.SPLIT_CHECKS:
            story_id = self._split(conn, story_id, article_id)
        others = [c for c in candidates if c.story_id != placement.story_id]
        if story_id != placement.story_id and placement.story_id is not None:
            # split off from the story it joined: what is left of that story may take it back
            others.append(_candidate(conn, placement.story_id))
        story_id = self._merge(conn, story_id, others)
        self._relate(conn, story_id, candidates)
        return story_id

    def _merge(self, conn: sqlite3.Connection, story_id: str, candidates: Sequence[cluster.Candidate]) -> str:
        """Merge into the article's story each candidate story whose average link to it (on the
        stored sums: no member is read) reaches `merge`, whose lead agrees with its own and whose
        dates are near (`cluster` explains why); returns the article's story (the larger one's id
        is kept)."""
        # The candidates' stored sums are as read before the article joined (only its story changed).
        others = sorted((c for c in candidates if c.story_id != story_id), key=lambda c: c.story_id)
        if not others:
            return story_id
        mine = _candidate(conn, story_id)
        for other in others:
            if text.dot(mine.centroid, other.centroid) / (mine.n_articles * other.n_articles) < self.merge:
                continue
            if text.dot(text.lead(mine.centroid), text.lead(other.centroid)) < self.lead:
                continue
            if not cluster.spans_compatible(mine, other):
                continue
            n_mine, n_theirs = mine.n_articles, other.n_articles
            keep, gone = (story_id, other.story_id) if n_mine >= n_theirs else (other.story_id, story_id)
            threads = dict(
                conn.execute("SELECT story_id, thread_id FROM stories WHERE story_id IN (?, ?)", (keep, gone))
            )
            conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, gone))
            conn.execute("DELETE FROM stories WHERE story_id = ?", (gone,))
            conn.execute(
                "UPDATE stories SET thread_id = ? WHERE thread_id = ?", (threads[keep], threads[gone])
            )
            _rebuild_story(conn, keep)
            story_id = keep
            mine = _candidate(conn, story_id)
        return story_id

    def _relate(
        self, conn: sqlite3.Connection, story_id: str, candidates: Sequence[cluster.Candidate]
    ) -> None:
        """Take into the story's thread the threads of candidate stories about the same kind of
        happening (topic vectors at `thread` or more)."""
        row = conn.execute(
            "SELECT centroid, thread_id FROM stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        mine = cluster.topic_vector(json.loads(row[0]))
        for c in candidates:
            if (
                c.story_id != story_id
                and c.thread_id != row[1]
                and text.dot(mine, cluster.topic_vector(c.centroid)) >= self.thread
            ):
                conn.execute("UPDATE stories SET thread_id = ? WHERE thread_id = ?", (row[1], c.thread_id))

    def _split(self, conn: sqlite3.Connection, story_id: str, article_id: str) -> str:
        """Split off the groups of a story that stand apart; returns the article's story."""
        members = _members(conn, story_id)
        parts = cluster.split(members, threshold=self.split)
        if len(parts) == 1:
            return story_id
        founder = story_id.removeprefix("s:")
        parts.sort(key=lambda p: (founder not in p, -len(p)))  # the founder's part keeps the id
        row = conn.execute("SELECT thread_id FROM stories WHERE story_id = ?", (story_id,)).fetchone()
        mine = story_id
        for part in parts[1:]:
            new_id = _new_story(conn, part[0], row[0])
            marks = ",".join("?" * len(part))
            conn.execute(
                f"UPDATE story_articles SET story_id = ? WHERE article_id IN ({marks})", [new_id, *part]
            )
            _rebuild_story(conn, new_id)
            if article_id in part:
                mine = new_id
        _rebuild_story(conn, story_id)
        return mine

    # --- happenings -------------------------------------------------------------------
    def _join_happenings(
        self, conn: sqlite3.Connection, events: Sequence[Event], original: str | None
    ) -> list[str]:
        ids: list[str] = []
        # A copy's events go where its original's went; a re-coded original's, where its copies' did.
        if original is not None:
            kin = [original]
        elif events:
            rows = conn.execute(
                "SELECT article_id FROM articles WHERE duplicate_of = ? ORDER BY coded_at, article_id",
                (events[0].article_id,),
            )
            kin = [r[0] for r in rows]
        else:
            kin = []
        for event in events:
            if not happenings.is_happening(event):
                continue
            happening_id = next(
                (h for h in (_copied_happening(conn, event, k) for k in kin) if h), None
            ) or _matching_happening(conn, event)
            if happening_id is None:
                happening_id = _new_happening(conn, event)
            conn.execute(
                "INSERT INTO happening_events VALUES (?, ?, ?) ON CONFLICT (event_id)"
                " DO UPDATE SET happening_id = excluded.happening_id, article_id = excluded.article_id",
                (event.event_id, happening_id, event.article_id),
            )
            refresh_happening(conn, happening_id)
            ids.append(happening_id)
        return ids


# --- story rows ----------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _first_line(body: str) -> str:
    return body.strip().split("\n", 1)[0][:200]


def _bump_df(conn: sqlite3.Connection, terms: Iterable[str], delta: int) -> None:
    conn.executemany(
        "INSERT INTO story_term_df VALUES (?, ?)"
        " ON CONFLICT (term) DO UPDATE SET df = story_term_df.df + excluded.df",
        [(t, delta) for t in (*terms, N_DOCS)],
    )


def _df(conn: sqlite3.Connection, terms: Iterable[str]) -> tuple[dict[str, int], int]:
    wanted = [*terms, N_DOCS]
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT term, df FROM story_term_df WHERE term IN ({marks})", chunk).fetchall()
        )
    n_docs = found.pop(N_DOCS, 1)
    return found, max(1, n_docs)


def _candidates(conn: sqlite3.Connection, vector: text.Vector) -> list[cluster.Candidate]:
    top = text.top_terms(vector, STORY_TERMS)
    if not top:
        return []
    marks = ",".join("?" * len(top))
    rows = conn.execute(
        "SELECT s.story_id, s.thread_id, s.centroid, s.n_articles, s.first_date, s.last_date"
        f" FROM (SELECT story_id, COUNT(*) AS shared FROM story_terms WHERE term IN ({marks})"
        "       GROUP BY story_id ORDER BY shared DESC, story_id LIMIT ?) hit"
        " JOIN stories s ON s.story_id = hit.story_id WHERE s.n_articles > 0",
        [*top, MAX_CANDIDATES],
    ).fetchall()
    return [cluster.Candidate(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5]) for r in rows]


def _add_member(
    conn: sqlite3.Connection,
    story_id: str,
    article_id: str,
    terms: Mapping[str, int],
    vector: text.Vector,
    published: str | None,
    similarity: float,
) -> int:
    """Put an article in a story (its vector added to the story's sum); returns the story's size."""
    conn.execute(
        "INSERT INTO story_articles VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
        " story_id = excluded.story_id, similarity = excluded.similarity, vector = excluded.vector,"
        " published = excluded.published",
        (article_id, story_id, round(similarity, 4), json.dumps(terms, separators=(",", ":")), published),
    )
    row = conn.execute("SELECT centroid, n_articles FROM stories WHERE story_id = ?", (story_id,)).fetchone()
    centroid: dict[str, float] = json.loads(row[0])
    for term, weight in vector.items():
        centroid[term] = centroid.get(term, 0.0) + weight
    n = int(row[1]) + 1
    _save_story(conn, story_id, centroid, n)
    return n


def _save_story(conn: sqlite3.Connection, story_id: str, centroid: Mapping[str, float], n: int) -> None:
    kept = {
        t: round(w, 5)
        for t, w in sorted(centroid.items(), key=lambda tw: -tw[1])[:CENTROID_TERMS]
        if w > 1e-6
    }
    dates = conn.execute(
        "SELECT MIN(published), MAX(published) FROM story_articles WHERE story_id = ?", (story_id,)
    ).fetchone()
    conn.execute(
        "UPDATE stories SET centroid = ?, n_articles = ?, first_date = ?, last_date = ? WHERE story_id = ?",
        (json.dumps(kept, separators=(",", ":")), n, dates[0], dates[1], story_id),
    )
    conn.execute("DELETE FROM story_terms WHERE story_id = ?", (story_id,))
    if n > 0:
        conn.executemany(
            "INSERT INTO story_terms VALUES (?, ?)",
            [(t, story_id) for t in text.top_terms(kept, STORY_TERMS)],
        )


def _members(conn: sqlite3.Connection, story_id: str) -> list[tuple[str, text.Vector]]:
    """A story's articles in date order (undated last, then by id), each weighed with today's
    document frequencies."""
    rows = conn.execute(
        "SELECT article_id, vector FROM story_articles WHERE story_id = ?"
        " ORDER BY published IS NULL, published, article_id",
        (story_id,),
    ).fetchall()
    counts = [(r[0], json.loads(r[1])) for r in rows]
    df, n_docs = _df(conn, {t for _, c in counts for t in c})
    return [(a, text.weigh(c, df, n_docs)) for a, c in counts]


def _candidate(conn: sqlite3.Connection, story_id: str) -> cluster.Candidate:
    r = conn.execute(
        "SELECT story_id, thread_id, centroid, n_articles, first_date, last_date FROM stories"
        " WHERE story_id = ?",
        (story_id,),
    ).fetchone()
    return cluster.Candidate(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5])


def _rebuild_story(conn: sqlite3.Connection, story_id: str) -> None:
    """A story's sum vector, size and dates recomputed from its members (after a split or a leave)."""
    centroid: dict[str, float] = {}
    members = _members(conn, story_id)
    for _, vector in members:
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
    _save_story(conn, story_id, centroid, len(members))
    first = conn.execute(
        "SELECT a.title FROM story_articles sa JOIN articles a ON a.article_id = sa.article_id"
        " WHERE sa.story_id = ? ORDER BY sa.published IS NULL, sa.published, sa.article_id LIMIT 1",
        (story_id,),
    ).fetchone()
    if first is not None and first[0]:
        conn.execute("UPDATE stories SET headline = ? WHERE story_id = ?", (first[0], story_id))


def _new_story(conn: sqlite3.Connection, first_article: str, thread_id: str) -> str:
    story_id = f"s:{first_article}"
    suffix = 1
    while conn.execute("SELECT 1 FROM stories WHERE story_id = ?", (story_id,)).fetchone():
        suffix += 1
        story_id = f"s:{first_article}:{suffix}"
    conn.execute(
        "INSERT INTO stories VALUES (?, ?, NULL, NULL, NULL, 0, '{}', ?)", (story_id, thread_id, _now())
    )
    return story_id


def _leave_story(conn: sqlite3.Connection, article_id: str) -> None:
    row = conn.execute(
        "SELECT story_id, vector FROM story_articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return
    story_id, terms = row[0], json.loads(row[1])
    conn.execute("DELETE FROM story_articles WHERE article_id = ?", (article_id,))
    _bump_df(conn, list(terms), -1)
    _rebuild_story(conn, story_id)
    conn.execute("DELETE FROM stories WHERE story_id = ? AND n_articles <= 0", (story_id,))


# --- happening rows ------------------------------------------------------------------------


def _copied_happening(conn: sqlite3.Connection, event: Event, original: str) -> str | None:
    """The happening of the original's event that this copy's event repeats (same type, dyad and
    trigger word, else same type and dyad)."""
    rows = conn.execute(
        "SELECT he.happening_id, e.trigger_text, h.dyad_key FROM happening_events he"
        " JOIN events e ON e.event_id = he.event_id JOIN happenings h ON h.happening_id = he.happening_id"
        " WHERE he.article_id = ? AND e.plover = ? ORDER BY e.sentence_start, e.event_id",
        (original, event.plover),
    ).fetchall()
    keys = happenings.lookup_keys(event)
    same = [r for r in rows if r[2] in keys]
    for r in same:
        if r[1].lower() == event.trigger.text.lower():
            return str(r[0])
    return str(same[0][0]) if same else None


def _matching_happening(conn: sqlite3.Connection, event: Event) -> str | None:
    span = happenings.window(event.date, event.date_precision)
    if span is None or not happenings.has_countries(event):
        return None
    keys = happenings.lookup_keys(event)
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        "SELECT happening_id, cameo, location_name, location_country, lat, lon FROM happenings"
        f" WHERE plover = ? AND dyad_key IN ({marks}) AND date_lo <= ? AND date_hi >= ?"
        " ORDER BY n_articles DESC, happening_id",
        [event.plover, *keys, span[1], span[0]],
    ).fetchall()
    for r in rows:
        place = Location(r[2], r[3], r[4], r[5]) if r[2] else None
        if happenings.cameo_compatible(r[1], event.cameo) and happenings.places_compatible(
            place, event.location
        ):
            return str(r[0])
    return None


def _new_happening(conn: sqlite3.Connection, event: Event) -> str:
    """A happening for the event: "h:" + its id (with a suffix when a re-coded article's earlier
    happening of that id lives on with other articles' reports)."""
    happening_id, suffix = f"h:{event.event_id}", 1
    while conn.execute("SELECT 1 FROM happenings WHERE happening_id = ?", (happening_id,)).fetchone():
        suffix += 1
        happening_id = f"h:{event.event_id}:{suffix}"
    conn.execute(
        "INSERT INTO happenings (happening_id, plover, dyad_key, rep_event_id, n_mentions, n_sources,"
        " n_articles, confidence) VALUES (?, ?, ?, ?, 0, 0, 0, 0)",
        (happening_id, event.plover, happenings.dyad_key(event), event.event_id),
    )
    return happening_id


def outlet(source: str | None, url: str | None) -> str | None:
    """The publisher an article came from: its source name, else its URL's host."""
    if source:
        return source.strip().lower()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def refresh_happening(conn: sqlite3.Connection, happening_id: str) -> None:
    """Recompute a happening's fields from its member events (or drop it when none is left)."""
    rows = conn.execute(
        "SELECT e.event_id, e.article_id, e.event_date, e.date_precision, e.cameo, e.quad_class,"
        " e.goldstein, e.location_name, e.location_country, e.lat, e.lon, e.confidence, a.source, a.url,"
        " a.published, a.duplicate_of, a.coded_at, e.plover"
        " FROM happening_events he JOIN events e ON e.event_id = he.event_id"
        " JOIN articles a ON a.article_id = e.article_id WHERE he.happening_id = ?"
        " ORDER BY a.published IS NULL, a.published, a.coded_at, e.article_id, e.sentence_start",
        (happening_id,),
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM happenings WHERE happening_id = ?", (happening_id,))
        return
    rep = min(rows, key=lambda r: (happenings.precision_rank(r[3]), -r[11]))
    located = next((r for r in rows if r[7]), None)
    span = happenings.window(rep[2], rep[3])
    outlets = {outlet(r[12], r[13]) or f"article:{r[15] or r[1]}" for r in rows}
    best_per_report: dict[str, float] = {}
    for r in rows:
        root = r[15] or r[1]
        best_per_report[root] = max(best_per_report.get(root, 0.0), r[11])
    first_seen = min((r[14] for r in rows if r[14]), default=None)
    conn.execute(
        "UPDATE happenings SET cameo = ?, quad_class = ?, goldstein = ?, event_date = ?, date_precision = ?,"
        " date_lo = ?, date_hi = ?, location_name = ?, location_country = ?, lat = ?, lon = ?,"
        " rep_event_id = ?, n_mentions = ?, n_sources = ?, n_articles = ?, first_seen = ?, confidence = ?"
        " WHERE happening_id = ?",
        (
            rep[4],
            rep[5],
            rep[6],
            rep[2],
            rep[3],
            span[0] if span else None,
            span[1] if span else None,
            located[7] if located else None,
            located[8] if located else None,
            located[9] if located else None,
            located[10] if located else None,
            rep[0],
            len(rows),
            len(outlets),
            len({r[1] for r in rows}),
            first_seen,
            round(happenings.noisy_or(best_per_report.values()), 4),
            happening_id,
        ),
    )
