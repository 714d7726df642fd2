"""Where words, decisions and advisories were made, not where the act they speak of would be
(judges' class of stop 44: an intent to visit a country said elsewhere placed in that country, a
travel advisory placed where it warns about, a ban placed where the other clause's act was).
Sentences written for these tests; PLOVER 2.0 places an event where it occurred."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=dt.date(2021, 5, 12))])[0].events)


def _place(event: Event) -> tuple[str, str | None] | None:
    return (event.location.name, event.location.country) if event.location else None


def _one(nlp: Language, text: str, trigger: str) -> Event:
    (event,) = [e for e in _events(nlp, text) if e.trigger.text == trigger]
    return event


def test_a_stated_intent_to_visit_is_not_placed_at_the_destination(nlp: Language) -> None:
    event = _one(nlp, "The Chilean president said she would visit Lima next month.", "visit")
    assert event.plover == "AGREE"
    assert _place(event) is None


def test_a_planned_trip_to_meet_is_not_placed_at_the_destination(nlp: Language) -> None:
    text = "The Brazilian president said he would travel to Lisbon on Thursday to meet Portuguese leaders."
    assert _place(_one(nlp, text, "meet")) is None


def test_a_stated_intent_is_placed_where_the_speaker_spoke(nlp: Language) -> None:
    text = (
        "Speaking in Ottawa on Monday, the Canadian foreign minister said she would visit Nairobi next week."
    )
    assert _place(_one(nlp, text, "visit")) == ("Ottawa", "CAN")


def test_a_visit_that_happened_keeps_its_place(nlp: Language) -> None:
    """Negative: the visit itself, and a meeting at the end of a journey made, are where they were."""
    assert _place(_one(nlp, "The Chilean president visited Lima on Tuesday.", "visited")) == ("Lima", "PER")
    text = "The Ukrainian president travelled to Warsaw on Friday to meet Polish leaders."
    assert _place(_one(nlp, text, "meet")) == ("Warsaw", "POL")


def test_a_travel_advisory_is_not_placed_where_it_warns_about(nlp: Language) -> None:
    event = _one(nlp, "Portugal urged its citizens not to travel to Mali.", "urged")
    assert event.plover == "REQUEST"
    assert _place(event) is None


def test_a_ban_is_not_placed_where_the_other_clause_acted(nlp: Language) -> None:
    text = (
        "Any movement of cattle in Wales has been halted and the European Union has banned "
        "exports of Welsh beef."
    )
    assert _place(_one(nlp, text, "banned")) is None
    text = "Farmers protested in Dublin on Monday and the European Union banned imports of Irish pork."
    events = {e.trigger.text: e for e in _events(nlp, text)}
    assert _place(events["banned"]) is None
    assert _place(events["protested"]) == ("Dublin", "IRL")  # the first clause's own act


def test_a_conjunct_taking_up_the_same_actors_shares_the_place(nlp: Language) -> None:
    """Negative: "and they detained ..." is the same police, at the same place."""
    text = "Riot police fired tear gas at protesters in Athens and they detained 12 students."
    assert _place(_one(nlp, text, "detained")) == ("Athens", "GRC")
