"""`wirewatch feeds` and its polite client, against feeds and pages served from 127.0.0.1 by a
thread of http.server (issue 14, item 5). Fixtures are written for these tests."""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wirewatch.cli import main
from wirewatch.ingest.feeds import parse_feed, read_feed_list, url_article_id
from wirewatch.ingest.fetch import FetchError, PoliteClient


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int
    at: float  # when the server took the request (monotonic seconds)


@dataclass
class Site:
    """What the server serves (path -> Route) and every request it answered, in order."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    base: str = ""

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = served.routes.get(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            if route is None:
                status, body, kind, etag = 404, b"not here", "text/plain", None
            elif route.etag is not None and headers.get("if-none-match") == route.etag:
                status, body, kind, etag = 304, b"", route.content_type, route.etag
            else:
                status, body, kind, etag = route.status, route.body, route.content_type, route.etag
            served.hits.append(Hit(self.path, headers, status, time.monotonic()))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if etag is not None:
                self.send_header("ETag", etag)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()


ROBOTS = b"User-agent: *\nDisallow: /private/\n"

PAGES = {
    "/news/harbour-talks": (
        "2023-09-12",
        "Ghana and Togo agree to patrol the Gulf of Guinea together",
        "ACCRA - The defence ministers of Ghana and Togo signed an agreement in Accra on Tuesday to "
        "run joint naval patrols against piracy in the Gulf of Guinea. Ghana's defence minister said "
        "the two navies would share radar data and fuel depots from next month.",
    ),
    "/news/strike-ends": (
        None,  # no date on the page: the feed's date is used
        "Dock workers in Rotterdam end their strike",
        "Dock workers in Rotterdam ended a four-day strike on Friday after the port employers "
        "agreed to raise wages by six percent. The union had accused the employers of ignoring "
        "safety complaints for years.",
    ),
    "/private/members-only": (
        "2023-09-13",
        "A page robots.txt keeps out",
        "The members of the club met in private and nobody outside was told what they decided.",
    ),
}
FEED_DATES = {
    "/news/harbour-talks": "Tue, 12 Sep 2023 09:00:00 GMT",
    "/news/strike-ends": "Fri, 15 Sep 2023 18:30:00 GMT",
    "/private/members-only": "Wed, 13 Sep 2023 10:00:00 GMT",
    "/news/late-item": "Sat, 16 Sep 2023 08:00:00 GMT",
}


def _page(published: str | None, title: str, text: str) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}T08:00:00Z">' if published else ""
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head><body>"
        f"<article><h1>{title}</h1><p>{text}</p><p>Officials on both sides were expected to say "
        "more about the details later in the week.</p></article></body></html>"
    ).encode()


def _rss(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{PAGES.get(p, ('', 'Late item', ''))[1]}</title><link>{base}{p}</link>"
        f"<guid>{base}{p}</guid><pubDate>{FEED_DATES[p]}</pubDate></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Harbour Wire</title><link>{base}/</link><description>Test feed</description>"
        f"{items}</channel></rss>"
    ).encode()


def _serve_news(site: Site, etag: str = '"v1"') -> None:
    site.routes["/robots.txt"] = Route(ROBOTS, "text/plain")
    for path, page in PAGES.items():
        site.routes[path] = Route(_page(*page))
    site.routes["/feed.xml"] = Route(_rss(site.base, list(PAGES)), "application/rss+xml", etag=etag)
    site.routes["/broken.xml"] = Route(b"<html><body>Oops, this is no feed</body>", "text/html")


# --- the client -------------------------------------------------------------------------------


def test_the_client_keeps_to_robots_txt_and_waits_between_requests_to_a_host(site: Site) -> None:
    _serve_news(site)
    with PoliteClient(delay=0.3) as client:
        client.get(f"{site.base}/news/harbour-talks")
        with pytest.raises(FetchError) as refused:
            client.get(f"{site.base}/private/members-only")
        client.get(f"{site.base}/news/strike-ends")
    assert refused.value.reason == "robots" and not refused.value.transient
    assert site.paths() == ["/robots.txt", "/news/harbour-talks", "/news/strike-ends"]
    assert all(h.headers["user-agent"].startswith("wirewatch/") for h in site.hits)
    # The client's own log of when each request started: never closer than the delay.
    times = [r.at for r in client.requests]
    assert len(times) == 3
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.3 * 0.95, gaps
    assert client.counts["robots"] == 1 and client.counts["fetched"] == 2


def test_a_crawl_delay_in_robots_txt_makes_the_client_wait_longer(site: Site) -> None:
    site.routes["/robots.txt"] = Route(b"User-agent: wirewatch\nCrawl-delay: 1\n", "text/plain")
    site.routes["/a"] = Route(b"<html>a</html>")
    site.routes["/b"] = Route(b"<html>b</html>")
    with PoliteClient(delay=0.0) as client:
        client.get(f"{site.base}/a")
        client.get(f"{site.base}/b")
    starts = [r.at for r in client.requests]
    assert starts[2] - starts[1] >= 0.95  # robotparser reads whole seconds only


def test_conditional_requests_size_cap_and_errors(site: Site) -> None:
    _serve_news(site)
    site.routes["/huge"] = Route(b"<html>" + b"x" * 5000 + b"</html>")
    site.routes["/down"] = Route(b"try later", status=503)
    with PoliteClient(delay=0.0, max_bytes=4000) as client:
        first = client.get(f"{site.base}/feed.xml", check_robots=False)
        again = client.get(f"{site.base}/feed.xml", etag=first.etag, check_robots=False)
        with pytest.raises(FetchError) as huge:
            client.get(f"{site.base}/huge")
        with pytest.raises(FetchError) as down:
            client.get(f"{site.base}/down")
        with pytest.raises(FetchError) as missing:
            client.get(f"{site.base}/nowhere")
    assert first.status == 200 and first.etag == '"v1"' and not first.not_modified
    assert again.not_modified and again.body == b""
    assert site.hits[1].headers["if-none-match"] == '"v1"'
    assert huge.value.reason == "too-large"
    assert (down.value.reason, down.value.transient) == ("http-503", True)
    assert (missing.value.reason, missing.value.transient) == ("http-404", False)
    assert client.counts["not-modified"] == 1


def test_an_unreachable_robots_txt_allows_nothing_for_now(site: Site) -> None:
    site.routes["/robots.txt"] = Route(b"busy", status=503)
    site.routes["/a"] = Route(b"<html>a</html>")
    with PoliteClient(delay=0.0) as client, pytest.raises(FetchError) as refused:
        client.get(f"{site.base}/a")
    assert refused.value.reason == "robots"
    assert site.paths() == ["/robots.txt"]


def test_feed_parsing_and_the_feed_list(tmp_path: Path) -> None:
    title, items = parse_feed(_rss("http://h", ["/news/harbour-talks", "/news/strike-ends"]), "http://h/f")
    assert title == "Harbour Wire"
    assert [(i.link, i.published) for i in items] == [
        ("http://h/news/harbour-talks", "2023-09-12"),
        ("http://h/news/strike-ends", "2023-09-15"),
    ]
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b"<entry><id>tag:a,2023:1</id><title>One</title><link href='http://h/one'/>"
        b"<updated>2023-10-01T12:00:00Z</updated></entry></feed>"
    )
    _, entries = parse_feed(atom, "http://h/atom")
    assert [(e.key, e.link, e.published) for e in entries] == [("tag:a,2023:1", "http://h/one", "2023-10-01")]
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>no feed</body></html>", "http://h/x")
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttp://h/feed.xml\n\nftp://h/feed\nnot a url\n")
    lines = read_feed_list(listing)
    assert [(ln.where, ln.problem) for ln in lines] == [
        (f"{listing}:2", None),
        (f"{listing}:4", "not an http(s) URL"),
        (f"{listing}:5", "not an http(s) URL"),
    ]


def test_a_page_that_fails_for_now_is_tried_again_and_one_that_fails_for_good_is_not(
    site: Site, tmp_path: Path, engine_db: str | Path
) -> None:
    """On both engines: the feed reader's memory (seen items, validators) is plain SQL."""
    from wirewatch.ingest.feeds import poll_round
    from wirewatch.settings import Settings
    from wirewatch.store.base import open_store

    site.routes["/robots.txt"] = Route(b"", "text/plain")
    # An ETag on the feed: the round with a page to try again must not save it (or a 304 would
    # hide the item from the next round).
    site.routes["/feed.xml"] = Route(
        _rss(site.base, ["/news/strike-ends"]), "application/rss+xml", etag='"e"'
    )
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"{site.base}/feed.xml\n")
    settings = Settings.from_env(db=engine_db)
    page_id = url_article_id(f"{site.base}/news/strike-ends")
    with open_store(engine_db) as store:
        for status in (503, 404, 404):
            site.routes["/news/strike-ends"] = Route(b"gone", status=status)
            with PoliteClient(delay=0.0) as client:
                report = poll_round(read_feed_list(listing), store, settings, client)
            row = store.article(page_id)
            assert row is not None and row["status"] == "rejected"
            if status == 503:
                assert (report.failed_pages, report.retry_later) == (1, 1)
                assert row["reason"] == "http-503" and "tried again next round" in row["message"]
        assert (report.new_items, report.failed_pages) == (0, 0)  # the 404 was not asked for again
        assert row is not None and row["reason"] == "http-404"
    assert site.paths().count("/news/strike-ends") == 2
    assert [h.status for h in site.hits if h.path == "/feed.xml"] == [200, 200, 304]


