"""Temporal expressions → calendar values, resolved the way news is written.

A value is TIMEX3-style: `2017-11-22` (day), `2017-W47` (ISO week), `2017-11` (month),
`2017-SU` (season), `2017` (year), `196X` (decade), `19XX` (century). Relative
expressions are resolved against the publication date: a bare weekday or month name is
the latest such day or month on or before it ("on Wednesday" in a Wednesday paper is
that day), a day of a month without a year is the nearest such date. Nothing is invented: a month stays
a month, a year a year; without a publication date a relative expression has no value.

`scan(text, anchor)` finds every expression in `text` (longest first, no overlaps) and
normalises it; `normalise(text, anchor)` is the value of the whole of `text`.
"""

from __future__ import annotations

import datetime as dt
import re
import re._constants as _constants  # the parse of a pattern, read by `with_first_chars`
import re._parser as _parser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from wirewatch.when.words import load_time_words, patterns

Precision = str  # day | week | month | season | year | decade | century
_ORD = r"(?:st|nd|rd|th)?"
# A day-of-month without a year is put in the year that brings it nearest to the
# publication date; more than this many days away would mean another year's date.
HALF_YEAR_DAYS = 183


@dataclass(frozen=True)
class TimeValue:
    value: str
    precision: Precision


@dataclass(frozen=True)
class Found:
    """One expression found by `scan`: offsets into the scanned text, its kind and value."""

    start: int
    end: int
    kind: str
    value: TimeValue
    match: re.Match[str]


Handler = Callable[[re.Match[str], dt.date | None], TimeValue | None]


# --- values -------------------------------------------------------------------------


def day_value(day: dt.date) -> TimeValue:
    return TimeValue(day.isoformat(), "day")


def week_value(day: dt.date) -> TimeValue:
    year, week, _ = day.isocalendar()
    return TimeValue(f"{year}-W{week:02d}", "week")


def month_value(year: int, month: int) -> TimeValue:
    return TimeValue(f"{year:04d}-{month:02d}", "month")


def year_value(year: int) -> TimeValue:
    return TimeValue(f"{year:04d}", "year")


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(m: re.Match[str]) -> int:
    return int(load_time_words().table("month")[m.group("m").lower().rstrip(".")])


def _weekday(word: str) -> int:
    return int(load_time_words().table("weekday")[word.lower()])


# --- absolute expressions ------------------------------------------------------------------


