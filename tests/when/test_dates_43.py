"""Three readings of an event's time seen wrong in real news (issue 11, stop 43).

- A past participle of a position held towards the noun it describes ("the budget, supported by ...")
  is held at the time of the clause the noun stands in, to the day; an act done before the clause
  ("the office, attacked by rebels") is not.
- "lately" tells an act done at an earlier time the text does not name, as "recently" does.
- An act told with no time and named again later by a definite noun that a time expression dates
  in its own phrase ("after his release on Sunday") takes that time.
- An act told in the perfect progressive in a relative clause ("which has been fighting rebels") goes
  on up to now: the publication day is one of its days, unlike one in the present perfect.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2024, 10, 16)


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=WEDNESDAY)])[0].events)


def test_a_position_held_by_a_participle_takes_its_clauses_day(nlp: Language) -> None:
    text = (
        "The budget, supported by the governing coalition and two opposition parties, cleared the senate "
        "on Monday."
    )
    assert dated(by_trigger(_events(nlp, text), "supported")) == ("2024-10-14", "day")


def test_an_act_done_before_its_clause_by_a_participle_stays_undated(nlp: Language) -> None:
    text = "The clinic, attacked by militiamen, reopened its doors to patients on Monday."
    assert dated(by_trigger(_events(nlp, text), "attacked")) == (None, None)


def test_an_act_done_lately_is_no_news_of_the_publication_day(nlp: Language) -> None:
    text = "The Ghanaian government has lately accused Togo of sheltering the smugglers."
    assert dated(by_trigger(_events(nlp, text), "accused")) == (None, None)


def test_an_act_in_the_perfect_with_no_time_word_keeps_the_publication_day(nlp: Language) -> None:
    text = "The Ghanaian government has accused Togo of sheltering the smugglers."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2024-10-16", "publication")


def test_an_act_named_again_by_a_noun_dated_in_its_phrase_takes_that_day(nlp: Language) -> None:
    text = (
        "Police in Harare arrested the opposition blogger on Friday. Prison authorities released him from "
        "custody. Speaking to reporters after his release on Sunday, the blogger thanked his lawyers."
    )
    # Sunday's, not the arrest's Friday that the story's time would give it
    assert dated(by_trigger(_events(nlp, text), "released")) == ("2024-10-13", "day")


def test_an_act_whose_later_dated_noun_names_another_happening_keeps_its_date(nlp: Language) -> None:
    text = (
        "Police in Harare arrested the opposition blogger on Friday. Prison authorities released him from "
        "custody. Speaking to reporters after the hearing on Sunday, the blogger thanked his lawyers."
    )
    assert dated(by_trigger(_events(nlp, text), "released")) == ("2024-10-11", "day")


def test_an_act_going_on_in_a_perfect_progressive_relative_keeps_the_publication_day(nlp: Language) -> None:
    text = "The Ethiopian army, which has been fighting rebels in the north, denied the reports."
    assert dated(by_trigger(_events(nlp, text), "fighting")) == ("2024-10-16", "publication")


def test_an_act_done_in_a_present_perfect_relative_stays_undated(nlp: Language) -> None:
    text = "The Ethiopian army, which has fought rebels in the north, denied the reports."
    assert dated(by_trigger(_events(nlp, text), "fought")) == (None, None)


def test_an_act_whose_later_dated_noun_is_only_of_its_type_keeps_its_date(nlp: Language) -> None:
    text = (
        "Police arrested the activist on Friday. Militants attacked a police post in the north. "
        "Speaking after the bombing of a market in the capital on Sunday, the governor appealed for calm."
    )
    # the bombing may be another attack: the story's Friday stands
    assert dated(by_trigger(_events(nlp, text), "attacked")) == ("2024-10-11", "day")
