"""Actor classes of real news at stop 41 (issue 11) that the held-out readings found. Every
sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language

from wirewatch.actors.names import is_headline


def _people(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in nlp(text)._.mentions if m.kind == "person"]


# A headline in title case glues its own words to a name: "Jane Roe Funds ..." and "Weary
# Merkel" are no people. A title-case line is a headline even with a full stop or a semicolon
# at its end, and a person is named as the body names them (issue 11).


def test_a_title_case_line_is_a_headline_whatever_ends_it() -> None:
    assert is_headline("Shipping Firm Pays $2 Million to Flood Victims.")
    assert is_headline("Tired Ministers and Rivals;")
    # sentences write their verbs and nouns in lower case
    assert not is_headline("The shipping firm paid two million to flood victims.")
    assert not is_headline("Mayor Ana Lima met Governor Paul Otieno.")


def test_a_headline_s_words_after_a_name_are_no_part_of_it(nlp: Language) -> None:
    text = (
        "Gerald Baxter Funds $4 Million Drive for Flood Victims.\n\n"
        "Gerald Baxter is giving $4 million to the relief fund. Baxter praised the volunteers.\n"
    )
    names = {name for _, name in _people(nlp, text)}
    assert names == {"Gerald Baxter"}, _people(nlp, text)


def test_a_headline_s_word_before_a_known_surname_is_no_given_name(nlp: Language) -> None:
    text = (
        "Weary Merkel and Macron;\nEurope faces a hard winter.\n\n"
        "Chancellor Merkel met the French president in Berlin. Merkel criticized Moscow on Tuesday.\n"
    )
    names = {name for _, name in _people(nlp, text)}
    assert "Weary Merkel" not in names and "Angela Merkel" in names, _people(nlp, text)


def test_a_name_the_body_writes_whole_keeps_its_words(nlp: Language) -> None:
    """The headline's first word is a given name when the body writes the name whole, even one
    no table lists."""
    text = (
        "Hunter Biden and Allies;\nThe inquiry widens.\n\n"
        "Hunter Biden criticized the prosecutors on Monday. Biden said the inquiry was unfair.\n"
    )
    assert ("Hunter Biden", "Hunter Biden") in _people(nlp, text)


# A word one letter from a sector term is read as that term ("peackeepers"), but the plural of a
# medium names goods: "tariffs on Korean televisions" fall on sets, not on broadcasters (issue 11).


def test_television_sets_are_goods_not_broadcasters(nlp: Language) -> None:
    mentions = nlp("The ministry raised duties on Korean televisions and washing machines.")._.mentions
    assert not any(m.sector == "MED" for m in mentions), [(m.text, m.sector) for m in mentions]
    broadcaster = [m for m in nlp("Korean television reported the strike.")._.mentions if m.sector == "MED"]
    assert [m.text for m in broadcaster] == ["Korean television"]


# The Palestinian Authority is the government of Palestine, as the Kremlin is Russia's: GOV
# (issue 11: coded with no sector).


def test_the_palestinian_authority_is_a_government(nlp: Language) -> None:
    found = [m for m in nlp("The Palestinian Authority condemned the raid.")._.mentions]
    assert [(m.country, m.sector) for m in found] == [("PSE", "GOV")], found
    state = [m for m in nlp("Activists in Ramallah praised Palestine.")._.mentions if m.text == "Palestine"]
    assert [(m.country, m.sector) for m in state] == [("PSE", None)]
