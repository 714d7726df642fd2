"""Ends and starts of periods ("by the end of the year", "year-end") and time phrases named
by a date beside them ("on Friday night, the final night,"), issue 11. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.when.find import find_timexes
from wirewatch.when.normalise import normalise

WEDNESDAY = dt.date(2017, 11, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry wants the rules in place by the end of the year.", "2017-12-31"),
        ("The backlog should be cleared by year end.", "2017-12-31"),
        ("Analysts expect a year-end rally.", "2017-12-31"),
        ("The firm reported losses at the end of last year.", "2016-12-31"),
        ("Fees rise at the start of next month.", "2017-12-01"),
        ("The survey closes at the end of this month.", "2017-11-30"),
        ("Prices were set at the beginning of the year.", "2017-01-01"),
    ],
)
def test_the_edge_of_a_period_is_its_last_or_first_day(text: str, value: str) -> None:
    found = normalise(text, WEDNESDAY)
    assert found is not None and (found.value, found.precision) == (value, "day")


def test_an_edge_of_something_else_is_no_date() -> None:
    assert normalise("Both sides hoped for the end of the war.", WEDNESDAY) is None


def _values(nlp: Language, text: str) -> dict[str, str]:
    return {t.text: t.value.value for t in find_timexes(nlp(text), WEDNESDAY)}


def test_a_phrase_beside_a_date_takes_its_value(nlp: Language) -> None:
    text = (
        "We went to the market on Friday night, the opening night, and it was crowded. "
        "Vendors said the opening night brought record sales."
    )
    found = find_timexes(nlp(text), WEDNESDAY)
    nights = [t for t in found if "opening night" in t.text]
    assert nights and all(t.value.value == "2017-11-17" for t in nights)


def test_a_phrase_with_a_number_is_not_named_by_apposition(nlp: Language) -> None:
    values = _values(nlp, "The strike lasted three days, November 6 to 8, and ended quietly.")
    assert "three days" not in values
