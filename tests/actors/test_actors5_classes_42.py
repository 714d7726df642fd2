"""Actor classes of real news at stop 42, third round (a nationality in another person's title
or description is that person's). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import mentions_by_text

# A nationality in another person's title ("the call with Kenyan President Ruto") is that
# person's: it tells nothing of the people the sentence names around it, neither the ones the
# call is reported by nor an aide described by the call.


def test_a_nationality_in_another_persons_title_is_not_the_witness(nlp: Language) -> None:
    text = (
        "Senators questioned Margaret Holloway, a senior adviser to the treasury secretary "
        "on the March call with Kenyan President William Ruto."
    )
    found = mentions_by_text(nlp, text)
    holloway = next(m for m in found.values() if "Holloway" in m.text)
    assert holloway.country != "KEN", holloway


def test_a_nationality_in_a_coordinated_persons_description_is_that_persons(nlp: Language) -> None:
    text = "The committee heard Daniel Ortmann, a Kenyan lawyer, and Rebecca Lyle on Tuesday."
    found = mentions_by_text(nlp, text)
    lyle = next(m for m in found.values() if "Lyle" in m.text)
    assert lyle.country != "KEN", lyle


def test_a_nationality_in_ones_own_title_is_still_ones_own(nlp: Language) -> None:
    text = "Senators questioned Kenyan diplomat Peter Kamau about the March call."
    found = mentions_by_text(nlp, text)
    kamau = next(m for m in found.values() if "Kamau" in m.text)
    assert kamau.country == "KEN", kamau


def test_an_aide_to_a_foreign_minister_takes_the_ministers_country(nlp: Language) -> None:
    text = "Reporters spoke to Anna Berg, a spokeswoman for Swedish Foreign Minister Karl Lund."
    found = mentions_by_text(nlp, text)
    berg = next(m for m in found.values() if "Berg" in m.text)
    assert berg.country == "SWE", berg


def test_a_nationality_in_the_title_of_a_person_elsewhere_in_the_sentence(nlp: Language) -> None:
    text = "Senators questioned Margaret Holloway about her call with Kenyan President William Ruto."
    found = mentions_by_text(nlp, text)
    holloway = next(m for m in found.values() if "Holloway" in m.text)
    assert holloway.country != "KEN", holloway


# "Other" before a state's organ ("other governments", "other leaders") says it is other
# states'; before a civil group in a story about one country ("other unions", "other
# students") it says other groups like those named, of the same country.

STORY = (
    "Brazil's nurses' union endorsed the strike on Monday. Brazilian doctors joined the protest in "
    "Sao Paulo, and Brazil's health minister said the talks would resume. Brazilian hospitals "
    "stayed open. {sentence}"
)


def test_other_unions_in_a_story_of_one_country_are_that_countrys(nlp: Language) -> None:
    found = mentions_by_text(nlp, STORY.format(sentence="Other large unions backed the walkout."))
    unions = next(m for m in found.values() if "unions" in m.text)
    assert unions.country == "BRA", unions


def test_other_governments_in_a_story_of_one_country_stay_of_no_country(nlp: Language) -> None:
    found = mentions_by_text(nlp, STORY.format(sentence="Other governments watched the walkout."))
    governments = next(m for m in found.values() if "governments" in m.text)
    assert governments.country is None, governments
