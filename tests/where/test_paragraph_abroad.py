"""A material act in a paragraph that has just said it is abroad is not at the dateline (judges'
class of stop 44: a Kentucky-datelined story of an attack in Paris placed the police's shot at the
dateline). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _events(nlp: Language, text: str) -> list[Event]:
    return list(code_docs(nlp, [Article("t", text, published=dt.date(2021, 5, 12))])[0].events)


def _place(event: Event) -> tuple[str, str | None] | None:
    return (event.location.name, event.location.country) if event.location else None


ABROAD = (
    "BOWLING GREEN, Ky. (AP) - A nurse from Bowling Green, Kentucky, was on holiday in Madrid with "
    "her husband this week.\n\n"
    "Gunmen opened fire on a crowd at a market in Madrid on Tuesday. The attack left two people "
    "dead before police shot and killed one gunman.\n\n"
    "The nurse works at a clinic in Bowling Green. Her husband teaches at a school in Bowling Green, "
    "and her brother is a firefighter in Louisville, Kentucky.\n\n"
)


def test_a_shooting_told_after_an_attack_abroad_is_not_at_the_dateline(nlp: Language) -> None:
    events = _events(nlp, ABROAD)
    killed = next(e for e in events if e.trigger.text == "killed")
    assert _place(killed) != ("Bowling Green", "USA")


def test_a_local_arrest_in_its_own_paragraph_keeps_the_dateline(nlp: Language) -> None:
    """Negative: the next paragraph is back home; its arrest is at the dateline."""
    events = _events(nlp, ABROAD + "Police arrested a man on Tuesday after a robbery at a bank.")
    arrested = next(e for e in events if e.trigger.text == "arrested")
    assert _place(arrested) == ("Bowling Green", "USA")
