"""Near a country is not in it; near a city is close enough (issue 11, read on real news: a
Sudanese army "fighting rebels in areas near South Sudan" was placed in South Sudan).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _event(nlp: Language, text: str, trigger: str) -> Event:
    events = code_docs(nlp, [Article("t", text, published=dt.date(2021, 5, 12))])[0].events
    return next(e for e in events if e.trigger.text == trigger)


def test_an_attack_near_a_country_is_not_placed_in_it(nlp: Language) -> None:
    event = _event(nlp, "Chadian soldiers attacked rebels near Libya on Monday.", "attacked")
    assert event.location is None or event.location.country != "LBY"


def test_an_attack_near_a_city_is_placed_at_the_city(nlp: Language) -> None:
    event = _event(nlp, "Russian troops attacked Ukrainian positions near Kharkiv on Monday.", "attacked")
    assert event.location is not None and event.location.name == "Kharkiv"
