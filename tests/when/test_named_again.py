"""An undated act takes the time of a later sentence that names it again by a definite noun and
tells it done on a day (issue 11: event dates whose time is told elsewhere).

News tells an act with no time, then gives the time where it names the act again: "The talks,
held on Monday, ...", "The arrests were made on Tuesday". The act was dated to the publication day.
Sentences written for these tests; the guards mark where the class ends: a verb judging the act, an
indefinite noun, a nearer act of the same kind.
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
ARREST = "Ugandan police arrested four opposition activists in Gulu. "


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=FRIDAY)])[0].events)


def test_a_participle_of_the_named_act_dates_it(nlp: Language) -> None:
    text = (
        "The foreign minister met the militia commanders in Bangui. "
        "The talks, held on Monday, broke up early."
    )
    assert dated(by_trigger(_events(nlp, text), "met")) == ("2024-03-04", "day")


def test_a_passive_clause_of_the_named_act_dates_it(nlp: Language) -> None:
    text = ARREST + "Their party called a press conference. The arrests were made on Wednesday, it said."
    assert dated(by_trigger(_events(nlp, text), "arrested")) == ("2024-03-06", "day")


def test_news_in_the_perfect_takes_the_time_told_later(nlp: Language) -> None:
    text = (
        "Ugandan police have arrested four opposition activists in Gulu. Their party called a press "
        "conference. The arrests, made on Tuesday, followed a rally."
    )
    assert dated(by_trigger(_events(nlp, text), "arrested")) == ("2024-03-05", "day")


def test_a_verb_judging_the_act_does_not_date_it(nlp: Language) -> None:
    text = ARREST + "The arrests, condemned on Tuesday by the party, drew wide criticism."
    assert dated(by_trigger(_events(nlp, text), "arrested")) == ("2024-03-08", "publication")


def test_an_indefinite_noun_names_other_acts(nlp: Language) -> None:
    text = ARREST + "Arrests made on Tuesday in Lira drew wide criticism."
    assert dated(by_trigger(_events(nlp, text), "arrested")) == ("2024-03-08", "publication")


def test_the_noun_names_the_nearest_act_of_its_kind(nlp: Language) -> None:
    text = ARREST + "Soldiers arrested two students in Lira. The arrests, made on Tuesday, drew criticism."
    first, second = (e for e in _events(nlp, text) if e.trigger.text == "arrested")
    assert dated(first) == ("2024-03-08", "publication")
    assert dated(second) == ("2024-03-05", "day")
