"""Classes of actor errors found by judging real news (issue 11, helper draw 3021), each with
sentences written for these tests: a nationality on the side a person acts against is that
side's, not the person's."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_by_text


def test_a_nationality_of_the_side_acted_against_is_not_the_persons(nlp: Language) -> None:
    found = mentions_by_text(
        nlp,
        "Interior Secretary Helen Marsh will ask the council to approve tougher measures "
        "against Albanian smuggling gangs on the coast.",
    )
    assert found["Interior Secretary Helen Marsh"].country is None
    found = mentions_by_text(
        nlp,
        "Defence Secretary Tom Hale was due to press the alliance for sanctions against "
        "smugglers from Libya.",
    )
    assert found["Defence Secretary Tom Hale"].country is None


def test_a_nationality_on_the_persons_own_side_still_tells_theirs(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Minister Grace Wanjiru opened a Kenyan clinic in the north.")
    assert found["Minister Grace Wanjiru"].country == "KEN"


def test_judges_and_police_act_against_their_own_countrys_people(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "Judge Ana Beltran opened a fraud inquiry against nine Peruvian customs officers."
    )
    assert found["Judge Ana Beltran"].country == "PER"


def test_a_body_named_after_its_city_at_the_start_of_a_sentence(nlp: Language) -> None:
    # the sentence's first word is capitalised anyway, but inside the model's one name it is
    # still the city's ("New Bedford Police said ...")
    found = mentions_by_text(nlp, "San Leandro Police said the two men were released on bail.")
    assert found["San Leandro Police"].country == "USA"
    found = mentions_by_text(nlp, "Police said the driver had fled.")
    assert found["Police"].country is None


def test_an_agency_named_by_its_acronym_gives_its_chair_an_office(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "SEC Chair Dana Whitfield defended the disclosure rule before the senators."
    )
    person = found["Dana Whitfield"]
    assert (person.country, person.sector) == ("USA", "GOV")


def test_an_army_by_name_that_the_text_calls_rebels_is_a_rebel_group(nlp: Language) -> None:
    for text in (
        "The Kivu Liberation Army rebel group attacked a village on Monday.",
        "The rebel Kivu Liberation Army attacked a village on Monday.",
        "The Kivu Liberation Army, a rebel group, attacked a village on Monday.",
    ):
        found = mentions_by_text(nlp, text)
        army = [m for k, m in found.items() if "Kivu Liberation Army" in k]
        assert [m.sector for m in army] == ["REB"], text
    found = mentions_by_text(nlp, "The Kenyan army attacked the rebel camp on Monday.")
    assert found["Kenyan army"].sector == "MIL"


def test_a_merchant_ship_is_a_business_of_its_flag(nlp: Language) -> None:
    found = mentions_by_text(nlp, "Gunmen in two skiffs seized a Maltese tanker off the coast on Sunday.")
    assert (found["Maltese tanker"].country, found["Maltese tanker"].sector) == ("MLT", "BUS")
    found = mentions_by_text(nlp, "A navy frigate escorted the freighter through the strait.")
    assert "freighter" not in found  # like a place, an actor only when its flag is known


def test_a_ships_flag_is_not_told_by_the_places_it_passes(nlp: Language) -> None:
    text = "Raiders operating from ports in Yemen have attacked forty merchant vessels this year."
    found = mentions_by_text(nlp, text)
    assert "merchant vessels" not in found or found["merchant vessels"].country is None
