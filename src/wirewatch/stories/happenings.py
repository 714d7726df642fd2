"""When two coded events report one real-world happening.

Two events are one happening when they have the same PLOVER type (and CAMEO
root), the same countries in the same roles (or swapped, for the kinds of
event both sides do together: talks, agreements, cooperation), dates whose
windows overlap, and places that do not contradict each other. A date's
window follows its precision: a day reported by two outlets may differ by
one (time zones, "yesterday" read on either side of midnight); a week, a month
or a year cover themselves; an event dated only by its article's publication
happened on that day or in the few days before. An undated event has no
window and joins no other article's event, except as a copy (see link.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from wirewatch.model import ActorRef, Event

# Kinds of event done together, so that "A met B" and "B met A" report one meeting.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
DAY_SLACK = 1  # days either side of a day-precise date
PUBLICATION_LAG = 3  # days before publication an event dated by it may have happened
# Event readings that report something that took place (future, hypothetical and negated
# events are not happenings).
HAPPENED = frozenset({"actual", "reported"})


def is_happening(event: Event) -> bool:
    return event.polarity == "affirmed" and event.modality in HAPPENED


def _side(refs: Iterable[ActorRef]) -> str:
    return ";".join(sorted({r.country for r in refs if r.country}))


def dyad_key(event: Event) -> str:
    """'USA>RUS': source countries > target countries (several joined by ';', sorted)."""
    return f"{_side(event.sources)}>{_side(event.targets)}"


def reversed_key(key: str) -> str:
    source, _, target = key.partition(">")
    return f"{target}>{source}"


def lookup_keys(event: Event) -> list[str]:
    """The dyad keys a happening of this event may be stored under."""
    key = dyad_key(event)
    if event.plover in SYMMETRIC_TYPES and reversed_key(key) != key:
        return [key, reversed_key(key)]
    return [key]


def has_countries(event: Event) -> bool:
    return dyad_key(event) != ">"


def window(date: str | None, precision: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO) the event may have happened on; None when undated."""
    if not date:
        return None
    try:
        if precision == "year" or len(date) == 4:
            year = int(date[:4])
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        if precision == "month" or len(date) == 7:
            first = dt.date.fromisoformat(date[:7] + "-01")
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first.isoformat(), (following - dt.timedelta(days=1)).isoformat()
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if precision == "week":
        return day.isoformat(), (day + dt.timedelta(days=6)).isoformat()
    if precision == "publication":
        return (day - dt.timedelta(days=PUBLICATION_LAG)).isoformat(), day.isoformat()
    slack = dt.timedelta(days=DAY_SLACK)
    return (day - slack).isoformat(), (day + slack).isoformat()


_PRECISION_RANK = {"day": 0, "week": 1, "publication": 2, "month": 3, "year": 4}


def precision_rank(precision: str | None) -> int:
    """Lower is more precise; undated last."""
    return _PRECISION_RANK.get(precision or "", 5)


def cameo_compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a[:2] == b[:2]


def places_compatible(
    a_country: str | None, a_name: str | None, b_country: str | None, b_name: str | None
) -> bool:
    """Unplaced events fit anywhere; placed ones need the same country (or name, with no country)."""
    if not a_name or not b_name:
        return True
    if a_country and b_country:
        return a_country == b_country
    return a_name.lower() == b_name.lower()


def noisy_or(confidences: Iterable[float], cap: float = 0.99) -> float:
    """The chance that at least one of several independent reports is right."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - c
    return min(cap, 1.0 - miss)
