"""What did not happen, and what did (stop 42, unrealised acts and modality), on sentences
written by the team.

What someone failed to get another to do was not done; a clause an adjective of necessity says
must come about ("it is crucial that ...") is demanded, not done; what a thing discussed or asked
for is for is not done either. What a possessor's own decision does is there before anyone asks
to cancel it; a relative clause with its own subject keeps its own tense; "won't condemn" is a
refusal made now, and "insisted that X would not" says what will be, no demand.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The envoy has so far failed to persuade the militia to disarm.", "retreat.disarm"),
        ("Egypt has failed to force the garrison to surrender, he said.", "retreat.surrender"),
    ],
)
def test_what_another_was_not_brought_to_do_did_not_happen(nlp: Language, text: str, rule: str) -> None:
    assert by_rule(code(nlp, text), rule).modality == "hypothetical"


def test_the_act_the_failure_denies_stays_negated(nlp: Language) -> None:
    # negative: the trigger that is itself the failed act keeps its negation, as before
    event = by_rule(code(nlp, "The envoy has so far failed to persuade the militia to disarm."), "request.")
    assert (event.polarity, event.modality) == ("negated", "actual")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("It is crucial that the insurgents pull back from the port.", "retreat."),
        ("It is vital for the army to withdraw from the valley.", "retreat.withdraw"),
        ("It is essential that Quebec make a similar investment.", "cooperate.investment"),
    ],
)
def test_what_must_come_about_is_not_done(nlp: Language, text: str, rule: str) -> None:
    assert by_rule(code(nlp, text), rule).modality == "hypothetical"


def test_a_past_clause_under_an_adjective_of_need_was_done(nlp: Language) -> None:
    # negative: a past clause tells what was done
    event = by_rule(code(nlp, "It was important that the army withdrew before the vote."), "retreat.withdraw")
    assert event.modality == "actual"


def test_what_discussed_money_is_for_is_not_done(nlp: Language) -> None:
    text = "Officials from both countries met on Monday to discuss new funding to help the flood victims."
    events = code(nlp, text)
    assert by_rule(events, "consult.")
    # what the money discussed is for is the talks' content, no act (stop 48)
    assert not [e for e in events if e.rule.startswith("aid.")]


def test_what_sent_money_is_for_is_done(nlp: Language) -> None:
    # negative: money sent to help is help given
    event = by_rule(code(nlp, "The government sent new funding to help the flood victims."), "aid.help")
    assert event.modality == "actual"


def test_a_possessors_standing_decision_is_not_asked_for(nlp: Language) -> None:
    text = "Farmers urged the premier to cancel his decision allowing rice imports."
    assert by_rule(code(nlp, text), "concede.allow").modality == "actual"


def test_a_decision_not_yet_made_is_asked_for(nlp: Language) -> None:
    # negative: a decision with no possessor is what the premier is asked to make
    text = "Farmers urged the premier to issue a decision allowing rice imports."
    events = code(nlp, text)
    assert by_rule(events, "request.")
    assert not [e for e in events if e.rule.startswith("concede.allow")]  # asked for (stop 48)


def test_a_ban_asked_to_be_lifted_is_no_new_sanction(nlp: Language) -> None:
    # negative: the standing ban is not coded as a sanction of the day
    events = code(nlp, "Growers urged the minister to lift his ban on grain exports.")
    assert not [e for e in events if e.plover == "SANCTION"], [(e.plover, e.rule) for e in events]


def test_a_relative_clause_keeps_its_own_tense(nlp: Language) -> None:
    text = "Analysts warned the bill would strengthen the council, which the opposition today condemns."
    assert by_rule(code(nlp, text), "accuse.condemn").modality == "actual"


def test_a_relative_clause_of_what_the_body_is_to_do(nlp: Language) -> None:
    # negative: the relative word as subject says what the new body will do; nothing is coded now
    events = code(nlp, "The treaty would create a tribunal that investigates war crimes.")
    assert not [e for e in events if e.modality == "actual"], [(e.plover, e.rule) for e in events]


def test_wont_condemn_is_a_refusal_now(nlp: Language) -> None:
    event = by_rule(code(nlp, "The governor won't condemn the shooting."), "accuse.condemn")
    assert (event.polarity, event.modality) == ("negated", "actual")


def test_wont_with_a_time_ahead_stays_future(nlp: Language) -> None:
    # negative: a time named ahead keeps the forecast
    event = by_rule(code(nlp, "The governor will not meet the envoy next week."), "consult.meet")
    assert (event.polarity, event.modality) == ("negated", "future")


def test_insisting_that_one_would_not_agree_is_a_refusal(nlp: Language) -> None:
    text = "The finance minister insisted the government wouldn't agree to the provinces' demands."
    event = by_rule(code(nlp, text), "agree.agree")
    assert (event.plover, event.modality) == ("REJECT", "actual")


def test_insisting_that_others_act_is_a_demand(nlp: Language) -> None:
    # negative: a bare clause under "insist" is what is demanded
    event = by_rule(code(nlp, "The finance minister insisted that the rebels withdraw."), "request.insist")
    assert event.plover == "REQUEST"
