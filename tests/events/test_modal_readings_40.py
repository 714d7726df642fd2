"""Modality told by a modal, an adverb of likelihood, a plan or a headline's layout (stop 40,
judges' classes on predictions and plans), on sentences written by the team.

A forecast ("will probably shell", "is likely to deploy") is no intent its actor stated; what a
plan says a party "would" do is the plan's content, not done; an act someone "must allow" is
not done yet; a headline's first clause before a semicolon is a clause of its own, no complement
of the verb after it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import by_rule, code

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Analysts say the army will probably shell the port.", "assault.shell"),
        ("Military experts said Ethiopia will likely send soldiers to the border.", "mobilize.send"),
        ("Russia is likely to deploy troops along the frontier.", "mobilize.deploy"),
    ],
)
def test_a_forecast_is_hypothetical(nlp: Language, text: str, rule: str) -> None:
    assert by_rule(code(nlp, text), rule).modality == "hypothetical"


@pytest.mark.parametrize(
    ("text", "rule", "modality"),
    [
        # an intent the actor's own side announces stays an intent (coded actual as a threat)
        (
            "Russia will deploy troops along the frontier, the defence minister said.",
            "mobilize.deploy",
            "actual",
        ),
        # a hedge on a past act: the act is told as done
        ("The army likely shelled the port on Monday.", "assault.shell", "actual"),
    ],
)
def test_a_stated_intent_or_a_hedged_past_is_no_forecast(
    nlp: Language, text: str, rule: str, modality: str
) -> None:
    assert by_rule(code(nlp, text), rule).modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "Under the proposal, Turkey would withdraw its troops from the border.",
        "Under the Norwegian plan, the rebels would free their hostages by June.",
    ],
)
def test_what_a_plan_would_have_done_is_not_done(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.rule.startswith(("retreat.", "concede."))]
    assert events, [(e.plover, e.rule) for e in code(nlp, text)]
    assert all(e.modality == "hypothetical" for e in events), [(e.plover, e.modality) for e in events]


def test_an_act_under_a_signed_deal_is_done(nlp: Language) -> None:
    event = by_rule(
        code(nlp, "Under the deal signed in May, Turkey withdrew its troops from the border."), "retreat."
    )
    assert (event.plover, event.modality) == ("RETREAT", "actual")


def test_an_act_someone_must_allow_is_not_done(nlp: Language) -> None:
    events = code(nlp, "The envoy said Israel must allow the Red Cross to deliver food to Gaza.")
    assert by_rule(events, "request.").modality == "actual"  # the envoy's demand is made
    # what it demands is no act of anyone (stop 48)
    assert not [e for e in events if e.rule.startswith("aid.")], [e.rule for e in events]


def test_an_act_someone_allowed_stays(nlp: Language) -> None:
    events = code(nlp, "Israel allowed the Red Cross to deliver food to Gaza.")
    assert by_rule(events, "aid.").modality == "actual"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Ministers condemn border shooting; Kenya vows response.", "accuse.condemn"),
        ("Opposition leaders denounce vote count; party vows appeal.", "accuse.denounce"),
    ],
)
def test_a_headline_clause_before_a_semicolon_is_told_as_done(nlp: Language, text: str, rule: str) -> None:
    assert by_rule(code(nlp, text), rule).modality == "actual"


def test_an_act_hoped_of_another_is_no_event(nlp: Language) -> None:
    # a wish asks no one and tells no act (stop 48: modality_cues.tsv `wish`)
    events = code(nlp, "Kenya hopes Uganda will withdraw its troops.")
    assert not [e for e in events if e.rule.startswith("retreat.")]


def test_a_quoted_clause_before_a_semicolon_stays_reported(nlp: Language) -> None:
    text = '"Uganda attacked our villages; nobody was spared," a Kenyan official said.'
    assert by_rule(code(nlp, text), "assault.").modality == "reported"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A judge ruled that the activist should remain in jail until his trial.", "CVL"),
        ("The court ruled that the former mayor must stay in custody.", "ELI"),
    ],
)
def test_a_ruling_that_someone_stay_held_is_the_courts_detention(
    nlp: Language, text: str, target: str
) -> None:
    event = by_rule(code(nlp, text), "coerce.ruled-held")
    assert (event.plover, event.cameo, event.modality) == ("COERCE", "173", "actual")
    assert {m.sector for m in event.sources} == {"JUD"}
    assert {m.sector for m in event.targets} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "A judge ruled that the ministry should pay the fine.",  # a ruling on no custody asks no one
        "The court ruled that the former mayor must stay in the country.",  # no place of custody
        "The mayor said the activist should remain in jail.",  # no court's ruling: a demand
    ],
)
def test_other_rulings_and_demands_are_no_detention(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "COERCE"]