def _full_date(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    day = _safe_date(int(m.group("y")), _month(m), int(m.group("d")))
    return day_value(day) if day else None


def _iso_date(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    day = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return day_value(day) if day else None


# A two-digit year is the latest such year no later than this many years after publication (or
# of this century without one): "4/18/13" in a 2016 paper is 2013, "6/2/97" is 1997.
YEARS_AHEAD = 1


def _numeric(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    """ "4/18/13", "04/18/2013": month, day, year, as American news writes a date in digits (a first
    number over 12 can only be a day: "18/4/2013" is read day first)."""
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        latest = (anchor.year if anchor else 2000) + YEARS_AHEAD
        year += latest - latest % 100
        year -= 100 if year > latest else 0
    month, day = (second, first) if first > 12 else (first, second)
    found = _safe_date(year, month, day)
    return day_value(found) if found else None


def _month_year(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    return month_value(int(m.group("y")), _month(m))


def _season_year(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    code = load_time_words().table("season")[m.group("s").lower()].split(":")[0]
    return TimeValue(f"{int(m.group('y')):04d}-{code}", "season")


def _year(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    return year_value(int(m.group("y")))


# Prepositions after which "the summer" is a time of the narrative: "During the summer, Trump flew to
# Scotland"; elsewhere it is a noun of some other thing ("the summer reading list").
SEASON_PREPOSITIONS = frozenset({"in", "during", "over"})


def _the_season(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    """ "during the summer": the latest such season begun on or before publication, as a bare month
    is the latest such month ("this summer" without the word)."""
    before = m.string[: m.start()].split()
    if anchor is None or not before or before[-1].lower() not in SEASON_PREPOSITIONS:
        return None
    return _relative_season(anchor, load_time_words().table("season")[m.group("s").lower()], 0)


def _decade(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    return TimeValue(f"{m.group('dec')}X", "decade")


def _decade_word(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    first = int(load_time_words().table("decade")[m.group("dw").lower()])
    return TimeValue(f"{first // 10}X", "decade")


def _century(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    return TimeValue(f"{int(m.group('c')) - 1:02d}XX", "century")


# --- expressions relative to the publication date -------------------------------------------


def _nearest_day(anchor: dt.date, month: int, day: int) -> dt.date | None:
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    best = min(options, key=lambda d: abs((d - anchor).days), default=None)
    return best if best and abs((best - anchor).days) <= HALF_YEAR_DAYS else None


def _month_day(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    if anchor is None:
        return None
    day = _nearest_day(anchor, _month(m), int(m.group("d")))
    return day_value(day) if day else None


def month_day_value(m: re.Match[str], anchor: dt.date) -> TimeValue | None:
    """The day a month and day with no year of their own (`m`, a match of a "month_day" rule) name, in
    the year that brings it nearest `anchor`: the publication date, or a time the story set."""
    return _month_day(m, anchor)


def _bare_month(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    if anchor is None:
        return None
    # As with weekdays, news means the latest such month on or before publication.
    month = _month(m)
    return month_value(anchor.year if month <= anchor.month else anchor.year - 1, month)


def latest_weekday(anchor: dt.date, weekday: int, *, strictly_before: bool = False) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return anchor - dt.timedelta(days=back)


def next_weekday(anchor: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - anchor.weekday()) % 7 or 7
    return anchor + dt.timedelta(days=ahead)


def _bare_weekday(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    if anchor is None:
        return None
    return day_value(latest_weekday(anchor, _weekday(m.group("w"))))


def _day_word(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    if anchor is None:
        return None
    offset = int(load_time_words().table("day")[m.group("dw").lower()])
    return day_value(anchor + dt.timedelta(days=offset))


def _ago(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    count = load_time_words().number(m.group("n"))
    if anchor is None or count is None:
        return None
    unit = m.group("u").lower()
    if unit == "hour":
        # "just over 24 hours ago": the day it fell on, counting whole days back from the
        # publication date (its hour is unknown).
        return day_value(anchor - dt.timedelta(days=count // 24))
    if unit == "day":
        return day_value(anchor - dt.timedelta(days=count))
    if unit == "week":
        return week_value(anchor - dt.timedelta(weeks=count))
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, -count))
    return year_value(anchor.year - count)


def _edge(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    """ "the end of the year", "year-end", "the start of next month": the period's last or
    first day (a deadline or a starting point is a day, as TIMEX annotation writes it)."""
    if anchor is None:
        return None
    words = load_time_words()
    step = words.direction(m.group("dir")) if m.group("dir") else 0
    unit = m.group("u").lower()
    end = words.table("edge")[m.group("e").lower()] == "end"
    if unit == "year":
        year = anchor.year + step
        return day_value(dt.date(year, 12, 31) if end else dt.date(year, 1, 1))
    year, month = shift_month(anchor.year, anchor.month, step)
    if not end:
        return day_value(dt.date(year, month, 1))
    following = shift_month(year, month, 1)
    return day_value(dt.date(following[0], following[1], 1) - dt.timedelta(days=1))


def _relative(m: re.Match[str], anchor: dt.date | None) -> TimeValue | None:
    if anchor is None:
        return None
    words = load_time_words()
    step = words.direction(m.group("dir"))
    unit = m.group("u").lower()
    if step and unit in words.table("unit") and m.group(0).lower().endswith(PLURAL):
        return None  # "over the past months", "in the coming weeks": a span of units, no one of them
    if unit in words.table("weekday"):
        return _relative_weekday(anchor, _weekday(unit), step)
    if unit in words.table("month"):
        return _relative_month_name(anchor, int(words.table("month")[unit]), step)
    if unit in words.table("season"):
        return _relative_season(anchor, words.table("season")[unit], step)
    trailing = words.table("trailing").get(" ".join(m.group("dir").lower().split()))
    if trailing == "week" and unit.startswith(trailing):
        return trailing_week(anchor)
    return _relative_unit(anchor, unit, step)


# The ending of a plural unit of time ("months"): with a direction word and no count it is a span of
# several such units up to or from publication ("the past months"), which no one unit dates.
PLURAL = "s"
# The middle of the seven days up to publication, back from its day.
TRAILING_MIDDLE = 3


def trailing_week(anchor: dt.date) -> TimeValue:
    """The week of "this past week" ("the past week"): the seven days up to publication, dated by
    the calendar week holding most of them. In a Sunday paper that is the week ending that day, not
    the one before ("said this past week" on Sunday 9 October: 3-9 October); on a Tuesday it is the
    week before."""
    return week_value(anchor - dt.timedelta(days=TRAILING_MIDDLE))


# The first day of a weekend (0 = Monday).
SATURDAY = 5


def _relative_unit(anchor: dt.date, unit: str, step: int) -> TimeValue:
    if unit == "weekend" and step == 0:
        return latest_weekend(anchor)
    if unit in ("week", "weekend"):
        return week_value(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, step))
    if unit == "day":
        return day_value(anchor + dt.timedelta(days=step))
    return year_value(anchor.year + step)


def latest_weekend(anchor: dt.date) -> TimeValue:
    """ "This weekend" as news is written, like a weekday: the latest weekend on or before
    publication, dated by its week ("Ryan took issue this weekend" in a Wednesday paper is the
    Saturday and Sunday just gone, in the week before, not the coming one of the paper's week).
    In the future tense it is the coming one (see `when.find`)."""
    return week_value(latest_weekday(anchor, SATURDAY))


def _relative_weekday(anchor: dt.date, weekday: int, step: int) -> TimeValue:
    if step < 0:
        return day_value(latest_weekday(anchor, weekday, strictly_before=True))
    if step > 0:
        return day_value(next_weekday(anchor, weekday))
    return day_value(latest_weekday(anchor, weekday))


def _relative_month_name(anchor: dt.date, month: int, step: int) -> TimeValue:
    if step < 0:
        return month_value(anchor.year if month < anchor.month else anchor.year - 1, month)
    if step > 0:
        return month_value(anchor.year if month > anchor.month else anchor.year + 1, month)
    return month_value(anchor.year, month)


def _relative_season(anchor: dt.date, season: str, step: int) -> TimeValue:
    code, first = season.split(":")
    start = int(first)
    # A season is named by the year it starts in (winter 2022 = December 2022 to February 2023).
    year = anchor.year if anchor.month >= start else anchor.year - 1
    began = dt.date(year, start, 1)
    ended = _safe_date(*shift_month(year, start, 3), 1)
    if step < 0 and ended is not None and ended > anchor:
        year -= 1
    elif step > 0 and began <= anchor:
        year += 1
    return TimeValue(f"{year:04d}-{code}", "season")


# --- the patterns, longest and most specific first -----------------------------------------


def _rules() -> list[tuple[str, str, Handler]]:
    p = patterns()
    month, weekday = rf"(?P<m>{p.month})\.?", rf"(?:{p.weekday}),?\s+"
    return [
        ("date", rf"\b(?:{weekday})?{month}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})\b", _full_date),
        (
            "date",
            rf"\b(?:{weekday})?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{month},?\s+(?P<y>\d{{4}})\b",
            _full_date,
        ),
        ("date", r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b", _iso_date),
        # Month, day, year in digits with slashes; not a fraction or a score, which has two parts.
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", _numeric),
        ("month", rf"\b(?:(?:early|mid|late)[-\s]+)?{month},?\s+(?:of\s+)?(?P<y>\d{{4}})\b", _month_year),
        ("season", rf"\b(?P<s>{p.season})\s+(?:of\s+)?(?P<y>\d{{4}})\b", _season_year),
        ("season", rf"\bthe\s+(?P<s>{p.season})\b(?!\s+(?:of\s+)?\d)", _the_season),
        # A weekday before a month and day is part of it: "on Monday, May 6" is May 6, not this Monday.
        ("month_day", rf"\b(?:{weekday})?{month}\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*[:.]\d)", _month_day),
        ("month_day", rf"\b(?:{weekday})?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{month}\b", _month_day),
        ("ago", rf"\b(?P<n>{p.number}|\d+)\s+(?P<u>hour|day|week|month|year)s?\s+ago\b", _ago),
        (
            "edge",
            rf"\b(?P<e>{p.edge})\s+of\s+(?:the\s+|(?P<dir>{p.direction})\s+)(?P<u>month|year)\b",
            _edge,
        ),
        ("edge", r"\b(?P<dir>)(?P<u>month|year)[-\s](?P<e>end)\b", _edge),
        (
            "relative",
            rf"\b(?:(?:earlier|later|early|late)\s+)?(?P<dir>{p.direction})\s+"
            rf"(?P<u>day|weekend|week|month|year|{p.season}|{p.month}|{p.weekday})s?\b",
            _relative,
        ),
        ("day_word", r"\b(?P<dw>yesterday|today|tonight|tomorrow)\b", _day_word),
        ("decade", r"\b(?P<dec>1\d\d|20\d)0'?s\b", _decade),
        ("decade", rf"\b(?P<dw>{p.decade})\b", _decade_word),
        ("century", r"\b(?P<c>1\d|2[01])(?:st|nd|rd|th)\s+century\b", _century),
        ("weekday", rf"\b(?P<w>{p.weekday})\b", _bare_weekday),
        ("month_name", rf"\b(?P<m>{p.full_month})\b", _bare_month),
        ("year", r"(?<![\d.,$£€])\b(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]?\d)", _year),
    ]


_COMPILED: list[tuple[str, re.Pattern[str], Handler]] = []


def _compiled() -> list[tuple[str, re.Pattern[str], Handler]]:
    if not _COMPILED:
        _COMPILED.extend((k, re.compile(with_first_chars(rx), re.IGNORECASE), h) for k, rx, h in _rules())
    return _COMPILED


def with_first_chars(pattern: str) -> str:
    """`pattern` behind a look-ahead for the characters a match can start with, when they can be
    told: the same matches, found sooner. A pattern that starts with a word boundary and a list of
    words ("\\b(?:september|february|...)") is tried at every position of the text; the
    look-ahead turns most positions away on their first character (2-3 times faster over a news
    article, where these patterns were a tenth of the pipeline's own time)."""
    found = _first_of(_parser.parse(pattern, re.IGNORECASE).data)
    if found is None or found[1] or not found[0]:
        return pattern  # unknown, or a match may start anywhere
    return "(?=[" + "".join(sorted(found[0])) + "])" + pattern


_ZERO_WIDTH = frozenset({_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT})


def _first_of(items: Any) -> tuple[set[str], bool] | None:
    """(the character-class parts a match of the parsed sequence `items` can start with, whether
    it can match empty); None when the parse holds something this does not read."""
    chars: set[str] = set()
    for op, arg in items:
        found = _first_of_item(op, arg)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of_item(op: Any, arg: Any) -> tuple[set[str], bool] | None:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _constants.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is _constants.IN:
        chars = _charset(arg)
        return None if chars is None else (chars, False)
    if op is _constants.SUBPATTERN:
        return _first_of(arg[3])
    if op is _constants.BRANCH:
        found = [_first_of(branch) for branch in arg[1]]
        if any(f is None for f in found):
            return None
        return set().union(*(f[0] for f in found if f)), any(f[1] for f in found if f)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        inner = _first_of(arg[2])
        return None if inner is None else (inner[0], inner[1] or arg[0] == 0)
    return None


def _charset(members: Any) -> set[str] | None:
    parts: set[str] = set()
    for op, arg in members:
        if op is _constants.LITERAL:
            parts.add(re.escape(chr(arg)))
        elif op is _constants.RANGE:
            parts.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _constants.CATEGORY and arg is _constants.CATEGORY_DIGIT:
            parts.add(r"\d")  # any decimal digit, as the pattern's own \d reads it
        else:
            return None
    return parts


def _candidates(text: str) -> Iterator[tuple[int, int, int, str, re.Match[str], Handler]]:
    for priority, (kind, rx, handler) in enumerate(_compiled()):
        for m in rx.finditer(text):
            yield m.start(), -(m.end() - m.start()), priority, kind, m, handler


def scan(text: str, anchor: dt.date | None, *, offset: int = 0) -> list[Found]:
    """Every temporal expression in `text` with its value; offsets shifted by `offset`."""
    found: list[Found] = []
    taken_until = -1
    for start, neg_len, _, kind, m, handler in sorted(_candidates(text), key=lambda c: c[:3]):
        end = start - neg_len
        if start < taken_until:
            continue
        # The longest expression at a place wins even without a value: "February 30, 2017"
        # is a bad date, not the month of February.
        taken_until = end
        value = handler(m, anchor)
        if value is not None:
            found.append(Found(start + offset, end + offset, kind, value, m))
    return found


def normalise(text: str, anchor: dt.date | None) -> TimeValue | None:
    """The value of the first expression in `text`, or None."""
    found = scan(text, anchor)
    return found[0].value if found else None
