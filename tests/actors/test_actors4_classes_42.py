"""Actor classes of real news at stop 42, second round (names that are no place or no
organisation, a mention over-merged across a fronted phrase, a role's sector before a name).
Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_by_text

# A place's name inside a shop's or firm's name ("Fiji Island Auto", "Texas Roadhouse") is the
# brand's: it gives the staff, or the police of the story, no country, and is no country mention.


def test_a_country_in_a_shop_name_gives_the_police_no_country(nlp: Language) -> None:
    text = "Officers closed Malta Island Motors on Friday and police questioned the owner."
    found = mentions_by_text(nlp, text)
    assert "Malta" not in found, found
    assert found["police"].country != "MLT", found["police"]


def test_a_state_in_a_restaurant_name_is_no_place_of_the_story(nlp: Language) -> None:
    text = "Diners at the Kenya Grill were told by police to leave the building."
    found = mentions_by_text(nlp, text)
    assert "Kenya" not in found, found
    assert found["police"].country != "KEN", found["police"]


def test_a_country_before_a_lower_case_market_is_still_the_country(nlp: Language) -> None:
    text = "Traders at the Kenya market said police seized their goods."
    found = mentions_by_text(nlp, text)
    assert found["police"].country == "KEN", found["police"]


# A word written in lower case is a common noun, not an organisation whose name it shares: "the
# bill amounted to an amnesty" names no Amnesty International.


def test_a_lower_case_amnesty_is_no_organisation(nlp: Language) -> None:
    text = "Opponents said the new rule amounted to an amnesty for tax cheats."
    assert "amnesty" not in mentions_by_text(nlp, text)


def test_a_capitalised_amnesty_is_the_organisation(nlp: Language) -> None:
    text = "Amnesty said the new rule punished refugees."
    amnesty = mentions_by_text(nlp, text)["Amnesty"]
    assert amnesty.sector == "NGO", amnesty


# A fronted phrase's object ("In a reply to the Canadian broadcaster, ...") is not an apposition
# of the clause's subject: the country word of that phrase starts no mention of the subject.


def test_a_fronted_phrase_is_not_merged_into_the_subject(nlp: Language) -> None:
    text = "In a letter to the Canadian Broadcasting Corporation, the union rejected the claims."
    found = mentions_by_text(nlp, text)
    assert not any("," in t for t in found), found


def test_a_nationality_on_the_subject_still_starts_it(nlp: Language) -> None:
    text = "In a letter to the editor, the Canadian union rejected the claims."
    found = mentions_by_text(nlp, text)
    assert "Canadian union" in found, found


# A broadcaster's role before a person's name ("CNN host Jane Roe", "Fox anchor ...") makes the
# person media (MED); "host" and "anchor" are common nouns elsewhere ("the host country").


def test_a_host_before_a_name_is_media(nlp: Language) -> None:
    text = "CBS host Mark Dale asked the mayor about the budget."
    dale = next(m for m in nlp(text)._.mentions if "Mark Dale" in m.text)
    assert dale.sector == "MED", dale


def test_an_anchor_before_a_name_is_media(nlp: Language) -> None:
    text = "The network's anchor Lisa Grant pressed the minister to resign."
    grant = next(m for m in nlp(text)._.mentions if "Lisa Grant" in m.text)
    assert grant.sector == "MED", grant


def test_a_host_country_is_no_broadcaster(nlp: Language) -> None:
    text = "The host nation asked the visiting teams to leave early."
    assert all(m.sector != "MED" for m in nlp(text)._.mentions)
