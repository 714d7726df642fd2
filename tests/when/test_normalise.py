"""Temporal expressions resolved against the publication date the way news is written (issue 5)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirewatch.when.normalise import TimeValue, _rules, latest_weekday, normalise, scan, with_first_chars

WEDNESDAY = dt.date(2017, 11, 22)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("on Wednesday", "2017-11-22", "day"),  # the paper's own weekday is that day
        ("on Monday", "2017-11-20", "day"),
        ("Thursday night", "2017-11-16", "day"),  # the latest Thursday on or before
        ("yesterday", "2017-11-21", "day"),
        ("this week", "2017-W47", "week"),
        ("last week", "2017-W46", "week"),
        ("this weekend", "2017-W46", "week"),  # the latest weekend, as a weekday is the latest one
        ("last month", "2017-10", "month"),
        ("next month", "2017-12", "month"),
        ("in March", "2017-03", "month"),
        ("in December", "2016-12", "month"),  # not yet December: the last one
        ("back in 1960", "1960", "year"),
        ("earlier this year", "2017", "year"),
        ("last year", "2016", "year"),
        ("three years ago", "2014", "year"),
        ("just over 24 hours ago", "2017-11-21", "day"),  # whole days back from the paper's date
        ("six hours ago", "2017-11-22", "day"),
        ("last summer", "2017-SU", "season"),
        ("the 1960s", "196X", "decade"),
        ("the seventies", "197X", "decade"),
        ("the 19th century", "18XX", "century"),
        ("the next Tuesday", "2017-11-28", "day"),
        ("last Wednesday", "2017-11-15", "day"),
        ("November 20", "2017-11-20", "day"),
        ("Jan. 3", "2018-01-03", "day"),  # a day of a month: the nearest such date
        ("on Monday, November 6", "2017-11-06", "day"),  # the written day, not the paper's Monday
        ("Monday 6 November", "2017-11-06", "day"),
        ("Monday, March 27, 2006", "2006-03-27", "day"),
        ("27 March 2006", "2006-03-27", "day"),
        ("in March 2015", "2015-03", "month"),  # a month stays a month: no day invented
        ("2019-04-01", "2019-04-01", "day"),
        ("on 9/14/16", "2016-09-14", "day"),  # digits in American order: month, day, year
        ("04/30/2009", "2009-04-30", "day"),
        ("on 3/8/98", "1998-03-08", "day"),  # a two-digit year not past publication
        ("31/1/2015", "2015-01-31", "day"),  # a first number over 12 is a day
    ],
)
def test_expressions(text: str, value: str, precision: str) -> None:
    assert normalise(text, WEDNESDAY) == TimeValue(value, precision)


def test_this_past_week_is_the_seven_days_up_to_publication() -> None:
    # In a Sunday paper the week just ending, not the calendar week before it ("last week").
    sunday = dt.date(2019, 3, 17)
    assert normalise("this past week", sunday) == TimeValue("2019-W11", "week")
    assert normalise("over the past week", sunday) == TimeValue("2019-W11", "week")
    assert normalise("last week", sunday) == TimeValue("2019-W10", "week")
    # Early in the week most of those seven days lie in the week before.
    assert normalise("this past week", dt.date(2019, 3, 19)) == TimeValue("2019-W11", "week")
    assert normalise("this past weekend", dt.date(2019, 3, 18)) == TimeValue("2019-W11", "week")


def test_the_season_after_a_preposition_is_the_latest_such_season() -> None:
    found = scan("During the summer, the mayor flew to Lisbon.", dt.date(2019, 10, 2))
    assert [f.value for f in found] == [TimeValue("2019-SU", "season")]
    assert [f.value for f in scan("in the winter", dt.date(2019, 10, 2))] == [TimeValue("2018-WI", "season")]
    assert scan("the summer reading list", dt.date(2019, 10, 2)) == []


def test_without_a_publication_date_only_absolute_expressions_resolve() -> None:
    assert normalise("on Monday", None) is None
    assert normalise("last month", None) is None
    assert normalise("back in 1960", None) == TimeValue("1960", "year")
    assert normalise("April 12, 1981", None) == TimeValue("1981-04-12", "day")


def test_impossible_dates_and_durations_have_no_value() -> None:
    assert normalise("February 30, 2017", WEDNESDAY) is None
    assert normalise("for 15 years", WEDNESDAY) is None
    assert normalise("24 hours", WEDNESDAY) is None
    assert normalise("won a 2/3 majority", WEDNESDAY) is None  # two parts: a fraction, not a date
    assert normalise("13/14/2015", WEDNESDAY) is None


def test_a_plural_unit_after_a_direction_word_is_no_one_unit() -> None:
    # dates46 (issue 11): "over the past months" read as last month dated an act of several months
    # to one; with no count, a plural unit up to or from publication is a span no one unit dates.
    assert normalise("over the past months", WEDNESDAY) is None
    assert normalise("in the coming weeks", WEDNESDAY) is None
    assert normalise("over the past month", WEDNESDAY) == TimeValue("2017-10", "month")
    assert normalise("this years festival", WEDNESDAY) == TimeValue("2017", "year")  # a slip for "year's"


def test_a_range_is_two_expressions() -> None:
    found = scan("from January 23 to March 9 2014", dt.date(2014, 1, 28))
    assert [(f.value.value, f.start) for f in found] == [("2014-01-23", 5), ("2014-03-09", 19)]


@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 1, 1)), st.integers(0, 6))
def test_a_weekday_is_the_latest_such_day_on_or_before(anchor: dt.date, weekday: int) -> None:
    day = latest_weekday(anchor, weekday)
    assert day.weekday() == weekday and 0 <= (anchor - day).days <= 6


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_written_date_reads_back(day: dt.date) -> None:
    assert normalise(f"{day:%B} {day.day}, {day.year}", None) == TimeValue(day.isoformat(), "day")


def test_first_character_look_ahead_keeps_every_match() -> None:
    """The look-ahead put before each pattern turns positions away sooner, never a match: every
    pattern finds the same spans with and without it, in text of odd capitals, digits of another
    script and letters that fold to ASCII ones (the long s, the Kelvin sign)."""
    text = (
        "On Wednesday, ſeptember 5, 2012 the talks resumed; ＭＡＲＣＨ 2019 and ١٩٩٩ were quieter. "
        "Three days ago, in early December 2020, the \u212aenyan envoy left; late in the 1990s and by "
        "the end of the year, the 21st century's first truce held. 2021-06-04, 3rd of May 2001, May 3rd."
    )
    for _, pattern, _ in _rules():
        plain = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
        ahead = [m.span() for m in re.finditer(with_first_chars(pattern), text, re.IGNORECASE)]
        assert plain == ahead, pattern
    assert with_first_chars(r"\b(?:june|july)\b").startswith("(?=[j])")
    assert with_first_chars(r"(?:early\s+)?\d+") == r"(?=[\de])(?:early\s+)?\d+"
    assert with_first_chars(r"\b\w+") == r"\b\w+"  # a word character: no look-ahead to tell
