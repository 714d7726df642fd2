"""The one an act of force falls on is not the doer of what the act did (issue 11, stop 47). In
"the raid on the opposition party killed two" the subject of "killed" is the raid, and the party
it fell on was read as the killer; whoever the act's other phrases name still did it ("the
Israeli attack", "the attack by Hamas"). Sentences written by the team about real events.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the headquarters of the MDC party in Harare in 2007 left two people dead.",
        "The attack on Kenyan police in Mandera in 2019 killed six officers.",
    ],
)
def test_the_one_struck_does_not_do_what_the_act_did(nlp: Language, text: str) -> None:
    sources = {a.sector for e in code(nlp, text) if e.plover == "ASSAULT" for a in e.sources}
    assert not sources & {"PTY", "COP"}


def test_the_act_named_with_its_doer_keeps_the_doer(nlp: Language) -> None:
    text = "The Russian attack on the theatre in Mariupol in March 2022 killed hundreds of civilians."
    assert [a.country for a in find(code(nlp, text), "ASSAULT").sources] == ["RUS"]
