"""An undated verbal act takes the day of the same speaker's dated occasion told just after it
(issue 11).

Real news states a reaction, then tells the statement it was made in with its day ("has also
condemned the bombing. In a press statement released <day>, the White House urged ..."); the
reaction was dated to the publication day. Sentences written for these tests; the guards mark
where the class ends: another speaker's occasion, an act told as done often.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import by_trigger, dated
from wirewatch.model import Article, Event, Inference
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
FRIDAY = dt.date(2024, 3, 8)
ATTACK = "Gunmen attacked a police post in Mandera on Tuesday. "


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=FRIDAY)])[0].events)


def test_a_reaction_in_the_perfect_takes_the_day_of_its_statement(nlp: Language) -> None:
    text = (
        ATTACK + "The Kenyan government has also condemned the attack. "
        "In a statement released March 5, the Kenyan government urged Somalia to secure the border."
    )
    condemned = by_trigger(_events(nlp, text), "condemned")
    assert dated(condemned) == ("2024-03-05", "day")
    assert Inference.RETOLD in condemned.inferences


def test_the_occasion_may_be_told_two_sentences_on(nlp: Language) -> None:
    text = (
        ATTACK + "The Kenyan government condemned the attack. Police arrested two men on Wednesday. "
        "In a letter sent March 7, the Kenyan government urged Somalia to secure the border."
    )
    assert dated(by_trigger(_events(nlp, text), "condemned")) == ("2024-03-07", "day")


def test_a_paragraph_break_is_no_sentence_between(nlp: Language) -> None:
    # the break after the act's sentence is a token of that sentence: counted as "the next
    # sentence", it pushed the occasion two sentences on out of reach
    text = (
        ATTACK + "The Kenyan government condemned the attack.\n\nPolice arrested two men on Wednesday. "
        "In a letter sent March 7, the Kenyan government urged Somalia to secure the border."
    )
    assert dated(by_trigger(_events(nlp, text), "condemned")) == ("2024-03-07", "day")


def test_another_speakers_occasion_does_not_date_it(nlp: Language) -> None:
    text = (
        "The Kenyan government has also condemned the attack. "
        "In a statement released March 5, the Somali government urged Kenya to secure the border."
    )
    assert dated(by_trigger(_events(nlp, text), "condemned")) == ("2024-03-08", "publication")


def test_an_act_told_as_done_often_is_no_act_of_the_occasion(nlp: Language) -> None:
    text = (
        "Trump has used the slogan often in his campaign, and criticized Biden for avoiding it. "
        "In a February speech, Trump attacked Biden's record on the border."
    )
    assert dated(by_trigger(_events(nlp, text), "criticized")) != ("2024-02", "month")


SATURDAY_RALLY = "Ruto spoke at a rally in Nakuru on Tuesday. "


def test_an_act_whose_quote_closes_with_the_speakers_time_takes_it(nlp: Language) -> None:
    text = (
        SATURDAY_RALLY + "Asked about the clash, the minister Aden Duale did not apologize, but said the "
        "police had been provoked: \u201cThe crowd was armed. We will defend our officers,\u201d Duale told "
        "reporters on Thursday."
    )
    apology = by_trigger(_events(nlp, text), "apologize")
    assert dated(apology) == ("2024-03-07", "day")
    assert Inference.RETOLD in apology.inferences


def test_another_speakers_attribution_does_not_date_it(nlp: Language) -> None:
    text = (
        SATURDAY_RALLY + "Asked about the clash, the minister Aden Duale did not apologize, but said the "
        "police had been provoked: \u201cThe crowd was armed. We will defend our officers,\u201d a police "
        "spokesman told reporters on Thursday."
    )
    assert dated(by_trigger(_events(nlp, text), "apologize")) != ("2024-03-07", "day")


def test_an_act_right_after_a_dated_occasion_of_its_participant_takes_its_date(nlp: Language) -> None:
    """The sentence before sets the scene (a hearing, a summit) with its year and names one of the
    act's actors: the act told next in the simple past was done there."""
    text = (
        "The American drug executive Martin Kell testified at a 2019 Senate hearing on insulin prices. "
        "Democratic Senator Anna Ruiz scolded him for the price rises."
    )
    scolded = by_trigger(_events(nlp, text), "scolded")
    assert dated(scolded) == ("2019", "year")
    assert Inference.RETOLD in scolded.inferences


def test_a_dated_occasion_of_other_actors_does_not_date_the_act(nlp: Language) -> None:
    text = (
        "The American drug executive Martin Kell testified at a 2019 Senate hearing on insulin prices. "
        "Democratic Senator Anna Ruiz scolded the Treasury for the price rises."
    )
    scolded = by_trigger(_events(nlp, text), "scolded")
    assert scolded.date != "2019"


def test_a_call_quoted_next_with_the_speakers_day_takes_that_day(nlp: Language) -> None:
    """A lead tells the call, the next sentence quotes the caller with the day he said it."""
    text = (
        "Senator Maria Lund called on the German government to expel the ambassador. "
        '"This cannot go unanswered," Lund told a radio program on Wednesday.'
    )
    called = by_trigger(_events(nlp, text), "called")
    assert dated(called) == ("2024-03-06", "day")
    assert Inference.RETOLD in called.inferences
    other = text.replace("Lund told", "Weber told")
    assert dated(by_trigger(_events(nlp, other), "called")) == ("2024-03-08", "publication")
