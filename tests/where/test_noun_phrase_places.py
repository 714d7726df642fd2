"""A place that describes a noun is not where an event happened (issue 11, read on real news).

Real news placed a UN refugee agency's condemnation in South Sudan (it condemned "the bombing
of a camp in South Sudan"), an American overture in Sudan ("the government in Sudan") and an
arrest in Detroit ("arrested hours after the shootings at an office in suburban Detroit").
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from wirewatch.model import Article, Event
from wirewatch.pipeline import code_docs

pytestmark = pytest.mark.slow


def _event(nlp: Language, text: str, trigger: str) -> Event:
    events = code_docs(nlp, [Article("t", text, published=dt.date(2021, 5, 12))])[0].events
    return next(e for e in events if e.trigger.text == trigger)


def _place(event: Event) -> str | None:
    return event.location.name if event.location else None


def test_a_statement_about_an_attack_somewhere_is_not_made_there(nlp: Language) -> None:
    text = "The foreign ministry condemned the shelling of a hospital in Kharkiv on Monday."
    assert _place(_event(nlp, text, "condemned")) is None


def test_a_material_act_happens_where_its_object_is(nlp: Language) -> None:
    text = "Government troops shelled a hospital in Kharkiv on Monday."
    assert _place(_event(nlp, text, "shelled")) == "Kharkiv"


def test_the_acting_subject_is_where_it_acts(nlp: Language) -> None:
    text = "A court in Lyon convicted a former French minister of corruption on Friday."
    assert _place(_event(nlp, text, "convicted")) == "Lyon"


def test_a_place_of_an_earlier_act_does_not_place_an_arrest(nlp: Language) -> None:
    text = "Police arrested a man on Sunday, hours after the stabbing of a guard at a bank in Marseille."
    assert _place(_event(nlp, text, "arrested")) is None


def test_a_place_stands_where_the_noun_it_describes_stands(nlp: Language) -> None:
    """The headquarters is where the meeting was, so the city it lies in is too."""
    text = "The prime minister met union leaders at the party's headquarters in Lisbon on Monday."
    assert _place(_event(nlp, text, "met")) == "Lisbon"


def test_what_happens_during_an_attack_happens_where_it_lands(nlp: Language) -> None:
    text = "Two aid workers were killed during an air strike on a school in Idlib on Tuesday."
    assert _place(_event(nlp, text, "killed")) == "Idlib"


def test_the_dateline_does_not_place_an_event_with_an_act_elsewhere_in_the_country(nlp: Language) -> None:
    """The farmers worked near Kaduna: the attack on them is not placed at the Lagos dateline, but
    where they were at work when it happened (a present participle on a noun is at its verb's time
    and place: `when.attach.opens_clause`)."""
    text = "LAGOS (Reuters) - Gunmen attacked farmers working in fields near Kaduna on Sunday."
    assert _place(_event(nlp, text, "attacked")) == "Kaduna"


def test_a_place_inside_a_noun_phrase_leaves_the_dateline_to_place_the_event(nlp: Language) -> None:
    text = (
        "BELGRADE (Reuters) - Serbia's prime minister announced his resignation on Tuesday, "
        "bowing to weeks of protests over the collapse of a bridge in Nis."
    )
    assert _place(_event(nlp, text, "resignation")) == "Belgrade"
