"""Helpers the date tests share: an event's date as the tests compare it, and finding an event."""

from __future__ import annotations

from wirewatch.model import Event


def dated(event: Event) -> tuple[str | None, str | None]:
    """The event's date and its precision: ("2024-10-14", "day"), (None, None) when undated."""
    return event.date, event.date_precision


def by_trigger(events: list[Event], trigger: str) -> Event:
    """The first event whose trigger is `trigger`; fails listing the triggers there are."""
    matches = [e for e in events if e.trigger.text == trigger]
    assert matches, [(e.trigger.text, e.plover) for e in events]
    return matches[0]
