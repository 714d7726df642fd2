"""Roles in time at each event's date: spaCy component `wirewatch_roles`.

The actor stage reads an office from the knowledge base at the article's publication date.
An event the when stage dates elsewhere ("in 2015, President Obama said") is coded with the
office held on that date instead: the role that covers most of the event's day, month or
year; outside every role on record, a former office holder (ELI) after a term, no office
before one. A title the article itself gives is left as the article gives it.

A state an event names by its country's name ("the United States pledged aid", "sanctions on
China") acts or is acted on as its government: PLOVER and CAMEO code a state actor GOV. The
actor step leaves such a mention with no sector, which the event rules read as "a state"
(`events.fit`); the events' actors take GOV here, once every rule has read them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from wirewatch.actors.kb import ActorKB, held_before, role_during
from wirewatch.actors.lexicon import FORMER_SECTOR
from wirewatch.actors.places import COUNTRY_FORMS
from wirewatch.actors.state import GOV
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
        states = _states_named(doc._.mentions or [])
        out = []
        for event in events:
            event = _states_governing(event, states)
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


# How the actor step reads a country's own name ("China", "the People's Republic of China",
# "the U.S."): the state itself (places.py `_place_args`), not an adjective on a noun ("Chinese
# televisions", "US lawyers") nor a person of that nationality ("an American").
STRIKING_TYPE = "ASSAULT"
STATE_NAME_RULES = frozenset(f"gazetteer:{form}" for form in COUNTRY_FORMS)


def _states_named(mentions: list[Mention]) -> set[tuple[str, str]]:
    """(actor id, text) of the mentions that name a state by its country's name."""
    return {
        (m.actor_id, m.text)
        for m in mentions
        if m.kind == "country" and m.sector is None and m.actor_id and m.rule in STATE_NAME_RULES
    }


def _states_governing(event: Event, states: set[tuple[str, str]]) -> Event:
    """`event` with each state named by its country's name as its government (GOV)."""
    if not states:
        return event
    sources = tuple(_as_government(r, states) for r in event.sources)
    # a country struck ("the assault on Gaza") or whose people an act is for (DOMESTIC: aid sent
    # to a stricken region) is its land and its people, not its government
    struck = event.plover == STRIKING_TYPE or Inference.DOMESTIC in event.inferences
    targets = event.targets if struck else tuple(_as_government(r, states) for r in event.targets)
    if sources == event.sources and targets == event.targets:
        return event
    return replace(event, sources=sources, targets=targets)


def _as_government(ref: ActorRef, states: set[tuple[str, str]]) -> ActorRef:
    if ref.sector is not None or ref.role is not None or (ref.actor_id, ref.text) not in states:
        return ref
    return replace(ref, sector=GOV)


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
