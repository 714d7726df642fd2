"""Actor classes of real news at stop 44 (actors9): a person described by a tie to another ("an
ally of the president") is given none of the other's office; a spokesperson or official of an
organisation no table lists speaks for that body, not for a government; a body whose name ends
in "of" and a city or a state ("the University of Leeds") is of that place's country. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Alvarez, a longtime rival of the president, denounced the tax.",
        "Pedro Alvarez, a close ally of the prime minister, denounced the tax.",
        "Pedro Alvarez, an outspoken critic of the governor, denounced the tax.",
    ],
)
def test_a_tie_to_an_office_holder_gives_no_office(nlp: Language, text: str) -> None:
    person = mentions_by_text(nlp, text)["Pedro Alvarez"]
    assert person.sector not in ("GOV", "LEG"), person


def test_a_tie_keeps_the_other_ones_nationality(nlp: Language) -> None:
    person = mentions_by_text(
        nlp, "Pedro Alvarez, a close ally of the Peruvian president, denounced the tax."
    )["Pedro Alvarez"]
    assert person.country == "PER", person
    assert person.sector != "GOV", person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an office of one's own beside the tie, and a staff noun that serves the office it names
        ("Governor Pedro Alvarez, an ally of the president, denounced the tax.", "Governor Pedro Alvarez"),
        ("Pedro Alvarez, an aide to the president, denounced the tax.", "Pedro Alvarez"),
    ],
)
def test_an_own_office_or_a_staff_post_stays_governments(nlp: Language, text: str, name: str) -> None:
    assert mentions_by_text(nlp, text)[name].sector == "GOV"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laura Fischer, a spokeswoman for Nordholm Logistics, rejected the demands.", "Laura Fischer"),
        ("Nordholm Logistics spokeswoman Laura Fischer rejected the demands.", "spokeswoman Laura Fischer"),
    ],
)
def test_an_unlisted_companys_spokesperson_is_no_state_official(nlp: Language, text: str, name: str) -> None:
    found = mentions_by_text(nlp, text)
    assert name in found, sorted(found)
    assert found[name].sector is None, found[name]


def test_a_spokesperson_of_an_unlisted_foundation_takes_its_sector(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "Laura Fischer, a spokeswoman for the Weiss Foundation, rejected the demands."
    )
    assert found["Laura Fischer"].sector == "NGO", found["Laura Fischer"]


@pytest.mark.parametrize(
    "text",
    [
        "Laura Fischer, a spokeswoman for the ministry, rejected the demands.",
        "Laura Fischer, a spokeswoman for the German Finance Ministry, rejected the demands.",
    ],
)
def test_a_spokesperson_of_a_ministry_stays_governments(nlp: Language, text: str) -> None:
    assert mentions_by_text(nlp, text)["Laura Fischer"].sector == "GOV"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The University of Leeds suspended its exchange programme.", "GBR"),
        ("The University of Ottawa suspended its exchange programme.", "CAN"),
        ("The University of Oklahoma suspended its exchange programme.", "USA"),
    ],
)
def test_a_body_named_of_a_city_or_state_is_of_its_country(nlp: Language, text: str, country: str) -> None:
    body = next(m for m in nlp(text)._.mentions if m.sector == "EDU")
    assert body.country == country, body


@pytest.mark.parametrize(
    "text",
    [
        "The university of a small mining town suspended its exchange programme.",
        "The University of Applied Arts suspended its exchange programme.",
    ],
)
def test_a_body_named_of_no_place_has_no_country(nlp: Language, text: str) -> None:
    body = next(m for m in nlp(text)._.mentions if m.sector == "EDU")
    assert body.country is None, body
