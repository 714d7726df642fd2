"""Titles that say what a person is or was are no actors of their own, and a former office is
no office (issue 11: "former governor" in real news). Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language


def _mentions(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp(text)
    return {m.text: (m.country, m.sector) for m in doc._.mentions or []}


def test_a_title_said_of_a_person_is_no_actor_of_its_own(nlp: Language) -> None:
    found = _mentions(nlp, "Rick Perry, who is a former governor of Texas, met the Saudi energy minister.")
    assert "former governor" not in found and "Rick Perry" in found
    assert "foreign minister" not in _mentions(nlp, "She was the foreign minister of Peru until 2019.")


def test_a_former_office_holder_named_by_title_alone_is_no_government(nlp: Language) -> None:
    found = _mentions(nlp, "The former governor of Texas met the Saudi energy minister in Riyadh.")
    assert found["former governor"] == ("USA", "ELI")


def test_an_apposition_with_former_says_the_office_is_over(nlp: Language) -> None:
    assert (
        _mentions(nlp, "Jeb Bush, a former governor of Florida, criticised the plan.")["Jeb Bush"][1] == "ELI"
    )
