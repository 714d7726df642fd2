"""A polite HTTP client for the feed reader: one request at a time, a delay between requests to
the same host, robots.txt, conditional requests, timeouts and a size cap.

Every request this client makes is logged in `requests` (time, URL, status), which is how the
feed reader counts what it fetched and how the tests check the delay without timing anything.
"""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from wirewatch import __version__

if TYPE_CHECKING:
    import httpx  # imported when a client opens: `wirewatch --help` stays quick

log = logging.getLogger(__name__)

USER_AGENT = f"wirewatch/{__version__} (news event coder; polite feed reader)"
ROBOTS_AGENT = "wirewatch"  # the name robots.txt rules are matched against
DEFAULT_DELAY = 2.0  # seconds between two requests to one host
DEFAULT_TIMEOUT = 20.0  # seconds to connect, and between two reads of a response
DEFAULT_MAX_BYTES = 5_000_000  # a news page is well under 1 MB; a feed rarely over 2 MB
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
TRANSIENT_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL that could not be fetched. `reason` is short (`http-404`, `timeout`, `too-large`,
    `robots`, `network`); `transient` failures are worth trying again in a later round."""

    def __init__(self, url: str, reason: str, detail: str, *, transient: bool = False) -> None:
        super().__init__(f"{url}: {detail}")
        self.url = url
        self.reason = reason
        self.transient = transient


@dataclass(frozen=True)
class Fetched:
    """A response: `not_modified` when the server answered 304 to a conditional request."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    location: str | None = None  # a redirect's target, absolute

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Request:
    at: float  # the client's clock (monotonic seconds)
    url: str
    status: int | None  # None when no answer came


@dataclass
class PoliteClient:
    """Fetch pages one at a time, politely. Use as a context manager (it holds a connection pool)."""

    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    requests: list[Request] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _http: httpx.Client | None = None

    def __enter__(self) -> PoliteClient:
        import httpx

        self._http = httpx.Client(
            headers={"User-Agent": self.user_agent},
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,  # each hop is checked against robots.txt and the host delay
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    # --- robots.txt -----------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets wirewatch fetch `url` (read once per host per client).

        As RFC 9309 says: no robots.txt (a 4xx answer) allows everything; 401/403 and an
        unreachable robots.txt (5xx, no answer) allow nothing, for now."""
        key = _host_key(url)
        if key not in self._robots:
            self._robots[key] = self._read_robots(key)
        rules = self._robots[key]
        if rules is None:
            return False
        return rules.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        rules = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
        try:
            got = self._get(f"{host}/robots.txt", {})
        except FetchError as e:
            log.info("%s: robots.txt unreachable (%s); nothing fetched from this host", host, e)
            return None
        if got.status in (401, 403):
            rules.parse(["User-agent: *", "Disallow: /"])
        elif 400 <= got.status < 500:
            rules.parse([])  # no rules: everything allowed
        elif got.status >= 500:
            return None
        else:
            rules.parse(got.body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _host_delay(self, url: str) -> float:
        rules = self._robots.get(_host_key(url))
        crawl_delay = rules.crawl_delay(ROBOTS_AGENT) if rules is not None else None
        return max(self.delay, float(crawl_delay or 0))

    # --- requests -----------------------------------------------------------------------
    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
    ) -> Fetched:
        """GET `url` (following redirects), conditionally when validators are given; raises
        FetchError for a refusal by robots.txt, an error status, a timeout or a body over the cap."""
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise FetchError(url, "not-http", f"{scheme or 'no'} scheme; only http(s) URLs are fetched")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            if check_robots and not self.allowed(url):
                self.counts["robots"] += 1
                raise FetchError(url, "robots", "robots.txt does not allow wirewatch to fetch it")
            got = self._get(url, headers)
            if got.location is not None:
                url = got.location
                continue
            if got.status == 304:
                self.counts["not-modified"] += 1
                return got
            if got.status >= 400:
                raise FetchError(
                    url,
                    f"http-{got.status}",
                    f"HTTP {got.status}",
                    transient=got.status in TRANSIENT_STATUSES,
                )
            self.counts["fetched"] += 1
            return got
        raise FetchError(url, "redirects", f"more than {MAX_REDIRECTS} redirects")

    def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        """One request after the host's turn has come; a redirect comes back with its target
        in `location`, its body unread."""
        import httpx

        if self._http is None:
            raise RuntimeError("PoliteClient used outside its `with` block")
        self._wait_turn(url)
        record = Request(self.clock(), url, None)
        self.requests.append(record)
        try:
            with self._http.stream("GET", url, headers=headers) as response:
                record.status = response.status_code
                if response.status_code in REDIRECTS and "Location" in response.headers:
                    target = urljoin(url, response.headers.get("Location", ""))
                    return Fetched(url, response.status_code, b"", "", None, None, location=target)
                body = self._read_capped(url, response)
        except httpx.TimeoutException as e:
            self.counts["errors"] += 1
            raise FetchError(url, "timeout", f"no answer within {self.timeout:g} s", transient=True) from e
        except httpx.HTTPError as e:
            self.counts["errors"] += 1
            raise FetchError(url, "network", f"cannot fetch ({e})", transient=True) from e
        finally:
            self._last[_host_key(url)] = self.clock()
        return Fetched(
            url=url,
            status=response.status_code,
            body=body,
            content_type=response.headers.get("Content-Type", ""),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            self.counts["too-large"] += 1
            raise FetchError(
                url, "too-large", f"{int(declared):,} bytes is over the cap of {self.max_bytes:,}"
            )
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                self.counts["too-large"] += 1
                raise FetchError(
                    url, "too-large", f"over the cap of {self.max_bytes:,} bytes; not read further"
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        """Sleep until the host's delay has passed since the last request to it ended."""
        last = self._last.get(_host_key(url))
        if last is None:
            return
        wait = last + self._host_delay(url) - self.clock()
        if wait > 0:
            self.sleep(wait)


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def charset_of(content_type: str) -> str | None:
    """The charset a Content-Type names (`text/html; charset=ISO-8859-1` -> `iso-8859-1`)."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None
