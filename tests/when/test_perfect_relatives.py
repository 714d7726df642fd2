"""An act told in the present perfect in a relative clause on a noun is background (issue 11 part 6,
stop 41 judge j12 class 5): "The Authority, which has rejected the US as a mediator, called ..." did not
reject the US on the publication day. Undated, as other background acts (`when.component.undated_background`).

Sentences written for these tests (invented facts); the negatives keep a relative clause with a time
of its own, and a main clause in the perfect (which keeps the publication date: the issue's author's call).
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


def test_a_perfect_in_a_relative_clause_is_undated(nlp: Language) -> None:
    text = (
        "The Palestinian Authority, which has rejected the US as a mediator, "
        "called on Monday for an emergency meeting of the Arab League."
    )
    events = _events(nlp, text)
    assert dated(by_trigger(events, "rejected")) == (None, None)
    assert dated(by_trigger(events, "called")) == ("2023-03-13", "day")


def test_a_perfect_conjoined_in_a_relative_clause_is_undated(nlp: Language) -> None:
    text = (
        "The Palestinian Authority, which considers the US biased and has rejected it as a mediator, "
        "called on Monday for an emergency meeting of the Arab League."
    )
    assert dated(by_trigger(_events(nlp, text), "rejected")) == (None, None)


def test_a_perfect_relative_with_its_own_subject_is_undated(nlp: Language) -> None:
    text = (
        "Prosecutors on Monday dropped the case against the activist, "
        "whom the government has accused of treason."
    )
    assert dated(by_trigger(_events(nlp, text), "treason")) == (None, None)


def test_a_relative_clause_with_a_time_of_its_own_keeps_it(nlp: Language) -> None:
    text = (
        "The Palestinian Authority, which rejected the US as a mediator on Monday, "
        "called for an emergency meeting."
    )
    assert dated(by_trigger(_events(nlp, text), "rejected")) == ("2023-03-13", "day")


def test_a_perfect_main_clause_keeps_the_publication_date(nlp: Language) -> None:
    text = "The Palestinian Authority has rejected the US as a mediator."
    assert dated(by_trigger(_events(nlp, text), "rejected")) == ("2023-03-16", "publication")


def test_a_relative_clause_that_is_the_sentences_assertion_keeps_the_publication_date(nlp: Language) -> None:
    """A list's heading ("Republicans who have called for ...") or a copula's noun tells the news itself."""
    heading = "Republicans who have called for the senator to resign."
    assert dated(by_trigger(_events(nlp, heading), "called")) == ("2023-03-16", "publication")
    presented = "They are the senators who have condemned the governor."
    assert dated(by_trigger(_events(nlp, presented), "condemned")) == ("2023-03-16", "publication")
