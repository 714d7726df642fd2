"""A nationality plural that does an armed act stands for its state's forces (issue 11, stop 38:
"the Israelis bombed ..." coded as Israeli civilians). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.coding import code, find


def _sector(nlp: Language, text: str, word: str) -> str | None:
    return next(m.sector for m in nlp(text)._.mentions or [] if m.text == word)


def test_a_nationality_that_bombs_or_launches_an_assault_is_its_forces(nlp: Language) -> None:
    shelled = "The Norwegians shelled Swedish villages along the border for two days."
    event = find(code(nlp, shelled), "ASSAULT")
    assert [(a.text, a.country, a.sector) for a in event.sources] == [("Norwegians", "NOR", "MIL")]
    text = "The rebels held the valley. At dawn the Turks launched their assault on the valley."
    assert _sector(nlp, text, "Turks") == "MIL"


def test_a_nationality_that_protests_votes_or_is_killed_stays_civilian(nlp: Language) -> None:
    for text in (
        "The Norwegians protested outside the embassy on Friday.",
        "The Norwegians voted on Sunday in the referendum.",
        "Two Norwegians were killed when the shells hit the harbour.",
    ):
        assert _sector(nlp, text, "Norwegians") == "CVL", text
