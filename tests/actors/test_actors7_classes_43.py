"""Actor classes of real news at stop 43 (actors7): an unlisted organisation whose own name says
who its members are ("the Conference of Mayors") has their sector. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            "The United States Conference of Mayors urged Congress to fund transit.",
            "United States Conference of Mayors",
            "GOV",
        ),
        (
            "The National Conference of State Legislatures criticized the ruling.",
            "National Conference of State Legislatures",
            "LEG",
        ),
    ],
)
def test_the_members_an_organisations_name_names_give_its_sector(
    nlp: Language, text: str, name: str, sector: str
) -> None:
    found = mentions_by_text(nlp, text)
    assert name in found, sorted(found)
    assert found[name].sector == sector, found[name]


def test_an_of_phrase_outside_the_name_or_of_no_people_gives_no_sector(nlp: Language) -> None:
    text = "The Paris Conference on Climate urged governments to act."
    found = mentions_by_text(nlp, text)
    assert "Paris Conference on Climate" in found, sorted(found)
    assert found["Paris Conference on Climate"].sector is None
