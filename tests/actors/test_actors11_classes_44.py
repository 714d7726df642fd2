"""Actor classes of real news at stop 44 (actors11): a group that owns a body named by an
organisation's word ("the nurses' union") describes the body, which is the actor; magistrates are
the judiciary and veterans civilians. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import mentions_by_text


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        (
            "The Chilean miners' union contends that the mine owners cheat them.",
            "Chilean miners' union",
            "CHL",
        ),
        ("The Irish nurses' union rejected the pay offer.", "Irish nurses' union", "IRL"),
    ],
)
def test_a_body_owned_by_its_members_is_the_actor(nlp: Language, text: str, word: str, country: str) -> None:
    found = mentions_by_text(nlp, text)
    assert word in found, sorted(found)
    assert (found[word].country, found[word].sector) == (country, "LAB"), found[word]


def test_a_groups_own_thing_leaves_the_group_the_actor(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The Chilean miners' wages were cut by the company.")
    assert "miners" in {m.text.split()[-1] for m in found.values()}, sorted(found)
    assert all("wages" not in m.text for m in found.values()), sorted(found)


@pytest.mark.parametrize(
    ("text", "word", "sector"),
    [
        ("Local magistrates fined the landlord for neglect in Leeds.", "magistrates", "JUD"),
        ("Veterans marched on the parliament in Ottawa.", "Veterans", "CVL"),
    ],
)
def test_magistrates_and_veterans_are_actors(nlp: Language, text: str, word: str, sector: str) -> None:
    found = {m.text.split()[-1]: m for m in nlp(text)._.mentions}
    assert word in found, sorted(found)
    assert found[word].sector == sector, found[word]


def test_a_veterinary_clinic_is_no_veterans_group(nlp: Language) -> None:
    found = mentions_by_text(nlp, "The veterinary clinic treated a dog in Leeds.")
    assert all(m.sector != "CVL" for m in found.values()), sorted(found)
