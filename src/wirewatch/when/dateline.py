"""The publication date a dateline states, for articles that come without one.

Two forms are read, in the first lines of the text only:
- a line that is nothing but a full date ("Monday, March 27, 2006", "27 March 2006");
- a wire dateline "PLACE, Month D, YYYY (Agency) -".

A dateline without a year ("KYIV, Feb 24 (Reuters) -") takes the year of a reference
date known to be on or after publication, or the year before when the day would fall
after it (issue 11): the date in the article's URL ("/2022/02/24/", `url_date`), else the
one given for undated inputs (`wirewatch code --date`). Without a reference the year is
not guessed, and the article stays undated.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from wirewatch.when.normalise import scan
from wirewatch.when.words import load_time_words, patterns

# A dateline is among the first few non-empty lines (after a headline and a standfirst).
DATELINE_LINES = 4
# The longest date a dateline states ("Wednesday, September 30, 2026", with an agency
# name after it) fits in this many characters; nothing beyond needs scanning.
MAX_DATE_LINE_CHARS = 60
# "KYIV, " or "NEW YORK, ": the place of a wire dateline, in capitals, then a comma.
_WIRE_PLACE = re.compile(r"[A-Z][A-Z .'\u2019-]{1,40},\s*")
_LEFTOVER = re.compile(r"[\s,.;:()\-\u2013\u2014]*")
# What ends a dateline after its date: the agency in brackets, or a dash.
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:-|\u2013|\u2014)")
# A date in a URL's path: "/2022/02/24/", "/2022-02-24-", "/20220224/", or a month "/2022/02/".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)([-/]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")
# "/2019/nov/18/": a month written as a word (the time words' month table says which).
_URL_NAMED_DAY = re.compile(
    r"/((?:19|20)\d\d)/([a-z]{3,9})/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)", re.IGNORECASE
)


def dateline_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """The date of the article's dateline, or None when it has none.

    `reference`: a date on or after publication that gives the year to a dateline without
    one ("KYIV, Feb 24 -"); without it such a dateline gives None.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        day = _line_date(line)
        if day is not None:
            return day
    if reference is not None:
        for line in lines:
            day = _yearless_date(line, reference)
            if day is not None:
                return day
    return None


# How much of a record's free-form date field is read: a stamp with "Updated:" or "Posted on"
# before it and a clock time after fits; what follows is often a stray line of the article.
MAX_STATED_CHARS = 80


# A stamp's year set off by a dash after its day or month ("Sunday, November 27 - 2005 at 16:12",
# "9 March - 2019"): read as the comma it stands for. Only a field's stamp, not running text, where
# "March 9 - 2019" may be a range's end.
_DASHED_YEAR = re.compile(
    r"\b((?P<m1>[A-Za-z]+)\.?\s+\d{1,2}|\d{1,2}\s+(?P<m2>[A-Za-z]+)\.?)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)(?!\d)"
)


def _undashed(value: str) -> str:
    """`value` with a year set off by a dash after a month's name and day read as after a comma."""
    months = load_time_words().table("month")

    def comma(m: re.Match[str]) -> str:
        month = (m.group("m1") or m.group("m2")).lower()
        return f"{m.group(1)}, {m.group(4)}" if month in months else m.group(0)

    return _DASHED_YEAR.sub(comma, value)


def stated_date(value: str | None) -> dt.date | None:
    """The day a free-form date field states, when it is not ISO: "Sat Nov 12 2011, 01:19
    hrs", "Updated: November 11, 2011 20:09 IST", "Fri, 11 Nov 2011 09:56:00 GMT". The first
    date with a day, a month's name (or ISO digits) and a year, else a date in digits whose
    order is known (`_numeric_date`); None for a field that states none, or only numbers in an
    order that cannot be told ("4/9/2007" is April or September)."""
    if not value:
        return None
    value = _undashed(value)
    found = [f for f in scan(value[:MAX_STATED_CHARS], None) if f.kind == "date"]
    if found:
        return dt.date.fromisoformat(found[0].value.value)
    return _year_first_named(value[:MAX_STATED_CHARS]) or _numeric_date(value[:MAX_STATED_CHARS])


@functools.lru_cache(maxsize=1)
def _year_month_day() -> re.Pattern[str]:
    """ "2016 Oct 10", "2016 October 10th": a stamp's year, then a month's name, then the day."""
    return re.compile(
        rf"(?<![\d.:])(?P<y>(?:19|20)\d\d),?\s+(?P<m>{patterns().month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])",
        re.IGNORECASE,
    )


def _year_first_named(value: str) -> dt.date | None:
    """The first date a stamp writes year first with the month by name ("2016 Oct 10, 08:15"); a
    form of stamps, not of running text ("in 2016 October 10 people ..."), so read only here."""
    found = _year_month_day().search(value)
    if found is None:
        return None
    month = load_time_words().table("month").get(found.group("m").lower().rstrip("."))
    return _day(int(found.group("y")), int(month), int(found.group("d"))) if month else None


