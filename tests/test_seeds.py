"""The reference articles code their headline events through the real pipeline (issue 2)."""

from __future__ import annotations

import pytest

from wirewatch.model import Event

pytestmark = pytest.mark.slow


def _pairs(events: list[Event], plover: str) -> set[tuple[str | None, str | None]]:
    return {
        (s.country, t.country) for e in events if e.plover == plover for s in e.sources for t in e.targets
    }


def _dyad(events: list[Event], plover: str, a: str, b: str) -> bool:
    pairs = _pairs(events, plover)
    return (a, b) in pairs or (b, a) in pairs


def test_prk_cub_meeting(seed_events: list[Event]) -> None:
    assert _dyad(seed_events, "CONSULT", "PRK", "CUB")
    meeting = next(
        e
        for e in seed_events
        if e.plover == "CONSULT"
        and e.trigger.text == "talks"
        and {"PRK", "CUB"} <= {a.country for a in e.sources + e.targets}
    )
    assert "talks" in meeting.sentence and meeting.date == "2017-11-22"


def test_prk_rus_meeting(seed_events: list[Event]) -> None:
    assert _dyad(seed_events, "CONSULT", "PRK", "RUS")


def test_us_sanctions_on_dprk(seed_events: list[Event]) -> None:
    assert ("USA", "PRK") in _pairs(seed_events, "SANCTION")


def test_nothing_from_the_stray_headline_or_debris(seed_events: list[Event]) -> None:
    countries = {a.country for e in seed_events for a in e.sources + e.targets}
    assert "ESP" not in countries
    for e in seed_events:
        assert "Spain" not in e.sentence and "comment" not in e.sentence.lower()
        assert "Savostyanov" not in e.sentence
