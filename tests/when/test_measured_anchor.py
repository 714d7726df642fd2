"""An act set a span before or after an earlier told happening takes that happening's date moved
by the span (issue 11: event dates whose time is told elsewhere): the span may be counted by an
article ("a week after the vote"), the phrase may hang from the span ("a day before the summit"),
the happening may be told as the object of a dated verb ("held a vote on Sunday ... the vote"),
and an approximate span ("about ten days") gives no day, only its week.

Sentences written for these tests; the guards mark where the class ends: an uncounted span ("a
few weeks after"), an indefinite noun naming some other happening.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
FRIDAY = dt.date(2024, 3, 22)
VOTE = "Senegal held a presidential vote on March 3. "


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=FRIDAY)])[0].events)


def test_a_span_counted_by_an_article_moves_the_objects_date(nlp: Language) -> None:
    text = VOTE + "A week after the vote, the opposition rejected the results."
    assert dated(by_trigger(_events(nlp, text), "rejected")) == ("2024-03-04", "week")


def test_a_span_of_days_gives_the_day(nlp: Language) -> None:
    text = VOTE + "Ten days after the vote, the opposition rejected the results."
    assert dated(by_trigger(_events(nlp, text), "rejected")) == ("2024-03-13", "day")


def test_an_approximate_span_gives_only_the_week(nlp: Language) -> None:
    text = VOTE + "About ten days after the vote, the opposition rejected the results."
    assert dated(by_trigger(_events(nlp, text), "rejected")) == ("2024-03-11", "week")


def test_a_phrase_hung_from_its_span_moves_the_events_date(nlp: Language) -> None:
    text = (
        "The leaders held a summit in Dakar on March 14. "
        "A day before the summit, Senegal accused Mali of massing troops."
    )
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2024-03-13", "day")


def test_an_uncounted_span_moves_nothing(nlp: Language) -> None:
    text = VOTE + "A few weeks after the vote, the opposition rejected the results."
    assert dated(by_trigger(_events(nlp, text), "rejected"))[1] not in ("day", "week")


def test_an_indefinite_noun_names_no_told_happening(nlp: Language) -> None:
    text = VOTE + "A week after a vote in Gambia, the opposition rejected the results."
    assert dated(by_trigger(_events(nlp, text), "rejected"))[1] not in ("day", "week")
