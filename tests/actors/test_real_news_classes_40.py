"""Actor classes of real news at stop 40 (issue 11) that the held-out readings found. Every
sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find


def _mention(nlp: Language, text: str, words: str):  # type: ignore[no-untyped-def]
    found = [m for m in nlp(text)._.mentions if m.text == words]
    assert found, [(m.text, m.country, m.sector) for m in nlp(text)._.mentions]
    return found[0]


# A nationality word on a noun of people the table lists only so ("the French lawyers", "a
# British royal"): the people, of that country, are the actor, never the state the adjective
# had been read as (issue 11: "the US lawyers demanded" coded as the United States).


def test_a_nationality_on_lawyers_or_royals_makes_them_the_actor(nlp: Language) -> None:
    cases = (
        (
            "The Italian lawyers of the families demanded a new inquest.",
            "REQUEST",
            "Italian lawyers",
            "ITA",
            "JUD",
        ),
        (
            "US attorneys for the fishermen criticized the settlement on Friday.",
            "ACCUSE",
            "US attorneys",
            "USA",
            "JUD",
        ),
        ("A Dutch royal rejected the magazine's claims.", "REJECT", "Dutch royal", "NLD", "ELI"),
    )
    for text, plover, words, country, sector in cases:
        source = find(code(nlp, text), plover).sources[0]
        assert (source.text, source.country, source.sector) == (words, country, sector), text


def test_lawyers_alone_a_country_s_name_or_an_adjective_on_a_thing_stay_as_they_were(nlp: Language) -> None:
    """Bare "lawyers" are no actor; "an Italian proposal" is still the state's; "the Dutch royal
    family" is the family, as the table names it."""
    assert not any(m.text.endswith("lawyers") for m in nlp("Lawyers criticized the verdict.")._.mentions)
    proposal = _mention(nlp, "The Italian proposal angered Austria.", "Italian")
    assert (proposal.kind, proposal.country) == ("country", "ITA")
    family = _mention(nlp, "The Dutch royal family criticized the magazine.", "Dutch royal family")
    assert (family.country, family.sector) == ("NLD", "ELI")


# Two full names with one surname and two first words are two people when one first word is a
# given name on record and the one named before bears a name no table lists (issue 11: "Dale
# Ford" and "John M. Ford" made one man).


def test_a_given_name_no_table_lists_still_tells_two_bearers_of_a_surname_apart(nlp: Language) -> None:
    cases = (
        (
            "Orrin Pell, the writer's nephew, sued the publisher. Peter J. Pell wrote four novels.",
            "Peter J. Pell",
        ),
        ("Lyle Voss chaired the board. His sister Karen Voss denied the report on Monday.", "Karen Voss"),
    )
    for text, second in cases:
        assert _mention(nlp, text, second).name == second, text


def test_one_name_with_and_without_an_initial_or_a_title_is_still_one_person(nlp: Language) -> None:
    """ "Peter Pell" and "Peter J. Pell" are one man; a courtesy title is no given name; a word no
    table lists glued onto a surname already named ("Enter Pell") is no second person."""
    text = "Peter Pell sued the publisher. Peter J. Pell said on Monday that Dr. Pell would appeal."
    names = {m.name for m in nlp(text)._.mentions if m.kind == "person"}
    assert names == {"Peter Pell"}
    text = "Peter Pell sued the publisher on Monday. Enter Pell, who said the book was his."
    assert {m.name for m in nlp(text)._.mentions if m.kind == "person"} <= {"Peter Pell"}


# A he/she inside a named speaker's quotation is someone else than the speaker, who would say "I"
# (issue 11: "'He has taken responsibility,' the lawyer said" went to the lawyer, the speaker of
# the sentence before).
CLIENT = "Carl Dunn was arrested on Friday. His lawyer, Sonya Brandt, spoke to reporters on Monday. "


def test_a_pronoun_inside_a_named_speaker_s_quote_is_not_the_speaker(nlp: Language) -> None:
    for text in (
        CLIENT + '"He regrets the letters," Brandt said.',
        CLIENT + 'Brandt said: "He regrets the letters."',
    ):
        he = _mention(nlp, text, "He")
        assert he.name == "Carl Dunn", text


def test_a_pronoun_after_the_quote_still_goes_on_with_its_speaker(nlp: Language) -> None:
    text = CLIENT + '"I regret nothing," Brandt said. He added that the appeal was ready.'
    assert _mention(nlp, text, "He").name == "Sonya Brandt"


# A state's office word in an apposition that says at or of which organisation it is held ("a
# senior vice president at Boeing") is that organisation's office, not the government's
# (issue 11: a company's vice president coded GOV).


def test_an_office_held_at_an_unlisted_organisation_is_no_government_office(nlp: Language) -> None:
    for text in (
        "Tom Carver, senior vice president for jet engines at Boeing, criticized the agency on Monday.",
        "Tom Carver, a vice president of Acme Corp., criticized the agency.",
    ):
        assert _mention(nlp, text, "Tom Carver").sector != "GOV", text


def test_an_office_of_a_country_or_of_a_listed_organisation_keeps_its_sector(nlp: Language) -> None:
    assert (
        _mention(
            nlp, "Tom Carver, a vice president at the World Bank, criticized the agency.", "Tom Carver"
        ).sector
        == "IGO"
    )
    assert (
        _mention(
            nlp, "President Tom Carver of Colombia criticized the agency.", "President Tom Carver"
        ).sector
        == "GOV"
    )
