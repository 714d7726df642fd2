"""Classes of actor that the actor stage missed or left without a sector, found by sorting the
sentences the coder left uncoded in the penta set and the actors of real-news events (issues 10
and 11). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_by_text


def test_a_justice_of_a_court_is_a_judge(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Justice Mary Okafor sentenced the smuggler to six years.")
    assert found["Justice Mary Okafor"].sector == "JUD"
    found = mentions_by_text(nlp, "Chief Justice Tom Ellery criticised the senators over the delay.")
    assert found["Chief Justice Tom Ellery"].sector == "JUD"
    found = mentions_by_text(nlp, "Three justices dissented from the ruling against Ohio.")
    assert found["justices"].sector == "JUD"


def test_justice_as_an_office_or_a_body_name_is_no_judge(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Justice Minister Ana Lima accused the judges of bias.")
    assert found["Justice Minister Ana Lima"].sector == "GOV"
    found = mentions_by_text(nlp, "The Ministry of Justice rejected the request from Ankara.")
    assert "Justice" not in found  # part of the ministry's name
    found = mentions_by_text(nlp, "The miners say the courts have denied them justice for years.")
    assert "justice" not in found  # the common noun names no one
    found = mentions_by_text(nlp, "The Fair Justice for Workers Act was passed by the Senate.")
    assert not any(m.sector == "JUD" for m in found.values())


def test_an_unlisted_foundation_or_tribunal_takes_the_sector_its_head_word_says(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Harlan Foundation urged Congress to fund the clinics.")
    assert found["Harlan Foundation"].sector == "NGO"
    found = mentions_by_text(nlp, "The Foundation for Open Rivers urged Congress to fund the clinics.")
    assert any(m.sector == "NGO" for m in found.values() if m.text.startswith("Foundation for"))


def test_a_forum_by_name_is_an_organisation(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The World Energy Forum agreed to open an office in Nairobi.")
    assert found["World Energy Forum"].kind == "group"


def test_a_demonym_of_two_words_and_a_people_before_a_group_noun_is_no_person(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Sri Lankan Tamil rebels attacked an army camp near Jaffna.")
    rebels = found["Sri Lankan Tamil rebels"]
    assert (rebels.kind, rebels.country, rebels.sector) == ("group", "LKA", "REB")
    assert "Sri Lankan Tamil" not in found


def test_a_county_commission_or_a_provincial_council_is_local_government(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The county commission broke off talks with the quarry firm.")
    assert found["county commission"].sector == "GOV"
    found = mentions_by_text(nlp, "The provincial council rejected the mining licence.")
    assert found["provincial council"].sector == "GOV"


def test_a_titled_name_the_ner_tags_as_an_organisation_is_a_person(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The rebels released the Peruvian Corporal Juan Quispe on Sunday.")
    person = found["Peruvian Corporal Juan Quispe"]
    assert (person.kind, person.name, person.country, person.sector) == (
        "person",
        "Juan Quispe",
        "PER",
        "MIL",
    )


def test_an_office_named_after_its_division_is_that_divisions_countrys(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Dubai Ruler praised the Kenyan president.")  # tagged ORG as a whole
    assert (found["Dubai Ruler"].country, found["Dubai Ruler"].sector) == ("ARE", "GOV")
    # "Punjab" tagged NORP, the title outside the entity
    found = mentions_by_text(nlp, "The Punjab Governor condemned the attack on the temple in Lahore.")
    assert (found["Punjab Governor"].country, found["Punjab Governor"].sector) == ("PAK", "GOV")


def test_the_heads_of_state_of_a_summit_are_government(nlp: Language) -> None:
    """Summit communiqués speak as "the heads of state (and government)": a body of leaders, GOV."""
    found = mentions_by_text(nlp, "The heads of state condemned the raid by Sudan on Chad.")
    assert found["heads of state"].sector == "GOV"
    found = mentions_by_text(nlp, "Heads of government pledged money to the fund for Haiti.")
    assert found["Heads of government"].sector == "GOV"
