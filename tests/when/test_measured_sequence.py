"""A clause of sequence measured from the act it is told against is dated from that act (issue 11,
read on real news: "visited the White House on Wednesday, six years after she was released from
house arrest" dated the release at publication). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event, Inference
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow

WEDNESDAY = dt.date(2021, 5, 12)


def _event(nlp: Language, text: str, trigger: str) -> Event:
    events = code_docs(nlp, [Article("t", text, published=WEDNESDAY)])[0].events
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # "after": the clause's act was earlier, by the span, no finer than its unit
        (
            "The Belarusian opposition leader visited Vilnius on Monday, six years after she was "
            "released from prison.",
            "released",
            ("2015", "year"),
        ),
        # the act's date is its verb's even when the verb codes no event
        (
            "The Kenyan parliament passed the bill on Friday, two weeks after police arrested the "
            "opposition leader.",
            "arrested",
            ("2021-04-19", "week"),
        ),
        # "before": the clause's act was later
        (
            "The Kenyan parliament passed the bill on Friday, three days before police arrested the "
            "opposition leader.",
            "arrested",
            ("2021-05-10", "day"),
        ),
    ],
)
def test_a_measured_clause_of_sequence_is_dated_from_its_act(
    nlp: Language, text: str, trigger: str, date: tuple[str, str]
) -> None:
    event = _event(nlp, text, trigger)
    assert (event.date, event.date_precision) == date
    assert Inference.STORY_TIME not in event.inferences


def test_an_unmeasured_clause_of_sequence_takes_no_date_from_its_clause(nlp: Language) -> None:
    """Not Friday: the arrest was some time before the vote. Nor the publication day, after Friday:
    undated (`test_an_unmeasured_clause_of_sequence_before_its_clause_is_undated`)."""
    text = "The Kenyan parliament passed the bill on Friday, after police arrested the opposition leader."
    event = _event(nlp, text, "arrested")
    assert (event.date, event.date_precision) == (None, None)


def test_a_clause_set_an_uncounted_span_of_years_away_is_undated(nlp: Language) -> None:
    """issue 11, real news: "would touch national sovereignty, years after many European countries
    agreed to share a currency" kept the publication date. "Years" (months, decades) with no count
    sets the clause's act at least that unit from the act it is told against, at a time the text does
    not name: neither the publication day nor the story's day, and no unit can be counted from."""
    text = (
        "The Kenyan parliament passed the bill on Friday, decades after the colonial government banned "
        "the opposition party."
    )
    banned = _event(nlp, text, "banned")
    assert (banned.date, banned.date_precision) == (None, None)


def test_an_act_with_no_date_of_its_own_measures_from_the_storys_time(nlp: Language) -> None:
    """ "The decision came three days after the Council condemned the launch": the act is in the
    story's time (Friday here), the condemnation three days before it."""
    text = (
        "Kenyan police detained the opposition leader on Friday. "
        "The arrest happened three days after police raided his Nairobi office."
    )
    assert (_event(nlp, text, "raided").date, _event(nlp, text, "raided").date_precision) == (
        "2021-05-04",
        "day",
    )


def test_an_irregular_past_of_narration_measures_from_the_storys_time(nlp: Language) -> None:
    """ "came", "became": irregular pasts of verbs that code no event are told in the story's time
    too (`data/irregular_verbs.tsv`)."""
    text = (
        "Kenyan police detained the opposition leader on Friday. "
        "The arrest came three days after police raided his Nairobi office."
    )
    raided = _event(nlp, text, "raided")
    assert (raided.date, raided.date_precision) == ("2021-05-04", "day")


