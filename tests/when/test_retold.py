"""A happening the story retells (issue 11): a trial story or an obituary dates its happening
once and retells it without a date; the retold act happened then, not on the day of the verdict
nor on the publication date.

Sentences written for these tests about real cases: the Charleston church shooting (2015; the
verdict, Thursday 15 December 2016), George Floyd's killing (May 2020; the verdict, Tuesday
20 April 2021), and the Uvalde school shooting (Tuesday 24 May 2022), which the 2012 Sandy Hook
shooting is only compared with.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import dated
from wirewatch.model import Article, Event, Inference
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _events(nlp: Language, text: str, published: dt.date) -> dict[str, Event]:
    return {e.trigger.text: e for e in code_docs(nlp, [Article("t", text, published=published)])[0].events}


def test_an_act_retold_in_a_trial_story_takes_the_date_of_its_happening(nlp: Language) -> None:
    text = (
        "A federal jury in Charleston convicted Dylann Roof on Thursday in the 2015 shooting at "
        "Emanuel AME Church. Prosecutors said Roof shot State Senator Clementa Pinckney during a Bible study."
    )
    events = _events(nlp, text, dt.date(2016, 12, 16))
    assert dated(events["convicted"]) == ("2016-12-15", "day")
    assert dated(events["shot"]) == ("2015", "year")
    assert events["shot"].to_dict()["rule"].endswith("+retold")
    assert Inference.STORY_TIME not in events["shot"].inferences


def test_an_act_dated_once_by_its_own_verb_dates_its_retelling(nlp: Language) -> None:
    text = (
        "A Minneapolis jury convicted the former police officer Derek Chauvin of murder on Tuesday. "
        "Chauvin killed George Floyd in May 2020 outside a grocery store. "
        "Prosecutors told the jury that Chauvin killed Floyd by kneeling on his neck."
    )
    events = code_docs(nlp, [Article("t", text, published=dt.date(2021, 4, 21))])[0].events
    retold = next(e for e in events if e.sentence.startswith("Prosecutors"))
    assert dated(retold) == ("2020-05", "month")


def test_a_happening_of_the_story_days_is_not_retold_from_an_older_one(nlp: Language) -> None:
    text = (
        "Salvador Ramos shot two police officers at a school in Uvalde, Texas, on Tuesday, the "
        "deadliest attack on a school since the 2012 shooting at Sandy Hook. "
        "Officials said Ramos fired at police officers before he entered a classroom."
    )
    events = _events(nlp, text, dt.date(2022, 5, 25))
    assert dated(events["fired"])[0] == "2022-05-24"


def test_a_verbal_act_is_not_a_happening_retold(nlp: Language) -> None:
    # praise is said again and again: the senator's is not Biden's of February
    text = (
        "Volodymyr Zelensky spoke to a joint meeting of Congress on Wednesday. "
        "In February, President Biden praised Zelensky for his courage. "
        "Senator Mitch McConnell praised Zelensky."
    )
    events = code_docs(nlp, [Article("t", text, published=dt.date(2022, 12, 23))])[0].events
    praise = next(e for e in events if e.sentence.startswith("Senator"))
    assert praise.date != "2022-02"


def test_a_follow_up_story_retells_its_shooting_of_the_days_before(nlp: Language) -> None:
    # A Thursday story about a Tuesday shooting (invented): the shots are Tuesday's, not Thursday's;
    # the background month between them leaves the story no time of its own to give.
    text = (
        "Police arrested Tom Hale, 52, shortly after the Tuesday afternoon shootings at a depot in Leeds. "
        "Hale was dismissed from the depot in March. "
        "Maria Lopez, a supervisor, later told detectives that Hale fired a shotgun at her."
    )
    events = _events(nlp, text, dt.date(2019, 5, 16))
    assert dated(events["fired"]) == ("2019-05-14", "day")
    assert events["fired"].to_dict()["rule"].endswith("+retold")


# An article with no publication date (stop 42, DATES5): the text names its happening's year, and
# an act of that kind it retells with no date at all takes it. Invented cases.


def _undated_article(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=None)])[0].events)


def test_with_no_publication_date_a_retold_act_takes_the_year_its_kind_is_dated(nlp: Language) -> None:
    text = (
        "A jury in Tulsa heard opening statements in the trial of Kevin Doyle, charged over the March "
        "2019 shooting death of store clerk Maria Lopez. Prosecutors say Doyle shot Lopez in the head."
    )
    shot = next(e for e in _undated_article(nlp, text) if e.trigger.text == "shot")
    assert dated(shot) == ("2019-03", "month")
    assert Inference.RETOLD in shot.inferences


def test_with_no_publication_date_another_kind_of_act_takes_no_date(nlp: Language) -> None:
    # the only date is the shooting's: an arrest is another happening, told on no day
    text = (
        "A jury in Tulsa heard opening statements in the trial of Kevin Doyle, charged over the March "
        "2019 shooting death of store clerk Maria Lopez. Police arrested Doyle at a motel."
    )
    arrested = next(e for e in _undated_article(nlp, text) if e.trigger.text == "arrested")
    assert dated(arrested) == (None, None)


def test_with_no_publication_date_a_kind_dated_to_two_times_dates_nothing(nlp: Language) -> None:
    text = (
        "Kevin Doyle was charged over the March 2019 shooting death of store clerk Maria Lopez and a "
        "June 2017 shooting in Tulsa. Prosecutors say Doyle shot Lopez in the head."
    )
    shot = [e for e in _undated_article(nlp, text) if e.trigger.text == "shot"][-1]
    assert dated(shot) == (None, None)
