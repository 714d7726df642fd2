"""Roles in time at each event's date: spaCy component `wirewatch_roles`.

The actor stage reads an office from the knowledge base at the article's publication date.
An event the when stage dates elsewhere ("in 2015, President Obama said") is coded with the
office held on that date instead: the role that covers most of the event's day, month or
year; outside every role on record, a former office holder (ELI) after a term, no office
before one. A title the article itself gives is left as the article gives it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from wirewatch.actors.kb import ActorKB, held_before, role_during
from wirewatch.actors.lexicon import FORMER_SECTOR
from wirewatch.model import ActorRef, Event, Inference, KnownActor, Mention


def event_period(date: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of an event date: "2017-11-22", "2017-11" or "2017"."""
    if not date:
        return None
    try:
        if len(date) == len("2017"):
            year = int(date)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(date) == len("2017-11"):
            year, month = int(date[:4]), int(date[5:7])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    return day, day


def ref_in_time(ref: ActorRef, entry: KnownActor, first: dt.date, last: dt.date) -> ActorRef:
    """The actor as the knowledge base has them over the event's period."""
    span = role_during(entry, first, last)
    if span is not None:
        return replace(ref, country=span.country or ref.country, sector=span.sector, role=span.role)
    left = held_before(entry, last)
    return replace(ref, sector=FORMER_SECTOR if left is not None else None, role=None)


class RolesComponent:
    """Re-reads the knowledge-base roles of the people of events dated off the publication date."""

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb  # used when the front end hands the Doc no knowledge base of its own

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = list(doc._.events or [])
        if not events:
            return doc
        kb = doc._.actor_kb or self.kb
        lent = _roles_lent(doc._.mentions or [])
        published = doc._.published.isoformat() if doc._.published else None
        out = []
        for event in events:
            period = event_period(event.date) if event.date_precision != "publication" else None
            if period is None or event.date == published:
                out.append(event)
                continue
            out.append(
                replace(
                    event,
                    sources=tuple(_in_time(r, kb, lent, period) for r in event.sources),
                    targets=tuple(_in_time(r, kb, lent, period) for r in event.targets),
                )
            )
        doc._.events = out
        return doc


def _roles_lent(mentions: list[Mention]) -> set[tuple[str, str]]:
    """(actor id, text) of the person mentions whose office the knowledge base lent."""
    return {(m.actor_id, m.text) for m in mentions if m.actor_id and Inference.KNOWN in m.inferences}


def _in_time(
    ref: ActorRef, kb: ActorKB, lent: set[tuple[str, str]], period: tuple[dt.date, dt.date]
) -> ActorRef:
    if not ref.actor_id or (ref.actor_id, ref.text) not in lent:
        return ref
    entry = kb.get(ref.actor_id)
    if entry is None or not entry.roles:
        return ref
    return ref_in_time(ref, entry, *period)
