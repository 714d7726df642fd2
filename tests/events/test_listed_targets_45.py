"""A plural noun renamed by a list of names (targets15). Our own sentences.

"praised the reporters Ann Cole and Tom Reyes": the parser hangs the first name on the plural noun
as its apposition and the second on the first as its conjunct. Each one listed is a target; a
singular noun renamed ("Senator Ruiz, the panel's chairman and a lawyer") names one person.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

from wirewatch.model import Event

pytestmark = pytest.mark.slow


def _targets(event: Event) -> list[str]:
    return [a.text for a in event.targets]


@pytest.mark.parametrize(
    ("text", "plover", "second"),
    [
        ("The Kenyan governor praised the reporters Ann Cole and Tom Reyes.", "SUPPORT", "Tom Reyes"),
        ("The minister secretly helped the journalists Omar Haddad and Lina Saleh.", "AID", "Lina Saleh"),
    ],
)
def test_each_name_listed_after_a_plural_noun_is_a_target(
    nlp: Language, text: str, plover: str, second: str
) -> None:
    event = find(code(nlp, text), plover)
    assert len(event.targets) == 2, _targets(event)
    assert any(second in t for t in _targets(event))


def test_a_singular_noun_renamed_twice_stays_one_target(nlp: Language) -> None:
    event = find(
        code(nlp, "The Kenyan president praised Senator Ruiz, the panel's chairman and a lawyer."), "SUPPORT"
    )
    assert len(event.targets) == 1, _targets(event)
