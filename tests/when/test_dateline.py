"""Publication dates from datelines (issue 5); a year-less dateline takes its reference year (issue 11)."""

from __future__ import annotations

import datetime as dt

from wirewatch.when.dateline import dateline_date, url_date, url_day


def test_a_date_line_under_the_headline() -> None:
    text = "Court allows the old rites\n\nMonday, March 27, 2006\n\nThe court ruled on the case."
    assert dateline_date(text) == dt.date(2006, 3, 27)


def test_a_wire_dateline_with_a_year() -> None:
    assert dateline_date("NEW YORK, May 2, 2019 (Reuters) - Talks resumed.") == dt.date(2019, 5, 2)


def test_a_wire_dateline_without_a_year_gives_no_date() -> None:
    assert dateline_date("KYIV, Feb 24 (Reuters) - Explosions were heard.") is None


def test_a_sentence_starting_with_a_date_is_not_a_dateline() -> None:
    assert dateline_date("On March 3, 2010 the army moved in.\nMore text.") is None
    assert dateline_date("March 3, 2010 was the day the army moved in.") is None


def test_only_the_first_lines_count() -> None:
    text = "Headline\nStandfirst\nFirst paragraph.\nSecond paragraph.\nJune 1, 2001\n"
    assert dateline_date(text) is None


def test_a_dateline_without_a_year_takes_the_reference_year() -> None:
    """Issue 11: "KYIV, Feb 24" with a URL or --date of that year is dated, not left undated."""
    text = "KYIV, Feb 24 (Reuters) - Explosions were heard."
    assert dateline_date(text, dt.date(2022, 2, 24)) == dt.date(2022, 2, 24)
    assert dateline_date(text, dt.date(2022, 11, 3)) == dt.date(2022, 2, 24)
    assert dateline_date("SUVA, 3 March (AP) \u2014 Rain fell.", dt.date(2020, 5, 1)) == dt.date(2020, 3, 3)


def test_a_dateline_after_the_reference_is_the_year_before() -> None:
    assert dateline_date("OSLO, Dec 30 (Reuters) - Snow fell.", dt.date(2021, 1, 4)) == dt.date(2020, 12, 30)


def test_a_year_stated_in_the_dateline_wins_over_the_reference() -> None:
    text = "NEW YORK, May 2, 2019 (Reuters) - Talks resumed."
    assert dateline_date(text, dt.date(2024, 1, 1)) == dt.date(2019, 5, 2)


def test_a_sentence_with_a_month_and_day_is_no_dateline() -> None:
    assert dateline_date("LONDON, March 3 was the day it began.", dt.date(2020, 5, 1)) is None


def test_the_date_of_a_url() -> None:
    assert url_date("https://news.example/2022/02/24/russia-invades") == dt.date(2022, 2, 24)
    assert url_date("https://news.example/world/2019/12/story") == dt.date(2019, 12, 31)
    assert url_date("https://news.example/2021-03-05-budget") == dt.date(2021, 3, 5)
    assert url_date("https://news.example/item/1234567") is None
    assert url_date(None) is None


def test_a_url_may_write_its_month_as_a_word() -> None:
    assert url_date("https://paper.example/world/2019/nov/18/cabinet-resigns") == dt.date(2019, 11, 18)
    assert url_day("https://paper.example/politics/2021/Sept/3/vote") == dt.date(2021, 9, 3)
    assert url_day("https://paper.example/2019/may/5") == dt.date(2019, 5, 5)


def test_only_a_month_word_names_a_month_in_a_url() -> None:
    """A path word that is no month ("/2019/news/18/") states no day; a month alone is no day."""
    assert url_day("https://paper.example/2019/news/18/budget") is None
    assert url_day("https://paper.example/world/2019/12/story") is None
    assert url_date("https://paper.example/2019/feb/30/story") is None
