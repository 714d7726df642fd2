"""A request that some be given leave to act (targets15). Our own sentences.

"The mayor said residents should be allowed to return": the residents benefit from the leave
asked for; they are not the ones asked. The request goes to whoever gives leave, its "by" agent
when told (role_words.tsv `leave`), else to no one named. "Residents should return" asks the
residents themselves.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan mayor said residents should be allowed to return to their homes.",
        "The Nepali minister said the refugees must be permitted to stay in the camps.",
    ],
)
def test_the_ones_given_leave_are_not_asked(nlp: Language, text: str) -> None:
    event = find(code(nlp, text), "REQUEST")
    assert event.sources
    assert not event.targets, [a.text for a in event.targets]


def test_the_one_giving_leave_is_asked(nlp: Language) -> None:
    event = find(
        code(nlp, "The Kenyan mayor said the refugees must be permitted by the army to stay."), "REQUEST"
    )
    assert [a.text for a in event.targets] == ["army"]


def test_the_ones_told_to_act_are_asked(nlp: Language) -> None:
    event = find(code(nlp, "The Kenyan mayor said residents should return to their homes."), "REQUEST")
    assert [a.text for a in event.targets] == ["residents"]
