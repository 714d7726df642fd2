"""Inquiries told only as nouns, with no doer and under no verb of opening them (stop 45, nouns12).
The sentences are our own.

- An investigation, inquiry, enquiry or probe into an actor or into its conduct, under any verb
  or none ("a probe into the ministry's spending is under way", "the inquiry into the tycoon
  began"), is an inquiry into that actor (CAMEO 090, PLOVER ACCUSE, mode investigate); with no
  doer named it is the authorities' (of the place named, else of the actor's country), as an
  agentless "was investigated" is (`Rule.unowned`, implied.implied_authority).
- Only with an actor looked into: a probe into a fire, a crash or the cause of a collapse codes
  nothing; nor does one into a harm done to someone ("into the death of the journalist", "into
  the activist's disappearance"): the one who suffered it is not investigated
  (participants.looked_into); nor one the clause around it names ("throughout the inquiry,
  lawyers argued that the governor ...").
- A doer named keeps its inquiry ("the governor's inquiry into the riots").
- Those an act of the authorities fell on "as part of" or "in connection with" an inquiry
  ("were questioned in connection with the probe", "arrested two activists as part of an
  investigation into the riots") are looked into by it; not under an act of no authority ("were
  killed as part of", "spoke in connection with").
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target", "country"),
    [
        (
            "A bribery investigation into Malawian businessman Jonas Banda is under way, officials said.",
            "Malawian businessman Jonas Banda",
            "MWI",
        ),
        (
            "The probe into the Peruvian mining firm's tax payments has widened.",
            "Peruvian mining firm",
            "PER",
        ),
        (
            "The inquiry into Ugandan tycoon Joseph Okello began on Monday.",
            "Ugandan tycoon Joseph Okello",
            "UGA",
        ),
        (
            "The enquiry into the Zambian businessman's dealings resumed this week.",
            "Zambian businessman",
            "ZMB",
        ),
    ],
)
def test_an_inquiry_told_as_a_noun_with_no_doer_is_the_authorities(
    nlp: Language, text: str, target: str, country: str
) -> None:
    event = find(code(nlp, text), "ACCUSE")
    assert (event.cameo, event.mode) == ("090", "investigate")
    assert [m.text for m in event.targets] == [target]
    assert [m.country for m in event.sources] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "A probe into the cause of the fire in Nairobi is under way.",
        "The probe into the crash of the Ethiopian Airlines plane found faults.",
        "An investigation into the death of Kenyan journalist Peter Otieno is under way.",
        "An investigation into the Indonesian activist's disappearance is under way.",
        "The inquiry into the harbour contracts began on Monday.",
        "Throughout the inquiry, lawyers argued that the Kenyan governor had approved the payments.",
        "The parliamentary probe is said to have hastened the Kenyan minister's resignation.",
    ],
)
def test_an_inquiry_into_no_actor_or_a_harm_suffered_codes_nothing(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.plover == "ACCUSE"] == []


def test_an_inquiry_into_an_attack_falls_on_its_doer_not_on_whom_it_struck(nlp: Language) -> None:
    events = code(nlp, "The inquiry into the Russian attack on the Ukrainian port is under way.")
    inquiry = [e for e in events if e.plover == "ACCUSE"]
    assert inquiry and [m.country for m in inquiry[0].targets] == ["RUS"]


def test_an_inquiry_with_its_owner_named_stays_the_owners(nlp: Language) -> None:
    event = find(code(nlp, "The Nigerian governor's inquiry into the riots ended."), "ACCUSE")
    assert [m.text for m in event.sources] == ["Nigerian governor"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Two Ghanaian opposition aides were questioned in connection with the probe.",
            "Ghanaian opposition",
        ),
        (
            "Ghanaian police arrested two opposition activists as part of an investigation into the riots.",
            "opposition activists",
        ),
    ],
)
def test_those_the_authorities_act_on_as_part_of_an_inquiry_are_looked_into(
    nlp: Language, text: str, target: str
) -> None:
    inquiry = [e for e in code(nlp, text) if e.plover == "ACCUSE" and e.mode == "investigate"]
    assert inquiry and [m.text for m in inquiry[0].targets] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Two Ghanaian opposition activists were killed as part of the inquiry.",
        "Two Ghanaian opposition activists spoke in connection with the probe.",
    ],
)
def test_an_act_of_no_authority_beside_an_inquiry_looks_into_no_one(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.plover == "ACCUSE"] == []
