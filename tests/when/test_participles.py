"""A present participle describing a noun shares the time of the verb above it (issue 11).

"The ministry issued a statement on Monday condemning the attack": the condemning is done in the
issuing, on Monday, and where it was issued. A past participle describing a noun tells an act of
its own ("one of the men arrested at the border"), at its own time. Sentences written for these
tests, one per kind seen in real news (a statement, papers filed in court, a story's time).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import dated
from wirewatch.model import Article, Event, Inference
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
WEDNESDAY = dt.date(2024, 10, 16)


def _events(nlp: Language, text: str) -> dict[str, Event]:
    return {e.trigger.text: e for e in code_docs(nlp, [Article("t", text, published=WEDNESDAY)])[0].events}


def test_a_statement_condemning_is_issued_at_the_time_and_place_of_the_statement(nlp: Language) -> None:
    text = (
        "In Nairobi, the Kenyan foreign ministry issued a statement on Monday condemning the shelling of "
        "the border town."
    )
    condemning = _events(nlp, text)["condemning"]
    assert dated(condemning) == ("2024-10-14", "day")
    assert condemning.location is not None and condemning.location.name == "Nairobi"


def test_papers_opposing_are_filed_at_the_time_of_the_filing(nlp: Language) -> None:
    text = "Earlier this month, lawyers for the mayor filed papers opposing the release of his tax records."
    assert dated(_events(nlp, text)["opposing"]) == ("2024-10", "month")


def test_a_past_participle_tells_an_act_of_its_own(nlp: Language) -> None:
    text = "On Monday the army freed one of the men arrested by police at the border crossing."
    events = _events(nlp, text)
    assert dated(events["freed"]) == ("2024-10-14", "day")
    # not Monday's, nor the publication day's (after the freeing): done before, at no time the text names
    assert dated(events["arrested"]) == (None, None)


def test_a_statement_praising_is_told_in_the_story_time(nlp: Language) -> None:
    text = (
        "Police arrested an opposition activist in Mombasa on Saturday. "
        "The ruling party released a statement praising the arrest."
    )
    praising = _events(nlp, text)["praising"]
    assert dated(praising) == ("2024-10-12", "day")
    assert Inference.STORY_TIME in praising.inferences


def test_an_infinitive_telling_a_nouns_content_takes_the_time_of_the_verb_above(nlp: Language) -> None:
    # The allowing is what the accord drafted on 12 May 2013 does: it is agreed then.
    text = "On 12 May 2013, Kenya and Uganda drafted an accord to allow each other's farmers to sell grain."
    assert dated(_events(nlp, text)["allow"]) == ("2013-05-12", "day")


def test_words_said_in_a_video_published_on_a_day_are_said_that_day(nlp: Language) -> None:
    """The participle of putting words out dates the occasion they were said in: the criticism
    was made in the video, on the Monday it was published, not on the publication day."""
    text = "The Ugandan opposition leader criticised the electoral commission in a video published Monday."
    assert dated(_events(nlp, text)["criticised"]) == ("2024-10-14", "day")


def test_words_said_in_a_message_posted_on_a_day_are_said_that_day(nlp: Language) -> None:
    text = "In a message posted on Sunday, the Kenyan foreign minister condemned the raid by Somali gunmen."
    assert dated(_events(nlp, text)["condemned"]) == ("2024-10-13", "day")


def test_a_past_participle_of_another_act_on_a_noun_keeps_its_time(nlp: Language) -> None:
    """Only putting words out passes its time to the occasion: the prisoners were freed at a time
    of their own, not Monday's."""
    text = "The president praised the army in a speech about the prisoners freed on Monday."
    assert dated(_events(nlp, text)["praised"]) != ("2024-10-14", "day")


def test_words_said_in_a_video_which_was_released_on_a_day_are_said_that_day(nlp: Language) -> None:
    text = (
        "The Ugandan opposition leader praised the striking teachers in a video, which was released "
        "on Monday, and called for calm."
    )
    assert dated(_events(nlp, text)["praised"]) == ("2024-10-14", "day")
