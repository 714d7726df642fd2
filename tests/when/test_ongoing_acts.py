"""The noun of an act told as going on (issue 11): "the ongoing investigation", "is under
investigation" tell a state running across days the text does not name, not an act of the
publication day, so neither is dated; the noun of an act done ("opened an investigation") keeps
the publication date.

Sentences written for these tests (invented facts).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.when.dating import dated
from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow
THURSDAY = dt.date(2023, 3, 16)


def _investigations(nlp: Language, text: str) -> list[Event]:
    events = code_docs(nlp, [Article("t", text, published=THURSDAY)])[0].events
    return [e for e in events if e.trigger.text == "investigation"]


def test_an_act_held_under_is_a_state_going_on(nlp: Language) -> None:
    text = "The Kenyan senator Moses Kiprono is under investigation by the anti-corruption commission."
    assert [dated(e) for e in _investigations(nlp, text)] == [(None, None)]


def test_an_ongoing_act_is_a_state_going_on(nlp: Language) -> None:
    text = "Kenyan opposition leader Raila Odinga criticised the ongoing police investigation into his party."
    assert [dated(e) for e in _investigations(nlp, text)] == [(None, None)]


def test_the_noun_of_an_act_done_keeps_the_publication_date(nlp: Language) -> None:
    text = "The anti-corruption commission opened an investigation into the Kenyan senator."
    assert [dated(e) for e in _investigations(nlp, text)] == [("2023-03-16", "publication")]


def _attacks(nlp: Language, text: str) -> list[Event]:
    events = code_docs(nlp, [Article("t", text, published=THURSDAY)])[0].events
    return [e for e in events if e.trigger.text in {"attack", "fire"}]


def test_an_act_that_begins_the_state_keeps_the_publication_date(nlp: Language) -> None:
    # "came under attack" tells the attack done, not a state the convoy was found in
    text = "A convoy of Kenyan soldiers came under attack near the Somali border, the army said."
    assert [dated(e) for e in _attacks(nlp, text)] == [("2023-03-16", "publication")]


def test_a_place_held_under_attack_is_a_state_going_on(nlp: Language) -> None:
    text = "The Somali town of Beledweyne remains under attack by al-Shabaab fighters, the army said."
    assert [dated(e) for e in _attacks(nlp, text)] == [(None, None)]
