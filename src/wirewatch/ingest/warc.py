"""WARC (web archive) files -> raw records: one per HTTP response that holds HTML.

Requests, metadata and non-HTML responses are skipped and counted (into the counter that
`counting_skipped` installs, for the `code` summary, and in the log). A broken record is a
`Rejection` naming the file and the record's byte offset; reading resumes at the next
record start found after it (the next gzip member, or the next `WARC/1.` line).
"""

from __future__ import annotations

import hashlib
import io
import logging
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from wirewatch.ingest.readers import HTML_SIZE_FACTOR, RawRecord, Read, decode_text, too_large
from wirewatch.model import Rejection, bytes_id

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b\x08"
# warcio raises these for bad gzip, bad headers and cut-off records.
BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, OSError, ValueError)

# Where skipped records are counted for the caller (batch.code_inputs' summary); the readers
# between it and read_warc pass nothing through, so the counter rides in a context variable.
_SKIPPED: ContextVar[Counter[str] | None] = ContextVar("wirewatch_warc_skipped", default=None)


@contextmanager
def counting_skipped(counter: Counter[str]) -> Iterator[Counter[str]]:
    """While active, every WARC record read that is not an article adds 1 to `counter[kind]`."""
    token = _SKIPPED.set(counter)
    try:
        yield counter
    finally:
        _SKIPPED.reset(token)


def looks_like_warc(data: bytes) -> bool:
    """A (gzipped) web archive by its first bytes, for input with no name (standard input)."""
    head = data[:64]
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


@dataclass
class Skipped:
    """Records that are not articles, by kind (`request`, `response (image/png)`, ...)."""

    counts: dict[str, int]

    def add(self, kind: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1


def read_warc(data: bytes, *, origin: str, max_chars: int) -> Iterator[Read]:
    """Every HTML response in a (gzipped) WARC as a record; broken records as rejections."""
    skipped = Skipped({})
    if data.startswith(GZIP_MAGIC):
        yield from _read_members(data, origin, max_chars, skipped)
    else:
        start = 0
        while start < len(data):
            resume = yield from _read_from(data, start, origin, max_chars, skipped)
            if resume is None:
                break
            start = resume
    if skipped.counts:
        counter = _SKIPPED.get()
        if counter is not None:
            counter.update(skipped.counts)
        total = sum(skipped.counts.values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(skipped.counts.items()))
        log.info("%s: %d WARC records skipped, not HTML responses (%s)", origin, total, kinds)


def _read_members(data: bytes, origin: str, max_chars: int, skipped: Skipped) -> Iterator[Read]:
    """A gzipped WARC holds one record per gzip member: each member is checked with zlib
    before warcio reads it, so a member that does not decompress is rejected at its own offset
    (warcio may otherwise read on into the garbage, or stop without an error) and reading goes
    on at the next member."""
    start: int | None = 0
    while start is not None and start < len(data):
        member = zlib.decompressobj(wbits=31)
        try:
            member.decompress(data[start:])
            if not member.eof:
                raise EOFError("the gzip member is cut off")
        except (zlib.error, EOFError) as e:
            yield _broken(data, origin, start, e)
            start = _next_start(data, start + 1)
            continue
        end = len(data) - len(member.unused_data)
        yield from _read_from(data[:end], start, origin, max_chars, skipped)
        start = end


def _read_from(
    data: bytes, start: int, origin: str, max_chars: int, skipped: Skipped
) -> Generator[Read, None, int | None]:
    """Read records from `start`; on a broken one yield its rejection and return where to
    resume (None at the end of the file)."""
    iterator = ArchiveIterator(io.BytesIO(data[start:]), arc2warc=True)
    expected = start  # where the next record should begin
    try:
        for record in iterator:
            page = _html_response(record, skipped)
            # warcio knows a record's offset and length only once it has been read.
            offset = start + iterator.get_record_offset()
            expected = offset + iterator.get_record_length()
            if page is not None:
                yield _article(page, f"{origin} @ offset {offset}", max_chars)
    except BROKEN as e:
        # An uncompressed record's length leaves out the blank lines that end it.
        while data.startswith(b"\r\n", expected):
            expected += 2
        yield _broken(data, origin, expected, e)
        return _next_start(data, expected + 1)
    while data.startswith(b"\r\n", expected):
        expected += 2
    if data[expected:].strip():
        # warcio can stop without an error where a gzip member decompresses to garbage: what
        # follows is no record it could read, so it is rejected and reading resumes after it.
        yield _broken(data, origin, expected, EOFError("no readable WARC record here"))
        return _next_start(data, expected + 1)
    return None


@dataclass(frozen=True)
class Page:
    """An HTML response as archived."""

    url: str | None
    record_id: str
    crawled: str | None
    body: bytes


def _html_response(record: ArcWarcRecord, skipped: Skipped) -> Page | None:
    """The page in one WARC record, or None (counted) when it is not an HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        skipped.add(record.rec_type or "unknown")
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        skipped.add(f"response ({content_type.split(';')[0].strip() or 'no type'})")
        return None
    return Page(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
        crawled=record.rec_headers.get_header("WARC-Date"),
        body=record.content_stream().read(),
    )


def _article(page: Page, where: str, max_chars: int) -> Read:
    text = decode_text(page.body, where)
    if isinstance(text, Rejection):
        return text
    if len(text) > max_chars * HTML_SIZE_FACTOR:
        return too_large(where, text, len(text), max_chars * HTML_SIZE_FACTOR)
    return RawRecord(
        origin=where,
        body=text,
        kind="html",
        record_id=warc_article_id(page.url or "", page.record_id),
        url=page.url,
        crawled=page.crawled,
    )


def warc_article_id(url: str, record_id: str) -> str:
    """Stable id from the target URL and the WARC record id (same archive, same ids)."""
    key = f"{url}\n{record_id}".encode()
    return f"w{hashlib.sha1(key).hexdigest()[:16]}"


def _broken(data: bytes, origin: str, offset: int, error: BaseException) -> Rejection:
    where = f"{origin} @ offset {offset}"
    reason = str(error) or type(error).__name__
    return Rejection(
        bytes_id(data[offset : offset + 4096] + where.encode()),
        where,
        "warc",
        f"{where}: broken WARC record ({reason}); the rest of the file is read",
    )


def _next_start(data: bytes, after: int) -> int | None:
    """Where the next record may begin after `after`: a gzip member or a `WARC/1.` line."""
    gz = data.startswith(GZIP_MAGIC)
    marker = GZIP_MAGIC if gz else b"\nWARC/1."
    found = data.find(marker, after)
    if found < 0:
        return None
    return found if gz else found + 1
