"""Readings of a matched verb that are no event, or another event, than its first sense (issue
10: wrong types that carry high confidence on real news). Sentences written by the team about
invented or paraphrased facts.

Classes: a negated act said to fall short read as a refusal; a refusal to label someone read as
a rejection; an actor's manner of acting, as a subject, read as the actor's act; a guilty plea
read as a request; fire support read as endorsement; a hope for another's act read as their
promise; rallying someone to act read as a protest; hosting a contest read as a meeting; a weapon
used for an arrest read as repression of a crowd.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


# --- a negated act that falls short: a verdict on an amount, no refusal --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the farm ministry isn't offering enough growers the subsidies they were promised.",
        "The ministry did not support the veterans sufficiently, the auditors found.",
        "Brazil's government has not allowed enough inspectors into the mines.",
    ],
)
def test_a_shortfall_is_no_refusal(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "REJECT"], [(e.plover, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels did not accept the truce the envoy offered on Monday.",
        "The ministry is not offering the strikers any concessions.",
        "Chad's government will not offer the refugees any aid.",
    ],
)
def test_a_negated_offer_or_acceptance_still_refuses(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "REJECT").polarity == "affirmed"


# --- a refusal to name or label: words withheld, no rejection ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senators fear the militias the ministry refuses to define as terrorists.",
        "The ministry refused to label the protesters terrorists.",
    ],
)
def test_a_refusal_to_label_is_no_rejection(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "REJECT"], [(e.plover, e.rule) for e in events]


def test_a_refusal_to_act_still_rejects(nlp: Language) -> None:
    assert find(code(nlp, "Kenya refused to extradite the suspect to Uganda."), "REJECT")


# --- an actor's manner of acting as the subject: a figure of speech ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister's bold moves have brushed aside old-fashioned diplomacy.",
        "The governor's abrasive style has rejected every tradition of the office.",
    ],
)
def test_a_manner_of_acting_rejects_nothing(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "REJECT"], [(e.plover, e.rule) for e in events]


def test_brushing_aside_demands_still_rejects(nlp: Language) -> None:
    assert find(code(nlp, "The senator brushed aside the union's demands."), "REJECT")


# --- a plea in court: an admission or a denial, no request ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Okafor, a former senator, pleaded guilty to fraud in May 2011.",
        # the parse takes "guilty" for an object's complement
        "Ms. Ruiz pleaded guilty to obstruction of the inquiry in May 1990.",
    ],
)
def test_a_guilty_plea_concedes(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "REQUEST"]
    assert find(events, "CONCEDE").cameo == "080"


def test_a_plea_of_not_guilty_denies(nlp: Language) -> None:
    events = code(nlp, "Senator Okafor pleaded not guilty to the bribery charges.")
    assert not [e for e in events if e.plover in ("REQUEST", "CONCEDE")]
    assert find(events, "REJECT").cameo == "016"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels pleaded with the UN for food.",
        "The minister pleaded with Kenya to reopen the border.",
    ],
)
def test_pleading_with_someone_still_requests(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "REQUEST")


# --- fire support of an operation: no praise or endorsement --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops advanced into the town, supported by heavy artillery fire.",
        "The rebel offensive was supported by air strikes from Turkish jets.",
    ],
)
def test_fire_support_endorses_no_one(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover == "SUPPORT"], [(e.plover, e.rule) for e in events]


def test_support_by_states_still_endorses(nlp: Language) -> None:
    assert find(code(nlp, "The resolution was supported by France and Germany."), "SUPPORT")


# --- a hope for another's act: a wish, no intent of theirs ---------------------------------


def test_a_hope_for_anothers_act_is_no_promise(nlp: Language) -> None:
    events = code(nlp, 'Of the unions, Governor Reyes said, "I hope they support me in November."')
    assert not [e for e in events if e.plover == "AGREE"], [(e.plover, e.rule) for e in events]
    assert all(e.modality == "hypothetical" for e in events)


def test_a_hope_for_ones_own_act_is_intent(nlp: Language) -> None:
    assert find(code(nlp, "Kenya hopes it will sign the accord next week."), "AGREE")


# --- rallying someone to an act: a call on them, no protest, their act not done --------------


def test_rallying_someone_to_act_asks_it(nlp: Language) -> None:
    events = code(nlp, "The governor rallied the legislature to reject the bill.")
    assert not [e for e in events if e.plover == "PROTEST"], [(e.plover, e.rule) for e in events]
    assert find(events, "REQUEST")
    assert not [e for e in events if e.plover == "REJECT"]  # the rejection asked for (stop 48)


def test_a_rally_against_a_war_still_protests(nlp: Language) -> None:
    assert find(code(nlp, "Thousands rallied against the war in Madrid."), "PROTEST")


# --- hosting a contest: no meeting -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia will host two Senate runoff elections in January.",
        "Nevada would probably host the closest Senate race in the country next year.",
    ],
)
def test_hosting_a_contest_is_no_meeting(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not [e for e in events if e.plover in ("AGREE", "CONSULT")], [(e.plover, e.rule) for e in events]


def test_hosting_a_summit_still_meets(nlp: Language) -> None:
    assert find(code(nlp, "Kenya will host the Somali president in Nairobi next week."), "AGREE")


# --- a weapon used for an arrest: the arrest, no repression of a crowd ----------------------


def test_force_used_to_arrest_is_the_arrest(nlp: Language) -> None:
    events = code(nlp, "Police used a Taser to arrest a robbery suspect in Leeds.")
    assert not [e for e in events if e.cameo == "175"], [(e.plover, e.rule) for e in events]
    assert find(events, "COERCE").cameo == "173"


def test_tear_gas_on_a_crowd_still_represses(nlp: Language) -> None:
    assert find(code(nlp, "Riot police used tear gas to disperse the crowd."), "COERCE").cameo == "175"
