"""A time in the event's own clause dates it, and one of another happening in the sentence does not
(stop 39 date notes): the parser may hang the time of a clause from a present participle describing
one of its nouns ("abducted by gunmen wearing uniforms in May 2015"), whose act is done at the
verb's time, so the time is the verb's; a time in the phrase of a happening named inside a noun
phrase ("seeks his extradition over his part in the release of the files in 2016") is that
happening's, not the act's.

Sentences written for these tests (invented facts).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
FRIDAY = dt.date(2023, 3, 17)


def _events(nlp: Language, text: str, published: dt.date = FRIDAY) -> list[Event]:
    return code_docs(nlp, [Article("t", text, published=published)])[0].events


def test_a_time_hung_from_a_participle_on_the_agent_dates_the_verb(nlp: Language) -> None:
    text = (
        "Two aid workers were abducted by gunmen wearing police uniforms in the centre of the city "
        "in May 2015."
    )
    assert dated(by_trigger(_events(nlp, text), "abducted")) == ("2015-05", "month")


def test_a_time_hung_from_a_past_participle_on_a_noun_is_its_own(nlp: Language) -> None:
    text = "Police detained two men seen near the border in May 2015."
    assert dated(by_trigger(_events(nlp, text), "detained")) != ("2015-05", "month")


def test_a_year_of_a_happening_inside_a_noun_phrase_does_not_date_the_request(nlp: Language) -> None:
    text = (
        "Spain is seeking the banker's extradition from Italy over his alleged part in the release "
        "of confidential tax records by activists in 2016."
    )
    for event in _events(nlp, text):
        assert event.date != "2016", event.trigger.text


def test_a_time_of_an_occasion_inside_a_noun_phrase_still_dates_the_act(nlp: Language) -> None:
    text = "The minister held talks with rebels at the summit in June."
    assert dated(by_trigger(_events(nlp, text), "talks")) == ("2022-06", "month")
