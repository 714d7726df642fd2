"""RSS/Atom feeds -> new article pages -> coded articles: one round of `wirewatch feeds`.

A round polls every feed (conditionally: an unchanged feed costs a 304), fetches the pages of
items not seen before with the polite client (`ingest.fetch`), and codes them through
`batch.code_records`, the path HTML files take. What was seen is kept in the database
(`feed_items`, `http_validators`), so a restart fetches only what is new. A feed or page that
fails becomes a rejected article row with the reason; it never stops the round. A page that
failed for a passing reason (timeout, 5xx) is tried again next round; one refused for good
(robots.txt, 404, not HTML, too large) is not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from wirewatch.batch import BatchSummary, Progress, code_records
from wirewatch.errors import WirewatchError
from wirewatch.ingest.fetch import Fetched, FetchError, PoliteClient, charset_of
from wirewatch.ingest.readers import HTML_SIZE_FACTOR, RawRecord, decode_text
from wirewatch.model import Rejection, bytes_id
from wirewatch.settings import Settings
from wirewatch.store.sqlite import SqliteStore

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FeedLine:
    """One line of the feeds file: a feed URL, or the reason it is not one."""

    where: str  # FEEDS.txt:LINE
    url: str
    problem: str | None = None


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's guid / Atom id, else its link
    link: str
    title: str | None
    published: str | None  # YYYY-MM-DD, from the feed


@dataclass
class RoundReport:
    """What one round did. `coding` is the summary of coding the fetched pages."""

    feeds: int = 0
    unchanged: int = 0  # answered 304 Not Modified
    failed_feeds: int = 0
    new_items: int = 0
    fetched_pages: int = 0
    refused: int = 0  # robots.txt said no
    failed_pages: int = 0
    retry_later: int = 0
    rejected: list[Rejection] = field(default_factory=list)  # feeds and pages; coding's are in `coding`
    coding: BatchSummary = field(default_factory=BatchSummary)


def read_feed_list(path: Path) -> list[FeedLine]:
    """The feeds in a text file: one URL a line; blank lines and `#` comments are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise WirewatchError(f"{path}: cannot read the feed list ({e})") from e
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        url = raw.strip()
        if not url or url.startswith("#"):
            continue
        parts = urlsplit(url)
        problem = None
        if parts.scheme not in ("http", "https") or not parts.netloc:
            problem = "not an http(s) URL"
        lines.append(FeedLine(f"{path}:{number}", url, problem))
    return lines


