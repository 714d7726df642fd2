"""Actors' countries in stories with no dateline and no title (issue 11, "Countries from evidence";
found on short ABC stories of the Lee corpus, half A). A common word of bodies' names that some
small town bears ("Federal", "Union") is no place inside a body's name, and a party named by its
bare word ("Labor", "the Nationals", "the Liberals") is its country's in a story that names that
country, and so evidence of where the story is. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_by_text


def test_a_bodys_own_word_that_a_town_bears_is_no_place(nlp: Language) -> None:
    """ "Federal" is an Argentine town's name and "Union" a US city's: "the Federal Government" and
    "the Union Cabinet" are no body of those towns' countries."""
    found = mentions_by_text(nlp, "The Federal Government has promised new money for rural hospitals.")
    assert found["Federal Government"].country is None
    found = mentions_by_text(nlp, "The Union Cabinet approved the new railway line on Wednesday.")
    assert found["Union Cabinet"].country is None


def test_a_city_named_before_its_body_still_tells_its_country(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Chicago City Council approved the budget on Tuesday.")
    assert found["Chicago City Council"].country == "USA"


def test_an_australian_story_with_no_dateline(nlp: Language) -> None:
    """The parties a story names by their bare words, its capital and its states say it is
    Australia's: the Federal Government, the Opposition and the parties are Australian."""
    text = (
        "The Federal Government has rejected calls from the Opposition for an inquiry into the sale "
        "of the airport. Labor leader Kim Beazley criticised the Prime Minister in Canberra "
        "yesterday. The Nationals and the Liberals also rejected the plan."
    )
    found = mentions_by_text(nlp, text)
    assert found["Federal Government"].country == "AUS"
    assert found["Opposition"].country == "AUS"
    assert (found["Labor"].country, found["Labor"].sector) == ("AUS", "PTY")
    assert (found["Nationals"].country, found["Nationals"].sector) == ("AUS", "PTY")
    assert found["Liberals"].country == "AUS"


def test_a_canadian_story_reads_the_liberals_as_canadas(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Liberals in Ottawa accused the Conservatives of stalling the budget.")
    assert found["Liberals"].country == "CAN"


def test_an_israeli_story_reads_labor_as_israels(nlp: Language) -> None:
    found = mentions_by_text(
        nlp, "In Jerusalem, Labor voted on Sunday to leave Israel's coalition government."
    )
    assert found["Labor"].country == "ISR"


def test_a_bare_party_word_is_no_party_where_the_story_names_none_of_its_countries(nlp: Language) -> None:
    """ "Labor" is Australia's or Israel's party only in their stories; an Indian party named by
    its acronym is India's anywhere."""
    found = mentions_by_text(nlp, "Thousands marched in Chicago on Labor Day.")
    assert "Labor" not in found
    found = mentions_by_text(nlp, "The BJP accused the opposition of misleading farmers.")
    assert (found["BJP"].country, found["BJP"].sector) == ("IND", "PTY")


def test_a_shared_party_word_inside_a_longer_name_is_no_party(nlp: Language) -> None:
    """ "Labor" inside "the Labor Department" or "the International Labor Office" is a word of
    another body's name, even in a story that names Australia or Israel."""
    found = mentions_by_text(nlp, "The Labor Department said exports to Australia rose in May.")
    assert "Labor" not in found
    found = mentions_by_text(nlp, "The International Labor Office praised Israel's new law on Monday.")
    assert not any(m.name == "Israeli Labor Party" for m in found.values())

