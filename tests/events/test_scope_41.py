"""What the sentence says happened, and whose act it is (stop 41, scope and modality), on
sentences written by the team.

A passive of foreseeing ("is expected to", "is set to") is others' forecast, no intent of its
subject; what someone failed to deliver on did not happen; what a verb of intent intends stays
its intent when an adjunct parts the infinitive from the verb, or an aspectual verb wraps it;
a promise of force is a threat, not a promise of cooperation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The navy is expected to deploy two frigates to the strait.", "mobilize.deploy"),
        ("Belarus is set to send more troops to the border.", "mobilize.send"),
    ],
)
def test_a_passive_of_foreseeing_is_a_forecast(nlp: Language, text: str, rule: str) -> None:
    event = by_rule(code(nlp, text), rule)
    assert (event.plover, event.modality) == ("MOBILIZE", "hypothetical")


def test_a_past_act_told_as_feared_is_no_forecast(nlp: Language) -> None:
    # negative: the perfect tells a past act claimed, not foreseen
    event = by_rule(code(nlp, "The gunmen are feared to have killed nine farmers."), "assault.kill")
    assert event.modality == "actual"


def test_a_vow_failed_is_no_act_of_its_doer(nlp: Language) -> None:
    text = (
        "The chancellor is under fire for failing to deliver on her pledge that Austria would leave "
        "the treaty by June."
    )
    events = code(nlp, text)
    assert not [e for e in events if e.modality == "actual" and e.trigger.text == "leave"], [
        (e.plover, e.rule, e.modality) for e in events
    ]


def test_a_failed_arrest_stays_negated(nlp: Language) -> None:
    # negative: the failure of the trigger's own verb is its negation, as before
    event = by_rule(code(nlp, "Border guards failed to arrest the smugglers."), "coerce.arrest")
    assert (event.polarity, event.modality) == ("negated", "actual")


def test_an_intent_parted_by_an_adjunct_is_an_intent(nlp: Language) -> None:
    event = by_rule(code(nlp, "The militia vowed on Friday to shell the airport."), "assault.shell")
    assert (event.plover, event.modality) == ("THREATEN", "actual")


def test_a_purpose_after_an_adjunct_stays_the_act(nlp: Language) -> None:
    # negative: a verb of no intent with its purpose clause is the act done
    event = by_rule(code(nlp, "The army regrouped on Friday to attack the town."), "assault.attack")
    assert event.plover == "ASSAULT"


def test_aid_kept_up_under_a_vow_is_promised(nlp: Language) -> None:
    events = code(nlp, "The ministry vowed to keep sending relief aid to the flood victims.")
    assert not [e for e in events if e.plover == "AID" and e.modality == "actual"], [
        (e.plover, e.rule, e.modality) for e in events
    ]


def test_a_pledge_to_keep_up_force_is_a_threat(nlp: Language) -> None:
    events = code(nlp, "The insurgents pledged to keep shelling the port.")
    assert [e.plover for e in events] == ["THREATEN"], [(e.plover, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor pledged to fight corruption in the city hall.",
        "The government pledged to rebuild the damaged clinic.",
    ],
)
def test_a_pledge_of_no_force_stays_a_promise(nlp: Language, text: str) -> None:
    # negative: a promise whose act is no force stays AGREE
    assert by_rule(code(nlp, text), "agree.pledge").plover == "AGREE"


PLAN = (
    "Ahead of the summit, Spain and Italy unveiled a proposal for naval cooperation that would "
    "create a joint coast-guard command. Those patrols currently cover the western basin.\n\n"
)


def test_a_plan_told_on_in_main_clauses_is_its_content(nlp: Language) -> None:
    event = by_rule(
        code(nlp, PLAN + "Greece and Cyprus would also share radar data with Malta."), "cooperate.share"
    )
    assert event.modality == "hypothetical"


def test_would_after_a_pact_signed_stays_a_promise(nlp: Language) -> None:
    # negative: no plan's content is told before the modal clause
    text = (
        "Spain and Italy signed a naval pact on Monday. "
        "Greece and Cyprus would also share radar data with Malta."
    )
    event = by_rule(code(nlp, text), "cooperate.share")
    assert (event.plover, event.modality) == ("AGREE", "actual")


def test_would_after_a_speaker_stays_their_promise(nlp: Language) -> None:
    # negative: a sentence of saying between ends the plan's account
    text = (
        PLAN
        + "The Greek premier said on Monday his government backed it. "
        + "Greece would also share radar data with Malta."
    )
    event = by_rule(code(nlp, text), "cooperate.share")
    assert (event.plover, event.modality) == ("AGREE", "actual")
