"""Toponyms resolved in context, and each event's location (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs
from wirewatch.where.gazetteer import load_places
from wirewatch.where.resolve import Toponym, resolve_toponyms

pytestmark = pytest.mark.slow


def _toponyms(nlp: Language, text: str) -> dict[str, Toponym]:
    doc = nlp(text)
    return {t.text: t for t in resolve_toponyms(doc, doc._.mentions or [], load_places())}


def _events(nlp: Language, text: str) -> list[Event]:
    article = Article("t", text, published=dt.date(2019, 3, 6))
    return list(code_docs(nlp, [article])[0].events)


def test_the_articles_countries_choose_among_homonyms(nlp: Language) -> None:
    us = _toponyms(nlp, "Storms hit Atlanta and Savannah. Georgia asked the United States for help.")
    assert us["Georgia"].place.country == "USA"
    caucasus = _toponyms(nlp, "Russia and Armenia met in Tbilisi, where Georgia hosted the talks.")
    assert caucasus["Georgia"].place.country == "GEO"


def test_a_city_qualified_by_its_province(nlp: Language) -> None:
    toponyms = _toponyms(nlp, "Police in London, Ontario, said the roads were closed.")
    assert toponyms["London"].place.country == "CAN"


def test_demonyms_name_countries(nlp: Language) -> None:
    toponyms = _toponyms(nlp, "Canadian officials met Cuban diplomats.")
    assert toponyms["Canadian"].demonym and toponyms["Canadian"].place.country == "CAN"


def test_place_where_is_the_location_of_the_event(nlp: Language) -> None:
    (met, *_) = _events(nlp, "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Monday.")
    assert met.location is not None and met.location.name == "Beijing" and met.location.country == "CHN"


def test_place_as_government_is_not_a_location(nlp: Language) -> None:
    events = _events(nlp, "Moscow welcomed the agreement.")
    assert events and all(e.location is None for e in events)


def test_the_dateline_places_an_event_without_a_place(nlp: Language) -> None:
    (accused, *_) = _events(nlp, "MOSCOW (Reuters) - Russia accused Ukraine of shelling the border.")
    assert accused.location is not None and accused.location.name == "Moscow"


def test_no_place_no_location(nlp: Language) -> None:
    events = _events(nlp, "Iran accused the United States of sabotage.")
    assert events and all(e.location is None for e in events)
