"""Acts still missed on the stop-42 recall readings (r7/r8, recall4). The sentences are our own.

- A court acquitting, exonerating or clearing someone of charges ends the legal action on them
  (CAMEO 081, PLOVER 2.0 CONCEDE), as dropping the charges does.
- A demand, request or call ignored is turned down (CAMEO 120, REJECT); holding to one's innocence
  denies the charge (CAMEO 016, REJECT).
- Sitting down with another party is meeting it (CAMEO 040, CONSULT).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A Ugandan appeals court acquitted the two journalists of sedition.",
            "Ugandan appeals court",
            "journalists",
        ),
        ("The Kenyan high court exonerated the former governor.", "Kenyan high court", "former governor"),
        ("A Nigerian court cleared the senator of fraud charges.", "Nigerian court", "senator"),
    ],
)
def test_a_court_freeing_someone_of_charges_eases_the_case(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = by_rule(code(nlp, text), "concede.")
    assert event.plover == "CONCEDE"
    assert event.cameo == "081"
    assert source in [m.text for m in event.sources]
    assert target in [m.text for m in event.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian army cleared the highway of roadblocks.",
        "The Kenyan high court cleared the way for the vote.",
        "The audit report exonerated the Ghanaian customs officers.",
    ],
)
def test_clearing_a_road_or_a_report_freeing_no_one_eases_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Zambian mining company ignored the environment ministry's demand.",
            "Zambian mining company",
            "environment ministry",
        ),
        (
            "The Ghanaian ruling party ignored repeated calls from the opposition.",
            "Ghanaian ruling party",
            "opposition",
        ),
    ],
)
def test_a_demand_ignored_is_turned_down(nlp: Language, text: str, source: str, target: str) -> None:
    event = by_rule(code(nlp, text), "reject.ignore-demand")
    assert event.cameo == "120"
    assert source in [m.text for m in event.sources]
    assert target in [m.text for m in event.targets]


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian mining company ignored the heavy rain.",
        "The Ghanaian ruling party ignored the question of its budget.",
    ],
)
def test_ignoring_what_no_one_asked_refuses_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The former Malawian finance minister maintained his innocence.",
        "The jailed Ugandan opposition leader protested his innocence.",
    ],
)
def test_holding_to_ones_innocence_denies_the_charge(nlp: Language, text: str) -> None:
    event = by_rule(code(nlp, text), "reject.")
    assert event.cameo == "016"


@pytest.mark.parametrize(
    "text",
    [
        "The Malawian government maintained its position on fuel prices.",
        "The Malawian government maintained the rural roads.",
    ],
)
def test_maintaining_a_position_or_roads_denies_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "016"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The UN envoy sat down with the Sudanese foreign minister on Friday.",
            "UN envoy",
            "Sudanese foreign minister",
        ),
        (
            "The Ethiopian prime minister sat down with Eritrean officials.",
            "Ethiopian prime minister",
            "Eritrean officials",
        ),
    ],
)
def test_sitting_down_with_a_party_meets_it(nlp: Language, text: str, source: str, target: str) -> None:
    event = by_rule(code(nlp, text), "consult.sit-down")
    assert event.plover == "CONSULT"
    parties = [m.text for m in event.sources + event.targets]
    assert source in parties
    assert target in parties


@pytest.mark.parametrize(
    "text",
    [
        "The Ethiopian prime minister sat down with a glass of water.",
        "The protesters sat down in front of the Ethiopian parliament.",
    ],
)
def test_sitting_down_with_no_one_meets_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]
