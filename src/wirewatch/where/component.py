"""Place each event: the place in its sentence where it happened, else the dateline's place.

A place where something happens is a toponym a preposition of place introduces
("talks in Moscow", "arrived at the ministry in Havana"); a place used as a government
("Moscow welcomed the plan") is an actor, not a location, and is never introduced so.
Among a sentence's places, an event takes the one its trigger (or the verb of a nominal
trigger) governs, else the one of the sentence's main verb (see `when.attach`). With
no place in the sentence, the event takes the dateline's ("MOSCOW (Reuters) -"), if any.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from wirewatch.doctools import doc_text
from wirewatch.model import Event, Location
from wirewatch.when.attach import assign
from wirewatch.where.gazetteer import Place, load_places
from wirewatch.where.resolve import Toponym, is_locative, resolve_toponyms

# What follows the place of a dateline: a comma and the date, the agency in brackets, a dash.
_AFTER_DATELINE = re.compile(r"\s*(?:,|\(|-|\u2013|\u2014)")
# A dateline sits in the first lines of the article.
DATELINE_CHARS = 400


def location(place: Place) -> Location:
    return Location(place.name, place.country, place.lat, place.lon)


def where_phrases(doc: Doc, toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms that name where something happens (not demonyms, not actors)."""
    out = []
    for t in toponyms:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if not t.demonym and span is not None and len(span) and is_locative(span):
            out.append(t)
    return out


def dateline_place(text: str, toponyms: list[Toponym]) -> Place | None:
    """The place of a dateline ("KYIV, Feb 24 (Reuters) -"): capitals at a line's start."""
    for t in toponyms:
        if t.start > DATELINE_CHARS:
            break
        at_line_start = t.start == 0 or text[t.start - 1] == "\n"
        if at_line_start and t.text.isupper() and not t.demonym and _AFTER_DATELINE.match(text, t.end):
            return t.place
    return None


def locate_events(doc: Doc, events: list[Event], toponyms: list[Toponym]) -> list[Event]:
    """`events` with their locations."""
    fallback = dateline_place(doc_text(doc), toponyms)
    places = where_phrases(doc, toponyms)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, event in enumerate(events):
        by_sentence[event.sentence_start].append(index)
    located = list(events)
    for start, indices in by_sentence.items():
        end = start + len(events[indices[0]].sentence)
        phrases = [(t.start, t.end, t.place) for t in places if start <= t.start < end]
        chosen = assign(doc, [events[i] for i in indices], phrases) if phrases else [None] * len(indices)
        for index, place in zip(indices, chosen, strict=True):
            place = place or fallback
            if place is not None:
                located[index] = replace(events[index], location=location(place))
    return located


class WhereComponent:
    """spaCy component `wirewatch_where`: event locations from the article's toponyms."""

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = list(doc._.events or [])
        if events:
            toponyms = resolve_toponyms(doc, doc._.mentions or [], load_places())
            doc._.events = locate_events(doc, events, toponyms)
        return doc
