"""The seed articles code the events issue 4 names, through the real pipeline, with their dates."""

from __future__ import annotations

import pytest

from wirewatch.model import Event

pytestmark = pytest.mark.slow


@pytest.fixture
def events(seed_events: list[Event]) -> list[Event]:
    return seed_events  # conftest.py codes the seeds once per session


def coded(events: list[Event], plovers: set[str], source: str, target: str) -> list[Event]:
    return [
        e
        for e in events
        if e.plover in plovers
        and source in {a.country for a in e.sources}
        and target in {a.country for a in e.targets}
    ]


def either_way(events: list[Event], plover: str, a: str, b: str) -> list[Event]:
    return coded(events, {plover}, a, b) + coded(events, {plover}, b, a)


def test_ri_rodriguez_talks_in_havana(events: list[Event]) -> None:
    talks = [e for e in either_way(events, "CONSULT", "PRK", "CUB") if e.trigger.text == "talks"]
    assert talks and all(e.date == "2017-11-22" for e in talks)


def test_us_sanctions_and_listing_of_the_dprk(events: list[Event]) -> None:
    assert coded(events, {"SANCTION"}, "USA", "PRK")
    assert any(e.plover == "SANCTION" and e.trigger.text == "list" for e in events)


def test_cuba_rejects_us_blacklists(events: list[Event]) -> None:
    assert coded(events, {"REJECT", "ACCUSE"}, "CUB", "USA")


def test_new_us_restrictions_on_cuba(events: list[Event]) -> None:
    assert coded(events, {"SANCTION"}, "USA", "CUB")


def test_ri_lavrov_talks_in_moscow(events: list[Event]) -> None:
    assert either_way(events, "CONSULT", "PRK", "RUS")


def test_invitation_and_future_visit(events: list[Event]) -> None:
    # PLOVER 2.0 reads an invitation and a planned visit as AGREE (CAMEO 036, intent to meet).
    assert any(e.cameo == "036" for e in coded(events, {"AGREE"}, "PRK", "RUS"))
    accepted = coded(events, {"AGREE"}, "RUS", "PRK")
    assert any(e.cameo == "036" for e in accepted)


def test_russia_welcomes_normalisation(events: list[Event]) -> None:
    assert any(e.rule.startswith("support.welcome") for e in coded(events, {"SUPPORT"}, "RUS", "PRK"))


def test_nothing_from_spain_headline_or_comments(events: list[Event]) -> None:
    for e in events:
        assert "ESP" not in {a.country for a in e.sources + e.targets}
        assert "Spain" not in e.sentence and "Leave a Reply" not in e.sentence
