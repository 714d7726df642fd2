"""Kinds of event missed in political news, stop 35, second round (issue 10: recall on political
articles).

Classes found in the held-out PolNeAR articles of stops 34 and 35 with no rule at all: approval
told as a feeling, motions filed with a court, and weapons tests told without a weapon word. The
sentences are our own, on other subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana said it was pleased with Nigeria's decision to reopen the border.", "GHA", "NGA"),
        ("The Chilean government is satisfied with Peru's offer on the fishing zone.", "CHL", "PER"),
        ("Vietnamese officials were encouraged by China's statement on the islands.", "VNM", "CHN"),
        ("Canada was impressed by the Mexican president's handling of the talks.", "CAN", "MEX"),
    ],
)
def test_approval_told_as_a_feeling_is_support(nlp: Language, text: str, source: str, target: str) -> None:
    """ "pleased with", "satisfied with", "encouraged by" an actor or its act: approval held by
    the source (CAMEO 051), the mirror of "disappointed with" (110), aimed at the one whose act
    pleases."""
    event = find(code(nlp, text), "SUPPORT")
    assert event.cameo == "051"
    assert dyad(event) == ({source}, {target})


@pytest.mark.parametrize(
    "text",
    [
        "The minister said she was pleased to announce the new budget.",
        "Farmers in Kenya were pleased with the heavy rains this spring.",
        "The offer pleased the Ghanaian delegation.",
    ],
)
def test_pleasure_about_no_actor_is_no_support(nlp: Language, text: str) -> None:
    """Pleasure in announcing something, in the weather, or the stimulus as subject approves of no
    one."""
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


def test_a_negated_feeling_of_approval_is_disapproval(nlp: Language) -> None:
    """ "not satisfied with" an actor's act: disapproval (CAMEO 110), no support."""
    events = code(nlp, "The Kenyan government said it was not satisfied with Uganda's explanation.")
    assert find(events, "ACCUSE").cameo == "110"
    assert not [e for e in events if e.plover == "SUPPORT"]


def test_encouraged_by_an_actor_to_act_stays_its_request(nlp: Language) -> None:
    """ "were encouraged by the party to boycott": the party's request (020), no approval felt."""
    events = code(nlp, "Kenyan students were encouraged by the opposition party to boycott the vote.")
    assert find(events, "REQUEST").sources[0].text == "opposition party"
    assert not [e for e in events if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for the Chilean mining company filed a motion in a Santiago court to dismiss the charges.",
        "The Guardian and the BBC filed a motion to unseal the court records on Tuesday.",
        "Lawyers for the former Kenyan finance minister submitted a motion for a new trial.",
    ],
)
def test_a_motion_filed_with_a_court_is_a_request(nlp: Language, text: str) -> None:
    """A motion to dismiss, to unseal, for a new trial: a request for a court's ruling (CAMEO
    020), as a petition filed."""
    event = find(code(nlp, text), "REQUEST")
    assert event.rule.startswith("request.court-motion")


def test_a_chamber_motion_is_no_court_request(nlp: Language) -> None:
    """A motion of no confidence tabled in a parliament asks no court for anything."""
    events = code(nlp, "The Labour opposition filed a motion of no confidence in the Prime Minister.")
    assert not [e for e in events if e.rule.startswith("request.court-motion")]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan carried out a successful test from a warship in the Arabian Sea.",
        "The Iranian navy conducted another test off the coast on Friday.",
    ],
)
def test_a_state_test_without_a_weapon_word_is_a_show_of_force(nlp: Language, text: str) -> None:
    """A test carried out by a state or its forces is a weapons test even with no weapon named on
    the noun: a show of force (CAMEO 150)."""
    event = find(code(nlp, text), "MOBILIZE")
    assert event.cameo == "150"


@pytest.mark.parametrize(
    "text",
    [
        "Germany carried out a stress test of its largest banks last year.",
        "The health ministry conducted a test of its new alert system on Monday.",
    ],
)
def test_civil_tests_are_no_show_of_force(nlp: Language, text: str) -> None:
    """A banking stress test, or a ministry testing an alert system, shows no force."""
    assert not [e for e in code(nlp, text) if e.plover == "MOBILIZE"]
