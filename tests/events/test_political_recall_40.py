"""Kinds of event missed in political news, stop 40 (issue 10: recall on political articles).

Rules a constraint blocked and wordings with no rule: a charge after "of" read as an office
("accused the minister of bribery" is no "minister of bribery"); a request that names what is wanted
and no one asked ("asked for the hearing to be reopened", "urged that the count be repeated"); a
claim debunked or rebutted (REJECT, as denying it); one's share of blame recognised (CONCEDE, as
acknowledging it); taking to the streets (PROTEST). The sentences are our own, on other subjects,
each with a near reading the same words must not get.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian opposition accused the minister of bribery.",
        "Kenyan prosecutors accused the governor of lying to the auditors.",
        "The Estonian opposition accused the mayor of graft.",
    ],
)
def test_a_charge_after_of_is_no_office(nlp: Language, text: str) -> None:
    """After a verb of charging the object's "of" tells the charge, whatever the crime word: the
    official accused is still an actor, the target."""
    event = find(code(nlp, text), "ACCUSE")
    assert event.rule == "accuse.accuse"
    assert event.targets and event.targets[0].sector == "GOV"


def test_an_office_of_a_ministry_is_still_an_office(nlp: Language) -> None:
    """ "the minister of health met ..." is no charge: the "of" is the office's, and nothing is
    accused."""
    assert not [
        e for e in code(nlp, "The minister of health met the Peruvian nurses' union.") if e.plover == "ACCUSE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean miners' union asked for the hearing to be reopened.",
        "The Nepali opposition party urged that the count be repeated in two districts.",
    ],
)
def test_a_request_with_no_one_asked_is_still_a_request(nlp: Language, text: str) -> None:
    """What is asked for, with no addressee named: CAMEO 020 with no target (the ontology names
    none), not dropped for want of one."""
    event = find(code(nlp, text), "REQUEST")
    assert event.cameo.startswith("02")
    assert event.rule in ("request.ask-for", "request.urge-unnamed")


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian reporter asked for a glass of water.",
        "The Chilean newspaper asked for comment.",
        "The Nepali opposition party asked for more time.",
        "The Latvian interior minister asked if the figures were right.",
        "The Latvian interior minister urged the public not to travel during the storm.",
    ],
)
def test_asking_for_water_comment_or_a_question_is_no_request(nlp: Language, text: str) -> None:
    """A reporter's or outlet's asking, a question, and an urging of someone named (request.urge's,
    which needs that one an actor) make no request with no one asked."""
    assert not [e for e in code(nlp, text) if e.rule in ("request.ask-for", "request.urge-unnamed")]


@pytest.mark.parametrize(
    "text",
    [
        "The Moroccan ministry debunked the opposition's claim about the ballots.",
        "The Thai army debunked the allegations of the rights group.",
    ],
)
def test_a_claim_debunked_is_rejected(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "REJECT")
    assert (event.cameo, event.rule) == ("016", "reject.debunk-claim")


def test_a_theory_debunked_is_no_rejection(nlp: Language) -> None:
    """No actor's claim: a theory of science debunked rejects nobody."""
    text = "The Moroccan astronomers debunked the theory of a hidden planet."
    assert not [e for e in code(nlp, text) if e.plover == "REJECT"]


def test_recognising_ones_responsibility_concedes(nlp: Language) -> None:
    event = find(
        code(nlp, "The Belgian government has recognised its responsibility for the colonial killings."),
        "CONCEDE",
    )
    assert event.cameo == "080"


def test_recognising_a_government_is_still_support(nlp: Language) -> None:
    events = code(nlp, "The Belgian government has recognised the new government in Tripoli.")
    assert not [e for e in events if e.plover == "CONCEDE"]


def test_teachers_taking_to_the_streets_protest(nlp: Language) -> None:
    event = find(
        code(nlp, "Thousands of Romanian teachers took to the streets against the pay freeze."), "PROTEST"
    )
    assert event.cameo.startswith("141")
    assert event.rule == "protest.take-to-streets"


@pytest.mark.parametrize(
    "text",
    [
        "Romanian soldiers took to the streets to clear the roadblocks.",
        "The Romanian prime minister took to the stage in Cluj.",
    ],
)
def test_soldiers_in_the_streets_or_a_stage_are_no_protest(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Lebanon has admitted a million Syrian refugees since the war began.", "aid.admit-refugees"),
        ("Uganda hosts more than a million South Sudanese refugees.", "aid.host-refugees"),
    ],
)
def test_refugees_admitted_or_hosted_are_aid(nlp: Language, text: str, rule: str) -> None:
    """Refugees let in and sheltered are humanitarian aid to them (075), no visitors received."""
    event = find(code(nlp, text), "AID")
    assert (event.cameo, event.rule) == ("075", rule)


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan university admitted two hundred students.",
        "Uganda hosted the Kenyan delegation in Entebbe.",
    ],
)
def test_students_admitted_or_a_delegation_hosted_are_no_aid(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "AID"]


def test_troops_taking_to_the_streets_show_force(nlp: Language) -> None:
    event = find(
        code(nlp, "Burmese soldiers took to the streets of the capital to clear the barricades."), "MOBILIZE"
    )
    assert (event.cameo, event.rule) == ("150", "mobilize.take-to-streets")


def test_failings_acknowledged_are_conceded(nlp: Language) -> None:
    event = find(
        code(nlp, "The Chilean defence minister acknowledged failings in the navy's response."), "CONCEDE"
    )
    assert event.rule == "concede.acknowledge-fault"


def test_a_success_acknowledged_concedes_nothing(nlp: Language) -> None:
    text = "The Chilean defence minister acknowledged the navy's successes in the rescue."
    assert not [e for e in code(nlp, text) if e.plover == "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia has been blocking farmers from reaching their fields.",
        "Riot police blocked the students from marching to the ministry.",
    ],
)
def test_people_kept_from_going_are_restricted(nlp: Language, text: str) -> None:
    """Armed men or police keeping people from going somewhere restrict movement (191)."""
    event = find(code(nlp, text), "COERCE")
    assert (event.cameo, event.rule) == ("191", "coerce.block-people")


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian goalkeeper blocked the striker's shot.",
        "The Nigerian senators blocked the nominee.",
    ],
)
def test_a_shot_or_a_nominee_blocked_restricts_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule == "coerce.block-people"]


def test_action_pledged_against_someone_threatens(nlp: Language) -> None:
    """A pledge of a hostile act is a threat, not a promise to cooperate (PLOVER 2.0)."""
    events = code(nlp, "The Serbian ruling party pledged to take action against the broadcaster.")
    assert find(events, "THREATEN").rule == "coerce.take-action"
    assert not [e for e in events if e.plover == "AGREE"]


def test_measures_against_an_epidemic_coerce_no_one(nlp: Language) -> None:
    text = "The Serbian health ministry took measures against the epidemic."
    assert not [e for e in code(nlp, text) if e.rule == "coerce.take-action"]
