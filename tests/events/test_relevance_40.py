"""Relevance classes of round 40, on sentences written by the team: a law's name gives the law no
actor, a danger is no one's threat, and an outlet's portrayal of a conflict is no event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code

pytestmark = pytest.mark.slow


# 1. A place in a law's or a bill's name names what the law is about, not who acts.


@pytest.mark.parametrize(
    "text",
    [
        "The Kenya Transparency Act, passed by the Senate on Monday, would freeze officials' assets.",
        "The Ghana Democracy Act would impose sanctions on officials.",
    ],
)
def test_a_place_in_a_laws_name_is_no_source(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    named = {m.country for e in events for m in e.sources}
    assert not named & {"KEN", "GHA"}, [(e.plover, [m.text for m in e.sources]) for e in events]


def test_a_state_that_imposes_sanctions_is_still_their_source(nlp: Language) -> None:
    events = code(nlp, "Ghana would impose sanctions on officials.")
    assert [m.country for e in events for m in e.sources] == ["GHA"]


# 2. A threat of a harm nobody does is a danger, not a threat by whoever lives under it.


@pytest.mark.parametrize(
    "text",
    [
        "The camp's residents are making choices under threat of hunger.",
        "The families made their decisions under the threat of starvation.",
    ],
)
def test_living_under_a_danger_is_no_threat(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "THREATEN"]


def test_a_threat_of_starvation_by_a_named_maker_is_a_threat(nlp: Language) -> None:
    events = code(nlp, "The regime's threat of starvation forced the town to surrender.")
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and [m.text for m in threats[0].sources] == ["regime"]


# 3. A clause under a phrase of how an outlet tells the story is a portrayal, no event.


@pytest.mark.parametrize(
    "text",
    [
        "In the broadcaster's telling, the army attacks the bandits who raid villages.",
        "In the network's coverage, the government battles terrorists in the north.",
        "In the paper's coverage, the city is calm; the rebels flee as the government battles terrorists.",
    ],
)
def test_a_portrayal_of_a_conflict_is_no_event(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The government battles terrorists in the north.",
        "In its coverage, the station said that troops attacked the village.",
    ],
)
def test_an_act_told_outright_or_reported_is_still_coded(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.plover == "ASSAULT"]


# 4. Repression of a thing by private persons or kin is a family matter, no political coercion.


def test_a_widow_suppressing_a_manuscript_is_no_coercion(nlp: Language) -> None:
    events = code(nlp, "The novelist's widow is suppressing his last manuscript, his friends say.")
    assert not [e for e in events if e.plover == "COERCE"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The junta is suppressing the novels of dissident writers.", "junta"),
        ("The gang is suppressing the vote in the district.", "gang"),
    ],
)
def test_suppression_by_a_state_or_a_group_is_still_coercion(nlp: Language, text: str, source: str) -> None:
    coercions = [e for e in code(nlp, text) if e.plover == "COERCE"]
    assert coercions and [m.text for m in coercions[0].sources] == [source]


# 5. People named on a record of them ("inmate checks") are no party to an act told of the record.


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors alleged that the prisoner counts were falsified.",
        "Federal prosecutors alleged that no inmate checks were carried out that night.",
    ],
)
def test_people_a_record_keeps_track_of_are_not_accused(nlp: Language, text: str) -> None:
    targets = [m.text for e in code(nlp, text) for m in e.targets]
    assert not {"prisoner", "inmate"} & set(targets), targets


def test_people_an_allegation_names_are_still_its_target(nlp: Language) -> None:
    accusation = [
        e for e in code(nlp, "Prosecutors alleged that the prisoners were beaten.") if e.plover == "ACCUSE"
    ]
    assert accusation and [m.text for m in accusation[0].targets] == ["prisoners"]
