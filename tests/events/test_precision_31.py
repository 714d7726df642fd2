"""Readings of stop 31 that are no event, or not the event the trigger's first sense codes (issue 10,
type precision on real news). Sentences written by the team about invented or paraphrased facts.

Classes: a talk in the singular is a speech, no consultation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.coding import code, find

pytestmark = pytest.mark.slow


# --- a talk in the singular: a speech, no consultation ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The governor's talk about a stolen vote alarmed the state's election officials.",
        "Union leaders were angered by the minister's talk of wage cuts.",
        "The premier's tough talk on immigration worried Brussels.",
    ],
)
def test_a_talk_in_the_singular_is_no_consultation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.plover == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers held talks in Oslo on Tuesday.",
        "Kenya's president had a long talk with the rebel commander in Nairobi.",
        "Ethiopia and Eritrea opened talks on their disputed border.",
    ],
)
def test_talks_and_a_talk_with_a_partner_are_still_consultations(nlp: Language, text: str) -> None:
    assert find(code(nlp, text), "CONSULT")

