"""Acts told as nouns after a verb of receiving them, grievances told in a reported clause, and the
contracted perfect (stop-44 recall readings r11/r12, recall18). Our own sentences.

- Disapproval received, "drew fire / faced a backlash / sparked an outcry from X", is criticism
  (CAMEO 111) by X of the governing verb's subject; fire drawn from an armed side is force (190).
- Wronging those one pays or serves (underpay, overwork, underfund, exploit people), told of an
  actor in a reported clause after any speech verb ("argues", "maintains"), is a grievance the
  speaker lays on it (CAMEO 111); exploiting a thing wrongs no one.
- "He's slammed the bill": the contracted "has" of a perfect with a direct object, which the
  parser reads as a passive "is", keeps its subject as the doer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Chilean interior minister has drawn fire from opposition senators over the police budget.",
            "opposition senators",
            "Chilean interior minister",
        ),
        (
            "The Chilean interior minister faced a backlash from trade unions over the pension reform.",
            "trade unions",
            "Chilean interior minister",
        ),
        (
            "The Chilean interior minister sparked an outcry from trade unions with the pension reform.",
            "trade unions",
            "Chilean interior minister",
        ),
        (
            "The Chilean interior minister provoked criticism from opposition senators.",
            "opposition senators",
            "Chilean interior minister",
        ),
    ],
)
def test_disapproval_received_is_criticism_by_its_giver(
    nlp: Language, text: str, source: str, target: str
) -> None:
    accuse = find(code(nlp, text), "ACCUSE")
    assert accuse.cameo == "111"
    assert source in [m.text for m in accuse.sources]
    assert target in [m.text for m in accuse.targets]


def test_fire_drawn_from_rebels_is_force_not_criticism(nlp: Language) -> None:
    events = code(nlp, "A Colombian army patrol drew fire from FARC rebels on Tuesday.")
    assert not [e for e in events if e.plover == "ACCUSE"]
    assert find(events, "ASSAULT").cameo == "190"


def test_crowds_drawn_are_no_criticism(nlp: Language) -> None:
    events = code(nlp, "The Chilean interior minister drew large crowds from the suburbs of Santiago.")
    assert not [e for e in events if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Peruvian teachers' union argues that the education ministry underpays its teachers.",
            "Peruvian",
            "education ministry",
        ),
        (
            "The Peruvian nurses' union maintains that the health ministry overworks its staff.",
            "Peruvian",
            "health ministry",
        ),
        (
            "The Peruvian opposition argues that the health ministry underfunds rural clinics.",
            "Peruvian opposition",
            "health ministry",
        ),
        (
            "The Peruvian teachers' union contends that the education ministry exploits its teachers.",
            "Peruvian",
            "education ministry",
        ),
    ],
)
def test_a_wrong_to_those_served_in_a_reported_clause_is_a_grievance(
    nlp: Language, text: str, source: str, target: str
) -> None:
    accuse = find(code(nlp, text), "ACCUSE")
    assert accuse.cameo == "111"
    assert any(source in m.text for m in accuse.sources)
    assert target in [m.text for m in accuse.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian finance minister argued that the mining company exploits a loophole in the tax code.",
        "The Peruvian teachers' union argues that the education ministry pays its teachers on time.",
    ],
)
def test_exploiting_a_thing_or_paying_on_time_is_no_grievance(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    "text", ["He's slammed the farm subsidy bill.", "He's criticised the Chilean president."]
)
def test_a_contracted_perfect_keeps_its_subject_as_the_doer(nlp: Language, text: str) -> None:
    accuse = find(code(nlp, "Peruvian senator Luis Alva spoke in Lima on Monday. " + text), "ACCUSE")
    assert accuse.cameo == "111"
    assert any("Alva" in (m.name or m.text) for m in accuse.sources)


def test_a_contracted_passive_with_its_agent_stays_passive(nlp: Language) -> None:
    text = (
        "Peruvian senator Luis Alva spoke in Lima on Monday. He's been criticised by the Chilean president."
    )
    events = code(nlp, text)
    accuse = find(events, "ACCUSE")
    assert "Chilean president" in [m.text for m in accuse.sources]
    assert not [m for m in accuse.sources if "Alva" in m.text]
