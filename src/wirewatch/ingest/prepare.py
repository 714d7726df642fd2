"""Raw record → clean `Article` (or a `Rejection` that says why not)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from wirewatch.errors import ExtractionError
from wirewatch.ingest.clean import clean_text
from wirewatch.ingest.controls import strip_controls
from wirewatch.ingest.language import english_ratio, looks_english
from wirewatch.ingest.readers import RawRecord
from wirewatch.model import Article, Rejection, text_article_id
from wirewatch.settings import Settings
from wirewatch.when.dateline import dateline_date, stated_date, url_date, url_day

log = logging.getLogger(__name__)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp), else the day a free-form date
    states ("Sat Nov 12 2011, 01:19 hrs", see `when.dateline.stated_date`); None when absent
    or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return stated_date(value)


def prepare(
    raw: RawRecord,
    settings: Settings,
    *,
    default_date: dt.date | None = None,
    default_source: str | None = None,
) -> Article | Rejection:
    """Extract (HTML), clean, check and identify one record."""
    raw = _without_controls(raw)
    title, body, url = raw.title, raw.body, raw.url
    published, published_from = parse_date(raw.date), "record"
    if raw.date and published is None:
        log.warning("%s: unreadable date %r ignored", raw.origin, raw.date)
    if raw.kind == "html":
        try:
            page = _extract(raw)
        except ExtractionError as e:
            return _reject(raw, body, "no-text", f"{raw.origin}: {e}")
        body, title, url = page.text, title or page.title, url or page.url
        if published is None and page.published is not None:
            published, published_from = page.published, "html"
            published, published_from = _url_day_over_page(raw, published, published_from, url)
    if published is None and parse_date(raw.listed) is not None:
        published, published_from = parse_date(raw.listed), "feed"
    article_id = raw.record_id or text_article_id(body)
    cleaned = clean_text(body, title=title)
    text = cleaned.text
    if not text.strip():
        return _reject(
            raw, body, "empty", f"{raw.origin}: nothing left after removing web debris", article_id=article_id
        )
    if len(text) > settings.max_chars:
        return _reject(
            raw,
            body,
            "too-large",
            f"{raw.origin}: {len(text):,} characters is over the size limit of "
            f"{settings.max_chars:,} (raise it with --max-chars)",
            article_id=article_id,
        )
    if not looks_english(text, min_ratio=settings.min_english_ratio):
        ratio, _ = english_ratio(text)
        return _reject(
            raw,
            body,
            "language",
            f"{raw.origin}: not English (English function words {ratio:.0%} of text); only English is coded",
            article_id=article_id,
        )
    if published is None:
        # A dateline without a year ("KYIV, Feb 24 -") takes the year of the URL's date,
        # else of the date given for undated inputs (issue 11).
        published, published_from = dateline_date(body, url_date(url) or default_date), "dateline"
    if published is None and url_day(url) is not None:
        published, published_from = url_day(url), "url"
    if published is None and default_date is not None:
        published, published_from = default_date, "cli"
    return Article(
        article_id=article_id,
        text=text,
        title=title or cleaned.title,
        url=url,
        source=raw.source or default_source,
        published=published,
        published_from=published_from if published else None,
        origin=raw.origin,
        removed=tuple((r.text, r.reason) for r in cleaned.removed),
        crawled=raw.crawled,
    )


def _without_controls(raw: RawRecord) -> RawRecord:
    """The record with control characters removed from its text and metadata (issue 12):
    the CLI's readers and the API both come through here."""
    return dataclasses.replace(
        raw,
        body=strip_controls(raw.body),
        record_id=_clean_field(raw.record_id),
        title=_clean_field(raw.title),
        url=_clean_field(raw.url),
        source=_clean_field(raw.source),
    )


def _clean_field(value: str | None) -> str | None:
    return None if value is None else strip_controls(value) or None


# A page's metadata date this many days away from the day its URL states is some other date
# on the page (htmldate's oldest-date search can pick a date the story quotes): the URL's wins.
URL_DAY_TOLERANCE = dt.timedelta(days=1)


def _url_day_over_page(
    raw: RawRecord, published: dt.date, published_from: str, url: str | None
) -> tuple[dt.date, str]:
    day = url_day(url)
    if day is None or abs(published - day) <= URL_DAY_TOLERANCE:
        return published, published_from
    log.info(
        "%s: the page's date %s is not the day its URL states (%s); the URL's is kept",
        raw.origin,
        published,
        day,
    )
    return day, "url"


def _extract(raw: RawRecord):  # type: ignore[no-untyped-def]
    from wirewatch.ingest.html import extract_html  # trafilatura is slow to import

    return extract_html(raw.body, url=raw.url)


def _reject(
    raw: RawRecord, body: str, reason: str, message: str, *, article_id: str | None = None
) -> Rejection:
    return Rejection(
        article_id=article_id or raw.record_id or text_article_id(body),
        origin=raw.origin,
        reason=reason,
        message=message,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        published=parse_date(raw.date),
    )
