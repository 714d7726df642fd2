"""The story's country (actors/article.py) from the evidence that says where the story is, with
sentences written for these tests (issue 11: police, suspects and victims of short local crime
stories left of no country)."""

from __future__ import annotations

from spacy.language import Language


def test_a_persons_birthplace_is_no_evidence_of_the_storys_country(nlp: Language) -> None:
    """Where a victim or a witness comes from ("originally from Kerala", "born in Mumbai") is no
    evidence of where the story happens: a US crash story stays a US story."""
    text = (
        "Police in Ohio arrested a driver after a crash in Columbus on Friday. The suspect was held "
        "in the county jail. Neighbours said the victim was originally from Kerala, India, and that "
        "her brother was born in Mumbai."
    )
    found = {m.text: m for m in nlp(text)._.mentions or []}
    assert found["suspect"].country == "USA"
    assert found["Kerala"].country == "IND"  # still the place it is


def test_a_place_where_the_story_happens_still_counts(nlp: Language) -> None:
    """Not every "from" is an origin: aid flown from Mumbai to Chennai is India's story."""
    text = (
        "Aid was flown from Mumbai to Chennai on Monday. Floods in Tamil Nadu killed dozens. "
        "Rescuers said the police had closed the roads."
    )
    found = {m.text: m for m in nlp(text)._.mentions or []}
    assert found["police"].country == "IND"


def test_a_town_and_its_state_tagged_as_one_name_are_a_place(nlp: Language) -> None:
    """Issue 11: a suspect "of <town>, <state>" the model tagged as one organisation's name made
    no place mention, and so no evidence of the story's country."""
    text = "Officers later detained a 30-year-old man of Schenectady, New York."
    found = {m.text: m for m in nlp(text)._.mentions or []}
    assert found["Schenectady"].country == "USA"
