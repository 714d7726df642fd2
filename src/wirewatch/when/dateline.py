"""The publication date a dateline states, for articles that come without one.

Two forms are read, in the first lines of the text only:
- a line that is nothing but a full date ("Monday, March 27, 2006", "27 March 2006");
- a wire dateline "PLACE, Month D, YYYY (Agency) -".
A dateline without a year ("KYIV, Feb 24 (Reuters) -") gives no date: the year is
not guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from wirewatch.when.normalise import scan

# A dateline is among the first few non-empty lines (after a headline and a standfirst).
DATELINE_LINES = 4
# The longest date a dateline states ("Wednesday, September 30, 2026", with an agency
# name after it) fits in this many characters; nothing beyond needs scanning.
MAX_DATE_LINE_CHARS = 60
# "KYIV, " or "NEW YORK, ": the place of a wire dateline, in capitals, then a comma.
_WIRE_PLACE = re.compile(r"[A-Z][A-Z .'\u2019-]{1,40},\s*")
_LEFTOVER = re.compile(r"[\s,.;:()\-\u2013\u2014]*")


def dateline_date(text: str) -> dt.date | None:
    """The date of the article's dateline, or None when it has none with a year."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        day = _line_date(line)
        if day is not None:
            return day
    return None


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
