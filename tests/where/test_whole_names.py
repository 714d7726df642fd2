"""Place names that contain a country's name resolve whole (issue 11)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.where.reading import by_text
from wirewatch.model import Article, Mention
from wirewatch.pipeline import code_docs
from wirewatch.where.gazetteer import load_places
from wirewatch.where.resolve import whole_name_mentions


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Wildfires forced evacuations in New Mexico on Sunday.", "New Mexico", "USA", "admin1"),
        ("Police in New South Wales arrested two men.", "New South Wales", "AUS", "admin1"),
        ("Floods hit Papua New Guinea and South Sudan.", "Papua New Guinea", "PNG", "country"),
        ("Floods hit Papua New Guinea and South Sudan.", "South Sudan", "SSD", "country"),
    ],
)
def test_a_name_holding_a_country_is_the_whole_place(
    nlp: Language, text: str, name: str, country: str, kind: str
) -> None:
    place = by_text(nlp, text)[name].place
    assert (place.country, place.kind) == (country, kind)


@pytest.mark.slow
def test_a_city_qualified_by_its_state_is_in_that_country(nlp: Language) -> None:
    """Cambridge, Massachusetts is not Cambridge in England, even beside British words."""
    toponyms = by_text(
        nlp, "British researchers at a laboratory in Cambridge, Massachusetts, said the trial failed."
    )
    assert (toponyms["Cambridge"].place.country, toponyms["Cambridge"].place.admin1) == ("USA", "MA")


@pytest.mark.slow
def test_an_event_in_new_mexico_is_in_the_united_states(nlp: Language) -> None:
    text = "Police detained dozens of protesters in Santa Fe, New Mexico on Sunday."
    (event, *_) = code_docs(nlp, [Article("t", text, published=dt.date(2022, 5, 2))])[0].events
    assert event.location is not None and event.location.country == "USA"


def test_a_country_inside_a_longer_place_name_is_no_evidence_of_that_country() -> None:
    mexico = Mention(4, 10, "Mexico", "country", "MEX", rule="gazetteer:name")
    spain = Mention(15, 20, "Spain", "country", "ESP", rule="gazetteer:name")
    looked_up = [(0, 10, "New Mexico", []), (15, 20, "Spain", [])]
    assert whole_name_mentions([mexico, spain], looked_up) == [spain]


def test_an_ambiguous_name_is_no_evidence_of_its_own_country() -> None:
    from wirewatch.model import Mention
    from wirewatch.where.resolve import lookup, unambiguous_mentions

    places = load_places()
    georgia = Mention(0, 7, "Georgia", kind="country", country="GEO", rule="gazetteer:name")
    canada = Mention(12, 18, "Canada", kind="country", country="CAN", rule="gazetteer:name")
    looked_up = [
        (0, 7, "Georgia", lookup(places, "Georgia", "any")),
        (12, 18, "Canada", lookup(places, "Canada", "any")),
    ]
    assert unambiguous_mentions([georgia, canada], looked_up) == [canada]


@pytest.mark.slow
def test_a_seat_of_government_is_looked_up_by_its_own_name_only(nlp: Language) -> None:
    """Issue 11, read on real news: Aung San Suu Kyi's visit to the White House was placed in
    Casablanca, whose other name in GeoNames is "White House"."""
    toponyms = by_text(nlp, "The Burmese leader visited the White House on Wednesday.")
    assert all(t.place.name != "Casablanca" for t in toponyms.values())


@pytest.mark.slow
def test_a_listed_bodys_name_holds_no_town(nlp: Language) -> None:
    """Issue 11, read on real news (helper P, stop 34): "The Federal Bureau of Investigation" was
    read as holding Federal, a town in Argentina, which then kept a Washington dateline from
    placing the bureau's own inquiry. A listed organisation's name is the body's."""
    assert by_text(nlp, "The Federal Bureau of Investigation questioned the mayor's aides on Tuesday.") == {}
