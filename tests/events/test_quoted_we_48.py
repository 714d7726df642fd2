"""A quotation's "we" is its speaker's (issue 11, item 4), on sentences written by the team: a
speaker named as the agent of a passive speech verb ("the position was set out by spokesman X")
is the one a following "he said" means, so the quotation's "we" is theirs, not that of a leader
named before whom the speaker talks about."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import actor_names, code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "plover", "speaker"),
    [
        (
            "Turkey says it holds militant leader Murat Karayilan responsible for the bombing. "
            "The new policy was announced by Foreign Minister Hakan Fidan. "
            '"We will not negotiate with terrorists," he said.',
            "REJECT",
            "Hakan Fidan",
        ),
        (
            "Kenya's opposition says it holds President William Ruto responsible for the unrest. "
            "The reply was spelt out by Kenyan government spokesman Isaac Mwaura. "
            '"We will not negotiate with terrorists," he said.',
            "REJECT",
            "Isaac Mwaura",
        ),
    ],
)
def test_the_agent_of_a_passive_speech_verb_speaks_the_quoted_we(
    nlp: Language, text: str, plover: str, speaker: str
) -> None:
    event = find(code(nlp, text), plover)
    assert actor_names(event.sources) == {speaker}
