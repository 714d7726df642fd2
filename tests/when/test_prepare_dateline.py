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
