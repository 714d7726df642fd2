"""Acts set in a span of months that the text names but does not date (issue 11): "during the primary",
"during her campaign", "at the start of his campaign", "at the end of her tenure" put the act somewhere
in that span, before the story's news, so it takes neither
the story's day nor the publication day; the acts the story then goes on to tell in the simple past,
with no time of their own, are in that span too until the text names another time.

Sentences written for these tests (invented facts), after the class seen in the PolNeAR texts: a
relative clause's act under a "during the primary race" frame, and a primary-season quarrel told after
the news of the day, and attacks "at the beginning of his campaign" (issue 11 part 6; stop 40 j11 E22).
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


def _events(nlp: Language, text: str, published: dt.date = THURSDAY) -> list[Event]:
    return code_docs(nlp, [Article("t", text, published=published)])[0].events


def test_an_act_framed_by_an_undated_primary_race_takes_no_story_day(nlp: Language) -> None:
    text = (
        "Governor Ann Walsh met union leaders in Toledo on Monday. "
        "During the Democratic primary race, Walsh drew loyal support from teachers, "
        "many of them in rural districts, and accused Treasurer Tom Reed of lying about the budget."
    )
    accused = by_trigger(_events(nlp, text), "accused")
    assert dated(accused) == (None, None)


def test_acts_told_after_an_undated_campaign_frame_are_of_that_span(nlp: Language) -> None:
    text = (
        "Mayor Ortiz endorsed Senator Blake on Monday. "
        "Their rivalry turned bitter during the primary after Blake mocked the mayor's housing record. "
        "Ortiz called Blake a reckless opportunist. "
        "Blake branded the mayor a liar."
    )
    events = _events(nlp, text)
    assert dated(by_trigger(events, "endorsed")) == ("2023-03-13", "day")
    for trigger in ("mocked", "called", "branded"):
        assert dated(by_trigger(events, trigger)) == (None, None), trigger


def test_a_dated_span_still_dates_the_act(nlp: Language) -> None:
    text = (
        "Senator Blake campaigned in Ohio on Monday. "
        "During the 2016 campaign, Blake called the governor a liar."
    )
    called = by_trigger(_events(nlp, text), "called")
    assert dated(called) == ("2016", "year")


def test_an_occasion_after_during_is_no_span(nlp: Language) -> None:
    text = (
        "Senator Blake held a rally in Dayton on Tuesday. During the rally, Blake called the governor a liar."
    )
    called = by_trigger(_events(nlp, text), "called")
    assert dated(called) == ("2023-03-14", "day")


def test_acts_told_an_uncounted_span_back_from_the_story_take_no_day(nlp: Language) -> None:
    """issue 11, real news: "A few weeks earlier, Scott was speaking to the delegation at the
    convention ... Scott beamed and asked the crowd to welcome the governor" kept the publication
    date. A plural span with no count before "earlier", "later" or "ago" sets the story at a time it
    does not name, as "during the primary" does: the act it frames and the simple-past acts told after
    it, until another time is named, are undated."""
    text = (
        "Austrian Chancellor Karl Berger held a rally in Graz on Monday. "
        "A few weeks earlier, Berger was addressing party delegates at a congress when the Slovenian "
        "president arrived. Berger smiled and asked the delegates to welcome the Slovenian president."
    )
    asked = by_trigger(_events(nlp, text), "asked")
    assert dated(asked) == (None, None)


def test_an_act_at_the_start_of_an_undated_campaign_takes_no_day(nlp: Language) -> None:
    text = (
        "The union endorsed the mayor on Tuesday. "
        "The mayor accused the developers of bribery at the start of her campaign."
    )
    accused = by_trigger(_events(nlp, text), "accused")
    assert dated(accused) == (None, None)


def test_an_act_at_the_end_of_an_undated_tenure_takes_no_day(nlp: Language) -> None:
    text = "The former minister criticized the army chief at the end of his tenure."
    criticized = by_trigger(_events(nlp, text), "criticized")
    assert dated(criticized) == (None, None)


def test_the_start_of_an_occasion_of_the_story_keeps_the_story_day(nlp: Language) -> None:
    text = (
        "The two delegations met in Geneva on Tuesday. "
        "The envoy accused the rebels of stalling at the start of the meeting."
    )
    accused = by_trigger(_events(nlp, text), "accused")
    assert dated(accused) == ("2023-03-14", "day")


def test_an_act_a_verb_of_starting_completes_at_the_start_of_a_campaign_takes_no_day(nlp: Language) -> None:
    text = (
        "The senator spoke to reporters in Reno on Wednesday. "
        "She began criticizing the governor at the beginning of her campaign."
    )
    criticizing = by_trigger(_events(nlp, text), "criticizing")
    assert dated(criticizing) == (None, None)


# "On the campaign trail", "in their platform" (stop 42, DATES5; j14 class 11): the course of a
# campaign or a program held to through a span, undated; a date of the platform dates the act.
# Invented sentences.


def test_an_act_on_the_campaign_trail_takes_no_day(nlp: Language) -> None:
    text = (
        "The senator met the governor in Austin on Tuesday. "
        "Senator Ted Cruz criticised the governor's tax plan on the campaign trail."
    )
    assert dated(by_trigger(_events(nlp, text), "criticised")) == (None, None)


def test_an_act_at_a_campaign_rally_keeps_the_story_day(nlp: Language) -> None:
    # a rally is an occasion of one day, not the course of the campaign
    text = (
        "The senator met the governor in Austin on Tuesday. "
        "Senator Ted Cruz criticised the governor at a campaign rally."
    )
    assert dated(by_trigger(_events(nlp, text), "criticised")) == ("2023-03-14", "day")


def test_a_promise_in_a_party_platform_takes_no_day(nlp: Language) -> None:
    text = (
        "The finance minister met provincial leaders in Halifax on Tuesday. "
        "In their platform, the Liberals promised to double transit funding."
    )
    assert dated(by_trigger(_events(nlp, text), "promised")) == (None, None)


def test_a_promise_in_a_dated_platform_takes_its_year(nlp: Language) -> None:
    text = "In its 2019 platform, the Liberals promised to double transit funding."
    assert dated(by_trigger(_events(nlp, text), "promised")) == ("2019", "year")


def test_a_promise_in_a_press_conference_keeps_the_story_day(nlp: Language) -> None:
    text = (
        "The finance minister met provincial leaders in Halifax on Tuesday. "
        "In a news conference, the Liberals promised to double transit funding."
    )
    assert dated(by_trigger(_events(nlp, text), "promised")) == ("2023-03-14", "day")


def test_a_frame_the_parser_hangs_on_the_object_still_sets_the_act(nlp: Language) -> None:
    text = (
        "The senator met the governor in Austin on Tuesday. "
        "Senator Ted Cruz sharply criticised the governor's budget on the campaign trail."
    )
    assert dated(by_trigger(_events(nlp, text), "criticised")) == (None, None)
