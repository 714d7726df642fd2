"""A time on one of two conjoined verbs and an adverb of succession on the other (issue 11 part 6,
stop 41 judge j12 class 6): "was detained in March and later convicted" was not convicted in March.

Sentences written for these tests (invented facts); the negative keeps the shared time of two
conjoined acts told with no such adverb.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
THURSDAY = dt.date(2023, 3, 16)


def _events(nlp: Language, text: str, published: dt.date | None = THURSDAY) -> list[Event]:
    return code_docs(nlp, [Article("t", text, published=published)])[0].events


def test_a_later_conjunct_does_not_take_the_time_of_the_verb_before(nlp: Language) -> None:
    text = "The army detained the journalist in May 2021 and later deported him to Turkey."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "detained")) == ("2021-05", "month")
    # done at some later time the text does not name: neither May nor the publication day
    assert dated(by_trigger(events, "deported")) == (None, None)


def test_an_eventual_conjunct_does_not_take_the_time_of_the_verb_before(nlp: Language) -> None:
    text = "The rebels encircled the garrison in May 2021 and eventually attacked the town."
    assert dated(by_trigger(_events(nlp, text), "attacked")) == (None, None)


def test_a_conjunct_without_succession_keeps_the_shared_time(nlp: Language) -> None:
    text = "The army detained the journalist in May 2021 and deported him to Turkey."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "detained")) == ("2021-05", "month")
    assert dated(by_trigger(events, "deported")) == ("2021-05", "month")


def test_an_act_told_as_later_is_not_given_the_publication_day(nlp: Language) -> None:
    text = (
        "A recording of the senator mocking veterans circulated online this month. "
        "The senator later apologized to the veterans' association."
    )
    assert dated(by_trigger(_events(nlp, text), "apologized")) == (None, None)


def test_an_act_told_as_later_keeps_the_storys_day(nlp: Language) -> None:
    text = "Police arrested the mayor of Lyon on Tuesday. The governor later criticized the police."
    assert dated(by_trigger(_events(nlp, text), "criticized")) == ("2023-03-14", "day")


def test_an_act_without_succession_keeps_the_publication_day(nlp: Language) -> None:
    text = (
        "A recording of the senator mocking veterans circulated online this month. "
        "The senator apologized to the veterans' association."
    )
    assert dated(by_trigger(_events(nlp, text), "apologized")) == ("2023-03-16", "publication")
