"""Publication dates from datelines, and no year guessed (issue 5)."""

from __future__ import annotations

import datetime as dt

from wirewatch.when.dateline import dateline_date


def test_a_date_line_under_the_headline() -> None:
    text = "Court allows the old rites\n\nMonday, March 27, 2006\n\nThe court ruled on the case."
    assert dateline_date(text) == dt.date(2006, 3, 27)


def test_a_wire_dateline_with_a_year() -> None:
    assert dateline_date("NEW YORK, May 2, 2019 (Reuters) - Talks resumed.") == dt.date(2019, 5, 2)


def test_a_wire_dateline_without_a_year_gives_no_date() -> None:
    assert dateline_date("KYIV, Feb 24 (Reuters) - Explosions were heard.") is None


def test_a_sentence_starting_with_a_date_is_not_a_dateline() -> None:
    assert dateline_date("On March 3, 2010 the army moved in.\nMore text.") is None
    assert dateline_date("March 3, 2010 was the day the army moved in.") is None


def test_only_the_first_lines_count() -> None:
    text = "Headline\nStandfirst\nFirst paragraph.\nSecond paragraph.\nJune 1, 2001\n"
    assert dateline_date(text) is None