# --- wirewatch feeds ----------------------------------------------------------------------------


def _articles(db: Path) -> dict[str, tuple[str | None, ...]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT article_id, status, reason, url, published, published_from, crawled, source, message"
            " FROM articles"
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


@pytest.mark.slow
def test_feeds_fetches_new_items_once_and_remembers_them_across_restarts(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _serve_news(site)
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"{site.base}/feed.xml\n{site.base}/broken.xml\n")
    db = tmp_path / "feeds.db"
    run = ["feeds", str(listing), "--db", str(db), "--once", "--delay", "0.05"]  # one host: 127.0.0.1

    assert main(run) == 3  # the broken feed is rejected; the round goes on
    articles = _articles(db)
    talks, strike, private = (url_article_id(f"{site.base}{p}") for p in PAGES)
    assert articles[talks][:5] == ("coded", None, f"{site.base}/news/harbour-talks", "2023-09-12", "html")
    assert articles[strike][:5] == ("coded", None, f"{site.base}/news/strike-ends", "2023-09-15", "feed")
    assert articles[talks][5] and articles[talks][6] == "Harbour Wire"  # crawled, source
    assert articles[private][:2] == ("rejected", "robots")
    broken = [a for a in articles.values() if a[0] == "rejected" and a[1] == "feed"]
    assert len(broken) == 1 and f"{site.base}/broken.xml: not an RSS or Atom feed" in str(broken[0][-1])
    assert "robots.txt does not allow" in str(articles[private][-1])
    assert site.paths().count("/private/members-only") == 0
    assert site.paths().count("/news/harbour-talks") == 1
    first_round = len(site.hits)
    # One host: its requests came one at a time, each at least about --delay after the one before.
    gaps = [b.at - a.at for a, b in itertools.pairwise(site.hits)]
    assert min(gaps) >= 0.04, gaps

    # Round two, a new process: the feed is unchanged (304) and nothing else is fetched.
    capsys.readouterr()
    assert main(run) == 3  # the broken feed still is
    assert "1 unchanged" in capsys.readouterr().err
    second = site.hits[first_round:]
    assert [(h.path, h.status) for h in second] == [("/feed.xml", 304), ("/broken.xml", 200)]
    assert second[0].headers["if-none-match"] == '"v1"'

    # The feed gains an item and the broken feed is fixed: only the new page is fetched.
    site.routes["/news/late-item"] = Route(
        _page("2023-09-16", "Chile and Peru reopen a border crossing", PAGES["/news/harbour-talks"][2])
    )
    site.routes["/feed.xml"] = Route(
        _rss(site.base, [*PAGES, "/news/late-item"]), "application/rss+xml", etag='"v2"'
    )
    site.routes["/broken.xml"] = Route(_rss(site.base, ["/news/harbour-talks"]), "application/rss+xml")
    third_start = len(site.hits)
    assert main(run) == 0
    pages = [h.path for h in site.hits[third_start:] if h.path.startswith(("/news", "/private"))]
    # the fixed feed lists a page already fetched for the other feed: not fetched again
    assert pages == ["/news/late-item"]
    articles = _articles(db)
    assert articles[url_article_id(f"{site.base}/news/late-item")][0] == "coded"
    assert not [a for a in articles.values() if a[1] == "feed"], "the fixed feed's rejection is gone"
    assert sum(1 for a in articles.values() if a[0] == "coded") == 3


def test_ctrl_c_stops_the_feed_reader_cleanly(tmp_path: Path) -> None:
    import select
    import signal
    import subprocess
    import sys

    listing = tmp_path / "feeds.txt"
    listing.write_text("not a feed url\n")  # rejected without any request: the round is quick
    process = subprocess.Popen(
        [sys.executable, "-m", "wirewatch.cli", "feeds", str(listing), "--db", str(tmp_path / "f.db")],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        # Bounded waits: a child that never reports, or ignores the SIGINT, fails the test, not hangs it.
        ready, _, _ = select.select([process.stderr], [], [], 120)
        assert ready, "no round report from the feed reader in 120 s"
        line = process.stderr.readline()  # the first round's report: then it waits for the next
        assert line.startswith("round 1: 1 feeds (0 unchanged, 1 failed)"), line
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=30)
        assert process.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert "stopped after 1 round(s)" in rest and "Traceback" not in rest


@pytest.mark.slow
def test_a_feed_items_title_is_the_articles_title(site: Site, tmp_path: Path) -> None:
    """A page with no headline of its own keeps the one its feed item gives: the title is
    evidence for the actor steps whatever format brought it (actors/headline.py)."""
    site.routes["/robots.txt"] = Route(ROBOTS, "text/plain")
    body = PAGES["/news/strike-ends"][2]
    site.routes["/news/strike-ends"] = Route(
        f"<!doctype html><html><body><article><p>{body}</p><p>{body}</p></article></body></html>".encode()
    )
    site.routes["/feed.xml"] = Route(_rss(site.base, ["/news/strike-ends"]), "application/rss+xml")
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"{site.base}/feed.xml\n")
    db = tmp_path / "feeds.db"
    assert main(["feeds", str(listing), "--db", str(db), "--once", "--delay", "0.05"]) == 0
    with sqlite3.connect(db) as conn:
        titles = [r[0] for r in conn.execute("SELECT title FROM articles")]
    assert titles == [PAGES["/news/strike-ends"][1]]
