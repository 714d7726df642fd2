"""Actor classes of real news at stop 43 (common nouns of people the sector table lacked; a
coalition named with an appositive that says what it is). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text

# Nouns of people whose commonest sense is a person and that say a standing, a trade or a plight
# (WordNet noun.person, reviewed into data/sectors.tsv): a group of them is an actor with that
# sector, and a nationality on them gives its country.


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("Settlers burned olive groves near the hilltop village.", "Settlers", "CVL"),
        ("Angry taxpayers rallied outside the Ohio statehouse.", "taxpayers", "CVL"),
        ("Buddhist monks led a silent march through Mandalay.", "monks", "REL"),
        ("Thieves broke into a Polish museum overnight.", "Thieves", "CRM"),
        ("State troopers closed the highway near Albany.", "State troopers", "COP"),
        ("Evacuees waited at the Sudanese border crossing.", "Evacuees", "REF"),
        ("Tribal elders blocked the road to the Afghan mine.", "Tribal elders", "CVL"),
        ("Shareholders rejected the merger of two Dutch banks.", "Shareholders", "BUS"),
        ("Islamic scholars condemned the bombing of the shrine.", "Islamic scholars", "REL"),
        ("Scholars questioned the museum's dating of the scroll.", "Scholars", "EDU"),
    ],
)
def test_a_noun_of_people_names_a_group_of_its_sector(
    nlp: Language, text: str, span: str, sector: str
) -> None:
    found = [m for m in mentions_by_text(nlp, text).values() if m.text.endswith(span)]
    assert found, text
    assert found[0].sector == sector, found[0]


def test_a_nationality_on_a_noun_of_people_gives_its_country(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Kenyan landowners sued the land commission on Friday.")
    assert "Kenyan landowners" in found, sorted(found)
    assert found["Kenyan landowners"].country == "KEN"
    assert found["Kenyan landowners"].sector == "CVL"


def test_a_noun_of_people_used_as_a_modifier_is_no_actor(nlp: Language) -> None:
    # "consumer" and "voter" are listed only as plurals: as modifiers they name no one
    found = mentions_by_text(nlp, "Consumer prices climbed in Peru while voter turnout slipped.")
    assert not any(m.sector for m in found.values()), found


# An organisation no table lists has no sector by its name alone; an appositive after the name
# that says what it is gives one: its own mention's sector ("the main opposition party", "a
# human rights group"), or, for a body of members ("a coalition of leftist parties"), theirs.


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "The Forum for Democratic Renewal, the largest opposition party, boycotted the Zambian census.",
            "Forum for Democratic Renewal",
            "PTY",
        ),
        (
            "The Green Dawn Front, a coalition of socialist parties, accused the Chilean government.",
            "Green Dawn Front",
            "PTY",
        ),
        (
            "The Lakeside Justice Alliance, a group of lawyers and activists, sued the Ugandan government.",
            "Lakeside Justice Alliance",
            "CVL",
        ),
    ],
)
def test_an_appositive_gives_an_unlisted_organisation_its_sector(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert name in found, sorted(found)
    assert found[name].sector == sector, found[name]


def test_a_relative_clause_after_an_unlisted_organisation_gives_no_sector(nlp: Language) -> None:
    text = "The Harbour Development Commission, which was set up in 2010, fined a Greek shipping firm."
    found = mentions_by_text(nlp, text)
    assert "Harbour Development Commission" in found, sorted(found)
    assert found["Harbour Development Commission"].sector is None, found
