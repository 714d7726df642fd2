"""Verbal acts told only by what a speaker says, stop 47 (issue 10: recall on political articles).

Under a plain "said", quoted or reported: a reprisal the speaker's side says it will make (retaliate,
avenge, respond with force) and a heavy price it says another country's side will pay
are threats (PLOVER 2.0 THREATEN); talks its own side says it will not hold are refused (REJECT,
CAMEO 125); allies or promises abandoned are a charge (ACCUSE). The same words told of what was done,
denied, said by another side of the one who would act, or of one's own people, are none of these.
The sentences are our own, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code, dyad, find

pytestmark = pytest.mark.slow

REPRISAL_RULES = ("threaten.vow-",)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ('"We will retaliate against Azerbaijan," the Armenian defence minister said.', "130", "ARM", "AZE"),
        (
            '"If Kyiv strikes our refineries again, we will respond with full force against Ukraine," the '
            "Russian defence minister told reporters.",
            "138",
            "RUS",
            "UKR",
        ),
        (
            '"Should they fire on our boats again, we will respond with force," the Philippine defence '
            "secretary said of China.",
            "138",
            "PHL",
            None,
        ),
        ("The Pakistani foreign minister said Pakistan would retaliate against India.", "130", "PAK", "IND"),
        ("Hezbollah said it would avenge the killing of its commander in Beirut.", "130", "LBN", None),
    ],
)
def test_a_reprisal_the_speakers_side_promises_is_a_threat(
    nlp: Language, text: str, cameo: str, source: str, target: str | None
) -> None:
    """CAMEO 130 for a reprisal of no kind named, 138 where force is named; made as it is said."""
    event = find(code(nlp, text), "THREATEN")
    assert event.cameo == cameo and event.modality == "actual" and event.polarity == "affirmed", event
    sources, targets = dyad(event)
    assert source in sources, event
    assert target is None or target in targets, event


@pytest.mark.parametrize(
    "text",
    [
        # told as done: the act is its own verbs'
        "Armenia retaliated with artillery fire on Azerbaijani positions on Sunday.",
        # asked about, not promised
        "It is unclear how the Armenian government will respond with force to the incursion.",
        "Diplomats wonder whether Azerbaijan will retaliate against Armenia.",
        "The Pakistani army responded with force to the shelling on Tuesday.",
        # denied: no threat
        '"We will not retaliate," the Armenian defence minister said.',
        # another side's reprisal foretold
        "South Korean officials said North Korea would retaliate against the drills.",
        '"They will retaliate within days," a US intelligence official said of Iran.',
        # a response with no force in it
        '"We will respond to the letter next week," the Armenian foreign minister said.',
    ],
)
def test_no_threat_from_a_reprisal_done_denied_foretold_or_without_force(nlp: Language, text: str) -> None:
    threats = [e for e in code(nlp, text) if e.rule.startswith(REPRISAL_RULES)]
    assert not threats, threats


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"Moscow will pay a heavy price for this," the Estonian prime minister said.', "EST", "RUS"),
        ("The Indian home minister said Pakistan would pay a heavy price for the attack.", "IND", "PAK"),
    ],
)
def test_a_heavy_price_another_country_will_pay_is_a_threat(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = by_rule(code(nlp, text), "threaten.verdict-pay-price")
    assert event.cameo == "130" and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        # what was paid
        "Pakistan has paid a heavy price for the war, the Indian home minister said.",
        # a price, no idiom
        "Motorists will pay a higher price for diesel, the Indian oil minister said.",
        # one's own people's lot, a lament
        "Ordinary Estonians will pay a heavy price for this budget, the Estonian opposition leader said.",
    ],
)
def test_no_threat_from_a_price_paid_a_price_or_ones_own_peoples_lot(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "THREATEN"], code(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"We will never sit down with Hamas," the Israeli defence minister said.', "ISR", "PSE"),
        ("Kyiv will not negotiate with Moscow, the Ukrainian foreign minister said.", "UKR", "RUS"),
        ('"We won\'t talk to the Taliban," the Pakistani interior minister said.', "PAK", "AFG"),
    ],
)
def test_talks_ones_own_side_says_it_will_not_hold_are_refused(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 125, reject proposal to meet, discuss or negotiate: refused as it is said."""
    event = find(code(nlp, text), "REJECT")
    assert event.cameo == "125" and event.polarity == "affirmed" and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        # talks not held, told as what was
        "Kyiv did not negotiate with Moscow last year, the Ukrainian foreign minister said.",
        # a meeting that will not be, told by no one of the side
        "The two foreign ministers will not meet during the Jakarta summit.",
        # another side's stance foretold
        "Russian officials said Kyiv would not negotiate with Moscow.",
        # a summit missed refuses no proposal
        "The Brazilian president will not attend the BRICS summit in Kazan, his office said.",
    ],
)
def test_no_refusal_from_talks_not_held_foretold_or_a_summit_missed(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "125"], code(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            '"They abandoned their Kurdish allies," the French minister said of the Trump administration.',
            "FRA",
            "USA",
        ),
        (
            "The Polish opposition leader said the government had abandoned its promises to farmers.",
            "POL",
            "POL",
        ),
    ],
)
def test_allies_or_promises_abandoned_are_a_charge(
    nlp: Language, text: str, source: str, target: str
) -> None:
    event = by_rule(code(nlp, text), "accuse.verdict-abandon")
    assert event.plover == "ACCUSE" and dyad(event) == ({source}, {target}), event


def test_a_plan_abandoned_is_no_charge(nlp: Language) -> None:
    text = "The Polish finance minister said the government had abandoned the plan for a new airport."
    assert not [e for e in code(nlp, text) if e.rule == "accuse.verdict-abandon"], code(nlp, text)
