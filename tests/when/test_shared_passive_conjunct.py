"""A time inside the first of two passive verbs sharing their auxiliary is the first act's alone
(issue 11 part 6, stop 41 judge j12 E30): "was evicted in April and sentenced to 50 weeks" was not
sentenced in April. Decided from the parse: the time hangs from the first conjunct, after its verb.

Sentences written for these tests (invented facts); the negatives keep a time told before both
verbs, and the shared time of two active conjoined verbs.
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
    return code_docs(nlp, [Article("t", text, published=THURSDAY)])[0].events


def test_a_second_passive_participle_does_not_take_the_firsts_time(nlp: Language) -> None:
    text = "The 52-year-old Briton was detained in March and sentenced to three years in prison for fraud."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "detained")) == ("2023-03", "month")
    assert dated(by_trigger(events, "sentenced")) != ("2023-03", "month")


def test_a_second_passive_participle_does_not_take_the_firsts_day(nlp: Language) -> None:
    text = "The 40-year-old Canadian was deported on Monday and convicted of smuggling weapons."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "convicted")) != ("2023-03-13", "day")


def test_a_time_before_both_passive_verbs_frames_both(nlp: Language) -> None:
    text = "In March the 52-year-old Briton was detained and sentenced to three years in prison for fraud."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "detained")) == ("2023-03", "month")
    assert dated(by_trigger(events, "sentenced")) == ("2023-03", "month")


def test_two_active_conjoined_verbs_still_share_their_time(nlp: Language) -> None:
    text = "The protesters gathered outside parliament on Monday and attacked the police."
    events = _events(nlp, text)
    assert dated(by_trigger(events, "gathered")) == ("2023-03-13", "day")
    assert dated(by_trigger(events, "attacked")) == ("2023-03-13", "day")
