"""Events dated by the temporal expression attached to them (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs
from wirewatch.when.find import find_timexes

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2019, 3, 6)


def _events(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=published)])[0].events)


def test_a_weekday_dates_the_event(nlp: Language) -> None:
    (met, *_) = _events(nlp, "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing on Monday.")
    assert (met.date, met.date_precision) == ("2019-03-04", "day")


def test_a_month_stays_a_month(nlp: Language) -> None:
    (accused,) = _events(nlp, "Iran accused the United States of sabotage last month.")
    assert (accused.date, accused.date_precision) == ("2019-02", "month")


def test_a_week_is_dated_by_its_monday(nlp: Language) -> None:
    (sanction,) = _events(nlp, "The United States imposed sanctions on Iran this week.")
    assert (sanction.date, sanction.date_precision) == ("2019-03-04", "week")


def test_no_expression_keeps_the_publication_date(nlp: Language) -> None:
    (accused,) = _events(nlp, "Iran accused the United States of sabotage.")
    assert (accused.date, accused.date_precision) == ("2019-03-06", "publication")


def test_without_a_publication_date_relative_dates_stay_unresolved(nlp: Language) -> None:
    (accused,) = _events(nlp, "Iran accused the United States of sabotage last month.", published=None)
    assert accused.date is None and accused.date_precision is None


def test_a_programme_name_is_not_a_date(nlp: Language) -> None:
    doc = nlp("He spoke to World Today about the talks. Today the talks ended.")
    assert [t.text for t in find_timexes(doc, WEDNESDAY)] == ["Today"]
    assert find_timexes(doc, WEDNESDAY)[0].start == doc.text.index("Today the")


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Japan pledged to deepen their strategic partnership through 2030.",
        "Egypt agreed to extend the gas supply deal with Jordan until 2028.",
    ],
)
def test_the_end_of_a_span_dates_no_event(nlp: Language, text: str) -> None:
    """ "through 2030", "until 2028" say how long something lasts, not when it happened."""
    events = _events(nlp, text)
    assert events and all(e.date_precision != "year" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police detained the union leader on Monday, February 18, outside the ministry.",
        "Riot police detained the union leader on Monday 18 February outside the ministry.",
    ],
)
def test_a_month_and_day_beside_a_weekday_date_the_event(nlp: Language, text: str) -> None:
    """ "on Monday, February 18" in a paper of Wednesday 6 March: the day the text writes out, not the
    Monday of the paper's own week (issue 11)."""
    (detained, *_) = _events(nlp, text)
    assert (detained.date, detained.date_precision) == ("2019-02-18", "day")


def test_a_date_in_digits_dates_the_event(nlp: Language) -> None:
    """ "on 10/4/18": month, day and a two-digit year, as American news writes them (issue 11)."""
    (endorsed, *_) = _events(nlp, "The mayor endorsed the governor's rival on 10/4/18, campaign aides said.")
    assert (endorsed.date, endorsed.date_precision) == ("2018-10-04", "day")


def test_this_weekend_in_the_past_is_the_weekend_just_gone(nlp: Language) -> None:
    # A Wednesday paper: the Saturday and Sunday before it, in the week of Monday 25 February.
    (criticised,) = _events(nlp, "This weekend, the senator criticised the governor over the pension cuts.")
    assert (criticised.date, criticised.date_precision) == ("2019-02-25", "week")


def test_this_weekend_in_the_future_is_the_coming_one(nlp: Language) -> None:
    events = _events(nlp, "The opposition leader will meet the prime minister this weekend.")
    assert [(e.date, e.date_precision) for e in events] == [("2019-03-04", "week")]
