"""Background acts dated to the publication day or the story's day (issue 11, dates46): judges of real
news found 10 of 14 date errors of one kind, a past act told in passing given the day of the news.

- A word or phrase that tells an earlier time without naming it ("once", "at one point") or a span of
  the recent past with no count ("in recent days", "over the past few weeks"): no day.
- A clause that tells its act as background: the start of a span ("since Russia invaded Ukraine"), a
  turning point set before its verb ("Before Russia invaded Ukraine, Germany relied on ..."), a relative
  clause describing the subject, what a trial hears, a clause below a verb its sentence dates before the
  story's days.
- A date of a campaign or another span after "in" ("In the 2008 campaign, ...") dates the act.
- A month and day with no year take the year the story is told in ("The war began in 2003. On November
  11, ..."), where the text names one.

Sentences written for these tests, about real events in our own words or invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs
from wirewatch.when.find import find_timexes

pytestmark = pytest.mark.slow
THURSDAY = dt.date(2023, 3, 16)
PUBLICATION = ("2023-03-16", "publication")
UNDATED = (None, None)
STORY = "Police in Nairobi arrested two opposition activists on Tuesday. "


def _events(nlp: Language, text: str, published: dt.date | None = THURSDAY) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=published)])[0].events)


def _date(nlp: Language, text: str, trigger: str, published: dt.date | None = THURSDAY) -> tuple:
    return dated(by_trigger(_events(nlp, text, published), trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("At one point, Trump threatened to fire the special counsel.", "threatened"),
        ("Trump once threatened to fire the special counsel.", "threatened"),
        ("At some point, the army shelled the village.", "shelled"),
        ("Trump praised Putin long ago.", "praised"),
        ("Trump praised Putin some time ago.", "praised"),
        ("Back then, Trump praised Putin.", "praised"),
        ("Trump has praised Putin before.", "praised"),
        ("In recent days, rebels have shelled the city.", "shelled"),
        ("Rebels shelled the city in the past few weeks.", "shelled"),
        ("Over the past months, rebels shelled the city.", "shelled"),
        (STORY + "In recent weeks, the opposition leader criticised the interior ministry.", "criticised"),
    ],
)
def test_an_earlier_time_the_text_does_not_name_gives_no_day(nlp: Language, text: str, trigger: str) -> None:
    assert _date(nlp, text, trigger) == UNDATED


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels shelled the city in the past two weeks.", "shelled"),  # a counted span up to now
        ("Rebels attacked the town once again.", "attacked"),  # a new act, not an earlier one
        # a clause of "before" after its verb goes on with the story
        ("The gunman shot three people before police arrested him.", "arrested"),
        # a relative clause on an object may tell the scene: not read as a description of the doer
        ("Police arrested the man, who stabbed two people at the station.", "stabbed"),
        # a definite noun of the act names the story's own happening, the doer's part in it
        (
            "Ethiopia and the rebels signed a truce in Pretoria. Former Nigerian President Olusegun "
            "Obasanjo, who led the mediation, praised both sides.",
            "mediation",
        ),
    ],
)
def test_these_keep_the_publication_day(nlp: Language, text: str, trigger: str) -> None:
    assert _date(nlp, text, trigger) == PUBLICATION


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the start of a span, fronted or not
        ("Since Russia invaded Ukraine, Europe has cut its imports of Russian gas.", "invaded"),
        ("Europe has imposed sanctions on Moscow since Russia invaded Ukraine.", "invaded"),
        # a turning point set before its verb
        ("Before Russia invaded Ukraine, Germany relied on Russian gas.", "invaded"),
        ("Until Russia invaded Ukraine, Germany bought most of its gas from Moscow.", "invaded"),
        (
            "Before Trump began imposing tariffs on China, American farmers sold most of their soybeans "
            "there.",
            "tariffs",
        ),
    ],
)
def test_a_clause_of_sequence_that_frames_the_story_is_background(
    nlp: Language, text: str, trigger: str
) -> None:
    assert _date(nlp, text, trigger) == UNDATED


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Jordan, which signed peace treaties with Israel, condemned the strike.",
        "Israel struck Gaza on Tuesday. Egypt and Jordan, which signed peace treaties with Israel, "
        "condemned the strike.",
    ],
)
def test_a_relative_clause_describing_the_subject_is_background(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert dated(by_trigger(events, "signed")) == UNDATED
    assert dated(by_trigger(events, "condemned")) != UNDATED


@pytest.mark.parametrize(
    "text",
    [
        "A witness testified that the rebels attacked the police station.",
        STORY + "A witness told the court that the activists attacked the police station.",
        "The court heard that the militia attacked the consulate.",
    ],
)
def test_what_a_trial_hears_is_an_earlier_act(nlp: Language, text: str) -> None:
    assert _date(nlp, text, "attacked") == UNDATED


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "Europe has imposed sanctions on Moscow since Russia invaded Ukraine in February 2022.",
            "invaded",
            ("2022-02", "month"),
        ),
        (
            "A witness testified that the rebels attacked the police station on Monday.",
            "attacked",
            ("2023-03-13", "day"),
        ),
    ],
)
def test_a_time_of_its_own_still_dates_the_act(nlp: Language, text: str, trigger: str, date: tuple) -> None:
    assert _date(nlp, text, trigger) == date


def test_a_clause_below_a_past_time_of_its_sentence_is_of_that_past(nlp: Language) -> None:
    text = (
        "Clinton won the nomination on Tuesday. Eight years ago, she lost to Obama, who attacked her "
        "over the Iraq war."
    )
    assert _date(nlp, text, "attacked") == UNDATED


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Clinton won the nomination on Tuesday. In the 2008 campaign, she attacked Obama over his "
            "inexperience.",
            "2008",
        ),
        (
            "Clinton won the nomination on Tuesday. In her 2016 race, she attacked Trump over his taxes.",
            "2016",
        ),
    ],
)
def test_a_dated_campaign_after_in_dates_the_act(nlp: Language, text: str, year: str) -> None:
    assert _date(nlp, text, "attacked") == (year, "year")


@pytest.mark.parametrize(
    ("text", "trigger", "published", "date"),
    [
        # No publication date: the year the text named before.
        (
            "Somali pirates seized the tanker on September 15, 2008. On October 23, the Indian navy "
            "attacked a pirate boat.",
            "attacked",
            None,
            "2008-10-23",
        ),
        (
            "The war began in 2003. On November 11, insurgents attacked Italian troops.",
            "attacked",
            None,
            "2003-11-11",
        ),
        # With one: when the text says so, or when the year it just named is history.
        (
            "The war began in 2003. On November 11 of that year, insurgents attacked Italian troops.",
            "attacked",
            THURSDAY,
            "2003-11-11",
        ),
        (
            "The war began in 2003. On November 11, insurgents attacked Italian troops.",
            "attacked",
            THURSDAY,
            "2003-11-11",
        ),
    ],
)
def test_a_month_and_day_take_the_year_the_story_is_told_in(
    nlp: Language, text: str, trigger: str, published: dt.date | None, date: str
) -> None:
    assert _date(nlp, text, trigger, published) == (date, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have fought the army since 2001. On March 3, rebels attacked an army base.",  # a bound
        "Khatallah was convicted over the 2012 attack. On March 3, rebels attacked an army base.",  # a noun's
    ],
)
def test_a_year_that_sets_no_time_of_the_story_gives_none(nlp: Language, text: str) -> None:
    assert _date(nlp, text, "attacked", None) == UNDATED
    # with a publication date the day is the nearest March 3, the paper's
    assert _date(nlp, text, "attacked") == ("2023-03-03", "day")


def test_a_day_ahead_takes_no_year_from_the_story(nlp: Language) -> None:
    # A sentencing ahead is after the verdict: the year of the killing told before is not its year.
    text = (
        "A jury convicted the gang member of killing a mother of twelve in October 2011. He faces life "
        "in prison when he is sentenced May 7."
    )
    timexes = find_timexes(nlp(text), None)
    assert [t.text for t in timexes] == ["October 2011"]