# Dates in digits alone, as scraped stamps give them, spaced or not ("2013 - 09 - 28",
# "2012.08.08", "14 / 09 / 2013", "11/28/05"): year first, or day and month in either order.
_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])")
_YEAR_LAST = re.compile(r"(?<![\d.:])(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*((?:19|20)?\d\d)(?![\d.:])")
# A two-digit year is of this century: "11/28/05" is 2005.
CENTURY = 2000


def _numeric_date(value: str) -> dt.date | None:
    """The first date in digits: year, month, day; or day and month in an order one of them
    settles by being over 12 ("14/09/2013", "11/28/05"), or that does not matter ("4/4/2012"),
    or that the stamp's time zone settles ("4/9/2007 6:04 PM EDT" is April, "... BST" is
    September: `time_words.tsv` kind zone). "4/9/2007" alone is April or September: None."""
    first = _YEAR_FIRST.search(value)
    if first is not None:
        return _day(int(first.group(1)), int(first.group(3)), int(first.group(4)))
    last = _YEAR_LAST.search(value)
    if last is None:
        return None
    a, b, year = int(last.group(1)), int(last.group(3)), int(last.group(4))
    year += CENTURY if year < 100 else 0
    if a > 12 >= b or a == b:
        return _day(year, b, a)
    if b > 12 >= a:
        return _day(year, a, b)
    order = _zone_order(value)
    if order == "month-first":
        return _day(year, a, b)
    if order == "day-first":
        return _day(year, b, a)
    return None


_ZONE = re.compile(r"(?<![A-Za-z])([A-Z]{2,4})(?![A-Za-z])")


def _zone_order(value: str) -> str | None:
    """The order of day and month that a time zone named in the stamp implies, if one is named."""
    zones = load_time_words().table("zone")
    orders = {zones[z.lower()] for z in _ZONE.findall(value) if z.lower() in zones}
    return orders.pop() if len(orders) == 1 else None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A URL holds no white space: spaces in one are a copy's or a tokeniser's ("http : / / paper.example /
# 2013 / 09 / 19 / story"), read as not there.
_URL_SPACE = re.compile(r"\s+")


def _unspaced(url: str) -> str:
    return _URL_SPACE.sub("", url)


def url_date(url: str | None) -> dt.date | None:
    """The date a URL's path states ("/2022/02/24/", "/2022/feb/24/"); a month ("/2022/02/") its last day."""
    if not url:
        return None
    url = _unspaced(url)
    day = url_day(url)
    if day is not None:
        return day
    month = _URL_MONTH.search(url)
    if month is None:
        return None
    year, number = int(month.group(1)), int(month.group(2))
    first_of_next = dt.date(year + number // 12, number % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def url_day(url: str | None) -> dt.date | None:
    """The day a URL's path states in full ("/2022/02/24/", "/2022-02-24-", "/2022/feb/24/"), else None;
    spaces in it are read as not there (`_unspaced`)."""
    if not url:
        return None
    url = _unspaced(url)
    found = _URL_DAY.search(url)
    if found is not None:
        return _day(int(found.group(1)), int(found.group(3)), int(found.group(4)))
    named = _URL_NAMED_DAY.search(url)
    month_number = load_time_words().table("month").get(named.group(2).lower()) if named else None
    if named is None or month_number is None:
        return None
    return _day(int(named.group(1)), int(month_number), int(named.group(3)))


def on_or_before(reference: dt.date, month: int, day: int) -> dt.date | None:
    """The latest `month`/`day` on or before `reference` (None for a day no year has)."""
    for year in (reference.year, reference.year - 1, reference.year - 2, reference.year - 3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February: an earlier leap year
        if candidate <= reference:
            return candidate
    return None


@functools.lru_cache(maxsize=1)
def _month_day() -> re.Pattern[str]:
    month = patterns().month
    return re.compile(
        rf"(?:(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{month})\.?)(?:st|nd|rd|th)?\b",
        re.IGNORECASE,
    )


def _yearless_date(line: str, reference: dt.date) -> dt.date | None:
    """ "KYIV, Feb 24 (Reuters) -": a wire dateline's day and month, in the reference's year."""
    place = _WIRE_PLACE.match(line)
    if place is None:
        return None
    found = _month_day().match(line, place.end())
    if found is None or not _DATELINE_END.match(line, found.end()):
        return None
    words = load_time_words().table("month")
    month = int(words[(found.group("m") or found.group("m2")).lower().rstrip(".")])
    return on_or_before(reference, month, int(found.group("d") or found.group("d2")))


def _line_date(line: str) -> dt.date | None:
    place = _WIRE_PLACE.match(line)
    if place is None and len(line) > MAX_DATE_LINE_CHARS:
        return None  # a line that is only a date is short; don't scan a paragraph
    body = line[place.end() :] if place else line
    found = scan(body[:MAX_DATE_LINE_CHARS], None)
    if not found or found[0].kind != "date" or found[0].start != 0:
        return None
    rest = body[found[0].end :]
    if place is None and not _LEFTOVER.fullmatch(rest):
        return None  # a sentence that starts with a date is not a dateline
    return dt.date.fromisoformat(found[0].value.value)
