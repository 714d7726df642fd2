"""Datelines read from the text, the story each heads, live blogs (issue 11). No model needed."""

from __future__ import annotations

from wirewatch.where.dateline import DATELINE_CHARS, dateline_spans, is_live_blog, story_dateline
from wirewatch.where.gazetteer import Place
from wirewatch.where.resolve import Toponym


def _places(text: str) -> list[str]:
    return [text[s:e] for s, e in dateline_spans(text)]


def test_datelines_of_every_form() -> None:
    assert _places("KYIV, Feb 24 (Reuters) - Shelling resumed.") == ["KYIV"]
    assert _places("WASHINGTON (AP) \u2014 Talks began.") == ["WASHINGTON"]
    assert _places("LE BOURGET, France \u2014 Delegates met.") == ["LE BOURGET"]
    assert _places("World\nBOGOT\u00c1 \u2014 Voters went to the polls.") == ["BOGOT\u00c1"]
    assert _places("NEW YORK, May 2, 2019 (Reuters) - Stocks fell.") == ["NEW YORK"]


def test_a_place_in_title_case_before_the_agency_bracket() -> None:
    title = "Trade pact stalls as farmers protest\n\n"
    assert _places(title + "Ottawa (AFP) \u2013 Talks with the bloc broke down.") == ["Ottawa"]
    assert _places("Hong Kong (AFP) - Shares slid.") == ["Hong Kong"]
    assert _places("Lyon, France (Sports Network) - The club won.") == ["Lyon"]


def test_lines_that_are_no_datelines() -> None:
    assert _places("Senator Ruiz (D-Texas) - said he would vote no.") == []  # a party, no agency
    assert _places("Ruiz (R) - a senator, said no.") == []
    assert _places("Mehmet Oz \u2014 the candidate spoke.") == []
    assert _places("UN, US and EU officials met on Monday.") == []
    assert _places("US-China talks resumed.") == []
    assert _places("Moscow - the capital - was quiet.") == []  # not in capitals
    assert _places("BREAKING: talks collapsed.") == []


def test_a_live_blog_by_its_opening_words_or_its_clock_times() -> None:
    assert is_live_blog("Live updates: the summit\n\nGENEVA (AP) - Leaders arrived.")
    entries = "\n".join(f"{hour}:05 a.m.\nSomething happened." for hour in (9, 10, 11))
    assert is_live_blog("GENEVA (AP) - Leaders arrived.\n" + entries)
    assert not is_live_blog("GENEVA (AP) - Leaders arrived at 9:05 a.m. and left at noon.")


def _dateline(start: int, name: str) -> Toponym:
    return Toponym(start, start + len(name), name, Place(name, "XXX", 0.0, 0.0, "city", 1), dateline=True)


def test_each_event_takes_the_dateline_of_its_story() -> None:
    first, second = _dateline(0, "LIMA"), _dateline(900, "QUITO")
    assert story_dateline([first, second], 100) is first
    assert story_dateline([first, second], 1200) is second


def test_a_headline_above_the_first_dateline_takes_it_only_near_the_top() -> None:
    near, far = _dateline(60, "LIMA"), _dateline(DATELINE_CHARS + 500, "LIMA")
    assert story_dateline([near], 0) is near
    assert story_dateline([far], 0) is None
    assert story_dateline([], 0) is None
