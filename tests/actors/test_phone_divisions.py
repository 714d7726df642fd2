"""A North American phone number says which namesake a bare city name is (judges' class of stop 44:
London, Ontario police coded as Britain's in a local paper with no dateline). The actors stage reads
the numbers as the place stage does (`where.resolve.phone_divisions`). Sentences written for these
tests."""

from __future__ import annotations

from spacy.language import Language


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.text: m.country for m in nlp(text)._.mentions or []}


def test_an_ontario_number_makes_london_police_canadian(nlp: Language) -> None:
    text = (
        "A man was stabbed outside a bar early Saturday, London police said. Officers arrested two "
        "people at the scene. Anyone with information is asked to call London police at 519-661-5670."
    )
    assert _countries(nlp, text)["London police"] == "CAN"


def test_a_texas_number_makes_paris_police_american(nlp: Language) -> None:
    text = (
        "Paris police said a woman was hurt in a crash on a county road. Anyone with information "
        "may call the department at 903-785-0000."
    )
    assert _countries(nlp, text)["Paris police"] == "USA"


def test_without_a_local_number_the_name_keeps_its_reading(nlp: Language) -> None:
    """Negative: a British number, or none, leaves London the capital's."""
    text = (
        "A man was stabbed outside a bar early Saturday, London police said. Officers arrested two "
        "people at the scene. Anyone with information is asked to call 0800 555 111."
    )
    assert _countries(nlp, text)["London police"] == "GBR"


def test_a_number_of_another_division_changes_nothing(nlp: Language) -> None:
    """Negative: a New York number says nothing of which London a name is (no London there)."""
    text = (
        "London police said on Saturday that two men were arrested after a robbery. A relative in "
        "Buffalo can be reached at 716-555-0100."
    )
    assert _countries(nlp, text)["London police"] == "GBR"
