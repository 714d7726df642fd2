"""Toponyms resolved in context, and each event's location (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.where.reading import by_text
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs
from wirewatch.where.gazetteer import load_places
from wirewatch.where.resolve import resolve_toponyms

pytestmark = pytest.mark.slow


def _events(nlp: Language, text: str) -> list[Event]:
    article = Article("t", text, published=dt.date(2019, 3, 6))
    return list(code_docs(nlp, [article])[0].events)


def test_the_articles_countries_choose_among_homonyms(nlp: Language) -> None:
    us = by_text(nlp, "Storms hit Atlanta and Savannah. Georgia asked the United States for help.")
    assert us["Georgia"].place.country == "USA"
    caucasus = by_text(nlp, "Russia and Armenia met in Tbilisi, where Georgia hosted the talks.")
    assert caucasus["Georgia"].place.country == "GEO"


def test_a_city_qualified_by_its_province(nlp: Language) -> None:
    toponyms = by_text(nlp, "Police in London, Ontario, said the roads were closed.")
    assert toponyms["London"].place.country == "CAN"


def test_demonyms_name_countries(nlp: Language) -> None:
    toponyms = by_text(nlp, "Canadian officials met Cuban diplomats.")
    assert toponyms["Canadian"].demonym and toponyms["Canadian"].place.country == "CAN"


def test_place_where_is_the_location_of_the_event(nlp: Language) -> None:
    (met, *_) = _events(nlp, "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Monday.")
    assert met.location is not None and met.location.name == "Beijing" and met.location.country == "CHN"


def test_place_as_government_is_not_a_location(nlp: Language) -> None:
    events = _events(nlp, "Moscow welcomed the agreement.")
    assert events and all(e.location is None for e in events)


def test_the_dateline_places_an_event_without_a_place(nlp: Language) -> None:
    (detained, *_) = _events(nlp, "MOSCOW (Reuters) - Russian police detained dozens of protesters.")
    assert detained.location is not None and detained.location.name == "Moscow"


def test_the_dateline_does_not_place_an_event_with_a_foreign_actor(nlp: Language) -> None:
    """Issue 11: the dateline only where the sentence names no other country or place."""
    (accused, *_) = _events(nlp, "MOSCOW (Reuters) - Russia accused Ukraine of shelling the border.")
    assert accused.location is None


def test_no_place_no_location(nlp: Language) -> None:
    events = _events(nlp, "Iran accused the United States of sabotage.")
    assert events and all(e.location is None for e in events)


def test_a_town_qualified_by_its_state_and_its_later_mentions(nlp: Language) -> None:
    doc = nlp(
        "GLASGOW, Ky. (AP) - A fire destroyed a barn on Sunday. Firefighters in Glasgow said nobody was hurt."
    )
    toponyms = resolve_toponyms(doc, doc._.mentions or [], load_places())
    glasgows = [t for t in toponyms if t.text.casefold() == "glasgow"]
    assert len(glasgows) == 2
    assert all((t.place.country, t.place.kind, t.place.admin1) == ("USA", "town", "KY") for t in glasgows)


def test_a_city_qualified_by_its_state_beats_a_bigger_namesake(nlp: Language) -> None:
    toponyms = by_text(nlp, "The college in Georgetown, Ky., opened a new library.")
    assert (toponyms["Georgetown"].place.country, toponyms["Georgetown"].place.admin1) == ("USA", "KY")


def test_a_state_named_in_the_story_brings_its_towns(nlp: Language) -> None:
    toponyms = by_text(nlp, "Storms crossed Kentucky overnight. In London, the mayor opened a shelter.")
    assert (toponyms["London"].place.country, toponyms["London"].place.admin1) == ("USA", "KY")


def test_without_its_state_a_town_name_keeps_its_big_namesake(nlp: Language) -> None:
    toponyms = by_text(nlp, "Leaders met in Glasgow on Monday.")
    assert toponyms["Glasgow"].place.country == "GBR"
    trip = by_text(nlp, "Students from Kentucky flew to France and spent a week in Paris.")
    assert trip["Paris"].place.country == "FRA"


def test_a_local_phone_number_places_the_story(nlp: Language) -> None:
    toponyms = by_text(
        nlp, "A man was hurt in a fight in London on Friday. Witnesses can call police at 519-555-0143."
    )
    assert toponyms["London"].place.country == "CAN"


def test_a_qualifier_is_the_division_it_qualifies(nlp: Language) -> None:
    toponyms = by_text(nlp, "Students protested in Athens, Georgia, on Friday.")
    assert (toponyms["Athens"].place.country, toponyms["Athens"].place.admin1) == ("USA", "GA")
    assert (toponyms["Georgia"].place.kind, toponyms["Georgia"].place.country) == ("admin1", "USA")