def test_a_measured_clause_of_sequence_is_not_the_storys_time(nlp: Language) -> None:
    """ "years after many countries agreed to share a currency" is not the day the story last named,
    nor the publication day: undated (`test_a_clause_set_an_uncounted_span_of_years_away_is_undated`)."""
    text = (
        "Kenyan police detained the opposition leader on Friday. "
        "The arrest came years after police raided his Nairobi office."
    )
    raided = _event(nlp, text, "raided")
    assert (raided.date, raided.date_precision) == (None, None)


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # an unmeasured clause of sequence is of the month or year its act is told in
        (
            "In 2019, after Baghdad expelled the Turkish ambassador, the two governments froze their "
            "water talks.",
            "expelled",
            ("2019", "year"),
        ),
        (
            "In March, shortly before police arrested the opposition leader, the Kenyan parliament "
            "passed the bill.",
            "arrested",
            ("2021-03", "month"),
        ),
        # a day is too fine to hold the act before it: the arrest, some time before, is undated
        (
            "The Kenyan parliament passed the bill on Monday after police arrested the opposition leader.",
            "arrested",
            (None, None),
        ),
    ],
)
def test_an_unmeasured_sequence_takes_a_coarse_date_of_its_act(
    nlp: Language, text: str, trigger: str, date: tuple[str, str]
) -> None:
    event = _event(nlp, text, trigger)
    assert (event.date, event.date_precision) == date


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a gerund of "before" with no subject of its own is the next step of its verb's act
        (
            "The jury deliberated for seven hours on Monday before convicting the former police officer.",
            "convicting",
            ("2021-05-10", "day"),
        ),
        (
            "Police chased the suspect for 30 miles on Monday before arresting him near Nakuru.",
            "arresting",
            ("2021-05-10", "day"),
        ),
        # "after" reaches back by an unknown span: the rejection is no next step, and no act of the
        # publication day either (undated, as "after it was rejected": stop 44, `test_dates_44`)
        (
            "The trade deal collapsed on Friday after being rejected by the regional parliament.",
            "rejected",
            (None, None),
        ),
    ],
)
def test_a_gerund_of_before_is_the_next_step_of_its_verbs_act(
    nlp: Language, text: str, trigger: str, date: tuple[str, str]
) -> None:
    event = _event(nlp, text, trigger)
    assert (event.date, event.date_precision) == date


def test_an_act_a_measured_clause_is_told_against_is_dated_from_the_clauses_act(
    nlp: Language,
) -> None:
    """issue 11, real news: "Four days after The Times published the story ..., he resigned" kept the
    publication date, months after the story the text had dated in August. The act is the clause's
    act moved by the span: the clause's verb has the story's time, a day of the story's days or a time
    the story went back to, and the act takes it no finer than that time's precision."""
    text = (
        "In February, the Daily Nation reported that the minister had taken bribes from a contractor. "
        "Four days after the paper published the report, the minister resigned."
    )
    resigned = _event(nlp, text, "resigned")
    assert (resigned.date, resigned.date_precision) == ("2021-02", "month")
    text = (
        "The Daily Nation published a report on the minister's contracts on Monday. "
        "Two days after the paper published the report, the minister resigned."
    )
    resigned = _event(nlp, text, "resigned")
    assert (resigned.date, resigned.date_precision) == ("2021-05-12", "day")


def test_a_gerund_of_before_takes_the_storys_time_of_its_verb(nlp: Language) -> None:
    """issue 11, real news: "Police officers chased Mr. LaCalamita for about 30 miles ... before
    apprehending him near Bay City" kept the publication date, the day after the Monday shooting and
    chase. The chase, told in the simple past with no time of its own, is in the story's time, and the
    arrest, its next step, with it."""
    text = (
        "A former clerk shot two customers at a Denver bank on Monday, police said. "
        "Denver police officers chased the gunman for ten miles before arresting him near Boulder."
    )
    arresting = _event(nlp, text, "arresting")
    assert (arresting.date, arresting.date_precision) == ("2021-05-10", "day")
    assert Inference.STORY_TIME in arresting.inferences


def test_an_unmeasured_clause_of_sequence_before_its_clause_is_undated(nlp: Language) -> None:
    """issue 11, real news: "After the Arizona Republic endorsed a Democrat for president ..., the
    paper's management received death threats" took the story's day. An unmeasured "after" clause in
    the simple past tells an act done some time before its clause's act, how long the text does not
    say: neither the story's day, its clause's day, nor the publication day is its date."""
    text = (
        "Protesters blocked the main road in Kisumu on Monday. "
        "After the county newspaper endorsed the governor, its editors received threats from his rivals."
    )
    assert (_event(nlp, text, "endorsed").date, _event(nlp, text, "endorsed").date_precision) == (None, None)
    text = "After the army shelled the village, the rebels attacked a police post on Sunday."
    shelled, attacked = _event(nlp, text, "shelled"), _event(nlp, text, "attacked")
    assert (shelled.date, shelled.date_precision) == (None, None)
    assert (attacked.date, attacked.date_precision) == ("2021-05-09", "day")
