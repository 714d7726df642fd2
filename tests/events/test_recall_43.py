"""Wordings of CAMEO acts that had no rule (stop-42 recall readings r7/r8, recall8). Our own sentences.

- Proposing, putting forward or tabling a plan to another side offers it (CAMEO 030, AGREE).
- Armed men or the authorities turning people or convoys back or away restrict their movement
  (CAMEO 191, COERCE); the by-agent of the passive is the source.
- Armed men striking at a place or a side attack it (CAMEO 190); workers striking for pay conduct a
  strike (CAMEO 143, PROTEST).
- Scorn poured or heaped on someone disparages them (CAMEO 111, ACCUSE).
- Applying to an authority for a licence or a permit asks it (CAMEO 020, REQUEST).
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
            "The Spanish labour minister proposed a new wage deal to the unions.",
            "Spanish labour minister",
            "unions",
        ),
        ("Norway put forward a peace plan to the Colombian rebels.", "Norway", "Colombian rebels"),
        (
            "The Greek government tabled a compromise to the European Commission.",
            "Greek government",
            "European Commission",
        ),
    ],
)
def test_a_plan_put_to_another_side_is_an_offer(nlp: Language, text: str, source: str, target: str) -> None:
    agree = find(code(nlp, text), "AGREE")
    assert agree.cameo == "030"
    assert source in [m.text for m in agree.sources]
    assert target in [m.text for m in agree.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Danish prime minister proposed a toast to the visiting queen.",
        "The Scottish National Party put forward three candidates for the council.",
    ],
)
def test_a_toast_or_a_candidate_put_forward_offers_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AGREE"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The relief convoy was turned back by Sudanese soldiers at the checkpoint.", "Sudanese soldiers"),
        ("Croatian police turned away two hundred migrants at the border crossing.", "Croatian police"),
    ],
)
def test_people_turned_back_by_armed_men_are_stopped(nlp: Language, text: str, source: str) -> None:
    coerce = find(code(nlp, text), "COERCE")
    assert coerce.cameo == "191"
    assert source in [m.text for m in coerce.sources]


@pytest.mark.parametrize(
    "text",
    [
        "The Nepalese climbers turned back below the summit in the storm.",
        "The French senator turned his back on the old party.",
    ],
)
def test_turning_back_on_ones_own_restricts_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "COERCE"]


def test_armed_men_striking_at_a_post_attack_it(nlp: Language) -> None:
    assault = find(code(nlp, "Rebels struck at an army post near Goma on Sunday."), "ASSAULT")
    assert assault.cameo == "190"
    assert "Rebels" in [m.text for m in assault.sources]


def test_workers_striking_for_pay_conduct_a_strike(nlp: Language) -> None:
    protest = find(code(nlp, "Nurses in Kenya struck for higher pay on Monday."), "PROTEST")
    assert protest.cameo == "143"


@pytest.mark.parametrize(
    "text",
    [
        "The storm struck the coast of Florida on Monday.",
        "Lightning struck a church in southern Mexico.",
    ],
)
def test_a_storm_striking_is_no_event(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover in ("ASSAULT", "PROTEST")]


def test_scorn_poured_on_a_rival_is_criticism(nlp: Language) -> None:
    accuse = find(code(nlp, "The Indian finance minister poured scorn on the opposition leader."), "ACCUSE")
    assert accuse.cameo == "111"
    assert "opposition leader" in [m.text for m in accuse.targets]


def test_money_poured_into_a_project_is_no_criticism(nlp: Language) -> None:
    assert not [
        e for e in code(nlp, "The Indian government poured money into the new port.") if e.plover == "ACCUSE"
    ]


def test_a_permit_applied_for_asks_the_authority(nlp: Language) -> None:
    request = find(
        code(nlp, "The mining company applied to the Chilean ministry for a drilling permit."), "REQUEST"
    )
    assert "Chilean ministry" in [m.text for m in request.targets]


def test_a_job_applied_for_asks_no_one(nlp: Language) -> None:
    assert not [
        e for e in code(nlp, "The student applied to the Chilean bank for a job.") if e.plover == "REQUEST"
    ]
