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
import math
from collections.abc import Iterable

from wirewatch.gazetteer.countries import normalise, packaged_gazetteer
from wirewatch.model import ActorRef, Event, Location

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


PLACE_RADIUS_KM = 100.0  # two placed reports of one happening name points this close


def is_country_level(loc: Location) -> bool:
    """A place that is a whole country ("Cuba"): it contains every place of that country."""
    country = packaged_gazetteer().get(loc.country) if loc.country else None
    names = {country.name.casefold(), (country.official or "").casefold()} if country else set()
    return normalise(loc.name).casefold() in names


def places_compatible(a: Location | None, b: Location | None) -> bool:
    """Unplaced events fit anywhere; a country fits any place in it; other places need points within
    PLACE_RADIUS_KM, or (without coordinates) the same name."""
    if a is None or b is None:
        return True
    if (is_country_level(a) or is_country_level(b)) and a.country:
        return a.country == b.country
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _km(a, b) <= PLACE_RADIUS_KM
    return a.name.lower() == b.name.lower()


def _km(a: Location, b: Location) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def noisy_or(confidences: Iterable[float], cap: float = 0.99) -> float:
    """The chance that at least one of several independent reports is right."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - c
    return min(cap, 1.0 - miss)
