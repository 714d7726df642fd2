"""Kinds of event missed in political news (issue 10: recall on political articles).

Each class was found by listing, against the PLOVER 2.0 manual, the events of political
articles and reading the ones the coder missed; the sentences here are our own, on other
subjects, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # An act received through "under": the subject of the verb is the one it falls on.
        (
            "The Zambian governor is under investigation by prosecutors for fraud.",
            "ACCUSE",
            "090",
            "JUD",
            "GOV",
        ),
        (
            "The Peruvian mayor has been under investigation by the attorney general since March.",
            "ACCUSE",
            "090",
            "JUD",
            "GOV",
        ),
        (
            "The Bolivian senator came under criticism from the opposition for the vote.",
            "ACCUSE",
            "111",
            "OPP",
            "LEG",
        ),
        ("North Korea remains under sanctions from the United Nations.", "SANCTION", "163", "IGO", None),
    ],
)
def test_an_act_received_under_falls_on_the_subject(
    nlp: Language, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    event = find(code(nlp, text), plover)
    assert event.cameo == cameo
    assert {a.sector for a in event.sources} == {source}, event.sources
    assert {a.sector for a in event.targets} == {target}, event.targets


@pytest.mark.parametrize(
    "text",
    [
        "The blaze is under investigation by the Zambian police.",  # a fire is no one investigated
        "The Chilean senator was at the inquiry on Tuesday.",  # "at", not "under"
    ],
)
def test_an_investigation_needs_someone_under_it(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo.startswith("09")]


def test_devices_and_papers_seized_are_confiscated(nlp: Language) -> None:
    event = find(code(nlp, "Police in Lagos seized the phones and computers of two journalists."), "COERCE")
    assert event.cameo == "171"
    assert {a.sector for a in event.targets} == {"MED"}, event.targets


def test_an_initiative_seized_is_no_confiscation(nlp: Language) -> None:
    assert not [
        e
        for e in code(nlp, "The Somali rebels seized the initiative after the ceasefire collapsed.")
        if e.plover == "COERCE"
    ]


def test_an_office_holder_defended_in_words_is_support(nlp: Language) -> None:
    event = find(code(nlp, "The Ugandan minister defended the president in a radio interview."), "SUPPORT")
    assert event.cameo == "052" and {a.country for a in event.sources} == {"UGA"}


@pytest.mark.parametrize(
    "text",
    [
        "We have every right to defend our citizens, the Ugandan minister said.",
        "Nigerian troops defended the villagers from the militants.",
    ],
)
def test_people_defended_by_force_are_no_words_of_support(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Ghanaian opposition said the government erred in raising fuel taxes.", "GOV"),
        ("The Nepalese premier said Beijing had miscalculated.", "GOV"),
    ],
)
def test_saying_someone_erred_is_criticism(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and {a.sector for a in event.targets} == {target}, event.targets


def test_erring_in_general_accuses_no_one(nlp: Language) -> None:
    assert not [e for e in code(nlp, "To err is human, the Canadian minister said.") if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kenyan opposition said the government's election results were rigged.", "GOV"),
        ("The Malian junta said the French army had falsified the casualty figures.", "MIL"),
        ("The Bolivian senator said the ministry manipulated the census.", "GOV"),
    ],
)
def test_saying_someone_rigged_or_falsified_is_an_accusation(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and {a.sector for a in event.targets} == {target}, event.targets


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch minister said the crane had been rigged to lift the bridge.",  # rigging gear
        "The Dutch minister said the cables were rigged before the storm.",
    ],
)
def test_rigging_gear_accuses_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Kenyan police widened their probe of the senator.", "KEN"),
        ("Brazil's police expanded their investigation into the senator.", "BRA"),
    ],
)
def test_an_act_widened_goes_on_and_is_its_subjects(nlp: Language, text: str, source: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "090" and {a.country for a in event.sources} == {source}, event.sources


def test_a_road_widened_is_no_act(nlp: Language) -> None:
    assert not code(nlp, "The Ghanaian army widened the bridge over the Volta.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister said the bombing could be traced to al-Shabaab.",
        "The Kenyan minister said the bombing was attributed to al-Shabaab.",
        "The Kenyan minister said the bombing was blamed on al-Shabaab.",
    ],
)
def test_blame_laid_in_a_reported_passive_is_the_speakers(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "112"
    assert {a.country for a in event.sources} == {"KEN"} and {a.sector for a in event.targets} == {"REB"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister said the power cut was traced to a faulty cable.",  # no harm done by anyone
        "The bombing was blamed on al-Shabaab.",  # nobody named lays the blame
    ],
)
def test_a_cause_traced_or_blame_unspoken_accuses_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE"]
