"""Precision classes of stop 44 (prec8), on sentences written by the team.

Statements that are no acts: a view someone holds ("many farmers believe the ministry should cut
the tax") asks no one for anything; a view agreed on ("the union leaders agreed that the strike
should go on") is no agreement between parties; "issues" and "problems" had with something are no
issue taken with anyone; the terms of a settlement signed ("signed an agreement to allow trucks
to cross") are the signing's, no act of their own; and a contraction typed with a grave accent
("can`t share") denies the act as "can't" does. Each class has its near sentence that still codes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


def _readings(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.plover, e.trigger.text, str(e.polarity)) for e in code(nlp, text)]


# --- a view held asks no one -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Many farmers believe the ministry should lower the fuel tax, the economist said.",
        "The opposition thinks the government should call an early election.",
        "Many residents believe the mayor should resign, the realtor said.",
    ],
)
def test_a_view_held_is_no_request(nlp: Language, text: str) -> None:
    assert not [r for r in _readings(nlp, text) if r[0] == "REQUEST"], _readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # negative: a view said is said to be heard, and asks
        "The opposition said the government should call an early election.",
        "The governor said the legislature should pass the budget.",
        # negative: a speaker's own view, hedged, is her demand
        '"I think Iran should withdraw its troops," the French foreign minister said.',
    ],
)
def test_a_view_said_still_asks(nlp: Language, text: str) -> None:
    assert ("REQUEST", "should", "affirmed") in _readings(nlp, text), _readings(nlp, text)


# --- a view agreed on is no agreement ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The union leaders all agreed that the strike should continue.",
        "The ministers agreed that the crisis must be resolved quickly.",
        "Mayor Ann Hill of Dover, Mayor Tom Reyes of Salem and Mayor Jo Park of Lowell all agreed "
        "that the old bridges should stay closed.",
    ],
)
def test_a_view_agreed_on_is_no_agreement(nlp: Language, text: str) -> None:
    assert not [r for r in _readings(nlp, text) if r[0] == "AGREE"], _readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # negative: what the parties will do, or bind themselves to with a partner, is agreed
        "Israel and Hamas agreed that the ceasefire would start at noon.",
        "Egypt agreed with Sudan that the dam talks should resume in May.",
        "Chad and Niger agreed that they should meet again in May.",
        "Peru and Chile agreed that the detained fishermen should be swapped.",
    ],
)
def test_an_undertaking_agreed_is_an_agreement(nlp: Language, text: str) -> None:
    assert ("AGREE", "agreed", "affirmed") in _readings(nlp, text), _readings(nlp, text)


# --- "issues" had are no issue taken ---------------------------------------------------


def test_issues_between_two_groups_accuse_no_one(nlp: Language) -> None:
    text = "We have some noise issues between students and residents, the mayor said."
    assert not [r for r in _readings(nlp, text) if r[0] == "ACCUSE"], _readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # negative: the idiom itself criticises
        ("The teachers' union took issue with the ministry over the exam reform.", "issue"),
        ("The senator took aim at the governor over the budget.", "aim"),
    ],
)
def test_taking_issue_still_accuses(nlp: Language, text: str, trigger: str) -> None:
    assert ("ACCUSE", trigger, "affirmed") in _readings(nlp, text), _readings(nlp, text)


# --- the terms of a settlement signed --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The two governments signed an agreement to allow trucks to cross the border.", "allow"),
        ("Kenya and Uganda signed a pact to reopen the border crossing.", "reopen"),
    ],
)
def test_the_terms_of_a_signed_settlement_are_no_act(nlp: Language, text: str, term: str) -> None:
    readings = _readings(nlp, text)
    assert ("SUPPORT", "signed", "affirmed") in readings, readings
    assert not [r for r in readings if r[1] == term], readings


def test_an_act_beside_the_signing_still_codes(nlp: Language) -> None:
    # negative: the reopening told as done on its own is an act
    text = "Kenya and Uganda signed a pact, and Kenya reopened the border crossing."
    assert ("CONCEDE", "reopened", "affirmed") in _readings(nlp, text), _readings(nlp, text)


# --- a contraction typed with a grave accent -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The police said they can`t share the files with the prosecutors.",
        "Officials said they don`t share the records with the auditors.",
    ],
)
def test_a_grave_accent_contraction_denies(nlp: Language, text: str) -> None:
    readings = _readings(nlp, text)
    assert [r for r in readings if r[0] == "COOPERATE"], readings
    assert all(r[2] == "negated" for r in readings if r[0] == "COOPERATE"), readings


def test_a_share_told_plainly_is_done(nlp: Language) -> None:
    # negative
    text = "The police shared the files with the prosecutors."
    assert ("COOPERATE", "shared", "affirmed") in _readings(nlp, text), _readings(nlp, text)
