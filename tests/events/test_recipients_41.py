"""Recipients, stop 41 (helper TARGETS), on sentences written by the team.

A "them" acted on stands for the people named before it in its sentence, never for nobody (which
left the act with no target, or with the doer's own country as a filler) nor for the one an
infinitive's governor names as its doer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find, target_texts

pytestmark = pytest.mark.slow


def test_them_after_a_crowd_control_act_is_the_people_named_before(nlp: Language) -> None:
    event = find(code(nlp, "Ugandan police cornered the teachers and fired tear gas at them."), "COERCE")
    assert target_texts(event) == ["teachers"]


def test_a_threat_on_them_falls_on_the_people_named_before(nlp: Language) -> None:
    text = (
        "Ugandan riot police sealed off the dormitory, trapping 300 students, "
        "and threatened to use rubber bullets on them."
    )
    events = code(nlp, text)
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats
    assert all(target_texts(e) == ["students"] for e in threats)


def test_them_beaten_after_an_arrest_are_the_arrested(nlp: Language) -> None:
    event = find(code(nlp, "Soldiers rounded up the farmers and beat them."), "ASSAULT")
    assert target_texts(event) == ["farmers"]


def test_them_in_an_infinitive_is_not_its_doer(nlp: Language) -> None:
    """Negative: the one urged or egged on does the infinitive's act, to someone else."""
    for text in (
        "The mayor egged the crowd on to go after them.",
        "The bishop urged the guards to free them.",
    ):
        for event in code(nlp, text):
            if event.trigger.text in ("go", "free"):
                assert "crowd" not in target_texts(event) and "guards" not in target_texts(event)


def test_a_plain_crowd_target_is_unchanged(nlp: Language) -> None:
    """Negative: a named recipient stays as it was."""
    event = find(code(nlp, "Ugandan police fired tear gas at the teachers."), "COERCE")
    assert target_texts(event) == ["teachers"]


# Whose offer or proposal an answer answers: the owner a possessive pronoun names, not an actor
# inside what the proposal would do; nobody accepts their own offer.


def test_accepting_an_offer_urged_by_its_maker_is_asked_not_done(nlp: Language) -> None:
    """The acceptance urged is the governor's request to the department, no acceptance by
    anyone (stop 48: the content of a request is no act)."""
    text = (
        "The governor urged the Justice Department to accept its offer "
        "to provide free legal aid to asylum seekers."
    )
    events = code(nlp, text)
    assert target_texts(find(events, "REQUEST")) == ["Justice Department"]
    assert not [e for e in events if e.plover == "AGREE"]


def test_rejecting_their_proposal_answers_its_makers(nlp: Language) -> None:
    text = (
        "Ghana and Togo drafted a trade pact, and Benin rejected their proposal "
        "to cut tariffs on rice farmers."
    )
    event = find(code(nlp, text), "REJECT")
    assert {a.country for a in event.targets} == {"GHA", "TGO"}


def test_a_doers_own_sanctions_still_fall_on_their_target(nlp: Language) -> None:
    """Negative: a possessive naming the doer itself changes nothing."""
    event = find(code(nlp, "Uganda lifted its sanctions on Iran."), "CONCEDE")
    assert [a.country for a in event.targets] == ["IRN"]


def test_a_named_owners_proposal_is_unchanged(nlp: Language) -> None:
    """Negative: a named owner was already the recipient."""
    event = find(
        code(nlp, "The ministry turned down the charity's proposal to rebuild the clinic for refugees."),
        "REJECT",
    )
    assert target_texts(event) == ["charity"]
