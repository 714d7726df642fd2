"""An infinitive that codes nothing leaves its date to the verb above; a deadline dates nothing
(issue 11, read on real news: "Warren called on Obama to replace the head of the SEC on
Friday" was dated at publication, a Saturday). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow

SATURDAY = dt.date(2021, 5, 15)


def _event(nlp: Language, text: str, trigger: str) -> Event:
    events = code_docs(nlp, [Article("t", text, published=SATURDAY)])[0].events
    return next(e for e in events if e.trigger.text == trigger)


def test_a_call_to_act_takes_the_day_of_its_infinitive(nlp: Language) -> None:
    text = "Senator Maria Lopez called on the president to replace the head of the central bank on Friday."
    event = _event(nlp, text, "called")
    assert (event.date, event.date_precision) == ("2021-05-14", "day")


def test_a_call_to_act_takes_the_time_of_its_infinitive_when_the_infinitive_codes_an_event(
    nlp: Language,
) -> None:
    """issue 11, real news: "after she called on Wells Fargo's chief executive to resign in a
    brutal exchange last month": the resignation asked for is an event of its own, and its time was
    kept from the call, which then took the story's day. What a verb asks of someone it names first
    is asked at the asking's time."""
    text = (
        "Police arrested the activist in Mombasa on Thursday. "
        "The activist became famous after she called on the mayor to resign at a rally last month."
    )
    called = _event(nlp, text, "called")
    assert (called.date, called.date_precision) == ("2021-04", "month")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("India asked Canada to withdraw 41 of its diplomats by Friday.", "asked"),
        ("European leaders agreed to draw up a reform plan by March of next year.", "agreed"),
    ],
)
def test_a_deadline_dates_nothing(nlp: Language, text: str, trigger: str) -> None:
    assert _event(nlp, text, trigger).date_precision == "publication"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the Indian Navy's anti-piracy patrols in the Gulf of Aden (2011): the capture is the
        # day's, September only starts the count of operations
        (
            "An Indian warship captured 26 Somali pirates in the Gulf of Aden, the navy's fifth "
            "operation against piracy since September.",
            "captured",
        ),
        ("Russia has supplied weapons to the Syrian government since 2011.", "supplied"),
    ],
)
def test_the_start_of_a_span_dates_nothing(nlp: Language, text: str, trigger: str) -> None:
    """Issue 11, real news: "in the fifth successful anti-piracy operation since September"
    dated Thursday's capture of pirates to September."""
    assert _event(nlp, text, trigger).date_precision == "publication"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("France promised to hold a referendum on the treaty next year.", "promised"),
        ("The union threatened to strike next month.", "threatened"),
        ("Japan pledged to double its aid to Ukraine next year.", "pledged"),
    ],
)
def test_a_promise_is_not_dated_by_the_future_act_it_promises(nlp: Language, text: str, trigger: str) -> None:
    """An act said to be done is not dated after the article: the date is the promised act's."""
    assert _event(nlp, text, trigger).date_precision == "publication"


@pytest.mark.parametrize(
    ("text", "trigger", "month"),
    [
        # the future tense: the coming month, never the one before publication
        ("Kenyan nurses will walk out of public hospitals in August.", "walk", "2021-08"),
        # an infinitive's month is the one nearest publication: ahead here, behind below
        ("The Ethiopian government is to hold talks with Tigrayan leaders in July.", "talks", "2021-07"),
        ("In January, Iran agreed to hold talks with Saudi officials in March.", "talks", "2021-03"),
    ],
)
def test_a_bare_month_of_a_future_or_an_infinitive_looks_ahead(
    nlp: Language, text: str, trigger: str, month: str
) -> None:
    """Issue 11: "threatened to strike in June" in a May story was dated the June before."""
    event = _event(nlp, text, trigger)
    assert (event.date, event.date_precision) == (month, "month")


def test_a_threat_is_not_dated_by_the_month_it_threatens(nlp: Language) -> None:
    text = "Kenyan doctors threatened to strike in June over unpaid salaries."
    event = _event(nlp, text, "threatened")
    assert (event.date, event.date_precision) == (SATURDAY.isoformat(), "publication")


def test_a_refusal_takes_the_time_of_the_infinitive_it_withholds(nlp: Language) -> None:
    """issue 11, real news: "who pointedly refused to endorse Trump during a prime-time speech at the
    convention in July" took the story's day, the month going to the endorsement the refusal withheld.
    A refusal, a failure or a feat is made in the act of its infinitive, at its time; an agreement or a
    promise is not (`test_a_promise_is_not_dated_by_the_future_act_it_promises`)."""
    text = (
        "Senator Blake endorsed the mayor on Thursday. "
        "The move is awkward for Blake, who pointedly declined to back the mayor "
        "during a televised debate in the city in February."
    )
    event = _event(nlp, text, "declined")
    assert (event.date, event.date_precision) == ("2021-02", "month")


def test_an_invitation_leaves_the_time_of_its_infinitive_to_the_act_it_invites_to(nlp: Language) -> None:
    """issue 11, real news: "Suu Kyi personally invited him to visit her in January 2012" dated the
    invitation January 2012, the month of the visit. An invitation names the time of the act it
    invites to (`invitation` verbs of time_words.tsv): the time is the visit's, and the invitation,
    made before at a time the text does not give, is undated. The visit's month is still the story's
    time: the acts told after it are of that month."""
    text = (
        "The Kenyan foreign minister invited his Somali counterpart to visit Mombasa in August. "
        "The two ministers met at the port and signed a trade deal."
    )
    events = code_docs(nlp, [Article("t", text, published=dt.date(2024, 10, 16))])[0].events
    dates = {e.trigger.text: (e.date, e.date_precision) for e in events}
    assert "visit" not in dates  # the visit invited to is the invitation's content, no act (stop 48)
    assert dates["invited"] == (None, None)
    assert dates["met"] == ("2024-08", "month")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # a plan told in the simple past: a month as far back as ahead is the one gone by
        ("Prosecutors in Oslo decided to reopen their investigation into the envoy in November.", "2020-11"),
        # negative: a plan told in the present looks ahead, as before
        ("Prosecutors in Oslo plan to reopen their investigation into the envoy in November.", "2021-11"),
    ],
)
def test_a_month_as_far_back_as_ahead_of_a_plan_told_in_the_past_is_gone_by(
    nlp: Language, text: str, month: str
) -> None:
    """Issue 11, held-out news: "decided to reopen the investigation in May" in a November paper was
    read as the May ahead, and the act, done, then kept the publication date."""
    event = _event(nlp, text, "investigation")
    assert (event.date, event.date_precision) == (month, "month")
