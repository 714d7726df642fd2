"""Actor classes of real news at stop 44 (actors10): police forces named by their own names or
acronyms and police officers told by rank or work alone ("Detectives", "Constables") are the
police; a country's company told by its trade ("Japan's biggest carmaker") is a business, not the
state; a capitalised word before the head of an organisation's name is a word of the name, not a group
("National" in "the National ... Board"); an airline by its name is a business. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("The RCMP detained a trucker near the border crossing.", "RCMP", "CAN"),
        ("The OPP arrested two teenagers after a break-in.", "OPP", "CAN"),
        ("The PSNI questioned a taxi driver about the blast.", "PSNI", "GBR"),
        ("Police Scotland arrested a councillor over expenses.", "Police Scotland", "GBR"),
        ("Gardai detained a courier at the port.", "Gardai", "IRL"),
        ("The Met Police charged a banker with bribery.", "Met Police", "GBR"),
    ],
)
def test_a_police_force_by_its_own_name_is_the_police(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert word in found, sorted(found)
    assert (found[word].country, found[word].sector) == (country, "COP"), found[word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Detectives arrested a car dealer in Leeds.", "Detectives"),
        ("Constables detained three fans outside the stadium in Cardiff.", "Constables"),
        ("Officers charged a landlord with arson in Bristol.", "Officers"),
    ],
)
def test_police_told_by_their_rank_alone_are_the_police(nlp: Language, text: str, word: str) -> None:
    found = mentions_by_text(nlp, text)
    assert word in found, sorted(found)
    assert found[word].sector == "COP", found[word]


def test_officers_of_an_army_stay_the_armys(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Army officers seized the radio station at dawn.")
    assert found["Army officers"].sector == "MIL", found["Army officers"]


def test_a_bare_met_is_no_police_force(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Met Office warned of floods in Devon.")
    assert all(m.sector != "COP" for m in found.values()), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Japan's biggest carmaker recalled a million vans.", "JPN"),
        ("China's largest pork processor apologised to shoppers.", "CHN"),
        ("Korea's second-largest airline cancelled its flights to Osaka.", "KOR"),
        ("Britain's biggest insurer withdrew from the deal.", "GBR"),
    ],
)
def test_a_countrys_company_told_by_its_trade_is_a_business(nlp: Language, text: str, country: str) -> None:
    trades = ("carmaker", "processor", "airline", "insurer")
    found = [m for m in nlp(text)._.mentions if m.text.endswith(trades)]
    assert found, [m.text for m in nlp(text)._.mentions]
    assert (found[0].country, found[0].sector) == (country, "BUS"), found[0]


def test_a_countrys_ministry_stays_the_state(nlp: Language) -> None:
    found = [m for m in nlp("Japan's trade ministry recalled its envoy.")._.mentions if m.country == "JPN"]
    assert found and all(m.sector in (None, "GOV") for m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The National Steering Board on Flu Prevention warned the public.",
        "Vietnam's National Steering Board on Flu Prevention warned the public.",
        "The Regional Roads Board on Safety criticised the ministry.",
    ],
)
def test_a_capitalised_first_word_of_a_name_is_no_group_of_its_own(nlp: Language, text: str) -> None:
    found = mentions_by_text(nlp, text)
    assert not any(m.text.endswith(("National", "Regional")) for m in found.values()), found


def test_nationals_outside_a_name_stay_nationals(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Nationals of Chad were detained at the border.")
    assert found["Nationals"].sector == "CVL", found["Nationals"]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("British Airways rejected the cabin crew's pay claim.", "British Airways", "GBR"),
        ("Pilots accused Kenya Airways of breaking the agreement.", "Kenya Airways", "KEN"),
    ],
)
def test_an_airline_by_its_name_is_a_business(nlp: Language, text: str, word: str, country: str) -> None:
    found = mentions_by_text(nlp, text)
    assert word in found, sorted(found)
    assert (found[word].country, found[word].sector) == (country, "BUS"), found[word]
