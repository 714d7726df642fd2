"""Actors the resolver missed or got wrong (issue 11, actors47): a city's police, court or
prosecutors named by the city in front of their word in lower case take the city's country; a
royal or presidential household's seat speaks for its state; leak and investigative publishers
are media; a tribunal is a court; one whom police arrest or gunmen shoot is a party of the story
even as "a journalist", and "teens" police detain are private people; a people's noun with the
cause it stands for ("Physicians for Human Rights") names an advocacy group. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, mentions_by_text

from wirewatch.model import Mention


def _coded(mention: Mention) -> tuple[str | None, str | None]:
    return mention.country, mention.sector


# A city's own bodies, named by the city ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Anchorage police arrested a man after the shooting on Monday.", "Anchorage police", ("USA", "COP")),
        ("Karachi police detained three protesters near the press club.", "Karachi police", ("PAK", "COP")),
        ("A Mombasa court sentenced the former governor to two years.", "Mombasa court", ("KEN", "JUD")),
        ("Lyon prosecutors opened an inquiry into the mayor's accounts.", "Lyon prosecutors", ("FRA", "JUD")),
        ("A Peshawar court convicted the cleric of incitement.", "Peshawar court", ("PAK", "JUD")),
        # the model tags some such cities, and the place stage read those already
        ("Late on Sunday, Memphis police released the video.", "Memphis police", ("USA", "COP")),
    ],
)
def test_a_citys_police_or_court_named_by_the_city_is_of_its_country(
    nlp: Language, text: str, name: str, expected: tuple[str, str]
) -> None:
    found = mentions_by_text(nlp, text)
    assert _coded(found[name]) == expected, found.get(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an organisation's word that is also some city's name is no city here
        ("Federal police arrested the mayor of a border town.", "Federal police"),
        # a word the text writes in lower case elsewhere is a common word, no city
        ("Local police arrested two men; the local council condemned the attack.", "Local police"),
    ],
)
def test_a_capitalised_common_word_before_police_is_no_city(nlp: Language, text: str, name: str) -> None:
    found = mentions_by_text(nlp, text)
    assert found[name].country is None, found[name]


def test_a_shared_city_name_takes_the_country_the_story_names(nlp: Language) -> None:
    """Vancouver is a city of Canada and of the US state of Washington: the story tells which."""
    alone = mentions_by_text(nlp, "A Vancouver court jailed the man for fraud.")
    assert alone["Vancouver court"].country is None
    told = mentions_by_text(nlp, "A Vancouver court jailed the man, British Columbia officials said.")
    assert _coded(told["Vancouver court"]) == ("CAN", "JUD")


# Seats of a head of state ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Buckingham Palace denied the claims made in the documentary.", "Buckingham Palace", "GBR"),
        ("Kensington Palace condemned the harassment of the princess.", "Kensington Palace", "GBR"),
        ("La Zarzuela rejected the former king's request to return.", "La Zarzuela", "ESP"),
        ("Baabda Palace urged the parties to form a government.", "Baabda Palace", "LBN"),
    ],
)
def test_a_royal_or_presidential_seat_speaks_for_its_state(
    nlp: Language, text: str, name: str, country: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert _coded(found[name]) == (country, "GOV"), found.get(name)


# Publishers of leaks --------------------------------------------------------------------------


def test_a_leak_publisher_is_media(nlp: Language) -> None:
    event = find(code(nlp, "WikiLeaks accused the State Department of spying on diplomats."), "ACCUSE")
    assert [(m.name, m.sector) for m in event.sources] == [("WikiLeaks", "MED")]


def test_an_investigative_outlet_is_of_its_country(nlp: Language) -> None:
    found = mentions_by_text(nlp, "ProPublica accused the agency of hiding the inspection reports.")
    assert _coded(found["ProPublica"]) == ("USA", "MED")


# Courts by their kind -------------------------------------------------------------------------


def test_a_tribunal_is_a_court(nlp: Language) -> None:
    event = find(code(nlp, "A military tribunal convicted the colonel of treason."), "ACCUSE")
    assert [m.sector for m in event.sources] == ["JUD"]


# One an authority or an attacker acts on --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "target", "sector"),
    [
        ("Police arrested a journalist outside the courthouse on Monday.", "COERCE", "journalist", "MED"),
        ("Police detained a priest at the border crossing.", "COERCE", "priest", "REL"),
        # a private person named by their part in the incident
        ("Police detained two teens after a long chase.", "COERCE", "teens", "CVL"),
    ],
)
def test_a_person_named_by_a_title_whom_an_authority_acts_on_is_the_target(
    nlp: Language, text: str, plover: str, target: str, sector: str
) -> None:
    event = find(code(nlp, text), plover)
    assert [(m.text, m.sector) for m in event.targets] == [(target, sector)]


def test_a_person_named_by_a_title_spoken_to_is_no_actor(nlp: Language) -> None:
    """ "told a journalist": the one spoken to is no party of an act."""
    found = mentions_by_text(nlp, "The minister told a journalist that the talks had failed.")
    assert "journalist" not in found


# Advocacy groups named by their people and cause ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Physicians for Human Rights accused the army of shelling clinics.", "Physicians for Human Rights"),
        ("Lawyers for Human Rights condemned the mass arrests.", "Lawyers for Human Rights"),
        ("Students for a Democratic Society marched against the draft.", "Students for a Democratic Society"),
    ],
)
def test_people_named_with_their_cause_are_an_advocacy_group(nlp: Language, text: str, name: str) -> None:
    found = mentions_by_text(nlp, text)
    assert (found[name].name, found[name].sector) == (name, "NGO"), found.get(name)


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for Ana Diaz accused the prosecutors of bias.",
        "Lawyers for Google accused the regulators of bias.",
        "Doctors for the regional hospital went on strike.",
    ],
)
def test_people_acting_for_a_party_are_no_advocacy_group(nlp: Language, text: str) -> None:
    assert not [m for m in mentions_by_text(nlp, text).values() if m.sector == "NGO"]
