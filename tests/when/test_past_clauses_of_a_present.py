"""A past clause of time told against a present or a past copula is background (issue 11, part 6,
read on held-out news: "... the freedoms given to the territory when the UK returned it" and "his
claim was that he visited him in 2010, after he was released from prison" took the publication day).
Sentences written for these tests (invented facts)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
TUESDAY = dt.date(2019, 11, 19)


def _events(nlp: Language, text: str) -> list[Event]:
    return code_docs(nlp, [Article("t", text, published=TUESDAY)])[0].events


def test_a_when_clause_in_the_past_under_a_present_verb_is_undated(nlp: Language) -> None:
    """The signing was at some past time the text does not name: not the publication day."""
    text = (
        "Activists fear the government is reversing the reforms granted to the province when the "
        "rebels signed the peace accord."
    )
    assert dated(by_trigger(_events(nlp, text), "signed")) == (None, None)


def test_a_when_clause_under_a_verb_in_the_past_keeps_its_date(nlp: Language) -> None:
    """Negative: under a verb in the past the clause is no background of a present; it is unchanged."""
    text = (
        "Activists fear the government reversed the reforms granted to the province when the "
        "rebels signed the peace accord."
    )
    assert dated(by_trigger(_events(nlp, text), "signed")) == ("2019-11-19", "publication")


def test_an_after_clause_on_a_past_copula_is_undated(nlp: Language) -> None:
    """An unmeasured "after" clause on "was" tells an act before a past, as on a simple past verb."""
    text = (
        "But the oddest detail was his claim that he met the governor in Herat in 2014 – after the "
        "governor was released from prison by the Afghan government – in order to settle the feud."
    )
    assert dated(by_trigger(_events(nlp, text), "released")) == (None, None)


def test_an_after_clause_on_a_present_copula_keeps_its_date(nlp: Language) -> None:
    """Negative: on "is" the freeing may be the day's news; it is unchanged."""
    text = "The mood in the camp is grim after the Afghan government freed the rebel commander."
    assert dated(by_trigger(_events(nlp, text), "freed")) == ("2019-11-19", "publication")
