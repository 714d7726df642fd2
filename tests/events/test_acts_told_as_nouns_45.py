"""Deeds told as nouns with their doer in a "by" phrase (stop-45 recall readings r13/r14, nouns15).
Our own sentences.

- A "by" phrase on the noun of a deed (force, protest, a search) names its doer even when the deed
  falls on no one the phrase names: "the night raids by customs police sealed a warehouse".
- A raid by the police, prosecutors or intelligence is their search and seizure (CAMEO 171), as
  the verb is coded (coerce.raid-police); a raid by soldiers stays force.
- A noun of words ("the statement by the cabinet", "the protest by farmers" as a formal protest)
  still needs someone it falls on: it is left to its verbs.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "sector"),
    [
        ("The dawn raids by federal police shut two print shops in Curitiba.", "COERCE", "171", "COP"),
        ("The shelling by rebel fighters damaged a hospital in Idlib.", "ASSAULT", "194", "REB"),
        ("The sit-in by nursing students went on for a week.", "PROTEST", "141", "EDU"),
        ("The raids by army commandos destroyed two bridges.", "ASSAULT", "190", "MIL"),
    ],
)
def test_a_deeds_by_phrase_names_its_doer(
    nlp: Language, text: str, plover: str, cameo: str, sector: str
) -> None:
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo
    assert {a.sector for a in event.sources} == {sector}


def test_a_police_raid_told_by_a_verb_is_unchanged(nlp: Language) -> None:
    event = find(code(nlp, "Federal police raided two print shops in Curitiba."), "COERCE")
    assert event.cameo == "171"


@pytest.mark.parametrize(
    "text",
    [
        "The statement by the Kenyan cabinet was brief.",
        "The speech by the Kenyan president lasted an hour.",
    ],
)
def test_words_by_someone_at_no_one_are_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_a_protest_by_farmers_is_no_formal_protest_lodged(nlp: Language) -> None:
    events = code(nlp, "The protest by farmers blocked the highway.")
    assert not [e for e in events if e.plover == "ACCUSE"]
