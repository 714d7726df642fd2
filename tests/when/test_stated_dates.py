"""A record's date field in a free form, as scraped pages and feeds give it (issue 11). No model."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.ingest.prepare import parse_date, prepare
from wirewatch.ingest.readers import RawRecord
from wirewatch.model import Article
from wirewatch.settings import Settings
from wirewatch.when.dateline import stated_date

BODY = (
    "Firefighters battled a blaze at a warehouse on the edge of the city for most of the night, "
    "and the fire service said on Saturday that no one had been hurt and the cause was not yet known."
)


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("Sat Mar 9 2019, 07:40 hrs", dt.date(2019, 3, 9)),
        ("Updated: March 9, 2019 19:02 IST", dt.date(2019, 3, 9)),
        ("Sat, 09 Mar 2019 07:40:00 GMT", dt.date(2019, 3, 9)),
        ("Posted on 9th March 2019 at 7.40am", dt.date(2019, 3, 9)),
        ("SATURDAY, MARCH 9, 2019, 7:40 AM", dt.date(2019, 3, 9)),
        ("First posted March 8, 2019; updated March 9, 2019", dt.date(2019, 3, 8)),
        # a stamp with its year after a dash (issue 11: "Sunday, November 27 - 2005 at 16 : 12"
        # left an article undated)
        ("Saturday, March 9 - 2019 at 07:40", dt.date(2019, 3, 9)),
        ("Sat, 9 March - 2019", dt.date(2019, 3, 9)),
    ],
)
def test_a_free_form_field_states_its_day(field: str, day: dt.date) -> None:
    assert stated_date(field) == day
    assert parse_date(field) == day


@pytest.mark.parametrize("field", ["3/9/2019 7:40 PM", "Mar 9, 7:40 PM", "March 2019", "a week ago", ""])
def test_a_field_without_a_whole_day_in_a_readable_order_states_none(field: str) -> None:
    assert stated_date(field) is None


def test_an_iso_field_is_read_as_before() -> None:
    assert parse_date("2019-03-09T07:40:00Z") == dt.date(2019, 3, 9)


def test_prepare_dates_a_record_by_its_free_form_field() -> None:
    raw = RawRecord(origin="x", body=BODY, kind="text", date="Updated: March 9, 2019 19:02 IST")
    article = prepare(raw, Settings())
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (dt.date(2019, 3, 9), "record")


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("Released 2019 - 03 - 09 07 : 40 : 00 GMT", dt.date(2019, 3, 9)),
        ("Published : 2019.03.09 07 : 40 AM", dt.date(2019, 3, 9)),
        ("Last updated 07 : 40 23 / 03 / 2019", dt.date(2019, 3, 23)),
        ("Posted 03 / 23 / 19 07 : 40 PM", dt.date(2019, 3, 23)),
        ("03 / 03 / 2019", dt.date(2019, 3, 3)),
    ],
)
def test_a_date_in_digits_is_read_when_its_order_is_known(field: str, day: dt.date) -> None:
    """Year first, or a day over 12 that tells day from month, or day and month alike (issue 11)."""
    assert parse_date(field) == day


@pytest.mark.parametrize("field", ["Posted 03 / 09 / 2019 07 : 40 PM", "Record 19 - 2 - 1 in 2019"])
def test_a_date_in_digits_in_an_unknown_order_is_none(field: str) -> None:
    assert parse_date(field) is None


@pytest.mark.parametrize(
    ("field", "day"),
    [
        # a US zone: month first ("Updated 4/9/2007 6:04 PM" left an article undated)
        ("Updated 4 / 9 / 2007 6 : 04 PM EDT", dt.date(2007, 4, 9)),
        ("Posted at 3:21 PM ET, 01/5/2011", dt.date(2011, 1, 5)),
        ("8:13 AM PDT 8/2/2013", dt.date(2013, 8, 2)),
        # a British or Australian zone: day first
        ("Updated 4/9/2007 18:04 BST", dt.date(2007, 9, 4)),
        ("4/9/2007 6:04pm AEST", dt.date(2007, 9, 4)),
    ],
)
def test_a_stamps_time_zone_settles_the_order_of_day_and_month(field: str, day: dt.date) -> None:
    assert stated_date(field) == day


@pytest.mark.parametrize(
    "field",
    [
        "Updated 4/9/2007 6:04 PM",  # no zone: either order
        "4/9/2007 6:04 PM EDT / 11:04 PM BST",  # zones of both orders
        "4/9/2007 6:04 PM GMT",  # used by sites everywhere
    ],
)
def test_a_stamp_without_one_orders_zone_stays_unread(field: str) -> None:
    assert stated_date(field) is None


@pytest.mark.parametrize(
    ("field", "day"),
    [
        # a stamp written year first with the month by name (issue 11 part 6: "YYYY Mon D" was unread)
        ("2019 Mar 9", dt.date(2019, 3, 9)),
        ("2019 March 9th, 07:40 GMT", dt.date(2019, 3, 9)),
        ("Posted 2019 SEPT. 30 | 11:05pm", dt.date(2019, 9, 30)),
    ],
)
def test_a_stamp_with_its_year_first_and_a_named_month_states_its_day(field: str, day: dt.date) -> None:
    assert parse_date(field) == day


@pytest.mark.parametrize(
    ("field", "day"),
    [
        # the shapes wire and broadcast sites print: weekday and a bar, the clock first, capitals
        # with a dot, a clock with seconds and its meridiem last, a timestamp with micro-seconds
        ("Sat Mar 9, 2019 | 7:40am EST", dt.date(2019, 3, 9)),
        ("7:40 AM ET, Sat March 9, 2019", dt.date(2019, 3, 9)),
        ("7:40 PM, Mar 9, 2019", dt.date(2019, 3, 9)),
        ("MAR. 9, 2019, 7:40 AM EST", dt.date(2019, 3, 9)),
        ("March 9, 2019 7:40:12 EST PM", dt.date(2019, 3, 9)),
        ("2019-03-09 07:40:12.123456-05", dt.date(2019, 3, 9)),
    ],
)
def test_common_news_stamp_shapes_state_their_day(field: str, day: dt.date) -> None:
    assert parse_date(field) == day


@pytest.mark.parametrize("field", ["2019 Mar 32", "2019 people in March", "Mar 2019 9 votes", "2019 May"])
def test_a_year_first_look_alike_that_is_no_day_stays_unread(field: str) -> None:
    """Negative: a day no month has, a count, or a month without its day is not a day."""
    assert parse_date(field) is None


def test_an_unreadable_field_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    raw = RawRecord(origin="feed:7", body=BODY, kind="text", date="sometime last spring")
    with caplog.at_level("WARNING"):
        article = prepare(raw, Settings())
    assert isinstance(article, Article)
    assert article.published is None
    assert "feed:7: unreadable date 'sometime last spring' ignored" in caplog.text
