"""A bracketed citation date closing a sentence dates the sentence's undated acts (issue 11: event
dates whose time is told elsewhere).

Digests and wire roundups cite a day in brackets after a claim ("... (AFP, June 2).", "... [June
2]"); the parser hangs the bracket from a nearby word or makes it a sentence of its own, and the act
kept the publication day. Sentences written for these tests; the guards mark where the class ends:
a bracket holding more than a cited day, the next sentence, an act with a day of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
FRIDAY = dt.date(2024, 3, 8)


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=FRIDAY)])[0].events)


def test_a_date_in_square_brackets_dates_the_claim(nlp: Language) -> None:
    text = "The Chadian army accused Sudan of sheltering the insurgents [March 4]."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2024-03-04", "day")


def test_a_date_in_parentheses_dates_the_claim_not_the_next_sentence(nlp: Language) -> None:
    text = (
        "The Chadian army accused Sudan of sheltering the insurgents (March 4). "
        "Chadian police arrested two Sudanese traders in Abeche."
    )
    events = _events(nlp, text)
    assert dated(by_trigger(events, "accused")) == ("2024-03-04", "day")
    assert dated(by_trigger(events, "arrested")) == ("2024-03-08", "publication")


def test_a_wire_and_its_day_date_the_claim(nlp: Language) -> None:
    text = "The Chadian army accused Sudan of sheltering the insurgents (AFP, March 4)."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2024-03-04", "day")


def test_a_bracket_naming_a_report_is_no_citation(nlp: Language) -> None:
    text = "The Chadian army accused Sudan of sheltering the insurgents (see the March 4 report)."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2024-03-08", "publication")


def test_an_act_with_a_day_of_its_own_keeps_it(nlp: Language) -> None:
    text = "On Tuesday the Chadian army accused Sudan of sheltering the insurgents (AFP, March 7)."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2024-03-05", "day")
