"""Targets a sentence names that an event used to leave out (issues 10 and 11, stop 36), on
sentences written by the team: the one a threat or a promise would make act is its target."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Senator Tom Hale threatened to have Lucy Brandt arrested.", "Lucy Brandt"),
        ("The Iowa senator threatened to make the Pentagon hand over the files.", "Pentagon"),
    ],
)
def test_the_one_a_threat_would_make_act_is_its_target(nlp: Language, text: str, target: str) -> None:
    event = find(code(nlp, text), "THREATEN")
    assert [a.text for a in event.targets] == [target]


def test_a_state_one_is_brought_to_is_no_act_made(nlp: Language) -> None:
    """ "make X more ready to fight" brings X to a state: X is not the one a promise is aimed at."""
    text = (
        "The French minister promised to share intelligence and work to make Malian troops "
        "more ready to fight."
    )
    event = find(code(nlp, text), "AGREE")
    assert not event.targets
