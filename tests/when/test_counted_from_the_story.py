"""Spans counted from the story's own time (issue 11, read on real news: "A day earlier, Zhao
Lijian accused ..." took the publication date; "In 2007, ... two years later, Congress cut
funding" was left undated). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _event(nlp: Language, text: str, trigger: str, published: dt.date | None) -> Event:
    events = code_docs(nlp, [Article("t", text, published=published)])[0].events
    return next(e for e in events if e.trigger.text == trigger)


def test_a_day_earlier_counts_from_the_day_named_before(nlp: Language) -> None:
    text = (
        "The Chilean foreign minister met his Bolivian counterpart in Santiago on Wednesday. "
        "A day earlier, Bolivia's president accused Chile of blocking its access to the sea."
    )
    event = _event(nlp, text, "accused", dt.date(2021, 5, 15))
    assert (event.date, event.date_precision) == ("2021-05-11", "day")


def test_years_later_count_from_the_year_named_before(nlp: Language) -> None:
    text = (
        "In 2011, Chad and Sudan signed a border treaty. "
        "Three years later, Sudanese rebels attacked a Chadian army post."
    )
    event = _event(nlp, text, "attacked", dt.date(2021, 5, 15))
    assert (event.date, event.date_precision) == ("2014", "year")


def test_the_next_year_in_an_undated_story_counts_from_its_year(nlp: Language) -> None:
    text = (
        "Police arrested the opposition leader Ayman Nour in 2005. "
        "The next year, the government released him."
    )
    event = _event(nlp, text, "released", None)
    assert (event.date, event.date_precision) == ("2006", "year")


def test_without_a_date_before_it_counts_from_publication(nlp: Language) -> None:
    text = "Two days earlier, Sudanese rebels attacked a Chadian army post."
    event = _event(nlp, text, "attacked", dt.date(2021, 5, 15))
    assert (event.date, event.date_precision) == ("2021-05-13", "day")


@pytest.mark.parametrize("published", [None, dt.date(2021, 5, 15)])
def test_at_the_time_is_the_time_named_just_before(nlp: Language, published: dt.date | None) -> None:
    # Invented: an undated or a later article; "at the time" is the day of the sentence before.
    text = (
        "Rebels seized the border town of Karvo on 3 March 2015. "
        "At the time, the army accused the rebels of shelling the airport."
    )
    event = _event(nlp, text, "accused", published)
    assert (event.date, event.date_precision) == ("2015-03-03", "day")


def test_at_the_time_of_a_happening_names_its_own_time(nlp: Language) -> None:
    text = (
        "Rebels seized the border town of Karvo on 3 March 2015. "
        "The army accused the rebels of shelling the airport at the time of the assault."
    )
    assert _event(nlp, text, "accused", None).date is None


@pytest.mark.parametrize(
    ("text", "trigger", "published", "date"),
    [
        (  # invented: the conviction is told as a verb no event codes, the pardon after it
            "Colonel Dario Vesk was convicted in March 1998 of plotting a coup. "
            "Nine months after the conviction, President Anna Lind pardoned Vesk.",
            "pardoned",
            None,
            ("1998-12", "month"),
        ),
        (  # invented: an attack told with its day, the arrest two days after it
            "Gunmen attacked a police post in Kano on May 6. "
            "Two days after the attack, the army arrested Musa Bello.",
            "arrested",
            dt.date(2019, 5, 20),
            ("2019-05-08", "day"),
        ),
    ],
)
def test_a_span_after_a_told_happening_counts_from_its_date(
    nlp: Language, text: str, trigger: str, published: dt.date | None, date: tuple[str, str]
) -> None:
    event = _event(nlp, text, trigger, published)
    assert (event.date, event.date_precision) == date


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (  # invented: the happening dated by its own noun, a span of hours after it (same day)
            "Turkish police arrested the mayor of Istanbul hours after the Tuesday bombing, officials said.",
            "arrested",
            ("2024-05-07", "day"),
        ),
        (  # invented: a span of days after a happening dated by a possessive day
            "Turkish police arrested the mayor of Istanbul two days after Sunday's bombing.",
            "arrested",
            ("2024-05-07", "day"),
        ),
        (  # invented: the same, the phrase fronted
            "Two days after Sunday's disputed vote, the opposition leader accused the government of fraud.",
            "accused",
            ("2024-05-07", "day"),
        ),
    ],
)
def test_a_span_after_a_happening_dated_in_its_noun_counts_from_that_date(
    nlp: Language, text: str, trigger: str, date: tuple[str, str]
) -> None:
    event = _event(nlp, text, trigger, dt.date(2024, 5, 10))
    assert (event.date, event.date_precision) == date


@pytest.mark.parametrize(
    "text",
    [
        (  # invented: "then" after the verb is the time the sentence before names
            "The governor toured the flooded valley in May 2017. "
            "Farmers criticized him then, saying the aid came too late."
        ),
        (  # invented: "then" names the time "at the time" took from the sentence before it
            "The governor toured the flooded valley in May 2017. "
            '"We were forgotten," a farmer said at the time. '
            "Farm unions criticized the governor then, calling the aid a disgrace."
        ),
    ],
)
def test_then_is_the_time_named_just_before(nlp: Language, text: str) -> None:
    event = _event(nlp, text, "criticized", dt.date(2019, 3, 6))
    assert (event.date, event.date_precision) == ("2017-05", "month")


def test_then_in_a_sequence_or_a_span_is_not_that_time(nlp: Language) -> None:
    text = "The governor toured the flooded valley in May 2017. Since then, farmers have criticized him."
    assert _event(nlp, text, "criticized", dt.date(2019, 3, 6)).date != "2017-05"
