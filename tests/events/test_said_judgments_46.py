"""Verbal acts told only by what a speaker says, stop 46 (the largest class of misses on political
articles): no verb of criticism, demand or praise, only a neutral "said" and what was said.

- A semi-modal of necessity ("needs to", "has to", "ought to") asks as "must" and "should" do; not
  foretold ("will have to"), past ("had to"), denied, or with an object of its own ("needs money").
- Praise denied is blame (PLOVER ACCUSE, disapprove): "is not a reliable partner", "were not
  justified"; a charge denied ("is not corrupt") defends, and codes nothing.
- A he, she or they that a quote's cue says it was said "of" someone is that someone.
- An act of force that a watchdog, or a state of another, says a named doer did is also its
  accusation of the doer, beside the act; told by the police, a witness or the doer's own side, or of
  no state's forces by a government, it is not.

The sentences are our own, about real kinds of events, with the readings the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("The German chancellor said Serbia needs to hand over the suspects.", "100", "DEU", "SRB"),
        ('"Moscow has to pull back its troops," the Polish foreign minister said.', "100", "POL", "RUS"),
        ("The Canadian prime minister said Beijing ought to release the two men.", "020", "CAN", "CHN"),
        (
            "The Japanese foreign minister said North Korea does need to stop its missile tests.",
            "100",
            "JPN",
            "PRK",
        ),
    ],
)
def test_a_semi_modal_of_necessity_asks_as_must_does(
    nlp: Language, text: str, cameo: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), "REQUEST")
    assert event.cameo == cameo and event.modality == "actual", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "The German chancellor said Serbia will have to pay for the damage.",  # a necessity foretold
        "The German chancellor said Serbia had to hand over the suspects in 2001.",  # one that was
        "The German chancellor said Serbia does not need to hand over the suspects.",  # denied
        "The German chancellor said Serbia needs money to rebuild its bridges.",  # an object, no act
        "The German chancellor said Russia has invaded Ukraine.",  # "has" an auxiliary
        '"We need to hand over the suspects," the Serbian president said.',  # laid on itself
        '"The refugees need to be safe," the Kenyan minister said.',  # a state, no act of theirs
        '"The refugees need to be protected," the Kenyan minister said.',  # done to them by others
        '"How often does Serbia have to say it?" the Serbian president asked.',  # a question
        "The Serbian president's low ratings mean he has to win the capital.",  # no one asks itself
    ],
)
def test_no_request_from_a_necessity_foretold_past_denied_or_no_semi_modal(nlp: Language, text: str) -> None:
    requests = [e for e in code(nlp, text) if e.plover == "REQUEST"]
    assert not requests, requests


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The French foreign minister said Russia is not a reliable partner.", "FRA", "RUS"),
        ("The French foreign minister said Russia has never been a reliable partner.", "FRA", "RUS"),
        ("The Iraqi foreign minister said the American air strikes were not justified.", "IRQ", "USA"),
        ("The Brazilian president said the Argentine president is not honest.", "BRA", "ARG"),
    ],
)
def test_a_praise_denied_is_blame(nlp: Language, text: str, source: str, target: str) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert event.cameo == "111" and event.polarity == "affirmed", event
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president said the Argentine president is not corrupt.",  # a defence
        "The Brazilian president said the Argentine court did not uphold the conviction.",  # a ruling told
    ],
)
def test_a_charge_denied_or_a_ruling_told_codes_no_blame(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.plover in ("ACCUSE", "SUPPORT")]
    assert not events, events


def test_an_affirmed_praise_stays_praise(nlp: Language) -> None:
    event = find(code(nlp, "The French foreign minister said Russia is a reliable partner."), "SUPPORT")
    assert dyad(event) == ({"FRA"}, {"RUS"}), event


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        ('"He is a liar," the Brazilian president said of the Argentine president.', "ACCUSE", "BRA", "ARG"),
        (
            'The Argentine president spoke in Madrid. "He is a liar," the Chilean president said of '
            "the Peruvian president.",
            "ACCUSE",
            "CHL",
            "PER",
        ),
        (
            '"She has been a great partner," the French president said of Chancellor Merkel.',
            "SUPPORT",
            "FRA",
            "DEU",
        ),
        (
            '"They are not reliable partners," the French foreign minister said of the Russians.',
            "ACCUSE",
            "FRA",
            "RUS",
        ),
    ],
)
def test_a_pronoun_said_of_someone_is_that_someone(
    nlp: Language, text: str, plover: str, source: str, target: str
) -> None:
    event = find(code(nlp, text), plover)
    assert dyad(event) == ({source}, {target}), event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Amnesty International said Ethiopian troops had killed dozens of villagers.", None, "ETH"),
        ("The Ukrainian foreign ministry said Russian forces shelled a hospital in Kharkiv.", "UKR", "RUS"),
        ("The United Nations said Israeli forces attacked a school in Gaza.", "UN", "ISR"),
    ],
)
def test_an_act_of_force_a_watchdog_or_another_state_reports_is_its_charge(
    nlp: Language, text: str, source: str | None, target: str
) -> None:
    events = code(nlp, text)
    act = find(events, "ASSAULT")
    charge = find(events, "ACCUSE")
    assert charge.cameo == "112" and charge.modality == "actual", charge
    assert dyad(charge) == ({source}, {target}), charge
    assert {a.country for a in act.sources} == {target}, act  # the act stays its doer's


@pytest.mark.parametrize(
    "text",
    [
        "Police said a gunman killed two people at a petrol station.",  # the police tell what happened
        "Witnesses said soldiers fired on the crowd.",  # no actor speaks
        "The Kenyan ministry said Somali militants attacked a base near the border.",  # no state's forces
        "The Israeli army said its jets struck targets in Gaza.",  # its own side
        "Amnesty International said a man killed his neighbour in a dispute over land.",  # private people
        "The Ukrainian foreign ministry denied that Ukrainian forces shelled the town.",  # a denial
        "The United Nations said there were clashes between Hamas and the Israeli army.",  # mutual
        "The Lithuanian foreign minister said Poland had closed the border.",  # a measure, no wrong
        "Human Rights Watch said the jailed reporter began a hunger strike.",  # no act of force on anyone
    ],
)
def test_no_charge_from_a_report_that_accuses_no_one(nlp: Language, text: str) -> None:
    charges = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert not charges, charges
