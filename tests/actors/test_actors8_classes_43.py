"""Actor classes of real news at stop 43 (actors8): a name's first word coordinated before it
shares the name's other words ("North and South Korea"); a country named beside where a group is
("near", "the border with") is not the group's; sector words missing from the lexicon (churches,
manufacturers, a smuggler). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("North and South Korea traded artillery fire on Sunday.", "North", "PRK"),
        ("Diplomats said North and South Korean envoys would meet in Geneva.", "North", "PRK"),
    ],
)
def test_a_coordinated_first_word_shares_the_countrys_other_words(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert word in found, sorted(found)
    assert found[word].country == country, found[word]


def test_a_coordinated_word_that_names_no_country_with_the_head_stays_unnamed(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Envoys from Ghana and South Africa signed the accord.")
    assert found["Ghana"].country == "GHA", found["Ghana"]
    assert found["South Africa"].country == "ZAF", found["South Africa"]
    found = mentions_by_text(nlp, "Officials from Western and South Sudan met in Nairobi.")
    assert "Western" not in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas in villages near Uganda burned a clinic.",
        "Militants in camps along the border with Afghanistan raided a checkpoint.",
        "Insurgents near the Iraqi border ambushed a convoy.",
    ],
)
def test_a_country_beside_where_a_group_is_is_not_its_own(nlp: Language, text: str) -> None:
    group = next(m for m in nlp(text)._.mentions if m.sector == "REB")
    assert group.country is None, group


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Guerrillas in Uganda burned a clinic.", "UGA"),
        ("Rebels near Aleppo shelled a market.", "SYR"),
        ("Rebels in Sudan near the border with Chad burned a market.", "SDN"),
    ],
)
def test_a_country_or_city_the_group_is_in_still_gives_its_country(
    nlp: Language, text: str, country: str
) -> None:
    group = next(m for m in nlp(text)._.mentions if m.sector == "REB")
    assert group.country == country, group


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Several churches in Kenya condemned the new tax.", "Several churches", "REL"),
        ("Textile manufacturers asked the ministry to lower tariffs.", "Textile manufacturers", "BUS"),
        ("Police in Spain detained a smuggler at the port.", "smuggler", "CRM"),
    ],
)
def test_missing_sector_words_give_their_sector(nlp: Language, text: str, name: str, sector: str) -> None:
    found = mentions_by_text(nlp, text)
    assert name in found, sorted(found)
    assert found[name].sector == sector, found[name]
