"""Recipients, stop 41 (helper TARGETS), on sentences written by the team.

A "them" acted on stands for the people named before it in its sentence, never for nobody (which
left the act with no target, or with the doer's own country as a filler) nor for the one an
infinitive's governor names as its doer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


def _target_texts(event) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text for a in event.targets]


def test_them_after_a_crowd_control_act_is_the_people_named_before(nlp: Language) -> None:
    event = find(code(nlp, "Ugandan police cornered the teachers and fired tear gas at them."), "COERCE")
    assert _target_texts(event) == ["teachers"]


def test_a_threat_on_them_falls_on_the_people_named_before(nlp: Language) -> None:
    events = code(
        nlp,
        "Ugandan riot police sealed off the dormitory, trapping 300 students, and threatened to use rubber bullets on them.",
    )
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats
    assert all(_target_texts(e) == ["students"] for e in threats)


def test_them_beaten_after_an_arrest_are_the_arrested(nlp: Language) -> None:
    event = find(code(nlp, "Soldiers rounded up the farmers and beat them."), "ASSAULT")
    assert _target_texts(event) == ["farmers"]


def test_them_in_an_infinitive_is_not_its_doer(nlp: Language) -> None:
    """Negative: the one urged or egged on does the infinitive's act, to someone else."""
    for text in (
        "The mayor egged the crowd on to go after them.",
        "The bishop urged the guards to free them.",
    ):
        for event in code(nlp, text):
            if event.trigger.text in ("go", "free"):
                assert "crowd" not in _target_texts(event) and "guards" not in _target_texts(event)


def test_a_plain_crowd_target_is_unchanged(nlp: Language) -> None:
    """Negative: a named recipient stays as it was."""
    event = find(code(nlp, "Ugandan police fired tear gas at the teachers."), "COERCE")
    assert _target_texts(event) == ["teachers"]
