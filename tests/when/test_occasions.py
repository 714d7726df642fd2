"""A date of the occasion an act is done at dates the act (issue 11, real news: "In an August
speech, Trump attacked ..." took a day of the story's). A date of an act's matter does not ("the
2012 shooting" a man is convicted in). Sentences written for these tests about real events:
Donald Trump's speech on radical Islam (August 2016), Senator Claire McCaskill's questioning of
Mehmet Oz at a Senate hearing (June 2014), Christopher Simpson's conviction (2013) for a 2012
killing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _event(nlp: Language, text: str, trigger: str) -> Event:
    events = code_docs(nlp, [Article("t", text, published=dt.date(2016, 9, 29))])[0].events
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "In an August speech, Donald Trump attacked Hillary Clinton over her record.",
            "attacked",
            "2016-08",
        ),
        ("Senator Claire McCaskill criticized Mehmet Oz at a 2014 Senate hearing.", "criticized", "2014"),
        (  # invented: the parser hangs the year from "Senate", a noun compounded into the occasion's
            "Senator Luka Horvat criticised the defence minister at a 2014 Senate hearing on arms exports.",
            "criticised",
            "2014",
        ),
    ],
)
def test_the_date_of_an_occasion_dates_the_act(nlp: Language, text: str, trigger: str, date: str) -> None:
    assert _event(nlp, text, trigger).date == date


def test_the_date_of_an_acts_matter_does_not_date_it(nlp: Language) -> None:
    event = _event(
        nlp, "A jury convicted Christopher Simpson in the 2012 shooting of his girlfriend.", "convicted"
    )
    assert event.date_precision == "publication"


def test_a_month_and_year_of_an_acts_matter_does_not_date_it(nlp: Language) -> None:
    # The parser, with no tagger, reads "shooting" as a verb and "the May 2018" as the charge's time.
    event = _event(
        nlp,
        "Prosecutors have charged a 41-year-old farmer with two counts of murder in the May 2014 "
        "shooting death of his neighbour.",
        "charged",
    )
    assert event.date_precision == "publication"


def test_a_date_of_any_noun_after_during_dates_the_act(nlp: Language) -> None:
    # Invented: "during" says when, whatever its noun ("the 2000 election" alone dates no act).
    event = _event(nlp, "Senator Ana Ruiz praised the governor during the 2012 campaign.", "praised")
    assert (event.date, event.date_precision) == ("2012", "year")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # invented: what a dated announcement says, in a clause of "that"
        (
            "Markets have been calm since Russia's Tuesday announcement that it would withdraw its troops.",
            "withdraw",
        ),
        # invented: what a dated vote decides, in an infinitive
        (
            "The ruling party has been divided since the parliament's Tuesday vote to expel the "
            "opposition leader.",
            "expel",
        ),
    ],
)
def test_what_a_dated_announcement_or_decision_says_takes_its_date(
    nlp: Language, text: str, trigger: str
) -> None:
    """ "Russia's Tuesday announcement that it would withdraw ...": the date of a noun dates no act of
    its sentence, but what the announcement says is said on its day, as what a report in the past says
    takes the report's day (`when.narrative.said_in_a_past_report`)."""
    events = code_docs(nlp, [Article("t", text, published=dt.date(2024, 5, 10))])[0].events
    event = next(e for e in events if e.trigger.text == trigger)
    assert (event.date, event.date_precision) == ("2024-05-07", "day")


@pytest.mark.parametrize("published", [None, dt.date(2024, 5, 10)])
@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # invented: "in" a dated war frames the act as "during" does
        ("In the 2006 Lebanon war, Qatar sent aid to Lebanese civilians.", "sent", "2006"),
        ("In the 1995 border war, Ecuadorian troops attacked a Peruvian army outpost.", "attacked", "1995"),
    ],
)
def test_a_date_of_a_period_after_in_dates_the_act(
    nlp: Language, text: str, trigger: str, date: str, published: dt.date | None
) -> None:
    """ "In the 2006 war, ..." is when, as "during the 2006 war" (`period` words of `data/time_words.tsv`);
    "convicted in the 2012 shooting" still names the matter, not the time."""
    events = code_docs(nlp, [Article("t", text, published=published)])[0].events
    assert next(e for e in events if e.trigger.text == trigger).date == date


def test_an_occasion_before_its_relative_clause_dates_the_act_after_it(nlp: Language) -> None:
    """issue 11, real news: "In a speech on Saturday that was intended to outline his closing message,
    Trump began by threatening to sue ..." was dated at publication: the parser read the relative clause
    on "speech" as a complement of "began" and hung the fronted occasion, with its Saturday, inside it.
    Invented sentences (the misreading needs the sentences before)."""
    text = (
        "Senator Hale has struggled to settle on a message in recent days. "
        "In his interviews, he has dwelt on old grudges at the expense of his policy ideas. "
        "In an interview on Tuesday that was meant to reset his campaign, Hale instead began by "
        "threatening to sue two reporters who had written about his finances."
    )
    event = _event(nlp, text, "threatening")
    assert (event.date, event.date_precision) == ("2016-09-27", "day")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Governor Dan Hale pointedly refused to endorse Mayor Rita Voss during a speech at the party "
            "congress in July. Voss said after the congress she would not accept Hale's endorsement if "
            "it were offered.",
            "accept",
        ),
        (
            "Governor Dan Hale pointedly refused to endorse Mayor Rita Voss during a speech at the party "
            "congress in July. Voss criticized Hale after the congress.",
            "criticized",
        ),
    ],
)
def test_an_act_after_an_occasion_the_text_dated_earlier_takes_its_month(
    nlp: Language, text: str, trigger: str
) -> None:
    """issue 11, real news: "Trump said after the convention he would not accept Cruz's endorsement"
    kept the publication date, two months after the convention the text had set in July. The act
    followed the occasion the text dated: its month, not the publication day (invented facts)."""
    event = _event(nlp, text, trigger)
    assert (event.date, event.date_precision) == ("2016-07", "month")
