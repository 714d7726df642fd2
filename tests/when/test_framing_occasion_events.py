"""An act done at an occasion that is itself coded as an event ("talks", "a meeting": CONSULT) takes
the occasion's time (issue 11 part 6, stop 42 judge j15 class 8): "Canada pledged to cut tariffs at
talks with Mexico last December" pledged in December, as it would at "a summit last December", which
codes no event (`when.component.frames_an_act`). "talk" is an `occasion` word of `data/time_words.tsv`.

Sentences written for these tests (invented facts); the negatives: an occasion still ahead dates no
act said to be done; an act with a time of its own keeps it; talks the act came after
are not its occasion.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
TUESDAY = dt.date(2016, 9, 27)


def _events(nlp: Language, text: str) -> list[Event]:
    return code_docs(nlp, [Article("t", text, published=TUESDAY)])[0].events


@pytest.mark.parametrize("prep", ["at", "during"])
def test_an_act_at_dated_talks_takes_their_month(nlp: Language, prep: str) -> None:
    events = _events(nlp, f"Canada pledged to cut tariffs {prep} talks with Mexico last December.")
    assert dated(by_trigger(events, "cut")) == ("2015-12", "month")


def test_an_act_at_a_dated_meeting_coded_as_an_event_takes_its_month(nlp: Language) -> None:
    events = _events(nlp, "Canada pledged to cut tariffs at a meeting with Mexico last December.")
    assert dated(by_trigger(events, "meeting")) == ("2015-12", "month")
    assert dated(by_trigger(events, "cut")) == ("2015-12", "month")


def test_talks_still_ahead_do_not_date_an_act_done_now(nlp: Language) -> None:
    events = _events(nlp, "Canada pledged to cut tariffs at talks with Mexico next December.")
    assert dated(by_trigger(events, "cut")) == ("2016-09-27", "publication")


def test_an_act_with_a_time_of_its_own_keeps_it(nlp: Language) -> None:
    events = _events(nlp, "On Monday Canada pledged to cut tariffs at talks with Mexico last December.")
    assert dated(by_trigger(events, "cut")) == ("2016-09-26", "day")


def test_talks_after_which_the_act_came_do_not_date_it(nlp: Language) -> None:
    events = _events(nlp, "Canada pledged to cut tariffs after talks with Mexico last December.")
    assert dated(by_trigger(events, "cut")) == ("2016-09-27", "publication")


def test_an_act_whose_infinitive_is_at_dated_talks_takes_their_month(nlp: Language) -> None:
    """The occasion hangs from the act's infinitive, which codes no event of its own: the pledge was
    made at the talks (a relative clause too: "the target it pledged to reach at talks ...")."""
    events = _events(
        nlp,
        "The quota is the tool for Canada to meet the goal it pledged to reach at talks in Oslo last May.",
    )
    assert dated(by_trigger(events, "pledged")) == ("2016-05", "month")
