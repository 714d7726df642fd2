"""A count of past acts told in the present perfect is background: undated (issue 11).

Real news quotes a record ("has passed five resolutions and had a vote condemning ...") that the
publication date would chart among the day's news. Sentences written for these tests; the guards
mark where the class ends: persons counted by one operation, a span up to now that "since" bounds.
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
UNDATED = (None, None)
PUBLICATION = ("2024-03-08", "publication")


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=FRIDAY)])[0].events)


def test_a_counted_record_of_resolutions_is_undated(nlp: Language) -> None:
    text = "The Security Council has passed four resolutions and held a session condemning Pyongyang."
    assert dated(by_trigger(_events(nlp, text), "condemning")) == UNDATED


def test_dozens_of_strikes_in_the_perfect_are_undated(nlp: Language) -> None:
    text = "The air force has carried out dozens of strikes on rebel positions."
    assert dated(by_trigger(_events(nlp, text), "strikes")) == UNDATED


def test_persons_counted_by_one_operation_stay_the_days_news(nlp: Language) -> None:
    text = "The Kenyan army has arrested 30 suspects in the capital."
    assert dated(by_trigger(_events(nlp, text), "arrested")) == PUBLICATION


def test_a_count_since_a_day_is_not_background(nlp: Language) -> None:
    text = "Israel has carried out 40 raids in the West Bank since Monday."
    assert dated(by_trigger(_events(nlp, text), "raids")) != UNDATED


def test_a_list_of_past_acts_with_the_verb_had_is_undated(nlp: Language) -> None:
    text = '"The assembly has adopted three resolutions and had a vote condemning the junta," an envoy said.'
    assert dated(by_trigger(_events(nlp, text), "condemning")) == UNDATED


def test_a_count_over_a_span_since_a_happening_is_undated(nlp: Language) -> None:
    """j9 E37's class: a clause of "since" names a happening, not a time, so the count is background."""
    text = "The envoy has paid at least 12 visits to the border region since the ceasefire collapsed."
    assert dated(by_trigger(_events(nlp, text), "visits")) == UNDATED


def test_a_count_since_a_named_month_is_not_background(nlp: Language) -> None:
    text = "The navy has conducted 15 drills in the strait since January."
    assert dated(by_trigger(_events(nlp, text), "drills")) != UNDATED
