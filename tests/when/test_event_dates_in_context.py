"""Which time expression dates an event, and events without any date (issue 11).

Sentences written for these tests, one per class of error seen in real news: a year inside
a noun phrase, a date of another clause, background events, a weekday in the future tense,
an article with no date at all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from tests.when.dating import dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs
from wirewatch.store.queries import EventQuery, matching_events
from wirewatch.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2024, 10, 16)
SUNDAY = dt.date(2022, 7, 10)
THURSDAY = dt.date(2022, 7, 14)


def _events(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=published)])[0].events)


def test_a_background_event_takes_its_own_year(nlp: Language) -> None:
    (convicted,) = _events(nlp, "In 2019, the court convicted opposition leader Alexei Navalny of fraud.")
    assert dated(convicted) == ("2019", "year")
    (sentenced,) = _events(nlp, "The court sentenced two police officers to 10 years in prison in 2019.")
    assert dated(sentenced) == ("2019", "year")


def test_a_year_inside_a_noun_phrase_does_not_date_the_event(nlp: Language) -> None:
    (violated,) = _events(nlp, "Iran violated a 2015 agreement with world powers, the inspectors said.")
    assert dated(violated) == ("2024-10-16", "publication")
    (rejected,) = _events(nlp, "The opposition rejected the 2019 election results.")
    assert dated(rejected) == ("2024-10-16", "publication")


def test_a_day_whose_possessive_names_a_noun_does_not_date_the_event(nlp: Language) -> None:
    """ "Monday night's debate": the whole time phrase is the debate's, not the praise's."""
    text = "The senator has praised the moderator of Monday night's televised debate."
    praised = next(e for e in _events(nlp, text) if e.trigger.text == "praised")
    assert dated(praised) == ("2024-10-16", "publication")


def test_a_noun_triggers_own_date_wins_over_its_verbs(nlp: Language) -> None:
    """ "Kenya's 2019 expulsion ... was criticized in March 2020": expelled in 2019."""
    text = (
        "Kenya's 2019 expulsion of the Somali ambassador was criticized by the African Union in March 2020."
    )
    events = {e.trigger.text: e for e in _events(nlp, text)}
    assert dated(events["expulsion"]) == ("2019", "year")
    assert dated(events["criticized"]) == ("2020-03", "month")


def test_a_date_of_another_clause_does_not_date_the_event(nlp: Language) -> None:
    text = (
        "Canada expelled six Indian diplomats on Monday, saying they were linked to the killing "
        "of a Sikh leader in British Columbia in June 2023."
    )
    expelled = next(e for e in _events(nlp, text) if e.trigger.text == "expelled")
    assert dated(expelled) == ("2024-10-14", "day")


def test_an_event_after_which_another_happened_keeps_its_own_time(nlp: Language) -> None:
    events = _events(nlp, "Police arrested 20 people on Sunday after protesters attacked a police station.")
    by_trigger = {e.trigger.text: e for e in events}
    assert dated(by_trigger["arrested"]) == ("2024-10-13", "day")
    # not Sunday: done some time before the arrests, how long the text does not say, so not the
    # (later) publication day either: undated (test_measured_sequence)
    assert dated(by_trigger["attacked"]) == (None, None)


def test_a_weekday_in_the_future_tense_is_the_coming_one(nlp: Language) -> None:
    """ "will ... on Wednesday" in a Sunday paper is the coming Wednesday, not the past one."""
    (meet,) = _events(nlp, "Polish leaders will meet the Ukrainian president on Wednesday.", SUNDAY)
    assert dated(meet) == ("2022-07-13", "day")
    (met,) = _events(nlp, "Polish leaders met the Ukrainian president on Wednesday.", SUNDAY)
    assert dated(met) == ("2022-07-06", "day")


def test_a_weekday_in_the_future_tense_counts_from_the_story_day(nlp: Language) -> None:
    """A paper dated after the story's day: "will ... on Tuesday" after a Monday the story tells as
    done is the Tuesday between them, not the one after publication."""
    text = (
        "The Danish foreign minister toured a refugee camp near the border on Monday. "
        "She will meet the Jordanian king on Tuesday."
    )
    meet = next(e for e in _events(nlp, text, THURSDAY) if e.trigger.text == "meet")
    assert dated(meet) == ("2022-07-12", "day")
    # no day told before: from publication, as before
    (alone,) = _events(nlp, "The Danish minister will meet the Jordanian king on Tuesday.", THURSDAY)
    assert dated(alone) == ("2022-07-19", "day")


def test_an_undated_article_is_stored_with_undated_events(nlp: Language, tmp_path: Path) -> None:
    article = Article("undated-1", "Iran accused the United States of sabotage.", published=None)
    (coded,) = code_docs(nlp, [article])
    assert coded.events and all(dated(e) == (None, None) for e in coded.events)
    with SqliteStore.open(tmp_path / "w.db") as store:
        store.save_coded(coded)
        stored = matching_events(store, EventQuery(article_id="undated-1", include_all=True))
    assert [e.event_id for e in stored] == [e.event_id for e in coded.events]
    assert all(dated(e) == (None, None) for e in stored)
