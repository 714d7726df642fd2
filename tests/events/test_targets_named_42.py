"""Targets lost at stop 41 (the recipient of an act named in the sentence, but not where the rule
looked). The sentences are our own, on other subjects, with near readings that must not change.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Egyptian government called for an emergency meeting of the Arab League.", "EGY", "ARL"),
        ("Kenya called for an urgent session of the African Union on the border dispute.", "KEN", "AU"),
        ("Ghana urged a special session of the UN Security Council.", "GHA", "UNSC"),
    ],
)
def test_a_request_for_a_sitting_of_a_body_is_made_to_the_body(
    nlp: Language, text: str, source: str, target: str
) -> None:
    """CAMEO 020: asking for a meeting or a session of a body asks that body to convene; the body
    its "of" phrase names is the request's target."""
    event = find(code(nlp, text), "REQUEST")
    assert {a.country for a in event.sources} == {source}
    assert target in {a.country for a in event.targets}


def test_a_sitting_of_people_who_are_no_body_names_no_target(nlp: Language) -> None:
    """ "a meeting of experts" convenes no body an actor names; the request stays without a target,
    and a meeting merely welcomed is no request to the body."""
    asked = find(code(nlp, "Kenya called for a meeting of experts on the border dispute."), "REQUEST")
    assert not asked.targets
    events = code(nlp, "Kenya welcomed the meeting of the African Union.")
    assert not [e for e in events if e.plover == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda's foreign ministry criticized Kenya's decision to close the border, with the Ugandan"
        " foreign minister calling the move reckless.",
        "Kenya's decision to close the border angered traders, with the Ugandan foreign minister calling"
        " the move reckless.",
    ],
)
def test_a_verdict_on_the_move_judges_the_act_named_before_it(nlp: Language, text: str) -> None:
    """CAMEO 111: "calling the move reckless" after "Kenya's decision to ..." judges that decision;
    a summary noun with no owner of its own points back at the nearest act an actor owns in the
    sentence, whose owner is the target (as "..., a move criticized by Uganda" targets the one
    whose act the noun sums up)."""
    accusations = [e for e in code(nlp, text) if e.plover == "ACCUSE"]
    assert accusations
    assert all({a.country for a in e.targets} == {"KEN"} for e in accusations), [
        (e.trigger.text, [a.country for a in e.targets]) for e in accusations
    ]


def test_the_move_points_at_no_one_when_no_actor_owns_the_act_before_it(nlp: Language) -> None:
    """ "criticized the decision to close the border, ... calling the move reckless": the act named
    before has no owner, so the verdict keeps no target."""
    text = (
        "Uganda's foreign ministry criticized the decision to close the border, with the Ugandan foreign"
        " minister calling the move reckless."
    )
    calling = [e for e in code(nlp, text) if e.trigger.text == "calling"]
    assert calling
    assert not calling[0].targets
