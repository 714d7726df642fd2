"""The dateline of an article: where the reporter filed from, never an actor.

"PRETORIA, Nov 2 (Reuters) -", "LE BOURGET, France (Reuters) -", "WASHINGTON (AP) —": a
run of capitalised words at the start of one of the first lines, then the date, a region,
the agency, and a dash, a colon or the agency's bracket. The whole dateline is no actor;
its place is a place ("KHARTOUM" is where the story was filed, not Sudan's government).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from wirewatch.doctools import doc_text

# A dateline sits in the first lines of the article (as the place stage reads it too).
DATELINE_CHARS = 400
_PLACE = re.compile(r"[A-Z][A-Z'\u2019.\-]*[A-Z.](?:[ \t]+[A-Z][A-Z'\u2019.\-]*[A-Z.]){0,3}")
# After the place: an optional ", date or region" part, an optional "(Agency)", then a dash
# (a hyphen only after a space: "US-China talks" is no dateline); or the agency's bracket
# closes it ("KYIV, Feb 24 (Reuters) Russia launched").
_REST = re.compile(
    r"(?:[ \t]*,[^\n()]{1,60}?)?"
    r"(?:[ \t]*\([^()\n]{1,40}\)(?:[ \t]*(?:-+|[\u2013\u2014]+))?|[ \t]+-+|[ \t]*[\u2013\u2014]+)"
)


@dataclass(frozen=True)
class Dateline:
    place: SpacySpan  # the place's words ("LE BOURGET")
    whole: SpacySpan  # the whole dateline, agency and dash included


def find_dateline(doc: Doc) -> Dateline | None:
    """The article's dateline, if its first lines have one."""
    text = doc_text(doc)
    for line_start in _line_starts(text[:DATELINE_CHARS]):
        place = _PLACE.match(text, line_start)
        if place is None:
            continue
        rest = _REST.match(text, place.end())
        if rest is None:
            continue
        place_span = doc.char_span(place.start(), place.end(), alignment_mode="expand")
        whole = doc.char_span(place.start(), rest.end(), alignment_mode="expand")
        if place_span is not None and whole is not None and len(place_span):
            return Dateline(place_span, whole)
    return None


def _line_starts(head: str) -> list[int]:
    starts = [0] + [i + 1 for i, c in enumerate(head) if c == "\n"]
    return [i + len(head[i:]) - len(head[i:].lstrip(" \t")) for i in starts]
