"""A small American namesake of a world capital is not the capital's place unless its state is
named (issue 11, real news: "U.N. climate talks in Paris" in a story about the Clean Power
Plan were placed in Paris, Texas, the story's American actors lifting the town). Sentences
written for these tests about the Paris climate talks of December 2015."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _event(nlp: Language, text: str, trigger: str) -> Event:
    events = code_docs(nlp, [Article("t", text, published=dt.date(2016, 9, 27))])[0].events
    return next(e for e in events if e.trigger.text == trigger)


def test_a_world_capital_outweighs_a_small_namesake_in_the_storys_country(nlp: Language) -> None:
    text = (
        "The plan is the main tool for the United States to meet the target it pledged at U.N. "
        "climate talks in Paris last December."
    )
    location = _event(nlp, text, "pledged").location
    assert location is not None and (location.name, location.country) == ("Paris", "FRA")


def test_a_namesake_in_a_state_the_story_names_is_kept(nlp: Language) -> None:
    text = "Governor Greg Abbott of Texas met with farmers in Paris on Tuesday."
    location = _event(nlp, text, "met").location
    assert location is not None and (location.name, location.country) == ("Paris", "USA")
