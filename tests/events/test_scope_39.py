"""Scope classes of round 39, on sentences written by the team: who does an agentless passive act,
an act ended that is not the act, negation and modality read in the wrong clause, and fights that
are no combat."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, dyad, find

pytestmark = pytest.mark.slow


# 1. Passive voice: the patient is the target, never the doer.


def test_an_agentless_arrest_is_not_done_by_the_one_arrested(nlp: Language) -> None:
    detention = find(code(nlp, "The Kenyan activist was detained at the airport."), "COERCE")
    assert [m.text for m in detention.targets] == ["Kenyan activist"]
    # the implied authority is Kenya's police, told by the act, not by the activist's words
    assert [(m.country, m.sector) for m in detention.sources] == [("KEN", "COP")]
    assert all(s.text != t.text for s in detention.sources for t in detention.targets)


def test_a_passive_with_a_by_agent_keeps_the_agent_as_source(nlp: Language) -> None:
    detention = find(code(nlp, "The Kenyan activist was detained by police at the airport."), "COERCE")
    assert [m.text for m in detention.sources] == ["police"]
    assert [m.text for m in detention.targets] == ["Kenyan activist"]


# 2. Ending an act is not the act.


@pytest.mark.parametrize("verb", ["dropped", "closed", "terminated"])
def test_an_investigation_ended_is_no_investigation(nlp: Language, verb: str) -> None:
    """The ending is coded as what it is, a concession on the one investigated (stop 40), and the
    investigation is not coded at all."""
    events = code(nlp, f"Kenyan prosecutors {verb} their investigation into the governor.")
    assert not [e for e in events if e.plover == "ACCUSE" and e.polarity == "affirmed"]
    assert find(events, "CONCEDE").cameo == "081"


def test_an_investigation_dropped_in_the_passive_is_no_investigation(nlp: Language) -> None:
    probe = find(code(nlp, "The investigation into the Kenyan governor was dropped in March."), "ACCUSE")
    assert probe.polarity == "negated"


def test_an_investigation_opened_is_one(nlp: Language) -> None:
    probe = find(code(nlp, "Kenyan prosecutors opened an investigation into the governor."), "ACCUSE")
    assert probe.polarity == "affirmed" and probe.modality == "actual"


# 3. Negation and modality in the wrong clause.


def test_an_attempt_foiled_did_not_happen(nlp: Language) -> None:
    text = "The coast guard foiled the smugglers' attempt to attack the Kenyan ferry."
    assert find(code(nlp, text), "ASSAULT").polarity == "negated"


def test_an_attempt_made_happened(nlp: Language) -> None:
    text = "The smugglers made an attempt to attack the Kenyan ferry."
    assault = find(code(nlp, text), "ASSAULT")
    assert assault.polarity == "affirmed" and assault.modality == "actual"


def test_an_act_declined_is_a_refusal_and_no_act(nlp: Language) -> None:
    events = code(nlp, "The Kenyan minister declined to threaten Uganda.")
    assert find(events, "REJECT").polarity == "affirmed"
    assert not [e for e in events if e.plover == "THREATEN"]


def test_an_act_asked_for_is_the_request_only(nlp: Language) -> None:
    events = code(nlp, "The Kenyan president urged Uganda to release the prisoners.")
    assert dyad(find(events, "REQUEST")) == ({"KEN"}, {"UGA"})
    assert not [e for e in events if e.plover == "RETREAT"]  # asked for, no act (stop 48)


def test_a_fronted_neither_negates_its_verb(nlp: Language) -> None:
    events = code(nlp, "Neither can Beijing allow the protesters to march.")
    assert not [e for e in events if e.plover == "CONCEDE" and e.polarity == "affirmed"]
    allowed = find(code(nlp, "Beijing allowed the protesters to march."), "CONCEDE")
    assert allowed.polarity == "affirmed"


def test_an_unattributed_allegation_is_reported_not_actual(nlp: Language) -> None:
    for text in (
        "It is alleged that the Kenyan minister attacked a journalist.",
        "The Kenyan minister is alleged to have attacked a journalist.",
    ):
        assert find(code(nlp, text), "ACCUSE").modality == "reported"
    plain = find(code(nlp, "The Kenyan minister attacked a journalist."), "ACCUSE")
    assert plain.modality == "actual"


def test_a_request_is_not_negated_by_the_clause_it_prompted(nlp: Language) -> None:
    text = "At the governor's request, the Kenyan agency did not publish the audit."
    request = find(code(nlp, text), "REQUEST")
    assert request.polarity == "affirmed"


# 4. Fights that are no combat.


def test_battling_deportation_is_opposition_not_assault(nlp: Language) -> None:
    events = code(nlp, "The Kenyan opposition leader is battling deportation to Uganda.")
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert find(events, "REJECT").sources[0].country == "KEN"


def test_a_fight_for_an_election_is_no_assault(nlp: Language) -> None:
    for text in (
        "The Kenyan opposition is battling the governing party for the presidency.",
        "The Kenyan opposition is battling to win the election against the governing party.",
        "The Kenyan opposition leader waged a legal battle against the government.",
    ):
        assert not [e for e in code(nlp, text) if e.plover == "ASSAULT"], text


def test_an_armed_fight_is_still_an_assault(nlp: Language) -> None:
    for text in (
        "The Kenyan army battled the rebels near the border.",
        "Kenyan troops waged a battle against the rebels.",
        "Kenyan troops fought the rebels to win control of the town.",
    ):
        assault = find(code(nlp, text), "ASSAULT")
        assert dyad(assault)[0] == {"KEN"}, text


def test_neither_on_the_subjects_denies_their_act(nlp: Language) -> None:
    events = code(nlp, "Neither Kenya nor Uganda allows foreign troops to cross the border.")
    assert not [e for e in events if e.plover == "CONCEDE" and e.polarity == "affirmed"]


def test_an_unattributed_report_denied_claims_nothing(nlp: Language) -> None:
    text = "It was not reported that the Kenyan minister attacked a journalist."
    assert find(code(nlp, text), "ACCUSE").modality != "reported"
