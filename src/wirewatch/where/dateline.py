"""Datelines: where a story was filed, and which events may fall back on that place (issue 11).

A dateline is a line that starts with a place in capitals, then perhaps a date or a region
after a comma, perhaps the agency in brackets, and a dash or the agency's bracket: "KYIV,
Feb 24 (Reuters) -", "WASHINGTON (AP) —", "LE BOURGET, France —" ("UN, US and EU officials
met" is none; the actor stage reads datelines the same way, `actors.dateline`). It heads the
story below it, up to the next dateline (a digest of wire briefs has several); an event
before the first dateline (a headline) takes it when it is among the opening lines. The
dateline's place is a city ("WASHINGTON" is the capital, not the state; see `resolve`).

A live blog's dateline says where the blog is written, not where its entries happened, so
it places nothing: a live blog is an article whose opening lines say so ("Live updates",
`live_blog` in `data/where_event_words.tsv`) or whose entries start with clock times.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wirewatch.where.phrases import event_words

if TYPE_CHECKING:  # resolve reads the dateline spans: no import at run time
    from wirewatch.where.resolve import Toponym

# A dateline before the first event's story sits in the opening lines (a headline, a
# section label, a standfirst above it).
DATELINE_CHARS = 400
# "KYIV", "LE BOURGET", "BOGOTÁ", "RIO DE JANEIRO" at a line's start. Letters are checked
# for capitals after matching ("[^\W\d_]" is a letter of any script).
_WORD = r"[^\W\d_](?:[^\W\d_]|['.\u2019-])*"
# After the place: ", date or region", "(Agency)", then a dash (a hyphen only after a space:
# "US-China talks" is none), or the agency's bracket alone.
_REST = (
    r"(?:[ \t]*,[^\n()]{1,60}?)?"
    r"(?:[ \t]*\([^()\n]{1,40}\)(?:[ \t]*(?:-+|[\u2013\u2014]+))?|[ \t]+-+|[ \t]*[\u2013\u2014]+)"
)
_DATELINE = re.compile(rf"^[ \t]*(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?P<rest>{_REST})", re.MULTILINE)
# A place written in title case ("Washington (AFP) –", "Hong Kong (AFP) -", "Mannheim, Germany
# (Sports Network) -") heads a dateline only with the agency's bracket and a dash: a line that
# starts "Mehmet Oz —" or "Canada-EU failure" is none, nor one a party's bracket follows
# ("Senator Ruiz (D-Texas) -", "Ruiz (R) -": a hyphen or a single letter is no agency).
_AGENCY_REST = (
    r"(?:[ \t]*,[^\n()]{1,60}?)?"
    r"[ \t]*\([^\W\d_][^\W\d_ .&]+(?:[ .&]+[^\W\d_]+)*\)[ \t]*(?:-+|[\u2013\u2014]+)(?=[ \t])"
)
_TITLE_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?P<rest>{_AGENCY_REST})", re.MULTILINE
)
# How many opening lines may say "live updates".
LIVE_BLOG_LINES = 6
# A live blog's entries start with a clock time ("10:32 a.m. ET", "14:05", "3.15pm").
_CLOCK_LINE = re.compile(
    r"^[ \t]*(?:updated:?[ \t]+)?\d{1,2}(?::\d{2}(?![\d,])|\.\d{2}[ \t]*[ap]\.?m\b)",
    re.MULTILINE | re.IGNORECASE,
)
# This many entries make a live blog; an article may quote a time or two at a line's start.
LIVE_BLOG_CLOCK_LINES = 3


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dateline's place in `text`."""
    return [(start, end) for start, end, _ in dateline_matches(text)]


def dateline_matches(text: str) -> list[tuple[int, int, int]]:
    """(place start, place end, dateline end) of every dateline in `text`: its place in
    capitals ("KYIV, Feb 24 (Reuters) -"), or in title case before the agency's bracket."""
    found: dict[int, tuple[int, int, int]] = {}
    for match in _DATELINE.finditer(text):
        place = match.group("place")
        if place.isupper() and sum(c.isalpha() for c in place) >= 2:
            found[match.start("place")] = (match.start("place"), match.end("place"), match.end())
    for match in _TITLE_DATELINE.finditer(text):
        words = match.group("place").split()
        if match.start("place") not in found and all(w[0].isupper() for w in words):
            found[match.start("place")] = (match.start("place"), match.end("place"), match.end())
    return [found[start] for start in sorted(found)]


def is_live_blog(text: str) -> bool:
    """True when `text` reads as a live blog: its opening lines say so, or its entries
    start with clock times."""
    opening = " ".join(line.strip() for line in text.splitlines()[:LIVE_BLOG_LINES] if line.strip()).lower()
    if any(re.search(rf"\b{re.escape(words)}\b", opening) for words in event_words("live_blog")):
        return True
    return len(_CLOCK_LINE.findall(text)) >= LIVE_BLOG_CLOCK_LINES


def story_dateline(datelines: Sequence[Toponym], offset: int) -> Toponym | None:
    """The dateline of the story the character `offset` lies in: the last one before it,
    else the first one when it is among the opening lines (the event is in a headline)."""
    before = [d for d in datelines if d.start <= offset]
    if before:
        return before[-1]
    if datelines and datelines[0].start <= DATELINE_CHARS:
        return datelines[0]
    return None