def parse_feed(data: bytes, url: str) -> tuple[str | None, list[FeedItem]]:
    """(the feed's title, its items with a link); ValueError when it is no RSS or Atom feed."""
    import feedparser  # imported only when feeds are read

    parsed: Any = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.version:
        why = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise ValueError(f"not an RSS or Atom feed ({why})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*stamp[:3]).isoformat() if stamp else None
        items.append(FeedItem(entry.get("id") or link, link, entry.get("title"), published))
    return parsed.feed.get("title"), items


def url_article_id(url: str) -> str:
    """A fetched page's article id, from its URL as the feed gave it (stable across rounds)."""
    return f"u{hashlib.sha1(url.encode('utf-8')).hexdigest()[:16]}"


class FeedState:
    """What the feed reader remembers, in the store's database (migration 0007)."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.store.conn.execute(
            "SELECT etag, last_modified FROM http_validators WHERE url = ?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(self, got: Fetched, url: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM http_validators WHERE url = ?", (url,))
            conn.execute(
                "INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)",
                (url, got.etag, got.last_modified, _now()),
            )

    def unseen(self, feed_url: str, items: Sequence[FeedItem]) -> list[FeedItem]:
        """The items this feed has not listed before, each once; an item whose page another feed
        led to is marked seen here without being fetched again."""
        seen = {
            r[0]
            for r in self.store.conn.execute(
                "SELECT item_key FROM feed_items WHERE feed_url = ?", (feed_url,)
            )
        }
        fresh: dict[str, FeedItem] = {}
        for item in items:
            if item.key in seen or item.key in fresh:
                continue
            elsewhere = self.store.conn.execute(
                "SELECT article_id FROM feed_items WHERE link = ? AND outcome = 'fetched' LIMIT 1",
                (item.link,),
            ).fetchone()
            if elsewhere is not None:
                self.mark_seen(feed_url, item, elsewhere[0], "fetched")
            else:
                fresh[item.key] = item
        return list(fresh.values())

    def mark_seen(self, feed_url: str, item: FeedItem, article_id: str | None, outcome: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM feed_items WHERE feed_url = ? AND item_key = ?", (feed_url, item.key))
            conn.execute(
                "INSERT INTO feed_items (feed_url, item_key, link, article_id, outcome, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (feed_url, item.key, item.link, article_id, outcome, _now()),
            )

    def clear_rejection(self, article_id: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE article_id = ? AND status = 'rejected'", (article_id,))


def poll_round(
    feeds: Sequence[FeedLine],
    store: SqliteStore,
    settings: Settings,
    client: PoliteClient,
    *,
    progress: Progress | None = None,
) -> RoundReport:
    """Poll every feed once, fetch and code the pages of new items."""
    report = RoundReport()
    state = FeedState(store)
    pending: list[tuple[str, FeedItem, RawRecord]] = []
    answers: list[tuple[str, Fetched]] = []  # feeds whose every new item was handled
    for feed in feeds:
        report.feeds += 1
        for feed_url, item, record in _new_pages(feed, store, state, client, report, settings, answers):
            pending.append((feed_url, item, record))
    if pending:  # an idle round loads no language model
        report.coding = code_records((record for _, _, record in pending), store, settings, progress=progress)
    # Only now, once the pages are stored: a crash before this fetches the feeds and pages again
    # (a feed's validators saved any earlier would turn that into a 304 and lose its items).
    for feed_url, item, record in pending:
        state.mark_seen(feed_url, item, record.record_id, "fetched")
    for feed_url, got in answers:
        state.save_validators(got, feed_url)
    return report


def _new_pages(
    feed: FeedLine,
    store: SqliteStore,
    state: FeedState,
    client: PoliteClient,
    report: RoundReport,
    settings: Settings,
    answers: list[tuple[str, Fetched]],
) -> Iterator[tuple[str, FeedItem, RawRecord]]:
    """The pages of a feed's items not seen before; failures become rejected rows. The feed's
    answer goes to `answers` (its validators are saved after coding) unless a page is to be
    tried again: then the next round must read the whole feed, not get a 304."""
    feed_id = bytes_id(f"feed\n{feed.url}".encode())
    if feed.problem is not None:
        report.failed_feeds += 1
        _reject(
            store,
            report,
            Rejection(feed_id, feed.where, "feed", f"{feed.where}: {feed.url!r}: {feed.problem}"),
        )
        return
    etag, modified = state.validators(feed.url)
    try:
        got = client.get(feed.url, etag=etag, last_modified=modified, check_robots=False)
        if got.not_modified:
            report.unchanged += 1
            return
        title, items = parse_feed(got.body, got.url)
    except (FetchError, ValueError) as e:
        report.failed_feeds += 1
        message = str(e) if isinstance(e, FetchError) else f"{feed.url}: {e}"
        log.info("feed rejected: %s", message)
        _reject(
            store,
            report,
            Rejection(feed_id, feed.url, "feed", f"{message}; the other feeds are read", url=feed.url),
        )
        return
    state.clear_rejection(feed_id)
    fresh = state.unseen(feed.url, items)
    report.new_items += len(fresh)
    retry = False
    for item in fresh:
        page = _fetch_page(item, title, store, client, report, settings)
        if isinstance(page, RawRecord):
            yield feed.url, item, page
        elif page is not None:  # failed for good: not fetched again
            state.mark_seen(feed.url, item, None, page)
        else:
            retry = True
    if not retry:
        answers.append((feed.url, got))


def _fetch_page(
    item: FeedItem,
    source: str | None,
    store: SqliteStore,
    client: PoliteClient,
    report: RoundReport,
    settings: Settings,
) -> RawRecord | str | None:
    """The item's page as a record; else its rejection is saved and the outcome returned
    (None when it is worth trying again next round)."""
    article_id = url_article_id(item.link)
    try:
        if urlsplit(item.link).scheme not in ("http", "https") or not urlsplit(item.link).netloc:
            raise FetchError(item.link, "not-http", "the item's link is not an http(s) URL")
        got = client.get(item.link)
    except FetchError as e:
        if e.reason == "robots":
            report.refused += 1
        else:
            report.failed_pages += 1
        if e.transient:
            report.retry_later += 1
        message = f"{e}" + ("; tried again next round" if e.transient else "")
        _reject(
            store,
            report,
            Rejection(
                article_id, item.link, e.reason, message, title=item.title, url=item.link, source=source
            ),
        )
        return None if e.transient else e.reason
    report.fetched_pages += 1
    kind = got.content_type.split(";")[0].strip().lower()
    text: str | Rejection
    if kind and kind not in HTML_TYPES:
        text = Rejection(
            article_id, item.link, "not-html", f"{item.link}: {kind or 'no type'}, not an HTML page"
        )
    else:
        text = _decode(got, item.link)
    if isinstance(text, str) and len(text) > settings.max_chars * HTML_SIZE_FACTOR:
        text = Rejection(article_id, item.link, "too-large", f"{item.link}: {len(text):,} characters of HTML")
    if isinstance(text, Rejection):
        _reject(
            store,
            report,
            Rejection(
                article_id,
                text.origin,
                text.reason,
                text.message,
                title=item.title,
                url=item.link,
                source=source,
            ),
        )
        return text.reason
    return RawRecord(
        origin=item.link,
        body=text,
        kind="html",
        record_id=article_id,
        title=item.title,  # the feed's headline, as a record's or a page's (actors/headline.py)
        url=got.url,
        source=source,
        crawled=_now(),
        listed=item.published,
    )


def _reject(store: SqliteStore, report: RoundReport, rejection: Rejection) -> None:
    log.info("rejected %s", rejection.message)
    store.save_rejection(rejection)
    report.rejected.append(rejection)


def _decode(got: Fetched, where: str) -> str | Rejection:
    charset = charset_of(got.content_type)
    if charset and charset not in ("utf-8", "utf8"):
        try:
            return got.body.decode(charset, errors="replace").replace("\r\n", "\n")
        except LookupError:
            pass  # an unknown charset name: try UTF-8
    return decode_text(got.body, where)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def sleep_until(deadline: float) -> None:
    """Sleep until time.monotonic() reaches `deadline`, in short steps (Ctrl-C stays prompt)."""
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(left, 0.5))
