"""The dateline of an article: where the reporter filed from, never an actor.

"PRETORIA, Nov 2 (Reuters) -", "LE BOURGET, France (Reuters) -", "WASHINGTON (AP) —": a
run of capitalised words at the start of one of the first lines, then the date, a region,
the agency, and a dash or the agency's bracket; or a place in title case, below a title line
too, before the agency's bracket and a dash ("Washington (AFP) –"). The whole dateline is no actor;
its place is a place ("KHARTOUM" is where the story was filed, not Sudan's government).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from wirewatch.doctools import doc_text
from wirewatch.where.dateline import dateline_matches

# A dateline sits in the first lines of the article (as the place stage reads it too).
DATELINE_CHARS = 400
# Room for the rest of a dateline that starts near the end of those lines.
DATELINE_TAIL = 120


@dataclass(frozen=True)
class Dateline:
    place: SpacySpan  # the place's words ("LE BOURGET")
    whole: SpacySpan  # the whole dateline, agency and dash included


def find_dateline(doc: Doc) -> Dateline | None:
    """The article's dateline, if its first lines have one (read as the place stage reads it:
    `where.dateline.dateline_matches`, so a title line above "Washington (AFP) –" hides none)."""
    text = doc_text(doc)
    for place_start, place_end, end in dateline_matches(text[: DATELINE_CHARS + DATELINE_TAIL]):
        if place_start >= DATELINE_CHARS:
            break
        place_span = doc.char_span(place_start, place_end, alignment_mode="expand")
        whole = doc.char_span(place_start, end, alignment_mode="expand")
        if place_span is not None and whole is not None and len(place_span):
            return Dateline(place_span, whole)
    return None
