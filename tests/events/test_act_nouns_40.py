"""Acts told through a noun their verb changes, stop 40 (issue 10: recall on political articles).

A legal action ended ("dropped the investigation into", "abandoned the charges against") is a
concession to the one investigated or charged (CAMEO 081, PLOVER 2.0 CONCEDE), no investigation;
walking away from talks or a deal halts them (164) or leaves it (160), no consultation. The
sentences are our own, on other subjects, with the near readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Prosecutors in Lisbon dropped their investigation into the former mayor.", "former mayor"),
        ("Chilean prosecutors abandoned the charges against the union leader.", "union leader"),
        (
            "The Danish attorney general discontinued the inquiry into the shipping minister.",
            "shipping minister",
        ),
        (
            "Romanian prosecutors shelved the case against the opposition senator on Friday.",
            "opposition senator",
        ),
    ],
)
def test_a_legal_action_ended_is_a_concession_to_its_target(nlp: Language, text: str, target: str) -> None:
    events = code(nlp, text)
    concession = find(events, "CONCEDE")
    assert concession.cameo == "081"
    assert target in [m.text for m in concession.targets]
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_a_legal_action_opened_is_still_an_investigation(nlp: Language) -> None:
    events = code(nlp, "Prosecutors in Lisbon opened an investigation into the former mayor.")
    assert find(events, "ACCUSE").polarity == "affirmed"
    assert not [e for e in events if e.plover == "CONCEDE"]


def test_a_legal_action_kept_going_is_no_concession(nlp: Language) -> None:
    """ "will not drop": the refusal to yield (1241), and the investigation goes on."""
    events = code(nlp, "Prosecutors in Lisbon will not drop their investigation into the former mayor.")
    assert not [e for e in events if e.plover == "CONCEDE"]
    assert [e for e in events if e.plover == "ACCUSE" and e.polarity == "affirmed"]


def test_a_thing_closed_is_no_concession(nlp: Language) -> None:
    assert not [
        e
        for e in code(nlp, "Prosecutors in Lisbon closed their office for the holiday.")
        if e.plover == "CONCEDE"
    ]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Cypriot negotiator walked away from the talks in Geneva on Monday.", "164"),
        ("The Kenyan opposition walked away from the negotiations with the ruling party.", "164"),
        ("Caracas walked away from the oil agreement with Havana.", "160"),
    ],
)
def test_walking_away_from_talks_halts_them(nlp: Language, text: str, cameo: str) -> None:
    events = code(nlp, text)
    assert find(events, "SANCTION").cameo == cameo
    assert not [e for e in events if e.plover == "CONSULT" and e.polarity == "affirmed"]


def test_walking_away_from_a_place_halts_nothing(nlp: Language) -> None:
    events = code(nlp, "The Cypriot negotiator walked away from the microphone after the talks.")
    assert not [e for e in events if e.plover == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Chilean navy launched a rescue mission for the missing fishermen.", "CHL", "missing fishermen"),
        ("The Turkish army mounted a rescue operation for the buried villagers.", "TUR", "buried villagers"),
        ("The Greek coast guard's rescue of 60 migrants off Lesbos was praised.", "GRC", "migrants"),
    ],
)
def test_a_rescue_told_as_a_noun_is_aid(nlp: Language, text: str, source: str, target: str) -> None:
    rescue = find(code(nlp, text), "AID")
    assert rescue.cameo == "073"
    assert source in [m.country for m in rescue.sources]
    assert target in [m.text for m in rescue.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy said a rescue mission for the trawler crew would be too costly.",
        "The rescue mission's helicopter landed in Valparaiso.",
        "The year's rescues off Lesbos outnumbered last year's, the Greek coast guard said.",
    ],
)
def test_a_rescue_that_is_a_thing_or_a_supposition_is_no_aid(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AID" and e.modality == "actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch cabinet made no decision to withdraw its troops from Afghanistan.",
        "The Finnish government took no decision to expel the Russian diplomats.",
    ],
)
def test_no_decision_to_act_is_no_act(nlp: Language, text: str) -> None:
    """ "no decision to V": the act the denied noun would carry was not done."""
    assert not [
        e for e in code(nlp, text) if e.polarity == "affirmed" and e.plover in ("RETREAT", "SANCTION")
    ]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Dutch cabinet's decision to withdraw its troops from Afghanistan angered Kabul.", "RETREAT"),
        ("The Finnish government's decision to expel the Russian diplomats angered Moscow.", "SANCTION"),
    ],
)
def test_a_decision_taken_to_act_is_the_act(nlp: Language, text: str, plover: str) -> None:
    event = find(code(nlp, text), plover)
    assert event.polarity == "affirmed" and event.modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "The Paraguayan senate opened impeachment proceedings against the interior minister.",
        "The Paraguayan senate's impeachment of the interior minister divided the ruling party.",
    ],
)
def test_an_impeachment_told_as_a_noun_accuses_its_target(nlp: Language, text: str) -> None:
    impeachment = find(code(nlp, text), "ACCUSE")
    assert impeachment.cameo == "112"
    assert "PRY" in [m.country for m in impeachment.sources]
    assert "interior minister" in [m.text for m in impeachment.targets]


@pytest.mark.parametrize(
    "text",
    [
        "An impeachment of the interior minister would be costly, the Paraguayan senator said.",
        "The Paraguayan opposition called for the impeachment of the interior minister.",
    ],
)
def test_an_impeachment_supposed_or_asked_for_is_no_accusation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.modality == "actual"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Prosecutors in Ankara withdrew the charges against the newspaper editor on Friday.",
            "newspaper editor",
        ),
        (
            "The opposition party withdrew its lawsuit against the electoral commission.",
            "electoral commission",
        ),
    ],
)
def test_legal_action_withdrawn_is_a_concession_not_an_envoy_recalled(
    nlp: Language, text: str, target: str
) -> None:
    events = code(nlp, text)
    concession = find(events, "CONCEDE")
    assert concession.cameo == "081" and target in [m.text for m in concession.targets]
    assert not [e for e in events if e.plover == "SANCTION"]


def test_a_charge_d_affaires_withdrawn_is_still_an_envoy_recalled(nlp: Language) -> None:
    recalled = find(
        code(nlp, "Sweden withdrew its charge d'affaires from Tehran after the protest."), "SANCTION"
    )
    assert recalled.cameo == "161"
