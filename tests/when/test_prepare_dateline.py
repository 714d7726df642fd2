"""The publication date of an undated input from its year-less dateline (issue 11). No model."""

from __future__ import annotations

import datetime as dt

from wirewatch.ingest.prepare import prepare
from wirewatch.ingest.readers import RawRecord
from wirewatch.model import Article
from wirewatch.settings import Settings

TEXT = (
    "KYIV, Feb 24 (Reuters) - Russia launched a military assault on Ukraine before dawn on Thursday, "
    "striking cities across the country. Ukraine's president declared martial law and urged citizens "
    "to stay at home, and the government said it was breaking off relations with Moscow."
)


def _prepared(url: str | None = None, default_date: dt.date | None = None) -> Article:
    raw = RawRecord(origin="test", body=TEXT, kind="text", url=url)
    article = prepare(raw, Settings(), default_date=default_date)
    assert isinstance(article, Article)
    return article


def test_the_year_comes_from_the_url() -> None:
    article = _prepared(url="https://news.example/2022/02/24/invasion")
    assert (article.published, article.published_from) == (dt.date(2022, 2, 24), "dateline")


def test_the_year_comes_from_the_date_given_for_undated_inputs() -> None:
    article = _prepared(default_date=dt.date(2023, 1, 15))
    assert (article.published, article.published_from) == (dt.date(2022, 2, 24), "dateline")


def test_without_a_reference_the_article_stays_undated() -> None:
    article = _prepared()
    assert article.published is None and article.published_from is None


PLAIN = (
    "The finance minister presented the budget to parliament on Tuesday, and the opposition walked "
    "out of the chamber in protest at the cuts to regional hospitals."
)


def _page(meta_date: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{meta_date}">'
        "<title>Budget day</title></head><body><article>"
        f"<p>{PLAIN}</p><p>{PLAIN.replace('Tuesday', 'Wednesday')}</p></article></body></html>"
    )


def test_a_text_with_no_dateline_takes_the_day_its_url_states() -> None:
    raw = RawRecord(origin="test", body=PLAIN, kind="text", url="https://paper.example/2020/mar/10/budget")
    article = prepare(raw, Settings())
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (dt.date(2020, 3, 10), "url")


def test_a_page_date_far_from_its_url_day_gives_way_to_the_url() -> None:
    """A page's metadata can carry some other date of the story; the URL's day is the publication's."""
    raw = RawRecord(
        origin="test", body=_page("2020-01-02"), kind="html", url="https://paper.example/2020/mar/10/budget"
    )
    article = prepare(raw, Settings())
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (dt.date(2020, 3, 10), "url")


def test_a_page_date_a_day_from_its_url_day_is_kept() -> None:
    raw = RawRecord(
        origin="test", body=_page("2020-03-11"), kind="html", url="https://paper.example/2020/mar/10/budget"
    )
    article = prepare(raw, Settings())
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (dt.date(2020, 3, 11), "html")


def test_a_url_written_with_spaces_still_dates_an_undated_text() -> None:
    """A URL copied with spaces round its slashes and hyphens (as a tokenised corpus writes it)
    states its day all the same."""
    url = "http : / / paper.example / 2019 / 05 / 21 / council - votes - budget /"
    article = prepare(RawRecord(origin="test", body=PLAIN, kind="text", url=url), Settings())
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (dt.date(2019, 5, 21), "url")


def test_a_spaced_url_with_a_month_only_gives_the_year_to_a_dateline() -> None:
    article = _prepared(url="http : / / news.example / 2022 / 03 / kyiv - assault")
    assert (article.published, article.published_from) == (dt.date(2022, 2, 24), "dateline")


def test_a_spaced_url_without_a_date_leaves_the_text_undated() -> None:
    """Negative: numbers in a spaced URL that are no date (an id, a count) date nothing."""
    url = "http : / / paper.example / story / 2019 - 5521 - council - votes"
    article = prepare(RawRecord(origin="test", body=PLAIN, kind="text", url=url), Settings())
    assert isinstance(article, Article)
    assert article.published is None
