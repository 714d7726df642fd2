"""Two readings of an event's time seen wrong in real news (issue 11, stop 44).

- An act told in the present perfect as done many times.
- An act told in a gerund of a phrase of sequence before the act of its clause.


"The minister has repeatedly denied the claims" tells a run of past acts at times the text does not
name: the perfect says the run reaches the present, not that any of its acts was done on the
publication day, so the event is undated, as in the simple past ("repeatedly denied"). A time of
its own still dates it, and a perfect with no word of habit keeps the publication date.

"The mayor resigned after accusing the police chief" tells the accusation as done some time before the
resignation, how long the text does not say, as "after he accused" does: neither the resignation's day,
the story's, nor the publication day is its date. A span measuring the phrase ("two days after"), a
phrase of what came later ("before accusing") and a clause in the present keep their readings.

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
THURSDAY = dt.date(2023, 3, 16)


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=THURSDAY)])[0].events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The interior minister has repeatedly accused the opposition of plotting a coup.", "accused"),
        ("Teachers' unions have often criticised the education ministry over pay.", "criticised"),
    ],
)
def test_a_run_of_acts_in_the_present_perfect_is_undated(nlp: Language, text: str, trigger: str) -> None:
    assert dated(by_trigger(_events(nlp, text), trigger)) == (None, None)


def test_a_run_of_acts_in_the_present_perfect_keeps_a_time_of_its_own(nlp: Language) -> None:
    text = "The interior minister has repeatedly accused the opposition on Monday of plotting a coup."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2023-03-13", "day")


def test_a_present_perfect_with_no_word_of_habit_keeps_the_publication_date(nlp: Language) -> None:
    text = "The interior minister has accused the opposition of plotting a coup."
    assert dated(by_trigger(_events(nlp, text), "accused")) == ("2023-03-16", "publication")


STORY = "Police searched the town hall in Lyon on Tuesday. "


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (STORY + "The mayor resigned after accusing the police chief of corruption.", "accusing"),
        ("The mayor resigned on Friday after accusing the police chief of corruption.", "accusing"),
        (STORY + "The mayor was fined after being arrested by the police.", "arrested"),
    ],
)
def test_a_gerund_told_after_a_word_of_sequence_is_undated(nlp: Language, text: str, trigger: str) -> None:
    assert dated(by_trigger(_events(nlp, text), trigger)) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor resigned two days after accusing the police chief of corruption.",
        "The mayor resigned before accusing the police chief of corruption.",
        STORY + "The mayor is expected to resign after accusing the police chief of corruption.",
    ],
)
def test_a_measured_later_or_present_gerund_keeps_the_publication_date(nlp: Language, text: str) -> None:
    assert dated(by_trigger(_events(nlp, text), "accusing")) == ("2023-03-16", "publication")
